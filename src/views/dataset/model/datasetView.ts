import type { ColumnTable } from 'arquero';
import { timeColumn } from '../../../data/labels.ts';
import type { ColumnMeta, DatasetMeta, DisplayType } from '../../../data/metadataSchema.ts';
import { distinctValues } from '../../../lib/tableValues.ts';
import { filterByValues } from '../../../transforms/filterByValues.ts';
import { showsOnePeriod } from '../../../state/chartTypes.ts';
import { filterTimeRange } from '../../../transforms/filterTimeRange.ts';
import { effectiveFilters, type FilterControl } from './datasetFilters.ts';
import { shareDimension, shareSlice } from './shareView.ts';
import type { ViewState } from '../../../state/viewState.ts';
import {
  describeView,
  viewRequest,
  type DatasetView,
  type PeriodChoice,
  type SelectedView,
  type ViewRequest,
} from './describeView.ts';

export type { DatasetView, PeriodChoice, SelectedView, ViewRequest } from './describeView.ts';

// The data half of a view (describeView.ts has the text half, which the page draws from). It runs
// only where the table lives: on the page it loads with the first query that needs it
// (src/sources/queryCode.ts), never for a page written at build, which carries its views' rows.

/** From the dataset and the view state to what is shown: pure, so it tests without a DOM. */
export function datasetView(
  data: ColumnTable,
  meta: DatasetMeta,
  view: Pick<ViewState, 'filters' | 'time' | 'measure'>,
  chart: DisplayType = meta.display.type,
): DatasetView {
  return describeView(selectView(data, meta, viewRequest(view, chart)), meta);
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
 * The filters a dataset offers: every non-time dimension, and the unit column when a dataset has
 * several units (one at a time: figures in different units never share an axis).
 */
export function filterControls(meta: DatasetMeta, table: ColumnTable): FilterControl[] {
  const controls: FilterControl[] = [];
  for (const column of meta.columns) {
    const isDimension = column.role === 'dimension' && !column.time;
    if (!isDimension && column.role !== 'unit') continue;
    const present = new Set(distinctValues(table, column.name).map(String));
    const options = (column.values ?? [...present].sort()).filter((v) => present.has(v));
    // Single figures each carry their own unit; only an axis needs one unit at a time.
    if (column.role === 'unit' && (options.length < 2 || meta.display.type === 'figures')) continue;
    controls.push({
      column,
      mode: column.role === 'unit' ? 'single' : (column.filter ?? 'multi'),
      options,
    });
  }
  return controls;
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
