import { table as fromColumns, type ColumnTable } from 'arquero';
import type { DatasetMeta } from '../data/metadataSchema.ts';
import { valueLabel } from '../data/labels.ts';
import { t } from '../i18n/i18n.ts';
import { columnValues } from '../lib/tableValues.ts';
import type { Observation } from '../model/observations.ts';
import { comparePeriods } from '../model/periodOrder.ts';
import type { DatasetView } from '../views/dataset/model/datasetView.ts';
import { downloadTable, type DerivedColumn } from './downloadTable.ts';

/** A year-on-year change of one row, as the table shows it (absent where there is none). */
export interface RowChange {
  change: number;
  percent: number | null;
  /** A change of a rate: in percentage points (and no per cent change). */
  points?: boolean;
}

/**
 * The CSV table of the view on screen: the slice's rows and columns, plus the derived columns
 * the view shows (a share of the stated total, year-on-year changes), each named in
 * `derived_note` on the rows that have them. `changes` lines up with the slice's rows. Rows are
 * in time order within each series (see `timeOrder`).
 */
export function viewDownloadTable(
  meta: DatasetMeta,
  slice: DatasetView,
  changes?: readonly (RowChange | undefined)[],
): ColumnTable {
  let table = slice.table;
  const derived = viewDerivedColumns(slice, changes);
  if (derived.some((d) => d.column === 'change' || d.column === 'change_pp')) {
    const points = derived.some((d) => d.column === 'change_pp');
    table = table.assign({
      [points ? 'change_pp' : 'change']: changes!.map((c) => c?.change ?? null),
      ...(points ? {} : { change_pct: changes!.map((c) => c?.percent ?? null) }),
    });
  }
  const order = timeOrder(slice.observations);
  const ordered = Object.fromEntries(
    table.columnNames().map((name) => {
      const values = columnValues(table, name);
      return [name, order.map((row) => values[row])];
    }),
  );
  return downloadTable(fromColumns(ordered), meta, derived);
}

/**
 * The derived columns of the view's download and how each was computed: the share of the stated
 * total, the year-on-year change (in percentage points for a rate, which has no per cent change).
 * The Excel file's citation sheet lists the ways once.
 */
export function viewDerivedColumns(
  slice: Pick<DatasetView, 'shareOf'>,
  changes?: readonly (RowChange | undefined)[],
): DerivedColumn[] {
  const derived: DerivedColumn[] = [];
  if (slice.shareOf) {
    derived.push({
      column: 'share',
      how: t('measure.shareHow', { total: valueLabel(slice.shareOf, slice.shareOf.total) }),
    });
  }
  if (changes?.some((c) => c !== undefined)) {
    if (changes.some((c) => c?.points)) {
      derived.push({ column: 'change_pp', how: t('table.changePointsHow') });
    } else {
      derived.push({ column: 'change', how: t('table.changeHow') });
      derived.push({ column: 'change_pct', how: t('table.changeHow') });
    }
  }
  return derived;
}

/**
 * The rows' indices in time order within each series: series (the dimension values) in the order
 * the view first lists them, then oldest first; within a year, parts of it by when they end, then
 * start (Jan–May, Jan–Jun, the calendar year), rows without a year last. The sort is stable, so
 * rows of one period keep the view's order (a bar chart's categories, sources of one figure).
 */
export function timeOrder(observations: readonly Observation[]): number[] {
  const groups = new Map<string, number>();
  const group = observations.map((o) => {
    const key = JSON.stringify(o.dims);
    if (!groups.has(key)) groups.set(key, groups.size);
    return groups.get(key)!;
  });
  const year = (o: Observation) => o.time ?? Infinity;
  return observations
    .map((_, i) => i)
    .sort((a, b) => {
      const [x, y] = [observations[a]!, observations[b]!];
      return (
        group[a]! - group[b]! ||
        year(x) - year(y) ||
        comparePeriods(x.asWritten.period, y.asWritten.period, x.time)
      );
    });
}
