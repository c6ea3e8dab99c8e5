import { columnByName, valueLabel } from '../data/labels';
import type { DatasetMeta } from '../data/metadataSchema';
import { rankObservations } from './chooseMainSource';
import type { Observation } from '../view/observations';
import { labelDimensions, seriesKeyOf, seriesLabelOf, varyingDimensions } from './seriesKey';

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

export interface BarSeriesModel {
  rows: BarRow[];
  series: { key: string; label: string }[];
}

/**
 * Bars for the category column `x`, one bar per series in each category. Where several sources
 * give the same bar, the documented rule picks the one drawn (see rankObservations).
 */
export function buildBarSeries(
  observations: readonly Observation[],
  meta: DatasetMeta,
  x: string,
  options: {
    preferredSource?: string;
    sort?: 'value' | 'name' | 'data';
    /** Show at most this many categories (largest first) and one derived remainder bar. */
    limit?: number;
    remainderLabel?: string;
  } = {},
): BarSeriesModel {
  const xColumn = columnByName(meta, x);
  const isTime = xColumn?.time === true;
  const categoryOf = (o: Observation) => (isTime ? String(o.time) : (o.dims[x] ?? ''));
  const plotted = observations.filter((o) => o.value !== null && o.periodType !== 'part');
  const dims = varyingDimensions(plotted, [x]);
  const labelDims = labelDimensions(plotted, dims);
  const groups = new Map<string, Observation[]>();
  for (const o of plotted) {
    const key = `${categoryOf(o)}\u0000${seriesKeyOf(o, dims)}`;
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  const rows = new Map<string, BarRow>();
  const series = new Map<string, string>();
  for (const group of groups.values()) {
    const main = rankObservations(group, meta, options.preferredSource)[0]!;
    const category = categoryOf(main);
    const seriesKey = seriesKeyOf(main, dims);
    series.set(seriesKey, seriesLabelOf(main, labelDims, meta));
    const row = rows.get(category) ?? {
      key: category,
      label: isTime ? category : valueLabel(xColumn, category),
      cells: {},
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
  } else if (declared) {
    ordered.sort((a, b) => declared.indexOf(a.key) - declared.indexOf(b.key));
  }
  // Series in the order the metadata declares their values (Total, Men, Women), not as met.
  const order = dims.length === 1 ? columnByName(meta, dims[0]!)?.values : undefined;
  const seriesList = [...series]
    .map(([key, label]) => ({ key, label }))
    .sort((a, b) => (order ? order.indexOf(a.key) - order.indexOf(b.key) : 0));
  const limited =
    options.limit !== undefined && seriesList.length === 1 && ordered.length > options.limit + 1
      ? withRemainder(ordered, seriesList[0]!.key, options.limit, options.remainderLabel ?? 'Other')
      : ordered;
  return { rows: limited, series: seriesList };
}

/** The `limit` largest rows and one derived row summing the rest (never mixed with the source's). */
function withRemainder(rows: BarRow[], seriesKey: string, limit: number, label: string): BarRow[] {
  const sorted = [...rows].sort(
    (a, b) => (b.cells[seriesKey]?.value ?? 0) - (a.cells[seriesKey]?.value ?? 0),
  );
  const rest = sorted.slice(limit);
  const template = rest[0]!.cells[seriesKey]!.observation;
  const value = rest.reduce((sum, r) => sum + (r.cells[seriesKey]?.value ?? 0), 0);
  const observation: Observation = {
    ...template,
    value,
    qualifier: undefined,
    note: `Derived: the sum of the ${rest.length} categories not shown.`,
    dims: { ...template.dims },
  };
  return [
    ...sorted.slice(0, limit),
    { key: 'remainder', label, cells: { [seriesKey]: { value, observation } }, derived: true },
  ];
}
