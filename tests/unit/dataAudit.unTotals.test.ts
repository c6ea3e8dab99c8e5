import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsvTable } from '../../src/data/parseCsvTable';
import { validateMetadata } from '../../src/data/validateMetadata';

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
