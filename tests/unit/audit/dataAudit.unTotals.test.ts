import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsvTable } from '../../../src/data/parseCsvTable';
import { validateMetadata } from '../../../src/data/validateMetadata';

const read = (file: string) => readFileSync(`data/${file}`, 'utf8');

describe('UN published totals by destination (Table 1 of UN_MigrantStockTotal_2019.xlsx)', () => {
  const metaFile = 'un-migrant-stock-totals-2019.meta.json';
  const meta = validateMetadata(metaFile, read(metaFile));
  const table = parseCsvTable(meta.file, read(meta.file), meta);
  const rows = table.objects() as {
    year: number;
    destination_iso3: string | null;
    stock: number | null;
  }[];
  const stock = (iso3: string, year: number) =>
    rows.find((r) => r.destination_iso3 === iso3 && r.year === year)?.stock;

  it('has 232 countries and areas in each of the seven years', () => {
    expect(rows).toHaveLength(232 * 7);
  });

  it("adds up to the UN's world total (WORLD row) in every year", () => {
    // The workbook's WORLD row; in 2015 its countries add up to one more (the UN's rounding).
    const world: Record<number, number> = {
      1990: 153011473,
      1995: 161316895,
      2000: 173588441,
      2005: 191615574,
      2010: 220781909,
      2015: 248861295,
      2019: 271642105,
    };
    for (const [year, total] of Object.entries(world)) {
      const sum = rows
        .filter((r) => r.year === Number(year))
        .reduce((s, r) => s + (r.stock ?? 0), 0);
      expect(sum, year).toBe(total);
    }
  });

  it("gives the UN's headline figures for Kazakhstan, Russia and the United States", () => {
    expect(stock('KAZ', 2019)).toBe(3705556);
    expect(stock('RUS', 2019)).toBe(11640559);
    expect(stock('USA', 2019)).toBe(50661149);
  });

  it('is larger than the sum over origins in the bilateral table (unknown origins)', () => {
    const bilateral = read('un-migrant-stock-2019.csv')
      .split('\n')
      .filter((line) => line.startsWith('2019,KAZ,'))
      .reduce((s, line) => s + Number(line.split(',').at(-2) || 0), 0);
    expect(bilateral).toBe(3434949);
    expect(stock('KAZ', 2019)).toBeGreaterThan(bilateral);
  });
});

describe("UN published totals by origin (the WORLD row of the UN's origin × destination table)", () => {
  const metaFile = 'un-emigrant-totals-2019.meta.json';
  const meta = validateMetadata(metaFile, read(metaFile));
  const table = parseCsvTable(meta.file, read(meta.file), meta);
  const rows = table.objects() as { year: number; origin_iso3: string | null; stock: number }[];
  const stock = (iso3: string, year: number) =>
    rows.find((r) => r.origin_iso3 === iso3 && r.year === year)?.stock;

  it('has 232 countries and areas of origin in each of the seven years', () => {
    expect(rows).toHaveLength(232 * 7);
  });

  it('is the column copied unchanged from the fixture (disp), for the same 232 origins', () => {
    const fixture = readFileSync('tests/fixtures/un-totals-2019/stock_totals.csv', 'utf8');
    const disp = new Map<string, number>();
    for (const line of fixture.trim().split('\n').slice(1)) {
      // name may be quoted and contain commas; the numeric columns are the last seven.
      const cells = line.split(',');
      const [year, , , , , disp_] = cells.slice(-8);
      const code = cells.at(-9);
      if (disp_ !== 'NA') disp.set(`${code}|${year}`, Number(disp_));
    }
    const m49 = new Map(
      (table.objects() as { origin_m49: number; year: number; stock: number }[]).map((r) => [
        `${r.origin_m49}|${r.year}`,
        r.stock,
      ]),
    );
    for (const [key, value] of m49) expect(disp.get(key), key).toBe(value);
  });

  it("gives the UN's headline figures for India, Mexico and China (2019)", () => {
    expect(stock('IND', 2019)).toBe(17513533);
    expect(stock('MEX', 2019)).toBe(11796491);
    expect(stock('CHN', 2019)).toBe(10734807);
  });

  it('equals the sum over destinations of the bilateral table, for every origin and year', () => {
    const bilateralMeta = validateMetadata(
      'un-migrant-stock-2019.meta.json',
      read('un-migrant-stock-2019.meta.json'),
    );
    const bilateral = parseCsvTable(
      bilateralMeta.file,
      read(bilateralMeta.file),
      bilateralMeta,
    ).objects() as { year: number; origin_iso3: string | null; stock: number | null }[];
    const sums = new Map<string, number>();
    for (const b of bilateral) {
      const key = `${b.origin_iso3}|${b.year}`;
      sums.set(key, (sums.get(key) ?? 0) + (b.stock ?? 0));
    }
    for (const r of rows) {
      if (r.origin_iso3)
        expect(sums.get(`${r.origin_iso3}|${r.year}`), r.origin_iso3).toBe(r.stock);
    }
    expect(stock('UZB', 2019)).toBe(1986227);
  });
});
