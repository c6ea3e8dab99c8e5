import type { ColumnTable } from 'arquero';
import { columnReader, eachRow } from '../lib/tableValues.ts';

/**
 * Keeps the rows whose time column lies in [from, to], both ends included: a scan of that column
 * and Arquero's `reify` of the rows kept (see filterByValues).
 */
export function filterTimeRange(
  table: ColumnTable,
  column: string,
  [from, to]: readonly [number, number],
): ColumnTable {
  const read = columnReader(table, column);
  const kept: number[] = [];
  eachRow(table, (row) => {
    const value = read(row);
    if (typeof value === 'number' && value >= from && value <= to) kept.push(row);
  });
  return table.reify(kept);
}
