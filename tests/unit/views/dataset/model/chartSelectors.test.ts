import type { ColumnTable } from 'arquero';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBarSeries, REST_OF_TOTAL } from '../../../../../src/views/dataset/model/barSeries';
import { buildChartModel } from '../../../../../src/views/dataset/model/chartModel';
import { rankObservations } from '../../../../../src/views/dataset/model/chooseMainSource';
import type { DatasetMeta } from '../../../../../src/data/metadataSchema';
import { parseCsvTable } from '../../../../../src/data/parseCsvTable';
import { validateMetadata } from '../../../../../src/data/validateMetadata';
import { filtersBeyondDefaults } from '../../../../../src/views/dataset/model/datasetFilters';
import { datasetView } from '../../../../../src/views/dataset/model/datasetView';
import { readObservations } from '../../../../../src/model/observations';
import { defaultViewState } from '../../../../../src/state/viewState';
import { fileSystemSource } from '../../../../support/fileSystemSource';
import { SAMPLE_CSV, sampleMeta } from '../../../../support/sampleMeta';
import { TEST_TIMEOUT } from '../../../../testTimeout';

const data: Record<string, { meta: DatasetMeta; table: ColumnTable }> = {};

beforeAll(async () => {
  const source = fileSystemSource();
  for (const id of ['un-migrant-stock-2019', 'tajik-migrants-by-sex', 'remittances']) {
    const meta = await source.loadMetadata(`${id}.meta.json`);
    data[id] = { meta, table: await source.loadTable(meta) };
  }
}, TEST_TIMEOUT);

const view = (change: Partial<typeof defaultViewState> = {}) => ({
  ...defaultViewState,
  ...change,
});

describe('datasetView: the period shown', () => {
  it('shows the UN table for one year, the declared 2019, and names origin and year', () => {
    const { meta, table } = data['un-migrant-stock-2019']!;
    const slice = datasetView(table, meta, view(), 'bar');
    expect(slice.period).toMatchObject({ kind: 'single', year: 2019, defaultYear: 2019 });
    expect(new Set(slice.observations.map((o) => o.time))).toEqual(new Set([2019]));
    expect(slice.drawn).toBe('Country of origin: Uzbekistan · 2019');
    const russia = slice.observations.find((o) => o.dims.destination_iso3 === 'RUS');
    expect(russia?.value).toBe(1146535);
  });

  it('takes the year asked for when it has figures, else the default', () => {
    const { meta, table } = data['un-migrant-stock-2019']!;
    expect(datasetView(table, meta, view({ time: [1990, 1990] }), 'bar').drawn).toBe(
      'Country of origin: Uzbekistan · 1990',
    );
    expect(datasetView(table, meta, view({ time: [1991, 1991] }), 'bar').period).toMatchObject({
      year: 2019,
    });
  });

  it('keeps a year range within the data and names the years drawn', () => {
    const { meta, table } = data['tajik-migrants-by-sex']!;
    const slice = datasetView(table, meta, view({ time: [1990, 2030] }), 'grouped-bar');
    expect(slice.period).toMatchObject({ kind: 'range', from: 2022, to: 2023 });
    expect(slice.drawn).toBe('2022–2023');
  });

  it('does not apply a range that misses the data altogether', () => {
    const { meta, table } = data['tajik-migrants-by-sex']!;
    const slice = datasetView(table, meta, view({ time: [1990, 1995] }), 'grouped-bar');
    expect(slice.period).toMatchObject({ kind: 'range', from: 2022, to: 2023 });
    expect(slice.observations).toHaveLength(4);
  });
});

describe('filtersBeyondDefaults', () => {
  it('drops a selection equal to the defaults, in any order, and keeps the rest', () => {
    const { meta, table } = data['tajik-migrants-by-sex']!;
    const { controls } = datasetView(table, meta, view());
    expect(filtersBeyondDefaults(controls, { sex: ['female', 'total', 'male'] })).toEqual({});
    expect(filtersBeyondDefaults(controls, { sex: ['female'] })).toEqual({ sex: ['female'] });
  });
});

