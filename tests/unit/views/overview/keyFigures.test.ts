import { from, type ColumnTable } from 'arquero';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DatasetMeta } from '../../../../src/data/metadataSchema';
import { rowObjects } from '../../../../src/lib/tableValues';
import { run } from '../../../../src/sources/queryRegistry';
import {
  KEY_FIGURE_DATASETS,
  keyFigureDatasetIds,
} from '../../../../src/views/overview/model/keyFigureDatasets';
import {
  keyFigures,
  type KeyFigure,
  type KeyFigureInput,
} from '../../../../src/views/overview/model/keyFigures';
import { fileSystemSource } from '../../../support/fileSystemSource';

// The datasets the key figures read, from `data/` as the app reads them.
const source = fileSystemSource();
const metas: DatasetMeta[] = [];
for (const id of keyFigureDatasetIds) metas.push(await source.loadMetadata(`${id}.meta.json`));
const inputs: KeyFigureInput[] = await Promise.all(
  metas.map(async (meta) => ({ meta, table: await source.loadTable(meta) })),
);
// The app's own query, through the registry, over the same files.
const figures = await run('keyFigures', { metas }, (meta) => source.loadTable(meta));

type Row = Record<string, unknown>;
const rowsOf = (id: string): Row[] =>
  rowObjects(inputs.find((i) => i.meta.id === id)!.table) as Row[];
const figure = (list: KeyFigure[], id: KeyFigure['id']) => list.find((f) => f.id === id)!;
const shown = (f: KeyFigure) =>
  f.values.map((v) => ({ value: v.observation.value, sources: v.sourceIds }));
const maxOf = (values: number[]) => Math.max(...values);

describe('the overview key figures are the figures in data/', () => {
  it('answers the four questions, in order', () => {
    expect(figures.map((f) => f.id)).toEqual([
      'tajikDepartures',
      'uzbekAbroad',
      'remittances',
      'whereLive',
    ]);
  });

  it('latest Tajik departures: the latest calendar year, every source giving it, flags kept', () => {
    const rows = rowsOf(KEY_FIGURE_DATASETS.tajikSeries).filter(
      (r) =>
        r.sex === 'total' &&
        r.destination === 'all' &&
        r.period_type === 'year' &&
        r.value !== null,
    );
    const year = maxOf(rows.map((r) => r.year as number));
    const latest = rows.filter((r) => r.year === year);
    const f = figure(figures, 'tajikDepartures');
    expect(f.values.map((v) => v.observation.time)).toEqual(latest.slice(0, 1).map(() => year));
    expect(shown(f)).toEqual([
      { value: latest[0]!.value, sources: latest.map((r) => r.source_id) },
    ]);
    // 2023's 652,014 is flagged in the data (it conflicts with a part-year count): said so.
    expect(f.values[0]!.observation.flag).toBe(latest[0]!.flag ?? undefined);
    expect(f.link).toEqual({ page: 'dataset', dataset: KEY_FIGURE_DATASETS.tajikSeries });
  });

  it('Uzbek migrants abroad: every figure of the latest year, with its source; the disagreement said', () => {
    const stock = rowsOf(KEY_FIGURE_DATASETS.uzbekSeries).filter(
      (r) =>
        r.indicator === 'migrants_abroad_stock' && r.sex === 'total' && r.destination === 'all',
    );
    const year = maxOf(stock.map((r) => r.year as number));
    const labour = rowsOf(KEY_FIGURE_DATASETS.uzbekLabour).filter(
      (r) => r.indicator === 'working_abroad' && String(r.period).includes(String(year)),
    );
    const expected = [...stock.filter((r) => r.year === year), ...labour].map((r) => ({
      value: r.value,
      sources: [r.source_id],
    }));
    const f = figure(figures, 'uzbekAbroad');
    expect(shown(f)).toEqual(expected);
    expect(new Set(expected.map((e) => e.value)).size).toBeGreaterThan(1);
    expect(f.disagree).toBe(true);
    expect(f.values.map((v) => v.datasetId)).toEqual([
      KEY_FIGURE_DATASETS.uzbekSeries,
      KEY_FIGURE_DATASETS.uzbekLabour,
    ]);
  });

  it('remittances, % of GDP: each country’s latest World Bank figure, digits as given', () => {
    const rows = rowsOf(KEY_FIGURE_DATASETS.remittances).filter(
      (r) => r.indicator === 'BX.TRF.PWKR.DT.GD.ZS',
    );
    const f = figure(figures, 'remittances');
    expect(f.values.map((v) => v.country)).toEqual(['TJK', 'KGZ', 'UZB']);
    for (const v of f.values) {
      const own = rows.filter((r) => r.country === v.country);
      const year = maxOf(own.map((r) => r.year as number));
      expect(v.observation.time).toBe(year);
      expect(v.observation.value).toBe(own.find((r) => r.year === year)!.value);
    }
    expect(f.link.filters).toEqual({ country: ['KGZ', 'TJK', 'UZB'] });
  });

  it('where Central Asians live: each origin’s largest destination in the UN table’s latest year', () => {
    const rows = rowsOf(KEY_FIGURE_DATASETS.unBilateral).filter((r) => r.sex === 'both');
    const year = maxOf(rows.map((r) => r.year as number));
    expect(year).toBe(2020);
    const f = figure(figures, 'whereLive');
    expect(f.values.map((v) => v.country)).toEqual(['UZB', 'TJK', 'KGZ', 'KAZ', 'TKM']);
    for (const v of f.values) {
      const own = rows.filter((r) => r.year === year && r.origin_iso3 === v.country);
      const top = own.reduce((a, b) => ((b.stock as number) > (a.stock as number) ? b : a));
      expect([v.destination, v.observation.value]).toEqual([top.destination_iso3, top.stock]);
    }
    expect(f.link.time).toEqual([2020, 2020]);
  });
});

