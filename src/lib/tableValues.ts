import type { ColumnTable } from 'arquero';

/** A column's values as a plain array (Arquero may hand back a typed array or an array-like). */
export function columnValues<T = unknown>(table: ColumnTable, column: string): T[] {
  return Array.from(table.array(column) as ArrayLike<T>);
}

/** Rows as plain records, for code that reads columns by name. */
export function rowObjects(table: ColumnTable): Record<string, unknown>[] {
  return table.objects() as Record<string, unknown>[];
}

type Column = ArrayLike<unknown> | { at(row: number): unknown };

/**
 * Reads one column by row index, the table's own storage (array or Arrow column) without making
 * a row object per row: the scans below stay a few milliseconds on a million rows.
 */
export function columnReader(table: ColumnTable, column: string): (row: number) => unknown {
  const data = table.column(column) as unknown as Column;
  return 'at' in data && typeof data.at === 'function'
    ? (row) => (data as { at(row: number): unknown }).at(row)
    : (row) => (data as ArrayLike<unknown>)[row];
}

/** Calls `visit` with the storage index of every row the table keeps, in the table's order. */
export function eachRow(table: ColumnTable, visit: (row: number) => void): void {
  if (table.isFiltered() || table.isOrdered()) table.scan((row) => visit(row as number), true);
  else for (let row = 0, n = table.numRows(); row < n; row++) visit(row);
}

/** The distinct values of a column, in order of first appearance. */
export function distinctValues<T = unknown>(table: ColumnTable, column: string): T[] {
  const read = columnReader(table, column);
  const seen = new Set<unknown>();
  eachRow(table, (row) => seen.add(read(row)));
  return [...seen] as T[];
}
