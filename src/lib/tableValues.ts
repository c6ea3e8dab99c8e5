import type { ColumnTable } from 'arquero';

/** A column's values as a plain array (Arquero may hand back a typed array or an array-like). */
export function columnValues<T = unknown>(table: ColumnTable, column: string): T[] {
  return Array.from(table.array(column) as ArrayLike<T>);
}

/** Rows as plain records, for code that reads columns by name. */
export function rowObjects(table: ColumnTable): Record<string, unknown>[] {
  return table.objects() as Record<string, unknown>[];
}
