import { escape, type ColumnTable } from 'arquero';

/** Selected values per column; a column absent from the record is not filtered. */
export type ValueFilters = Readonly<Record<string, readonly string[]>>;

/** One column's rows by value (as text), each list ascending. */
type ValueIndex = Map<string, number[]>;

/**
 * Per table, per column: where each value is. Built on a column's first filter (one scan), so
 * every later change of selection costs the rows it keeps, not a scan of the table.
 */
const indexes = new WeakMap<ColumnTable, Map<string, ValueIndex>>();

function valueIndex(table: ColumnTable, column: string): ValueIndex {
  let byColumn = indexes.get(table);
  if (!byColumn) indexes.set(table, (byColumn = new Map()));
  let index = byColumn.get(column);
  if (!index) {
    index = new Map();
    const values = table.column(column)!;
    for (let row = 0, n = table.numRows(); row < n; row++) {
      const key = String(values.at(row));
      const rows = index.get(key);
      if (rows) rows.push(row);
      else index.set(key, [row]);
    }
    byColumn.set(column, index);
  }
  return index;
}

/** The lists of rows holding one of `values` in `column`, and how many rows they hold. */
function rowLists(table: ColumnTable, column: string, values: ReadonlySet<string>) {
  const index = valueIndex(table, column);
  const lists = [...values].map((v) => index.get(v) ?? []);
  return { lists, count: lists.reduce((n, rows) => n + rows.length, 0) };
}

/**
 * Keeps the rows whose value in each filtered column is one of the selected values. Values are
 * compared as text, so a year column filters by "2023" as well as 2023.
 */
export function filterByValues(table: ColumnTable, filters: ValueFilters): ColumnTable {
  const active = Object.entries(filters).filter(([column]) => table.columnNames().includes(column));
  if (active.length === 0) return table;
  const sets = active.map(([column, values]) => [column, new Set(values)] as const);
  if (table.isFiltered() || table.isOrdered()) {
    // A view over another table: the index speaks of backing rows, so test each row instead.
    return table.filter(
      escape((row: Record<string, unknown>) =>
        sets.every(([column, allowed]) => allowed.has(String(row[column]))),
      ),
    );
  }
  // The column whose selection holds the fewest rows gives the candidates (from its index);
  // the other columns are checked on those rows alone.
  const [first, ...rest] = sets
    .map(([column, allowed]) => ({ column, allowed, ...rowLists(table, column, allowed) }))
    .sort((a, b) => a.count - b.count);
  const { lists } = first!;
  const candidates = lists.length === 1 ? lists[0]! : lists.flat().sort((a, b) => a - b);
  const others = rest.map(({ column, allowed }) => ({ values: table.column(column)!, allowed }));
  const rows =
    others.length === 0
      ? candidates
      : candidates.filter((row) =>
          others.every(({ values, allowed }) => allowed.has(String(values.at(row)))),
        );
  return rows.length === table.numRows() ? table : table.reify(rows);
}
