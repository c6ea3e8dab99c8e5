import type { ColumnTable } from 'arquero';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLocale, setActiveLocale } from '../../../../../src/i18n/i18n';
import { rowObjects } from '../../../../../src/lib/tableValues';
import type { DatasetMeta } from '../../../../../src/data/metadataSchema';
import {
  compareCountries,
  compareEntries,
} from '../../../../../src/views/compare/model/compareMeasures';
import {
  CONCEPTS,
  compareCsvTable,
  compareModel,
  conceptLabel,
} from '../../../../../src/views/compare/model/compareModel';
import { compareRows, yearInText } from '../../../../../src/views/compare/model/compareView';
import { fileSystemSource } from '../../../../support/fileSystemSource';
import { TEST_TIMEOUT } from '../../../../testTimeout';

// The real datasets the compare view reads.
const source = fileSystemSource();
const metas = new Map<string, DatasetMeta>();
const tables = new Map<string, ColumnTable>();
for (const id of new Set(compareEntries.map((e) => e.dataset))) {
  const meta = await source.loadMetadata(`${id}.meta.json`);
  metas.set(id, meta);
  tables.set(id, await source.loadTable(meta));
}
const byCountry = compareCountries.map((country) => ({
  country,
  rows: compareRows(country, compareEntries, metas, tables),
}));
const rowsOf = (country: string) => byCountry.find((c) => c.country === country)!.rows;

