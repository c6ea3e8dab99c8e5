import type { ColumnTable } from 'arquero';
import { readObservations, type Observation } from './observations';
import { measureColumn, timeColumn, valueLabel } from '../data/labels';
import { sourcesUsed } from '../data/citations';
import type { ColumnMeta, DatasetMeta, SourceMeta } from '../data/metadataSchema';
import { t } from '../i18n/i18n';
import { columnValues, rowObjects } from '../lib/tableValues';
import {
  effectiveFilters,
  filterControls,
  selectSlice,
  type FilterControl,
} from './datasetFilters';
import { shareDimension, shareSlice } from './shareView';
import type { ViewState } from './viewState';

export interface DatasetView {
  controls: FilterControl[];
  filters: Record<string, string[]>;
  /** URL values this dataset does not have. */
  ignored: string[];
  years: number[];
  /**
   * The rows shown: what the chart draws, the table lists and a download contains; in a share
   * view, with the derived `share` column beside the reported figure.
   */
  table: ColumnTable;
  rows: Record<string, unknown>[];
  observations: Observation[];
  /** Set when the figures are shares of a stated total (derived). */
  shareOf: ColumnMeta | undefined;
  /** The sources of the rows shown, in metadata order. */
  sources: SourceMeta[];
  /** The one unit of everything shown, or undefined when figures carry different units. */
  unit: string | undefined;
  /** Why nothing is shown, when nothing is: the filters left empty. */
  emptyReason: string;
}

/** From the dataset and the view state to what is shown: pure, so it tests without a DOM. */
export function datasetView(
  data: ColumnTable,
  meta: DatasetMeta,
  view: Pick<ViewState, 'filters' | 'time' | 'measure'>,
): DatasetView {
  const controls = filterControls(meta, data);
  const { filters, ignored } = effectiveFilters(controls, view.filters);
  const time = timeColumn(meta);
  const years = time
    ? [...new Set(columnValues<number>(data, time.name))].sort((a, b) => a - b)
    : [];
  const shareOf = view.measure === 'share' ? shareDimension(meta, filters) : undefined;
  const table = shareOf
    ? shareSlice(data, meta, filters, view.time, shareOf)
    : selectSlice(data, meta, filters, view.time);
  let observations = readObservations(table, meta);
  if (shareOf) {
    // The chart and table show the share in place of the figure; the table keeps both.
    const total = valueLabel(shareOf, shareOf.total);
    const shares = columnValues<number>(table, 'share');
    observations = observations.map((o, i) => ({
      ...o,
      value: shares[i] ?? null,
      unit: t('measure.shareUnit', { total }),
      derived: t('measure.shareHow', { total }),
    }));
  }
  const measure = measureColumn(meta);
  // One unit for the whole chart, or none (single figures each carry their own).
  const units = new Set(observations.map((o) => o.unit));
  return {
    controls,
    filters: filters as Record<string, string[]>,
    ignored,
    years,
    table,
    rows: rowObjects(table),
    observations,
    shareOf,
    // The sources of the rows shown; with nothing shown, the dataset's own.
    sources: observations.length
      ? sourcesUsed(
          meta,
          observations.map((o) => o.sourceId).filter((s): s is string => !!s),
        )
      : meta.sources,
    unit: measure && units.size <= 1 ? ([...units][0] ?? measure.unit) : undefined,
    emptyReason:
      Object.entries(filters)
        .filter(([, values]) => values.length === 0)
        .map(([column]) =>
          t('filters.noneSelected', {
            label: meta.columns.find((c) => c.name === column)?.label ?? column,
          }),
        )
        .join('; ') || t('chart.emptyFilters'),
  };
}
