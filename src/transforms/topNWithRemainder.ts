import { escape, type ColumnTable } from 'arquero';
import { rowObjects } from '../lib/tableValues.ts';
import { tableOfRows } from './rows.ts';

/**
 * The `n` rows with the largest measure, followed by one row that sums all the others under
 * `remainderKey`. The remainder row is marked `derived: true`; the rest `derived: false`.
 * Rows with an empty measure are counted in neither.
 */
export function topNWithRemainder(
  table: ColumnTable,
  key: string,
  measure: string,
  n: number,
  remainderKey: string,
): ColumnTable {
  const rows = rowObjects(
    table.filter(escape((row: Record<string, unknown>) => typeof row[measure] === 'number')),
  ).sort((a, b) => (b[measure] as number) - (a[measure] as number));
  const top = rows.slice(0, n).map((row) => ({ ...row, derived: false }));
  const rest = rows.slice(n);
  if (rest.length > 0) {
    const remainder = rest.reduce((sum, row) => sum + (row[measure] as number), 0);
    top.push({ [key]: remainderKey, [measure]: remainder, derived: true });
  }
  return tableOfRows(top, [key, measure, 'derived']);
}
