import { fromCSV, type ColumnTable } from 'arquero';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rowObjects } from '../../src/lib/tableValues';
import { fileSystemSource } from '../support/fileSystemSource';

/**
 * Every row of the project's collected data (copied unchanged into tests/fixtures/shared-data,
 * see PROVENANCE.md there) must be in data/ with the same value, period, qualifier and source.
 */
const FIXTURES = 'tests/fixtures/shared-data';
const source = fileSystemSource();

function shared(name: string): Record<string, string>[] {
  const text = readFileSync(`${FIXTURES}/${name}`, 'utf8');
  return rowObjects(fromCSV(text, { autoType: false })) as Record<string, string>[];
}

async function ours(id: string): Promise<Record<string, unknown>[]> {
  const meta = await source.loadMetadata(`${id}.meta.json`);
  const table: ColumnTable = await source.loadTable(meta);
  return rowObjects(table);
}

/** Rows of `ours` matching every key of `match`, compared as text. */
function find(rows: Record<string, unknown>[], match: Record<string, string>) {
  return rows.filter((r) => Object.entries(match).every(([k, v]) => String(r[k] ?? '') === v));
}

function expectEveryRow(
  sharedRows: Record<string, string>[],
  ourRows: Record<string, unknown>[],
  toMatch: (row: Record<string, string>) => Record<string, string>,
) {
  const missing = sharedRows.filter((row) => find(ourRows, toMatch(row)).length === 0);
  expect(missing).toEqual([]);
  expect(ourRows.length).toBe(sharedRows.length);
}

describe('collected series in data/ match the shared collection row for row', () => {
  it('Tajik departures 2005–2024', async () => {
    const rows = await ours('tajik-migrants-series');
    expectEveryRow(shared('tajik_migrants_by_year.csv'), rows, (r) => ({
      ...r,
      value: String(Number(r.value)),
    }));
    // Qualifiers the source words ("more than 463 thousand", "about 14 thousand") are kept.
    expect(
      find(rows, { year: '2018', destination: 'RUS', source_id: 'TJ_PARSTODAY_20190208' })[0]!
        .qualifier,
    ).toBe('more than');
    expect(find(rows, { year: '2018', destination: 'KAZ' })[0]!.qualifier).toBe('about');
    // The doubtful 2022 Russia figure is kept, with its doubt.
    expect(String(find(rows, { year: '2022', destination: 'RUS' })[0]!.note)).toMatch(/doubt/i);
  });

  it('Uzbek migrants: stocks, departures, returns, organised recruitment', async () => {
    const rows = await ours('uzbek-migrants-series');
    expectEveryRow(shared('uzbek_migrants.csv'), rows, (r) => ({
      ...r,
      value: String(Number(r.value)),
    }));
  });

  it('unemployment, every definition', async () => {
    const rows = await ours('unemployment');
    expectEveryRow(shared('unemployment.csv'), rows, (r) => ({
      country: r.country_iso3!,
      year: r.year!,
      value: String(Number(r.value)),
      definition: r.definition!,
      source_id: r.source_id!,
    }));
  });

  it('remittances, with qualifiers split out of the unit', async () => {
    const rows = await ours('remittances');
    expectEveryRow(shared('remittances.csv'), rows, (r) => ({
      country: r.country_iso3!,
      year: r.year!,
      indicator_raw: r.indicator!,
      unit_raw: r.unit!,
      value: String(Number(r.value)),
      source_id: r.source_id!,
    }));
    for (const row of rows) {
      const worded = /\((about|more than|almost|approx\.)\)/.exec(String(row.unit_raw))?.[1];
      expect(row.qualifier ?? undefined).toBe(worded);
    }
  });

  it('UN DESA bilateral stocks: the same file, 76,772 rows', async () => {
    const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
    expect(hash('data/un-migrant-stock-2019.csv')).toBe(
      hash(`${FIXTURES}/un_desa_migrant_stock_2019.csv`),
    );
    const rows = await ours('un-migrant-stock-2019');
    expect(rows).toHaveLength(76772);
    expect(
      find(rows, { year: '2019', origin_iso3: 'UZB', destination_iso3: 'RUS' })[0]!.stock,
    ).toBe(1146535);
  });
});
