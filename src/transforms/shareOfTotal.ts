import type { ColumnTable } from 'arquero';
import { rowObjects } from '../lib/tableValues.ts';
import { percentOf } from './percentOf.ts';
import { groupKey, withColumns } from './rows.ts';

/**
 * Adds a derived column `share`: each row's measure as a percentage of the sum of the measure
 * within its group (or of `total` where the source states the total). Empty measures stay empty.
 */
export function shareOfTotal(
  table: ColumnTable,
  measure: string,
  options: { groupBy?: string[]; total?: number } = {},
): ColumnTable {
  const rows = rowObjects(table);
  const groupBy = options.groupBy ?? [];
  const sums = new Map<string, number>();
  for (const row of rows) {
    const value = row[measure];
    const key = groupKey(row, groupBy);
    sums.set(key, (sums.get(key) ?? 0) + (typeof value === 'number' ? value : 0));
  }
  const share = rows.map((row) =>
    percentOf(row[measure], options.total ?? sums.get(groupKey(row, groupBy))),
  );
  return withColumns(table, { share });
}