describe('the key figures follow the data', () => {
  const withRows = (id: string, add: (table: ColumnTable) => ColumnTable) =>
    inputs.map((i) => (i.meta.id === id ? { ...i, table: add(i.table) } : i));
  const appended = (table: ColumnTable, row: Row) =>
    table.concat(from([{ ...(rowObjects(table)[0] as Row), ...row }]));

  it('a later Tajik calendar year becomes the figure shown; a later part of a year does not', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2025, max: 2100 }),
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.boolean(),
        (year, value, part) => {
          const changed = keyFigures(
            withRows(KEY_FIGURE_DATASETS.tajikSeries, (t) =>
              appended(t, {
                year,
                value,
                period: part ? 'Jan-Jun' : 'calendar year',
                period_type: part ? 'part' : 'year',
                sex: 'total',
                destination: 'all',
                qualifier: null,
                flag: null,
                note: null,
              }),
            ),
          );
          const f = figure(changed, 'tajikDepartures');
          if (part) expect(shown(f)).toEqual(shown(figure(figures, 'tajikDepartures')));
          else {
            expect(f.values.map((v) => [v.observation.time, v.observation.value])).toEqual([
              [year, value],
            ]);
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it('a changed World Bank figure changes the remittance figure; one more UN row can move the top', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 99, noNaN: true }), (share) => {
        const changed = keyFigures(
          withRows(KEY_FIGURE_DATASETS.remittances, (t) =>
            appended(t, {
              country: 'KGZ',
              year: 2090,
              indicator: 'BX.TRF.PWKR.DT.GD.ZS',
              value: share,
              unit: 'percent of GDP',
            }),
          ),
        );
        const kgz = figure(changed, 'remittances').values.find((v) => v.country === 'KGZ')!;
        expect([kgz.observation.time, kgz.observation.value]).toEqual([2090, share]);
      }),
      { numRuns: 30 },
    );
    const changed = keyFigures(
      withRows(KEY_FIGURE_DATASETS.unBilateral, (t) =>
        appended(t, {
          year: 2020,
          destination_iso3: 'DEU',
          destination: 'Germany',
          origin_iso3: 'TJK',
          origin: 'Tajikistan',
          sex: 'both',
          stock: 9_999_999,
        }),
      ),
    );
    const tjk = figure(changed, 'whereLive').values.find((v) => v.country === 'TJK')!;
    expect([tjk.destination, tjk.observation.value]).toEqual(['DEU', 9_999_999]);
  });

  it('a dataset that did not load leaves its figure out, not the others', () => {
    const without = keyFigures(inputs.filter((i) => i.meta.id !== KEY_FIGURE_DATASETS.remittances));
    expect(without.map((f) => f.id)).toEqual(['tajikDepartures', 'uzbekAbroad', 'whereLive']);
  });
});
