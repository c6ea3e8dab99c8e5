import { describe, expect, it } from 'vitest';
import type { DatasetError } from '../../../src/data/datasetError';
import { headerPositions, parseCsvTable } from '../../../src/data/parseCsvTable';
import type { ColumnMeta } from '../../../src/data/metadataSchema';
import { SAMPLE_CSV, sampleMeta } from '../../support/sampleMeta';

/** A list that counts how often its items are read: the work a check does, without a clock. */
function counted<T>(items: T[]): { list: T[]; reads: () => number } {
  let reads = 0;
  const list = new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { list, reads: () => reads };
}

const textColumn = (name: string) =>
  ({ name, type: 'string', role: 'note', label: name, nullable: true }) as ColumnMeta;

const FILE = 'data/sample.csv';

describe('parseCsvTable', () => {
  it('reads every row with the declared types', () => {
    const table = parseCsvTable(FILE, SAMPLE_CSV, sampleMeta());
    expect(table.numRows()).toBe(5);
    expect(Array.from(table.array('value'))).toEqual([411000, 129807, 111000, 200000, 652014]);
    expect(Array.from(table.array('year'))).toEqual([2019, 2020, 2020, 2021, 2023]);
    expect(table.get('qualifier', 0)).toBe('more than');
    expect(table.get('qualifier', 1)).toBeNull();
  });

  it('names file, row and column of a cell that is not a number', () => {
    const broken = SAMPLE_CSV.replace('129807', '129807x');
    expect(() => parseCsvTable(FILE, broken, sampleMeta())).toThrow(
      /^data\/sample\.csv, row 2, column "value": expected a number/,
    );
  });

  it('names an empty cell in a column that needs a value', () => {
    const broken = SAMPLE_CSV.replace(
      '2021,calendar year,year,TJK,200000',
      '2021,calendar year,year,,200000',
    );
    expect(() => parseCsvTable(FILE, broken, sampleMeta())).toThrow(
      'data/sample.csv, row 4, column "country": is empty',
    );
  });

  it('rejects a value outside the declared list', () => {
    const broken = SAMPLE_CSV.replace('Jan-Sep,part', 'Jan-Sep,partial');
    expect(() => parseCsvTable(FILE, broken, sampleMeta())).toThrow(
      /row 1, column "period_type": "partial" is not one of the declared values/,
    );
  });

  it('rejects a whole number column holding a fraction', () => {
    const broken = SAMPLE_CSV.replace('2023,calendar', '2023.5,calendar');
    expect(() => parseCsvTable(FILE, broken, sampleMeta())).toThrow(
      /row 5, column "year": expected a whole number/,
    );
  });

  it('names a declared column missing from the header, and an undeclared one', () => {
    expect(() =>
      parseCsvTable(FILE, SAMPLE_CSV.replace('qualifier', 'qual'), sampleMeta()),
    ).toThrow(/column "qualifier": is declared in the metadata but missing/);
    const extra = SAMPLE_CSV.replace('source_id\n', 'source_id,extra\n')
      .replace(/MINISTRY\n/g, 'MINISTRY,x\n')
      .replace(/PRESIDENT\n/g, 'PRESIDENT,x\n');
    expect(() => parseCsvTable(FILE, extra, sampleMeta())).toThrow(
      /column "extra": is in the CSV but not declared/,
    );
  });

  describe('work linear in the size of the file (counted, not timed)', () => {
    it('reads each of 2,000 declared columns a few times, not once per header name', () => {
      const n = 2_000;
      const names = Array.from({ length: n }, (_, i) => `c${i}`);
      const columns = counted(names.map(textColumn));
      const meta = { ...sampleMeta(), columns: columns.list };
      const csv = `${names.join(',')}\n${names.map((_, i) => `v${i}`).join(',')}\n`;
      const table = parseCsvTable(FILE, csv, meta);
      expect(table.numCols()).toBe(n);
      // One row: a few passes over the columns. A search per name would be n² / 2 = 2,000,000.
      expect(columns.reads()).toBeLessThan(10 * n);
    });

    it('refuses a 200,000-column header naming one column twice, reading each name a few times', () => {
      const n = 200_000;
      const header = counted(Array.from({ length: n }, (_, i) => `c${i}`));
      header.list[n - 1] = 'c7';
      let caught: unknown;
      try {
        headerPositions(FILE, header.list, [textColumn('c0')]);
      } catch (error) {
        caught = error;
      }
      expect((caught as DatasetError).message).toBe(
        'data/sample.csv, column "c7": the header names this column twice (fields 8 and 200000)',
      );
      expect(header.reads()).toBeLessThan(5 * n);
    });
  });
});
