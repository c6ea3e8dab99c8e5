import { useState, type ReactNode } from 'react';
import { activeLocale } from '../i18n/i18n.ts';

/** What a column sorts by: a number sorts as a number, text in the reader's language. */
export type SortValue = number | string | undefined;

export type SortDirection = 'ascending' | 'descending';

/** A column of a table that sorts: its heading and the value each row sorts by. */
export interface SortColumn<T> {
  key: string;
  label: ReactNode;
  title?: string | undefined;
  sortValue: (row: T) => SortValue;
}

/**
 * The rows in the order asked for: numbers by value, text by the reader's language's collation,
 * rows without a value last whichever way; ties keep the order the data gives.
 */
export function sortRows<T>(
  rows: readonly T[],
  value: (row: T) => SortValue,
  direction: SortDirection,
  collator: Intl.Collator,
): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i, v: value(row) }))
    .sort((a, b) => {
      const missingA = a.v === undefined || a.v === '';
      const missingB = b.v === undefined || b.v === '';
      if (missingA || missingB) return missingA === missingB ? a.i - b.i : missingA ? 1 : -1;
      const order =
        typeof a.v === 'number' && typeof b.v === 'number'
          ? a.v - b.v
          : collator.compare(String(a.v), String(b.v));
      return order === 0 ? a.i - b.i : sign * order;
    })
    .map(({ row }) => row);
}

/**
 * A table that sorts by any column, as the dataset's table does (src/charts/ObservationTable.tsx)
 * and the UN and compare views' do: each heading a button that sorts by its column (again: the
 * other way), `aria-sort` saying how the table is sorted. Returns the rows in that order and the
 * heading row to put in the table's `<thead>`.
 */
export function useSortedRows<T>(
  rows: readonly T[],
  columns: readonly SortColumn<T>[],
): { sorted: readonly T[]; headings: ReactNode } {
  const [sort, setSort] = useState<{ key: string; direction: SortDirection } | undefined>();
  const sortedBy = columns.find((c) => c.key === sort?.key);
  const sorted =
    sort && sortedBy
      ? sortRows(rows, sortedBy.sortValue, sort.direction, new Intl.Collator(activeLocale()))
      : rows;
  const sortBy = (key: string) =>
    setSort((now) => ({
      key,
      direction: now?.key === key && now.direction === 'ascending' ? 'descending' : 'ascending',
    }));
  const headings = (
    <tr>
      {columns.map((c) => {
        const state = sortedBy?.key === c.key ? sort!.direction : 'none';
        return (
          <th key={c.key} scope="col" title={c.title} aria-sort={state}>
            <button type="button" className="sort-button" onClick={() => sortBy(c.key)}>
              {c.label}
              <span aria-hidden="true" className="sort-mark">
                {state === 'ascending' ? ' ▲' : state === 'descending' ? ' ▼' : ' ↕'}
              </span>
            </button>
          </th>
        );
      })}
    </tr>
  );
  return { sorted, headings };
}
