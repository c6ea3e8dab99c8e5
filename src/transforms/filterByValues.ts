import type { ColumnTable } from 'arquero';
import { columnReader, eachRow } from '../lib/tableValues.ts';

/** Selected values per column; a column absent from the record is not filtered. */
export type ValueFilters = Readonly<Record<string, readonly string[]>>;

/** Rows by value (as text), per column of a whole table: built on a column's first filter. */
const indexes = new WeakMap<ColumnTable, Map<string, Map<string, number[]>>>();

function valueIndex(table: ColumnTable, column: string): Map<string, number[]> {
  let byColumn = indexes.get(table);
  if (!byColumn) indexes.set(table, (byColumn = new Map()));
  let index = byColumn.get(column);
  if (!index) {
    index = new Map();
    const read = columnReader(table, column);
    for (let row = 0, n = table.numRows(); row < n; row++) {
      const key = String(read(row));
      const rows = index.get(key);
      if (rows) rows.push(row);
      else index.set(key, [row]);
    }
    byColumn.set(column, index);
  }
  return index;
}

/**
 * Indexes a whole table's columns ahead of the first filter, where a table is loaded once and
 * queried often (the worker): each column's first filter then costs no full scan.
 */
export function indexColumns(table: ColumnTable, columns: readonly string[]): void {
  for (const column of columns) valueIndex(table, column);
}

/**
 * Keeps the rows whose value in each filtered column is one of the selected values. Values are
 * compared as text, so a year column filters by "2023" as well as 2023.
 *
 * On a whole table (as the worker holds a million rows) each filtered column is indexed once, by
 * value; a filter then starts from the rows of the narrowest choice and tests the others on those
 * alone, so its cost follows the rows selected, not the table. A filter that keeps every value
 * costs nothing. On a slice, one scan of the filtered columns. Either way no row object is made
 * per row (what an escaped function costs) and Arquero's `reify` builds the result.
 */
export function filterByValues(table: ColumnTable, filters: ValueFilters): ColumnTable {
  const active = Object.entries(filters).filter(([column]) => table.columnNames().includes(column));
  if (active.length === 0) return table;
  const whole = !table.isFiltered() && !table.isOrdered();
  let candidates: number[] | undefined;
  const tests: ((row: number) => boolean)[] = [];
  if (whole) {
    const choices = active
      .map(([column, values]) => {
        const index = valueIndex(table, column);
        const picked = [...new Set(values)].filter((v) => index.has(v));
        return {
          column,
          values,
          index,
          picked,
          rows: picked.reduce((n, v) => n + index.get(v)!.length, 0),
        };
      })
      // Every value chosen: the filter keeps every row.
      .filter((c) => c.picked.length < c.index.size)
      .sort((a, b) => a.rows - b.rows);
    if (choices.length === 0) return table;
    const [narrowest, ...others] = choices;
    candidates = narrowest!.picked.flatMap((v) => narrowest!.index.get(v)!);
    if (narrowest!.picked.length > 1) candidates.sort((a, b) => a - b);
    for (const { column, values } of others) tests.push(valueTest(table, column, values));
  } else {
    for (const [column, values] of active) tests.push(valueTest(table, column, values));
  }
  const kept: number[] = [];
  const keep = (row: number) => {
    for (const test of tests) if (!test(row)) return;
    kept.push(row);
  };
  if (candidates) candidates.forEach(keep);
  else eachRow(table, keep);
  return table.reify(kept);
}

/** Whether a row's value is among those chosen; each distinct value is looked up once. */
function valueTest(table: ColumnTable, column: string, values: readonly string[]) {
  const read = columnReader(table, column);
  const allowed = new Set(values);
  const verdicts = new Map<unknown, boolean>();
  return (row: number) => {
    const value = read(row);
    let verdict = verdicts.get(value);
    if (verdict === undefined) {
      verdict = allowed.has(String(value));
      verdicts.set(value, verdict);
    }
    return verdict;
  };
}
