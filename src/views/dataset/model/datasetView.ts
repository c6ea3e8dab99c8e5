import type { ColumnTable } from 'arquero';
import {
  readObservations,
  rowTextInEnglish,
  type Observation,
} from '../../../model/observations.ts';
import { columnByName, measureColumn, timeColumn, valueLabel } from '../../../data/labels.ts';
import { sourcesUsed } from '../../../data/citations.ts';
import type {
  ColumnMeta,
  DatasetMeta,
  DisplayType,
  SourceMeta,
} from '../../../data/metadataSchema.ts';
import { t } from '../../../i18n/i18n.ts';
import { columnValues, distinctValues, rowObjects } from '../../../lib/tableValues.ts';
import { filterByValues } from '../../../transforms/filterByValues.ts';
import { showsOnePeriod } from '../../../state/chartTypes.ts';
import { filterTimeRange } from '../../../transforms/filterTimeRange.ts';
import {
  effectiveFilters,
  filterControls,
  narrowingFilters,
  type FilterControl,
} from './datasetFilters.ts';
import { shareDimension, shareSlice } from './shareView.ts';
import type { ViewState } from '../../../state/viewState.ts';

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

/** From the dataset and the view state to what is shown: pure, so it tests without a DOM. */
export function datasetView(
  data: ColumnTable,
  meta: DatasetMeta,
  view: Pick<ViewState, 'filters' | 'time' | 'measure'>,
  chart: DisplayType = meta.display.type,
): DatasetView {
  return describeView(selectView(data, meta, viewRequest(view, chart)), meta);
}

export function viewRequest(
  view: Pick<ViewState, 'filters' | 'time' | 'measure'>,
  chart: DisplayType,
): ViewRequest {
  return { filters: view.filters, time: view.time, measure: view.measure, chart };
}

/**
 * The data half of a view: Arquero in, Arquero out, no interface text, so it runs in a worker as
 * well as on the page. Its work grows with the rows selected, not the table, once the table's
 * facts (filters offered, years) are known.
 */
export function selectView(
  data: ColumnTable,
  meta: DatasetMeta,
  request: ViewRequest,
  facts: TableFacts = tableFacts(data, meta),
): SelectedView {
  const { controls, years } = facts;
  const { filters, ignored } = effectiveFilters(controls, request.filters);
  const time = timeColumn(meta);
  const filtered = filterByValues(data, filters);
  const period = time
    ? choosePeriod(
        showsOnePeriod(meta, request.chart),
        // The years that have figures for the choices made, so a chosen year is never empty.
        distinctValues<number>(filtered, time.name).sort((a, b) => a - b),
        request.time,
        time,
      )
    : undefined;
  const range: [number, number] | undefined =
    period?.kind === 'single'
      ? [period.year, period.year]
      : period && request.time
        ? [period.from, period.to]
        : undefined;
  const shareOf = request.measure === 'share' ? shareDimension(meta, filters) : undefined;
  const table = shareOf
    ? shareSlice(data, meta, filters, range, shareOf)
    : time && range
      ? filterTimeRange(filtered, time.name, range)
      : filtered;
  return {
    controls,
    filters: filters as Record<string, string[]>,
    ignored,
    years,
    period,
    table,
    shareOf,
  };
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

/**
 * What a filter change does not alter (the filters offered, the years in the table): found once
 * per table, so that a change of filters costs the rows drawn, not a scan of every column.
 */
export interface TableFacts {
  /** The metadata the labels were made from (their language). */
  meta: DatasetMeta;
  controls: FilterControl[];
  years: number[];
}

const factsOfTable = new WeakMap<ColumnTable, TableFacts>();

export function tableFacts(data: ColumnTable, meta: DatasetMeta): TableFacts {
  let facts = factsOfTable.get(data);
  // The filters' labels are in the metadata's language: another language makes them again.
  if (!facts || facts.meta !== meta) {
    const time = timeColumn(meta);
    facts = {
      meta,
      controls: filterControls(meta, data),
      years: time ? distinctValues<number>(data, time.name).sort((a, b) => a - b) : [],
    };
    factsOfTable.set(data, facts);
  }
  return facts;
}

/**
 * The period shown. One period: the year asked for if it has figures, else the year the metadata
 * names as default, else the latest. A range: the years asked for, kept within the data.
 */
function choosePeriod(
  single: boolean,
  options: number[],
  requested: readonly [number, number] | undefined,
  time: ColumnMeta,
): PeriodChoice | undefined {
  if (options.length === 0) return undefined;
  if (single) {
    const declared = time.default?.map(Number).find((y) => options.includes(y));
    const asked = requested && options.includes(requested[1]) ? requested[1] : undefined;
    const defaultYear = declared ?? options.at(-1)!;
    return { kind: 'single', year: asked ?? defaultYear, options, defaultYear };
  }
  const first = options[0]!;
  const last = options.at(-1)!;
  // A range that misses the data altogether is not applied (the URL notice names it).
  const overlaps = requested !== undefined && requested[0] <= last && requested[1] >= first;
  const from = overlaps ? Math.max(requested[0], first) : first;
  const to = overlaps ? Math.min(requested[1], last) : last;
  return { kind: 'range', from, to, options };
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
