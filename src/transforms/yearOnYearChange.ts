import type { ColumnTable } from 'arquero';
import { ascending, groupKey, sortRows, tableOfRows, type Row } from './rows.ts';

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
  const order = [...groupBy, time];
  const sorted = sortRows(table, (a, b) => {
    for (const column of order) {
      const c = ascending(a[column], b[column]);
      if (c !== 0) return c;
    }
    return 0;
  });
  const rows = sorted.objects() as Row[];
  const out = rows.map((row, i) => {
    const prev =
      i > 0 && groupKey(rows[i - 1]!, groupBy) === groupKey(row, groupBy) ? rows[i - 1] : undefined;
    const value = row[measure];
    const before = prev?.[measure];
    const follows =
      prev !== undefined &&
      typeof value === 'number' &&
      typeof before === 'number' &&
      typeof row[time] === 'number' &&
      typeof prev[time] === 'number' &&
      row[time] === (prev[time] as number) + 1;
    return {
      ...row,
      change: follows ? value - (before as number) : null,
      change_pct:
        follows && before !== 0 ? ((value - (before as number)) / (before as number)) * 100 : null,
    };
  });
  return tableOfRows(out, [...table.columnNames(), 'change', 'change_pct']);
}
