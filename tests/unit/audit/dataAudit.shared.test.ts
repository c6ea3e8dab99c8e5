import { fromCSV, type ColumnTable } from 'arquero';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rowObjects } from '../../../src/lib/tableValues';
import { fileSystemSource } from '../../support/fileSystemSource';

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
    const russia2022 = find(rows, { year: '2022', destination: 'RUS' })[0]!;
    expect(String(russia2022.note)).toMatch(/doubt/i);
    expect(russia2022.flag).toBe('doubtful');
  });

  it('Uzbek migrants: stocks, departures, returns, organised recruitment', async () => {
    const rows = await ours('uzbek-migrants-series');
    expectEveryRow(shared('uzbek_migrants.csv'), rows, (r) => ({
      ...r,
      value: String(Number(r.value)),
    }));
  });

  it('unemployment, every definition', async () => {
    // The ILO's modelled rate from World Development Indicators is checked in dataImport.test.ts.
    const rows = (await ours('unemployment')).filter((r) => r.source_id !== 'WB_WDI');
    expectEveryRow(shared('unemployment.csv'), rows, (r) => ({
      country: r.country_iso3!,
      year: r.year!,
      value: String(Number(r.value)),
      definition: r.definition!,
      source_id: r.source_id!,
    }));
  });

  it('remittances, with qualifiers split out of the unit', async () => {
    // The World Bank's own series (WB_WDI) is checked against its file in dataImport.test.ts.
    const rows = (await ours('remittances')).filter((r) => r.source_id !== 'WB_WDI');
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

  it('UN DESA bilateral stocks: the same file, 76,772 rows, the Channel Islands coded CHI', async () => {
    const hash = (text: string) => createHash('sha256').update(text).digest('hex');
    // The copy leaves the Channel Islands' code empty (they have no ISO code), which showed as a
    // blank name; data/ codes them CHI, the World Bank's code. Nothing else differs.
    const copy = readFileSync(`${FIXTURES}/un_desa_migrant_stock_2019.csv`, 'utf8');
    expect(hash(readFileSync('data/un-migrant-stock-2019.csv', 'utf8'))).toBe(
      hash(copy.replace(/,,Channel Islands,/g, ',CHI,Channel Islands,')),
    );
    const rows = await ours('un-migrant-stock-2019');
    expect(rows).toHaveLength(76772);
    expect(
      find(rows, { year: '2019', origin_iso3: 'UZB', destination_iso3: 'RUS' })[0]!.stock,
    ).toBe(1146535);
  });
});

/**
 * Flags (role `flag`): set only where the data itself calls a figure into doubt. Each flagged row
 * is listed here with the words of the collected data (SOURCES.md) that say so, or is caught by
 * the arithmetic check below (a part above its whole).
 */
const FLAGGED: Record<string, { row: Record<string, string>; flag: string; because?: string }[]> = {
  'tajik-migrants-series': [
    {
      row: { year: '2022', destination: 'RUS', source_id: 'TJ_TASS_20240213', value: '793791' },
      flag: 'doubtful',
      because:
        'is larger than the 2022 total (775,578), which cannot be right. Treat it as doubtful',
    },
    {
      row: { year: '2020', sex: 'total', source_id: 'TJ_TASS_20210126', value: '111000' },
      flag: 'conflict',
      because: "It conflicts with the ministry's 129,807.",
    },
    // The other side of the same disagreement: the ministry's figure.
    {
      row: { year: '2020', sex: 'total', source_id: 'TJ_KHOVAR_20210212', value: '129807' },
      flag: 'conflict',
      because: "It conflicts with the ministry's 129,807.",
    },
    // Above the whole year's 652,014: the arithmetic check below requires this flag.
    { row: { year: '2023', period: 'Jan-Sep', source_id: 'TJ_AP_20250514' }, flag: 'conflict' },
    // ... and the whole year's 652,014 below it, on the other side of the disagreement.
    ...['TJ_TASS_20240213', 'TJ_CANEWS_20240215', 'TJ_AP_20240528'].map((id) => ({
      row: {
        year: '2023',
        period: 'calendar year',
        sex: 'total',
        destination: 'all',
        source_id: id,
      },
      flag: 'conflict',
    })),
  ],
  'uzbek-migrants-series': [
    ...['UZ_CAB_20250213', 'UZ_GAZETA_20250122'].flatMap((id) =>
      ['KAZ', 'TUR'].map((destination) => ({
        row: { year: '2023', indicator: 'migrants_abroad_stock', destination, source_id: id },
        flag: 'conflict',
        because:
          "the Kazakhstan and Turkey figures differ slightly from Gazeta.uz's end-2023 figures (196,800 and 119,800).",
      })),
    ),
    // Against Kamilov (2025) in uzbekistan-labour-market: 486,100 in Q1 2023; 1.9 million, end 2024.
    {
      row: { year: '2023', indicator: 'departures_in_year', source_id: 'UZ_CAB_20250213' },
      flag: 'conflict',
    },
    {
      row: {
        year: '2024',
        indicator: 'migrants_abroad_stock',
        destination: 'all',
        source_id: 'UZ_GAZETA_20250122',
      },
      flag: 'conflict',
    },
    // "2 million 600" and "2 million 200" as printed: recorded by an editorial reading.
    ...['all', 'RUS'].map((destination) => ({
      row: { year: '2019', destination, source_id: 'UZ_KUN_20191116' },
      flag: 'corrected',
      because: 'These are clearly thousands-typos and are recorded as 2600000 and 2200000.',
    })),
  ],
  'uzbekistan-labour-market': [
    { row: { indicator: 'left_for_work', period: 'Q1 2023' }, flag: 'conflict' },
    { row: { indicator: 'working_abroad', period: 'end of 2024' }, flag: 'conflict' },
  ],
  remittances: [
    ...['TJ_AP_20250514', 'TJ_DARYO_20240719', 'TJ_BUFFETT_2024'].map((id) => ({
      row: { country: 'TJK', year: '2023', indicator: 'remittances_received', source_id: id },
      flag: 'conflict',
      because: 'The two series are not consistent.',
    })),
    // The World Bank's own figure (WDI, imported: 4.634 billion) is the series the ADB's 5.7
    // disagrees with: flagged on its side too (issue 26), by the importer's documented conflicts.
    {
      row: {
        country: 'TJK',
        year: '2023',
        indicator: 'remittances_received',
        source_id: 'WB_WDI',
      },
      flag: 'conflict',
    },
    ...['UZ_DIPLOMAT_202404', 'UZ_INTELLINEWS_282157'].flatMap((id) =>
      ['remittances_received', 'remittances_pct_gdp'].map((indicator) => ({
        row: { country: 'UZB', year: '2022', indicator, source_id: id },
        flag: 'conflict',
        because:
          "Its 2022 remittance figures conflict with the World Bank's (UZ_INTELLINEWS_282157).",
      })),
    ),
    {
      row: { country: 'TJK', year: '2024', source_id: 'TJ_TCA_8475', value: '45.3' },
      flag: 'disputed',
      because: 'The head of the National Bank of Tajikistan disputes the methodology.',
    },
  ],
  unemployment: [
    {
      row: { country: 'UZB', year: '2023', source_id: 'UZ_CALIGHT_20231117', value: '8.6' },
      flag: 'conflict',
      because: 'conflicts with the 6.8% reported for end-2023.',
    },
    {
      row: { country: 'UZB', year: '2023', source_id: 'UZ_KAPITAL_2024', value: '6.8' },
      flag: 'conflict',
      because: 'conflicts with the 6.8% reported for end-2023.',
    },
    {
      row: { country: 'KGZ', year: '2023', source_id: 'KG_24KG_20251008', value: '5.9' },
      flag: 'conflict',
      because: '2023 conflicts with the NSC open data (4.1%)',
    },
    {
      row: { country: 'KGZ', year: '2023', source_id: 'KG_STAT_4934', value: '4.1' },
      flag: 'conflict',
      because: '2023 conflicts with the NSC open data (4.1%)',
    },
  ],
};

