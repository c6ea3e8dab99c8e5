import { describe, expect, it } from 'vitest';
import { parseExcelCsv, toExcelCsv } from '../../../src/export/excelCsv';
import { viewDownloadTable } from '../../../src/export/viewDownload';
import { rowObjects } from '../../../src/lib/tableValues';
import { periodSpan } from '../../../src/model/periodOrder';
import { viewAt } from '../../support/viewAt';

/** The CSV of a dataset view as the Download tab writes it, read back as text rows. */
async function csvRows(address: string) {
  const { meta, slice, model } = await viewAt(address);
  const changes = slice.observations.map((o) => model.changes.get(o));
  return rowObjects(parseExcelCsv(toExcelCsv(viewDownloadTable(meta, slice, changes))));
}

describe('the CSV of a view lists its rows in time order (issue 27)', () => {
  it('gives the Tajik departures oldest first, parts of a year by their end, before the year', async () => {
    const rows = await csvRows('?view=dataset&id=tajik-migrants-series');
    const years = rows.map((r) => Number(r.year));
    expect(years).toEqual([...years].sort((a, b) => a - b));
    // 2016: 271,000 in January–May, 308,676 in January–June, 517,300 in the year.
    expect(rows.filter((r) => r.year === '2016').map((r) => [r.period, r.value])).toEqual([
      ['Jan-May', '271000'],
      ['Jan-Jun', '308676'],
      ['calendar year', '517300'],
    ]);
    // Both sources of 775,578 for 2022 stand together (the second came after 2023's rows).
    const at2022 = rows.flatMap((r, i) => (r.year === '2022' ? [i] : []));
    expect(at2022).toHaveLength(3);
    expect(at2022[2]! - at2022[0]!).toBe(2);
  });

  it('keeps each line of the unemployment rates together, quarter before half-year before year', async () => {
    const rows = await csvRows('?view=dataset&id=unemployment&chart=line&country=UZB');
    const series = rows.map((r) => r.series);
    // One run per series: a series never comes back after another began.
    expect(new Set(series).size).toBe(series.filter((s, i) => s !== series[i - 1]).length);
    for (const s of new Set(series)) {
      const years = rows.filter((r) => r.series === s).map((r) => Number(r.year));
      expect(years).toEqual([...years].sort((a, b) => a - b));
    }
    const survey2018 = rows.filter((r) => r.year === '2018' && r.series === 'uzb_ministry_survey');
    expect(survey2018.map((r) => r.period)).toEqual(['Q1 2018', 'Jan-Jun 2018', 'Oct-Nov 2018']);
  });
});

describe('derived_note is written on the rows with a derived value, each way once (issue 27)', () => {
  it('notes the change in points of the Uzbek unemployment rate only where there is one', async () => {
    const rows = await csvRows('?view=dataset&id=unemployment&chart=line&country=UZB');
    const changed = rows.filter((r) => r.change_pp !== null);
    expect(changed.length).toBeGreaterThan(0);
    // 10.5 % in 2020 to 9.6 % in 2021: −0.9 points.
    const row2021 = rows.find((r) => r.year === '2021' && r.period === '2021')!;
    expect(row2021.change_pp).toBe('-0.9');
    expect(row2021.derived_note).toMatch(/percentage points/);
    // A change in points is not a per cent of the previous year.
    expect(row2021.derived_note).not.toMatch(/% of the previous year/);
    for (const row of rows) expect(row.derived_note !== null).toBe(row.change_pp !== null);
  });

  it('says how a change and its per cent were computed once per row', async () => {
    const rows = await csvRows('?view=dataset&id=remittances');
    const changed = rows.filter((r) => r.change !== null);
    expect(changed.length).toBeGreaterThan(0);
    for (const row of rows) {
      if (row.change === null && row.change_pct === null) expect(row.derived_note).toBeNull();
      else expect(String(row.derived_note).match(/Derived:/g)).toHaveLength(1);
    }
  });

  it('writes the share note on every row of a share view, each row having a share', async () => {
    const rows = await csvRows('?view=dataset&id=tajik-migrants-by-sex&measure=share');
    expect(rows.map((r) => [r.sex, r.share])).toEqual([
      ['total', '100'],
      ['total', '100'],
      ['male', '85.1'],
      ['female', '14.9'],
    ]);
    for (const row of rows) expect(row.derived_note).toMatch(/divided by the stated total/);
  });
});

describe('periodSpan', () => {
  it('places periods as the data words them within their year', () => {
    expect(periodSpan('Jan-Nov (as of 1 Dec 2005)', 2005)).toEqual({ start: 0, end: 11 });
    expect(periodSpan('Jan to mid-Jun (5.5 months)')).toEqual({ start: 0, end: 5.5 });
    expect(periodSpan('Q3 2025', 2025)).toEqual({ start: 6, end: 9 });
    expect(periodSpan('approx. first half 2021 (six months)', 2021)).toEqual({ start: 0, end: 6 });
    expect(periodSpan('as of 1 Jan 2022', 2022)).toEqual({ start: 0, end: 0 });
    expect(periodSpan('start of May 2020', 2020)).toEqual({ start: 4, end: 4 });
    expect(periodSpan('December 2023', 2023)).toEqual({ start: 11, end: 12 });
    expect(periodSpan('calendar year')).toEqual({ start: 0, end: 12 });
    expect(periodSpan('end of year')).toEqual({ start: 0, end: 12 });
    // A figure filed under 2023 for the beginning of 2024 comes after 2023's own months.
    expect(periodSpan('beginning of 2024', 2023)).toEqual({ start: 12, end: 12 });
  });
});