describe('compareRows', () => {
  it('puts each country’s figures in time order, no figure twice', () => {
    for (const { rows } of byCountry) {
      // The year a figure refers to: its year column, or the year its period names ("Q1 2023").
      const years = rows.map((r) => r.time ?? yearInText(r.period));
      expect(years).not.toContain(undefined);
      expect(years).toEqual([...years].sort((a, b) => a! - b!));
      const keys = rows.map((r) => `${r.measure}|${r.period}|${r.value}|${r.unit}`);
      expect(new Set(keys).size).toBe(keys.length);
      // The same figure of the same publication is one row, whichever dataset repeats it.
      const published = rows.map(
        (r) => `${r.time}|${r.value}|${r.qualifier}|${r.sources[0]!.label}`,
      );
      expect(new Set(published).size).toBe(published.length);
    }
  });

  it('shows both Uzbek stocks at the end of 2024 that disagree, each flagged: the ministry’s 1.9 million and Gazeta’s 1,350,000', () => {
    const uzb = rowsOf('UZB');
    const kamilov = uzb.find((r) => r.value === 1900000);
    const gazeta = uzb.find((r) => r.value === 1350000);
    expect(kamilov?.flag).toMatch(/^conflicts with another/);
    expect(gazeta?.flag).toMatch(/^conflicts with another/);
    expect(gazeta!.period).toContain('2024');
    // One moment, one chart: the ministry's "end of 2024" and Gazeta's "end of year" 2024.
    expect(kamilov!.periodKey).toBe(gazeta!.periodKey);
  });

  it('gives Kyrgyzstan the UN figures the data has: Russia, Kazakhstan and the published total', () => {
    const kgz = rowsOf('KGZ');
    expect(kgz.map((r) => r.value)).toEqual(expect.arrayContaining([754981]));
    const total = kgz.find((r) => r.value === 754981)!;
    expect(total.measure).toContain('UN published total');
    expect(total.period).toContain('2019');
    expect(total.sources.map((s) => s.id)).toEqual(['UN_DESA_IMS_2019_ORIGIN_TOTAL']);
    expect(kgz.every((r) => r.concept === 'birthStock')).toBe(true);
  });

  it('Tajikistan 2023: 652,014 once, citing every source that gives it', () => {
    const rows = rowsOf('TJK').filter((r) => r.value === 652014);
    expect(rows).toHaveLength(1);
    const labels = rows[0]!.sources.map((s) => s.label);
    expect(labels).toEqual(expect.arrayContaining(['Asia-Plus (2024)', 'TASS (2024)']));
    const ids = rows[0]!.sources.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('Uzbekistan, end of 2023: 1,200,000 in Russia once, as two sources word the date differently', () => {
    const rows = rowsOf('UZB').filter((r) => r.value === 1200000);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.sources).toHaveLength(2);
  });

  it('labels each figure with what it counts, its period and its source', () => {
    for (const row of byCountry.flatMap((c) => c.rows)) {
      expect(row.measure).not.toBe('');
      expect(row.period).toMatch(/\d{4}/);
      expect(row.sources.length).toBeGreaterThan(0);
    }
  });
});

describe('compareModel', () => {
  const model = compareModel(byCountry, (v) => String(v));
  const bars = model.panels.flatMap((p) => p.groups.flatMap((g) => g.bars));

  it('draws every country with figures counted in people, Kyrgyzstan included, each bar one row', () => {
    expect(model.panels.filter((p) => p.groups.length > 0).map((p) => p.country)).toEqual([
      'UZB',
      'TJK',
      'KGZ',
    ]);
    for (const panel of model.panels) {
      const people = rowsOf(panel.country).filter((r) => /person|people/i.test(r.unit));
      const drawn = panel.groups.flatMap((g) => g.bars.map((b) => b.row));
      expect(new Set(drawn)).toEqual(new Set(people));
      for (const b of panel.groups.flatMap((g) => g.bars)) expect(b.value).toBe(b.row.value);
    }
  });

  it('puts the Q1 2023 departures on an axis of their own, never among the stocks, named by its heading', () => {
    const uzb = model.panels.find((p) => p.country === 'UZB')!;
    const q1 = uzb.groups.find((g) => g.bars.some((b) => b.row.period === 'Q1 2023'))!;
    expect(q1.bars.every((b) => b.concept === 'flow' && b.row.period === 'Q1 2023')).toBe(true);
    expect(q1.heading).toContain('Q1 2023');
    expect(q1.heading).toContain(conceptLabel('flow'));
  });

  it('draws a total apart from its parts: all destinations are not a bar among Russia and Kazakhstan', () => {
    for (const p of model.panels) {
      for (const g of p.groups) {
        expect(new Set(g.bars.map((b) => b.row.whole)).size).toBe(1);
        expect(new Set(g.bars.map((b) => `${b.concept}|${b.row.periodKey}`)).size).toBe(1);
        // One year per axis: the year of each figure, read from its period where it has no column.
        expect(new Set(g.bars.map((b) => b.row.time ?? yearInText(b.row.period))).size).toBe(1);
      }
    }
    const kgz = model.panels.find((p) => p.country === 'KGZ')!;
    const total = kgz.groups.find((g) => g.bars.some((b) => b.value === 754981))!;
    expect(total.whole).toBe(true);
    expect(total.bars).toHaveLength(1);
  });

  it('writes the data’s own doubt beside the figure: in the bar, the tooltip and the summary', () => {
    const flagged = bars.filter((b) => b.flag);
    expect(flagged.length).toBeGreaterThan(0);
    for (const b of flagged) {
      expect(b.short).toContain(b.flag);
      expect(b.text).toContain(b.flag);
      expect(model.summary.some((s) => s.includes(`${b.label} ${b.text}`))).toBe(true);
    }
  });

  it('lists in its legend only the kinds of figure drawn: shares are not drawn, so not listed', () => {
    const drawn = new Set(bars.map((b) => b.concept));
    expect(model.legend.filter((l) => l.shape === 'bar').map((l) => l.label)).toEqual(
      CONCEPTS.filter((c) => drawn.has(c)).map(conceptLabel),
    );
    expect(drawn.has('share')).toBe(false);
  });

  it('leaves out the chart of a country with nothing counted in people', () => {
    const onlyShares = compareModel(
      [{ country: 'UZB', rows: rowsOf('UZB').filter((r) => r.concept === 'share') }],
      () => '',
    );
    expect(onlyShares.panels[0]!.groups).toEqual([]);
    expect(onlyShares.legend).toEqual([]);
  });
});

/** Generated states: any subset of the entries (none at all included), in each language. */
describe('compareModel over generated states', { timeout: TEST_TIMEOUT }, () => {
  beforeAll(async () => {
    await Promise.all([loadLocale('ru'), loadLocale('uz')]);
  });
  afterAll(() => setActiveLocale('en'));

  it('one kind and period per axis, totals apart, each bar one row with its doubt, in chart, sentences and CSV', () => {
    fc.assert(
      fc.property(
        fc.subarray(compareEntries),
        fc.constantFrom('en' as const, 'ru' as const, 'uz' as const),
        (entries, locale) => {
          setActiveLocale(locale);
          const rows = compareCountries.map((country) => ({
            country,
            rows: compareRows(country, entries, metas, tables),
          }));
          const model = compareModel(rows, (v, q) => `${q ?? ''}${v}`);
          for (const p of model.panels) {
            for (const g of p.groups) {
              expect(
                new Set(g.bars.map((b) => `${b.concept}|${b.row.periodKey}|${b.row.whole}`)).size,
              ).toBe(1);
              expect(g.heading).toContain(conceptLabel(g.concept));
              expect(new Set(g.bars.map((b) => b.row.time ?? yearInText(b.row.period))).size).toBe(
                1,
              );
              for (const b of g.bars) {
                expect(model.rows).toContain(b.row);
                expect(b.value).toBe(b.row.value);
                if (b.row.flag) {
                  expect(b.short).toContain(b.row.flag);
                  expect(model.summary.some((s) => s.includes(b.text))).toBe(true);
                }
              }
              expect(g.axis.ticks[0]).toBe(0);
              expect(g.axis.ticks.at(-1)).toBe(g.axis.max);
              // Each chart on its own scale: its longest bar reaches past the last tick but one.
              const longest = Math.max(...g.bars.map((b) => b.value));
              expect(longest).toBeLessThanOrEqual(g.axis.max);
              if (longest > 0) expect(longest).toBeGreaterThan(g.axis.ticks.at(-2)!);
            }
            const kinds = new Set(p.groups.flatMap((g) => g.bars.map((b) => b.concept)));
            expect(p.legend.filter((l) => l.shape === 'bar')).toHaveLength(kinds.size);
            expect(p.legend.some((l) => l.shape === 'outlined-bar')).toBe(
              p.groups.some((g) => g.bars.some((b) => b.conflict)),
            );
          }
          const csv = rowObjects(compareCsvTable(model));
          expect(csv).toHaveLength(model.rows.length);
          csv.forEach((row, i) => {
            expect(row.value).toBe(model.rows[i]!.value);
            expect(row.flag).toBe(model.rows[i]!.flag ?? null);
          });
        },
      ),
      { numRuns: 30, seed: 20261207 },
    );
  });
});