const sourcesText = readFileSync(`${FIXTURES}/SOURCES.md`, 'utf8').replace(/\s+/g, ' ');

describe('flags: only where the data itself calls a figure into doubt', () => {
  it.each(Object.entries(FLAGGED))('%s: exactly the listed rows are flagged', async (id, list) => {
    const meta = await source.loadMetadata(`${id}.meta.json`);
    const rows = await ours(id);
    const flagColumn = meta.columns.find((c) => c.role === 'flag');
    // Every code a row can carry is explained in plain words.
    for (const code of flagColumn?.values ?? []) {
      expect(flagColumn?.valueLabels?.[code], `${id}: label for ${code}`).toBeTruthy();
    }
    const flagged = rows.filter((r) => r.flag !== null && r.flag !== undefined);
    const expected = list.flatMap(({ row, flag }) => {
      const hits = find(rows, row);
      expect(hits, `${id}: one row for ${JSON.stringify(row)}`).toHaveLength(1);
      return hits.map((hit) => ({ ...hit, flag }));
    });
    expect(flagged).toEqual(expect.arrayContaining(expected));
    expect(flagged).toHaveLength(expected.length);
    // The reason is the collected data's own sentence, word for word.
    for (const { because } of list) {
      if (because !== undefined) expect(sourcesText).toContain(because);
    }
  });

  it.each(['tajik-migrants-series', 'uzbek-migrants-series', 'remittances'])(
    '%s: a part above its whole is never shown without a flag',
    async (id) => {
      const meta = await source.loadMetadata(`${id}.meta.json`);
      const rows = await ours(id);
      const dims = meta.columns
        .filter((c) => c.role === 'dimension' || c.role === 'unit')
        .map((c) => c.name);
      const key = (r: Record<string, unknown>, except: string[] = []) =>
        dims
          .filter((d) => !except.includes(d))
          .map((d) => String(r[d]))
          .join('|');
      const value = (r: Record<string, unknown>) => Number(r.value);
      const problems: string[] = [];
      for (const row of rows) {
        // A part of the year above the same series' figure for the whole year.
        const wholeYear = rows.filter(
          (r) => r.period_type === 'year' && key(r) === key(row) && value(r) < value(row),
        );
        if (row.period_type === 'part' && wholeYear.length > 0 && row.flag !== 'conflict') {
          problems.push(`part-year ${JSON.stringify(row)}`);
        }
        // One destination above all destinations, same period, same report.
        const total = rows.filter(
          (r) =>
            r.destination === 'all' &&
            row.destination !== 'all' &&
            r.period === row.period &&
            r.source_id === row.source_id &&
            key(r, ['destination']) === key(row, ['destination']) &&
            value(r) < value(row),
        );
        if (total.length > 0 && row.flag !== 'doubtful') {
          problems.push(`above its total ${JSON.stringify(row)}`);
        }
      }
      expect(problems).toEqual([]);
    },
  );
});
