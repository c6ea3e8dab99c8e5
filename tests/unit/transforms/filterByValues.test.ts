import fc from 'fast-check';
import { escape, table as makeTable, type ColumnTable } from 'arquero';
import { beforeAll, describe, expect, it } from 'vitest';
import { columnValues } from '../../../src/lib/tableValues';
import { filterByValues, type ValueFilters } from '../../../src/transforms/filterByValues';
import { loadEveryDataset, type LoadedDataset } from '../../support/fileSystemSource';
import { TEST_TIMEOUT } from '../../testTimeout';

/** What filterByValues did before its value index: Arquero's filter, testing every row. */
function scanFilter(table: ColumnTable, filters: ValueFilters): ColumnTable {
  const sets = Object.entries(filters)
    .filter(([column]) => table.columnNames().includes(column))
    .map(([column, values]) => [column, new Set(values)] as const);
  if (sets.length === 0) return table;
  return table.filter(
    escape((row: Record<string, unknown>) =>
      sets.every(([column, allowed]) => allowed.has(String(row[column]))),
    ),
  );
}

let loaded: LoadedDataset[] = [];

beforeAll(async () => {
  loaded = await loadEveryDataset();
});

/** Filters over a table's string and year columns: any subset of the values, or one unknown. */
function filtersFor({ meta, table }: LoadedDataset): fc.Arbitrary<Record<string, string[]>> {
  const columns = meta.columns.filter((c) => c.role !== 'measure' && c.role !== 'note');
  const options = Object.fromEntries(
    columns.map((c) => [c.name, [...new Set(columnValues(table, c.name).map(String))].sort()]),
  );
  return fc.record(
    Object.fromEntries(
      columns.map((c) => [
        c.name,
        fc.oneof(
          fc.subarray(options[c.name]!, { maxLength: Math.min(8, options[c.name]!.length) }),
          fc.constant(['not-a-value']),
        ),
      ]),
    ),
    { requiredKeys: [] },
  ) as fc.Arbitrary<Record<string, string[]>>;
}

describe('filterByValues with its value index', () => {
  it(
    'keeps exactly the rows, in the order, that testing every row keeps',
    () => {
      for (const data of loaded) {
        fc.assert(
          fc.property(filtersFor(data), (filters) => {
            // Twice: the second call answers from the index built by the first.
            for (let i = 0; i < 2; i++) {
              expect(filterByValues(data.table, filters).objects()).toEqual(
                scanFilter(data.table, filters).objects(),
              );
            }
          }),
          { numRuns: data.table.numRows() > 10_000 ? 8 : 40 },
        );
      }
      // Each run on the UN table is two scans of 76,772 rows: seconds on a loaded machine.
    },
    TEST_TIMEOUT,
  );

  it('filters a filtered table (a view over backing rows) the same way', () => {
    const un = loaded.find((d) => d.meta.id === 'un-migrant-stock-2019')!;
    const view = un.table.filter(escape((r: Record<string, unknown>) => r.year === 2019));
    const filters = { origin_iso3: ['UZB', 'TJK'], destination_iso3: ['RUS', 'KAZ', 'USA'] };
    const kept = filterByValues(view, filters).objects();
    expect(kept.length).toBeGreaterThan(0);
    expect(kept).toEqual(scanFilter(view, filters).objects());
  });

  it('compares as text, and nulls as "null", as before', () => {
    const t = makeTable({ year: [2020, 2021, null, 2021], kind: ['a', 'b', 'a', null] });
    expect(filterByValues(t, { year: ['2021'] }).objects()).toEqual([
      { year: 2021, kind: 'b' },
      { year: 2021, kind: null },
    ]);
    expect(filterByValues(t, { kind: ['a'], year: ['null', '2020'] }).numRows()).toBe(2);
    expect(filterByValues(t, { kind: [] }).numRows()).toBe(0);
    expect(filterByValues(t, { missing: ['x'] })).toBe(t);
  });
});
