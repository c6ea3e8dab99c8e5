import { escape, op, type ColumnTable } from 'arquero';

/**
 * Adds derived columns `change` (absolute) and `change_pct` (per cent of the previous value) to
 * each row whose time value directly follows another row's within its group (consecutive years
 * only: a gap gives no change; an empty figure gives none either, to or from it). Rows are
 * returned ordered by group and time.
 */
export function yearOnYearChange(
  table: ColumnTable,
  time: string,
  measure: string,
  groupBy: string[] = [],
): ColumnTable {
  const ordered = (groupBy.length ? table.groupby(groupBy) : table).orderby(...groupBy, time);
  return ordered
    .derive({ prev_time: op.lag(time), prev_value: op.lag(measure) })
    .derive({
      change: escape((row: Record<string, unknown>) =>
        consecutive(row, time, measure)
          ? (row[measure] as number) - (row.prev_value as number)
          : null,
      ),
      change_pct: escape((row: Record<string, unknown>) =>
        consecutive(row, time, measure) && row.prev_value !== 0
          ? (((row[measure] as number) - (row.prev_value as number)) / (row.prev_value as number)) *
            100
          : null,
      ),
    })
    .select(table.columnNames().concat('change', 'change_pct'))
    .ungroup();
}

function consecutive(row: Record<string, unknown>, time: string, measure: string): boolean {
  return (
    typeof row[measure] === 'number' &&
    typeof row.prev_value === 'number' &&
    typeof row[time] === 'number' &&
    typeof row.prev_time === 'number' &&
    row[time] === row.prev_time + 1
  );
}
