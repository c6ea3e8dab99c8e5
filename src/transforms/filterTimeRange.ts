import { escape, type ColumnTable } from 'arquero';

/** Keeps the rows whose time column lies in [from, to], both ends included. */
export function filterTimeRange(
  table: ColumnTable,
  column: string,
  [from, to]: readonly [number, number],
): ColumnTable {
  return table.filter(
    escape((row: Record<string, unknown>) => {
      const value = row[column];
      return typeof value === 'number' && value >= from && value <= to;
    }),
  );
}
