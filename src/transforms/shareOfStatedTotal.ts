import { escape, type ColumnTable } from 'arquero';
import { percentOf } from './percentOf';

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
  const totals = table
    .filter(escape((row: Record<string, unknown>) => row[column] === totalValue))
    .select([...keys, measure])
    .rename({ [measure]: 'stated_total' })
    .dedupe(keys);
  return table
    .join_left(totals, [keys, keys])
    .derive({
      share: escape((row: Record<string, unknown>) => {
        const share = percentOf(row[measure], row.stated_total);
        return share === null ? null : Math.round(share * 10) / 10;
      }),
    })
    .select([...table.columnNames(), 'share']);
}
