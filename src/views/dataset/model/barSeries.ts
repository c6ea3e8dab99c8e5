import { columnByName, valueLabel } from '../../../data/labels.ts';
import type { DatasetMeta } from '../../../data/metadataSchema.ts';
import { t } from '../../../i18n/i18n.ts';
import { valueRecord } from '../../../lib/ownValue.ts';
import { rankObservations } from './chooseMainSource.ts';
import type { Observation } from '../../../model/observations.ts';
import { labelDimensions, seriesKeyOf, seriesLabelOf, varyingDimensions } from './seriesKey.ts';

export interface BarCell {
  value: number;
  observation: Observation;
}

export interface BarRow {
  /** The category's key (the raw value) and its label. */
  key: string;
  label: string;
  cells: Record<string, BarCell>;
  /** A row computed by us (the remainder after the top categories). */
  derived?: boolean;
}

export interface BarSeries {
  key: string;
  label: string;
  /**
   * The series states a whole (`total` of one of its dimensions): in a stack it is drawn as its
   * own marker, never stacked on its parts.
   */
  total: boolean;
  /** The derived rest of a stated total that the parts shown do not reach. */
  derived?: boolean;
}

export interface BarSeriesModel {
  /** The categories drawn (with a derived remainder row where the rest could be summed). */
  rows: BarRow[];
  /**
   * Categories not drawn: a long category axis shows its largest CATEGORY_LIMIT, and these are
   * in the table (which lists every row of the view) and in the summary's ranking.
   */
  hidden: BarRow[];
  series: BarSeries[];
  stacked: boolean;
}

/**
 * A category axis (countries, sectors: not years) with more categories than this draws the
 * largest this many; 232 bars in the UN's order made a chart 9,000 px tall that no one reads.
 */
export const CATEGORY_LIMIT = 15;

/** The key of the derived series "rest of the stated total" in a stack. */
export const REST_OF_TOTAL = '\u0000rest';

/**
 * Bars for the category column `x`, one bar per series in each category. Where several sources
 * give the same bar, the documented rule picks the one drawn (see rankObservations). A category
 * axis that is not time shows one period: figures of different years never stand side by side
 * as if they were one comparison.
 */