describe('buildBarSeries', () => {
  it('stacks parts only; the stated total is its own series, marked total', () => {
    const { meta, table } = data['tajik-migrants-by-sex']!;
    const slice = datasetView(table, meta, view(), 'stacked-bar');
    const model = buildBarSeries(slice.observations, meta, 'year', { stacked: true });
    expect(model.series.map((s) => [s.key, s.total])).toEqual([
      ['total', true],
      ['male', false],
      ['female', false],
    ]);
    const y2023 = model.rows.find((r) => r.key === '2023')!;
    expect(y2023.cells.male!.value + y2023.cells.female!.value).toBe(y2023.cells.total!.value);
    expect(y2023.cells[REST_OF_TOTAL]).toBeUndefined();
  });

  it('adds a derived rest of the total where the parts shown fall short of it', () => {
    const { meta, table } = data['tajik-migrants-by-sex']!;
    const slice = datasetView(
      table,
      meta,
      view({ filters: { sex: ['total', 'male'] } }),
      'stacked-bar',
    );
    const model = buildBarSeries(slice.observations, meta, 'year', { stacked: true });
    const rest = model.rows.find((r) => r.key === '2023')!.cells[REST_OF_TOTAL]!;
    expect(rest.value).toBe(97210);
    expect(rest.observation.derived).toContain('minus the parts shown');
    expect(rest.observation.derivedFrom?.map((o) => o.value)).toEqual([652014, 554804]);
    expect(model.series.at(-1)).toMatchObject({ key: REST_OF_TOTAL, derived: true });
  });

  it('refuses bars along categories that mix years', () => {
    const { meta, table } = data['un-migrant-stock-2019']!;
    const observations = readObservations(table.slice(0, 200), meta);
    expect(() => buildBarSeries(observations, meta, 'destination_iso3')).toThrow(/one period/);
  });
});

describe('rankObservations', () => {
  const meta = sampleMeta();
  const observations = readObservations(parseCsvTable('data/sample.csv', SAMPLE_CSV, meta), meta);
  const year2020 = observations.filter((o) => o.time === 2020);

  it('ranks the figure of highest authority first', () => {
    expect(rankObservations(year2020, meta)[0]!.sourceId).toBe('MINISTRY');
  });

  it('puts a figure the data flags as doubtful after the others', () => {
    const flagged = year2020.map((o) =>
      o.sourceId === 'MINISTRY' ? { ...o, flag: 'doubtful' } : o,
    );
    expect(rankObservations(flagged, meta)[0]!.sourceId).toBe('PRESIDENT');
  });

  it('keeps the series already drawing the line over a later publication of equal rank', () => {
    const equal = sampleMeta({
      sources: meta.sources.map((s) => ({ ...s, rank: 2, series: s.id.toLowerCase() })),
    });
    // Without continuity the later publication (MINISTRY, 2021-02) wins; with it, PRESIDENT.
    expect(rankObservations(year2020, equal)[0]!.sourceId).toBe('MINISTRY');
    expect(rankObservations(year2020, equal, undefined, 'president')[0]!.sourceId).toBe(
      'PRESIDENT',
    );
  });
});

describe('buildLineSeries and changes on Tajik remittances', () => {
  it("draws the World Bank's own series (rank 1) as the main line, the news figures beside it, and computes no change from a flagged figure", () => {
    const { meta, table } = data.remittances!;
    const slice = datasetView(table, meta, view({ filters: { country: ['TJK'] } }), 'line');
    const model = buildChartModel(meta, slice, 'line');
    const line = model.lines!.series[0]!;
    const main = line.segments.flat().filter((p) => p.x >= 2021);
    expect(main.map((p) => [p.x, p.sourceIds, p.sourceSeries])).toEqual(
      [2021, 2022, 2023, 2024].map((year) => [year, ['WB_WDI'], 'world_bank']),
    );
    // One series throughout: no join to another source.
    expect(line.joins).toEqual([]);
    // The ADB series (2.9, 5.3, 5.7) and IOM's 4.6 and 5.8 (via Asia-Plus) stay beside it.
    expect(model.lines!.alternatives.map((p) => [p.x, p.value])).toEqual(
      expect.arrayContaining([
        [2021, 2.9],
        [2022, 5.3],
        [2023, 4.6],
        [2023, 5.7],
        [2024, 5.8],
      ]),
    );
    const changes = [...model.changes];
    expect(changes.map(([o]) => o.time)).toContain(2022);
    // Along the World Bank's line only: never from or to a figure the data flags.
    for (const [o] of changes) expect(o.flag ?? null).toBeNull();
  });
});

describe('metadata schema', () => {
  it('refuses a column named like one of the app’s URL parameters', () => {
    const meta = sampleMeta();
    const columns = meta.columns.map((c) => (c.name === 'country' ? { ...c, name: 'chart' } : c));
    expect(() =>
      validateMetadata('data/sample.meta.json', JSON.stringify({ ...meta, columns })),
    ).toThrow(/URL parameter/);
  });
});
