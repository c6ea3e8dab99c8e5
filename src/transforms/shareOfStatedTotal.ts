import type { ColumnTable } from 'arquero';
import { rowObjects } from '../lib/tableValues.ts';
import { percentOf } from './percentOf.ts';
import { groupKey, withColumns } from './rows.ts';

/**
 * Adds a derived column `share`: each row's measure as a percentage of the row that states the
 * total for the same everything else (same year, period, unit, source…), where `column` holds
 * `totalValue`. Rows with no stated total get an empty share; the total rows get 100.
 * Only totals the source states are used: nothing is summed to make one. Shares are given to one
 * decimal, the precision the table, tooltip, CSV and image all show.
 */
export function shareOfStatedTotal(
  table: ColumnTable,
  measure: string,
  column: string,
  totalValue: string,
  keys: string[],
): ColumnTable {
  const rows = rowObjects(table);
  // The first stated total for each combination of keys.
  const totals = new Map<string, unknown>();
  for (const row of rows) {
    const key = groupKey(row, keys);
    if (row[column] === totalValue && !totals.has(key)) totals.set(key, row[measure]);
  }
  const share = rows.map((row) => {
    const share = percentOf(row[measure], totals.get(groupKey(row, keys)));
    return share === null ? null : Math.round(share * 10) / 10;
  });
  return withColumns(table, { share });
}
