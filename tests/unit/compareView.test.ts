import type { ColumnTable } from 'arquero';
import { describe, expect, it } from 'vitest';
import type { DatasetMeta } from '../../src/data/metadataSchema';
import { compareCountries, compareEntries } from '../../src/view/compareMeasures';
import { compareChart, compareRows, yearInText } from '../../src/view/compareView';
import { fileSystemSource } from '../support/fileSystemSource';

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

describe('compareChart', () => {
  const model = compareChart(byCountry, ['flow', 'stock', 'share', 'birthStock'], (r) =>
    String(r.value),
  );

  it('draws every country with figures counted in people, Kyrgyzstan included', () => {
    expect(model.panels.map((p) => p.country)).toEqual(['UZB', 'TJK', 'KGZ']);
    for (const panel of model.panels) {
      const people = rowsOf(panel.country).filter((r) => /person|people/i.test(r.unit));
      expect(panel.bars.map((b) => b.value)).toEqual(people.map((r) => r.value));
    }
  });

  it('lists in its legend only the kinds of figure drawn: shares are not drawn, so not listed', () => {
    const drawn = new Set(model.panels.flatMap((p) => p.bars.map((b) => b.concept)));
    expect(model.concepts).toEqual(
      ['flow', 'stock', 'share', 'birthStock'].filter((c) => drawn.has(c as never)),
    );
    expect(model.concepts).not.toContain('share');
    expect(model.conflicts).toBe(model.panels.some((p) => p.bars.some((b) => b.conflict)));
  });

  it('leaves out a country with nothing counted in people, and its kinds from the legend', () => {
    const onlyShares = compareChart(
      [{ country: 'UZB', rows: rowsOf('UZB').filter((r) => r.concept === 'share') }],
      ['flow', 'share'],
      () => '',
    );
    expect(onlyShares).toEqual({ panels: [], concepts: [], conflicts: false });
  });
});
