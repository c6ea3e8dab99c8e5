import { escape, op, type ColumnTable } from 'arquero';
import { percentOf } from './percentOf';

/**
 * Adds a derived column `share`: each row's measure as a percentage of the sum of the measure
 * within its group (or of `total` where the source states the total). Empty measures stay empty.
 */
export function shareOfTotal(
  table: ColumnTable,
  measure: string,
  options: { groupBy?: string[]; total?: number } = {},
): ColumnTable {
  const grouped = options.groupBy?.length ? table.groupby(options.groupBy) : table;
  const withTotal =
    options.total !== undefined
      ? grouped.derive({ share_total: escape(() => options.total) })
      : grouped.derive({ share_total: op.sum(measure) });
  return withTotal
    .derive({
      share: escape((row: Record<string, unknown>) => percentOf(row[measure], row.share_total)),
    })
    .select(table.columnNames().concat('share'))
    .ungroup();
}
