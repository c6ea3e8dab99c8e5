import { escape, type ColumnTable } from 'arquero';

/** Selected values per column; a column absent from the record is not filtered. */
export type ValueFilters = Readonly<Record<string, readonly string[]>>;

/**
 * Keeps the rows whose value in each filtered column is one of the selected values. Values are
 * compared as text, so a year column filters by "2023" as well as 2023.
 */
export function filterByValues(table: ColumnTable, filters: ValueFilters): ColumnTable {
  const active = Object.entries(filters).filter(([column]) => table.columnNames().includes(column));
  if (active.length === 0) return table;
  const sets = active.map(([column, values]) => [column, new Set(values)] as const);
  return table.filter(
    escape((row: Record<string, unknown>) =>
      sets.every(([column, allowed]) => allowed.has(String(row[column]))),
    ),
  );
}
