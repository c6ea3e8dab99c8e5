import { table as makeTable, type ColumnTable } from 'arquero';
import { columnValues, rowObjects } from '../lib/tableValues.ts';

/**
 * Plain-code helpers for the transforms Arquero would compile with `Function` (orderby,
 * aggregates, window functions, joins), which a strict Content Security Policy forbids. Arquero
 * tables in, Arquero tables out.
 */

export type Row = Record<string, unknown>;

/** A table of `rows` with the given columns, in that order. */
export function tableOfRows(rows: readonly Row[], columns: readonly string[]): ColumnTable {
  return makeTable(Object.fromEntries(columns.map((c) => [c, rows.map((r) => r[c] ?? null)])));
}

/** The rows sorted by `compare` (stable: ties keep their order). */
export function sortRows(table: ColumnTable, compare: (a: Row, b: Row) => number): ColumnTable {
  return tableOfRows(rowObjects(table).sort(compare), table.columnNames());
}

/** Ascending order of numbers or text, empty values last. */
export function ascending(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  return (a as number | string) < (b as number | string) ? -1 : 1;
}

/** The key of a row's values in `columns`, for grouping. */
export function groupKey(row: Row, columns: readonly string[]): string {
  return JSON.stringify(columns.map((c) => row[c] ?? null));
}

/** The table with extra columns whose values are given row by row. */
export function withColumns(
  table: ColumnTable,
  columns: Record<string, readonly unknown[]>,
): ColumnTable {
  return makeTable({
    ...Object.fromEntries(table.columnNames().map((c) => [c, columnValues(table, c)])),
    ...columns,
  });
}
