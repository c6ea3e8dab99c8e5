import {
  readObservations,
  rowTextInEnglish,
  type Observation,
} from '../../../model/observations.ts';
import type { ColumnTable } from 'arquero';
import { columnByName, measureColumn, valueLabel } from '../../../data/labels.ts';
import { sourcesUsed } from '../../../data/citations.ts';
import type {
  ColumnMeta,
  DatasetMeta,
  DisplayType,
  SourceMeta,
} from '../../../data/metadataSchema.ts';
import { t } from '../../../i18n/i18n.ts';
import { columnValues, rowObjects } from '../../../lib/tableValues.ts';
import { narrowingFilters, type FilterControl } from './datasetFilters.ts';
import type { ViewState } from '../../../state/viewState.ts';

// The text half of a dataset view, which the page draws from; the data half, which selects the
// rows where the table lives, is datasetView.ts.

/** The period a view shows: one year (bars along categories, the UN table), or a range. */
export type PeriodChoice =
  | { kind: 'single'; year: number; options: number[]; defaultYear: number }
  | { kind: 'range'; from: number; to: number; options: number[] };

/**
 * What a view asks of a table: the filters and period from the view state, and the chart type
 * (one period or a range). Plain data, so it can cross to a worker or a remote store.
 */
export interface ViewRequest {
  filters: Readonly<Record<string, readonly string[]>>;
  time: readonly [number, number] | undefined;
  measure: ViewState['measure'];
  chart: DisplayType;
}

/**
 * The rows a view draws and the choices around them, selected from the whole table. Found where
 * the table lives (the page, the worker, a store of Parquet files): only this crosses to the page.
 */
export interface SelectedView {
  controls: FilterControl[];
  filters: Record<string, string[]>;
  /** URL values this dataset does not have. */
  ignored: string[];
  years: number[];
  /** The period drawn, and the years the control offers; none for a dataset without years. */
  period: PeriodChoice | undefined;
  /**
   * The rows shown: what the chart draws, the table lists and a download contains; in a share
   * view, with the derived `share` column beside the reported figure.
   */
  table: ColumnTable;
  /** Set when the figures are shares of a stated total (derived). */
  shareOf: ColumnMeta | undefined;
}

export interface DatasetView extends SelectedView {
  rows: Record<string, unknown>[];
  observations: Observation[];
  /** The sources of the rows shown, in metadata order. */
  sources: SourceMeta[];
  /** The one unit of everything shown, or undefined when figures carry different units. */
  unit: string | undefined;
  /** The unit is the CSV's English, shown for want of a translation. */
  unitInEnglish: boolean;
  /**
   * What is drawn, in words, for titles, exports and embeds: the choices that narrow the data and
   * the period shown ("Destination: Russia · 2010–2024").
   */
  drawn: string;
  /** Why nothing is shown, when nothing is: the filters left empty. */
  emptyReason: string;
}

export function viewRequest(
  view: Pick<ViewState, 'filters' | 'time' | 'measure'>,
  chart: DisplayType,
): ViewRequest {
  return { filters: view.filters, time: view.time, measure: view.measure, chart };
}

/** The text half of a view: observations, sources, unit and words, on the page. */
export function describeView(selected: SelectedView, meta: DatasetMeta): DatasetView {
  const { table, shareOf, controls, filters, period } = selected;
  let observations = readObservations(table, meta);
  if (shareOf) {
    // The chart and table show the share in place of the figure; the table keeps both.
    const total = valueLabel(shareOf, shareOf.total);
    const shares = columnValues<number>(table, 'share');
    observations = observations.map((o, i) => ({
      ...o,
      value: shares[i] ?? null,
      unit: t('measure.shareUnit', { total }),
      inEnglish: o.inEnglish?.filter((field) => field !== 'unit'),
      derived: t('measure.shareHow', { total }),
      derivedFrom: [o],
    }));
  }
  const measure = measureColumn(meta);
  // One unit for the whole chart, or none (single figures each carry their own).
  const units = new Set(observations.map((o) => o.unit));
  return {
    ...selected,
    rows: rowObjects(table),
    observations,
    // The sources of the rows shown; with nothing shown, the dataset's own.
    sources: observations.length
      ? sourcesUsed(
          meta,
          observations.map((o) => o.sourceId).filter((s): s is string => !!s),
        )
      : meta.sources,
    unit: measure && units.size <= 1 ? ([...units][0] ?? measure.unit) : undefined,
    unitInEnglish:
      observations.length > 0 && observations.every((o) => rowTextInEnglish(o, 'unit')),
    drawn: drawnText(meta, controls, filters, observations, period),
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

/** "Country of origin: Uzbekistan · 2019": the choices that narrow the data, then the period. */
function drawnText(
  meta: DatasetMeta,
  controls: FilterControl[],
  filters: Readonly<Record<string, readonly string[]>>,
  observations: readonly Observation[],
  period: PeriodChoice | undefined,
): string {
  const narrowing = narrowingFilters(controls, filters);
  // The unit has its own place beside the title; the other choices are named here.
  const parts = controls
    .filter((c) => c.column.role !== 'unit')
    .filter((c) => c.column.name in narrowing && (narrowing[c.column.name]?.length ?? 0) > 0)
    .map((c) => {
      const values = narrowing[c.column.name]!;
      const column = columnByName(meta, c.column.name);
      const shown =
        values.length <= 3
          ? values.map((v) => valueLabel(column, v)).join(', ')
          : t('chart.drawnSome', { count: values.length, of: c.options.length });
      return `${c.column.label}: ${shown}`;
    });
  const years = observations.map((o) => o.time).filter((y): y is number => y !== undefined);
  if (period?.kind === 'single') parts.push(String(period.year));
  else if (years.length > 0) {
    const from = Math.min(...years);
    const to = Math.max(...years);
    parts.push(from === to ? String(from) : `${from}–${to}`);
  }
  return parts.join(' · ');
}
