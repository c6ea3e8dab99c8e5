import type { ColumnTable } from 'arquero';
import type { DatasetMeta } from '../data/metadataSchema.ts';
import { valueLabel } from '../data/labels.ts';
import { t } from '../i18n/i18n.ts';
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
 * `derived_note`. `changes` lines up with the slice's rows.
 */
export function viewDownloadTable(
  meta: DatasetMeta,
  slice: DatasetView,
  changes?: readonly (RowChange | undefined)[],
): ColumnTable {
  let table = slice.table;
  const derived: DerivedColumn[] = [];
  if (slice.shareOf) {
    derived.push({
      column: 'share',
      how: t('measure.shareHow', { total: valueLabel(slice.shareOf, slice.shareOf.total) }),
    });
  }
  if (changes?.some((c) => c !== undefined)) {
    // A rate's change is in percentage points: the column is named so, and has no per cent.
    const points = changes.some((c) => c?.points);
    const column = points ? 'change_pp' : 'change';
    table = table.assign({
      [column]: changes.map((c) => c?.change ?? null),
      ...(points ? {} : { change_pct: changes.map((c) => c?.percent ?? null) }),
    });
    derived.push({
      column,
      how: points ? `${t('table.changeHow')} (${t('table.pointsUnit')})` : t('table.changeHow'),
    });
    if (!points) derived.push({ column: 'change_pct', how: t('table.changeHow') });
  }
  return downloadTable(table, meta, derived);
}