export function buildBarSeries(
  observations: readonly Observation[],
  meta: DatasetMeta,
  x: string,
  options: {
    preferredSource?: string | undefined;
    sort?: 'value' | 'name' | 'data';
    /** Parts stacked; stated totals drawn as markers beside them. */
    stacked?: boolean;
    /**
     * Draw at most this many categories, the largest (the rest stay in the table), and where one
     * series is drawn, one derived bar summing the rest. Never applies to a time axis.
     */
    limit?: number | undefined;
  } = {},
): BarSeriesModel {
  const xColumn = columnByName(meta, x);
  const isTime = xColumn?.time === true;
  const categoryOf = (o: Observation) => (isTime ? String(o.time) : (o.dims[x] ?? ''));
  const plotted = observations.filter((o) => o.value !== null && o.periodType !== 'part');
  if (!isTime && new Set(plotted.map((o) => o.time)).size > 1) {
    throw new Error(`Bars by ${x} need the figures of one period; the slice has several years.`);
  }
  const dims = varyingDimensions(plotted, [x]);
  const labelDims = labelDimensions(plotted, dims);
  const groups = new Map<string, Observation[]>();
  for (const o of plotted) {
    const key = `${categoryOf(o)}\u0000${seriesKeyOf(o, dims)}`;
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  const rows = new Map<string, BarRow>();
  const series = new Map<string, BarSeries>();
  for (const group of groups.values()) {
    const main = rankObservations(group, meta, options.preferredSource)[0]!;
    const category = categoryOf(main);
    const seriesKey = seriesKeyOf(main, dims);
    series.set(seriesKey, {
      key: seriesKey,
      label: seriesLabelOf(main, labelDims, meta),
      total: dims.some((d) => columnByName(meta, d)?.total === main.dims[d]),
    });
    const row = rows.get(category) ?? {
      key: category,
      label: isTime ? category : valueLabel(xColumn, category),
      cells: valueRecord<BarCell>(),
    };
    row.cells[seriesKey] = { value: main.value!, observation: main };
    rows.set(category, row);
  }
  const ordered = [...rows.values()];
  const declared = xColumn?.values;
  if (options.sort === 'value') {
    const total = (r: BarRow) => Object.values(r.cells).reduce((sum, c) => sum + c.value, 0);
    ordered.sort((a, b) => total(b) - total(a));
  } else if (options.sort === 'name') {
    ordered.sort((a, b) => a.label.localeCompare(b.label));
  } else if (isTime) {
    ordered.sort((a, b) => Number(a.key) - Number(b.key));
    // Years without a figure keep their place on the axis, empty, so a gap is seen as a gap.
    const first = Number(ordered[0]?.key);
    const years = ordered.length > 0 ? Number(ordered.at(-1)!.key) - first + 1 : 0;
    const filled = Array.from({ length: years }, (_, i) => {
      const key = String(first + i);
      return rows.get(key) ?? { key, label: key, cells: valueRecord<BarCell>() };
    });
    ordered.splice(0, ordered.length, ...filled);
  } else if (declared) {
    ordered.sort((a, b) => declared.indexOf(a.key) - declared.indexOf(b.key));
  }
  // Series in the order the metadata declares their values (Total, Men, Women), not as met.
  const order = dims.length === 1 ? columnByName(meta, dims[0]!)?.values : undefined;
  let seriesList = [...series.values()].sort((a, b) =>
    order ? order.indexOf(a.key) - order.indexOf(b.key) : 0,
  );
  const stacked = options.stacked === true;
  if (stacked) seriesList = withRestOfTotal(ordered, seriesList);
  const limit = options.limit;
  if (isTime || limit === undefined || ordered.length <= limit + 1) {
    return { rows: ordered, hidden: [], series: seriesList, stacked };
  }
  const { rows: drawn, hidden } = largestCategories(ordered, seriesList, limit, options.sort);
  // The legend names the series drawn: a code met only among the hidden categories is in the table.
  const shown = seriesList.filter((s) => drawn.some((r) => r.cells[s.key]));
  return { rows: drawn, hidden, series: shown, stacked };
}

/**
 * The `limit` categories with the largest bar, largest first (by name if asked), and the rest
 * hidden. With one series, one derived row sums the rest (never mixed with the source's),
 * unless a figure in the rest is in doubt: nothing is derived from such a figure.
 */
function largestCategories(
  rows: readonly BarRow[],
  series: readonly BarSeries[],
  limit: number,
  sort: 'value' | 'name' | 'data' | undefined,
): { rows: BarRow[]; hidden: BarRow[] } {
  const size = (r: BarRow) =>
    Math.max(...series.filter((s) => !s.derived).map((s) => r.cells[s.key]?.value ?? -Infinity));
  const sorted = [...rows].sort((a, b) => size(b) - size(a));
  const drawn = sorted.slice(0, limit);
  const hidden = sorted.slice(limit);
  if (sort === 'name') drawn.sort((a, b) => a.label.localeCompare(b.label));
  const only = series.length === 1 ? series[0]!.key : undefined;
  const summable =
    only !== undefined && hidden.every((r) => r.cells[only] && !r.cells[only].observation.flag);
  return { rows: summable ? [...drawn, remainderRow(hidden, only)] : drawn, hidden };
}

/**
 * In a stack, where one series states the whole and the parts shown fall short of it, a derived
 * "rest of the total" part makes the stack reach the stated total, never more.
 */
function withRestOfTotal(rows: BarRow[], series: BarSeries[]): BarSeries[] {
  const totals = series.filter((s) => s.total);
  const parts = series.filter((s) => !s.total);
  if (totals.length !== 1 || parts.length === 0) return series;
  const total = totals[0]!;
  let any = false;
  for (const row of rows) {
    const stated = row.cells[total.key];
    const shown = parts.map((p) => row.cells[p.key]).filter((c) => c !== undefined);
    if (!stated || shown.length === 0) continue;
    // Nothing is derived from a figure the data calls into doubt.
    if ([stated, ...shown].some((c) => c.observation.flag)) continue;
    const rest = stated.value - shown.reduce((sum, c) => sum + c.value, 0);
    // Rounding in the sources can leave a few units either way; only a real rest is drawn.
    if (rest <= 0) continue;
    any = true;
    row.cells[REST_OF_TOTAL] = {
      value: rest,
      observation: {
        ...stated.observation,
        value: rest,
        qualifier: undefined,
        note: undefined,
        flag: undefined,
        derived: t('chart.restOfTotalHow', { total: total.label }),
        derivedFrom: [stated.observation, ...shown.map((c) => c.observation)],
      },
    };
  }
  if (!any) return series;
  return [
    ...series,
    {
      key: REST_OF_TOTAL,
      label: `${t('chart.restOfTotal')} (${t('chart.derived')})`,
      total: false,
      derived: true,
    },
  ];
}

/** One derived row summing the rows not shown. */
function remainderRow(rest: BarRow[], seriesKey: string): BarRow {
  const inputs = rest.map((r) => r.cells[seriesKey]!.observation);
  const value = rest.reduce((sum, r) => sum + (r.cells[seriesKey]?.value ?? 0), 0);
  const observation: Observation = {
    ...inputs[0]!,
    value,
    qualifier: undefined,
    note: undefined,
    flag: undefined,
    derived: t('chart.remainderHow', { count: rest.length }),
    derivedFrom: inputs,
    dims: { ...inputs[0]!.dims },
  };
  return {
    key: 'remainder',
    label: `${t('un.remainder')} (${t('chart.derived')})`,
    cells: Object.assign(valueRecord<BarCell>(), { [seriesKey]: { value, observation } }),
    derived: true,
  };
}
