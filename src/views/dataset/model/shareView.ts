import { escape, type ColumnTable } from 'arquero';
import { columnsWithRole, measureColumn, timeColumn } from '../../../data/labels.ts';
import { columnValues } from '../../../lib/tableValues.ts';
import type { ColumnMeta, DatasetMeta } from '../../../data/metadataSchema.ts';
import type { ValueFilters } from '../../../transforms/filterByValues.ts';
import { filterByValues } from '../../../transforms/filterByValues.ts';
import { shareOfStatedTotal } from '../../../transforms/shareOfStatedTotal.ts';
import { filterTimeRange } from '../../../transforms/filterTimeRange.ts';

/**
 * The dimension whose stated total a "share" view divides by: the first one with a declared
 * total for which the selection holds something other than the total itself.
 */
export function shareDimension(meta: DatasetMeta, filters: ValueFilters): ColumnMeta | undefined {
  return meta.columns.find(
    (c) =>
      c.role === 'dimension' &&
      c.total !== undefined &&
      (filters[c.name] ?? []).some((value) => value !== c.total),
  );
}

/**
 * The slice with a derived `share` column: each figure's share of the stated total. The total
 * rows are looked up before the share dimension's own filter is applied, so "women only" still
 * finds the total it is a share of. Rows with no stated total are left out. No share is made from
 * a figure the data flags as doubtful, nor of a flagged total: a flagged row stays, with no share,
 * so the chart leaves it out and the table still names the doubt.
 */
export function shareSlice(
  table: ColumnTable,
  meta: DatasetMeta,
  filters: ValueFilters,
  time: readonly [number, number] | undefined,
  dimension: ColumnMeta,
): ColumnTable {
  const measure = measureColumn(meta)!.name;
  const others = Object.fromEntries(Object.entries(filters).filter(([c]) => c !== dimension.name));
  const keys = meta.columns
    .filter(
      (c) =>
        c.name !== dimension.name &&
        ['dimension', 'period', 'period_type', 'unit', 'source'].includes(c.role),
    )
    .map((c) => c.name);
  const selected = selectSlice(table, meta, others, time);
  const flag = columnsWithRole(meta, 'flag')[0]?.name;
  // Flagged figures take part in no share: neither as the part nor as the total.
  const trusted = flag
    ? selected.derive({
        [measure]: escape((row: Record<string, unknown>) => (row[flag] ? null : row[measure])),
      })
    : selected;
  const share = columnValues<number | null>(
    shareOfStatedTotal(trusted, measure, dimension.name, dimension.total!, keys),
    'share',
  );
  const shared = selected.assign({ share });
  return filterByValues(shared, { [dimension.name]: filters[dimension.name] ?? [] }).filter(
    escape(
      (row: Record<string, unknown>) => row.share !== null || (flag !== undefined && !!row[flag]),
    ),
  );
}

/** The slice a view shows: the rows that pass the filters and the time range. */
export function selectSlice(
  table: ColumnTable,
  meta: DatasetMeta,
  filters: ValueFilters,
  time: readonly [number, number] | undefined,
): ColumnTable {
  const filtered = filterByValues(table, filters);
  const time_ = timeColumn(meta);
  return time && time_ ? filterTimeRange(filtered, time_.name, time) : filtered;
}
