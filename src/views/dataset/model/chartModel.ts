import { columnByName, columnsWithRole, markedEnglish, valueLabel } from '../../../data/labels.ts';
import type { DatasetMeta, DisplayType } from '../../../data/metadataSchema.ts';
import { t } from '../../../i18n/i18n.ts';
import { valueRecord } from '../../../lib/ownValue.ts';
import type { SwatchShape } from '../../../ui/legendSwatch.ts';
import { colorAt, paletteSize } from '../../../ui/palette.ts';
import { barAxis, chartTypes } from '../../../state/chartTypes.ts';
import type { DatasetView } from './datasetView.ts';
import { rowTextInEnglish, type Observation } from '../../../model/observations.ts';
import { buildBarSeries, CATEGORY_LIMIT, REST_OF_TOTAL, type BarSeriesModel } from './barSeries.ts';
import {
  buildLineSeries,
  type LineSeries,
  type LineSeriesModel,
  type SeriesPoint,
} from './lineSeries.ts';
import { changesAlongLines, type Change } from './yearOnYear.ts';
import { namedOnce } from './seriesKey.ts';
import { ink } from '../../../ui/theme.ts';
import { niceAxis, timeAxis, type TimeAxis, type ValueAxis } from '../../../model/niceAxis.ts';

/** How a legend entry is drawn: the same shape on screen and in an exported image. */
export type LegendShape = SwatchShape;

export interface LegendItem {
  label: string;
  color: string;
  shape: LegendShape;
  /**
   * The entry says what a kind of mark means (a date's shape, a dash, a ring), not which series
   * a line or bar is: an embed keeps these behind "Key to the marks", the series always shown.
   */
  mark?: true;
}

/** One thing drawn: a bar, a point, a stated-total marker, a table cell. */
export interface Mark {
  kind: 'bar' | 'total' | 'line' | 'partial' | 'alternative' | 'cell';
  x: string | number;
  series: string;
  value: number;
  /** The row drawn, or a derived value (`derived`, `derivedFrom`) computed from rows. */
  observation: Observation;
}

/**
 * A run of one series' figures from one source series (years missing within it allowed, no
 * change of source, no method break): the only span a start-to-end figure or change is read over.
 */
export interface Stretch {
  line: LineSeries;
  /** Its figures as drawn, in order of year. */
  points: SeriesPoint[];
}

/** A figure the data calls into doubt, said in words next to the chart. */
export interface FlagNote {
  observation: Observation;
  text: string;
}

/**
 * What a chart shows, made once from the view's slice: the chart, its tooltip, its table, its
 * CSV, its image and its embed are all drawn from this, so they cannot disagree.
 */
export interface ChartModel {
  type: DisplayType;
  title: string;
  subtitle: string | undefined;
  /** The filters and the period drawn, in words ("Destination: Russia · 2010–2024"). */
  drawn: string;
  unit: string | undefined;
  bars: BarSeriesModel | undefined;
  lines: LineSeriesModel | undefined;
  /** Year-on-year changes (derived) of the figures on the drawn lines. */
  changes: Map<Observation, Change>;
  /** The drawn figures of each series over years, cut where the source series changes. */
  stretches: Stretch[];
  /** The value axis of lines and bars: from zero to a round tick at or above every figure. */
  valueAxis: ValueAxis | undefined;
  /** The years axis of lines, and of bars along the years in time order: round years only. */
  timeAxis: TimeAxis | undefined;
  /** Series key → colour; one series keeps its colour whatever else is selected. */
  colors: Record<string, string>;
  legend: LegendItem[];
  flags: FlagNote[];
  /** A flag's words ("doubtful: above the total it is part of"), by its value in the data. */
  flagLabels: Record<string, string>;
  marks: Mark[];
  /** Dimension → the value that stands for the whole ("total" of sex): totals and parts. */
  wholes: Record<string, string>;
}

export interface ChartModelOptions {
  preferredSource?: string | undefined;
  sort?: 'value' | 'name' | 'data';
  /** At most this many categories drawn (default CATEGORY_LIMIT); the rest are in the table. */
  limit?: number | undefined;
}

const NEUTRAL = ink.neutral;

export function buildChartModel(
  meta: DatasetMeta,
  slice: DatasetView,
  type: DisplayType,
  options: ChartModelOptions = {},
): ChartModel {
  const observations = slice.observations;
  const info = chartTypes[type];
  const hasMeasure = columnsWithRole(meta, 'measure').length > 0;
  const lines =
    hasMeasure && type === 'line'
      ? buildLineSeries(observations, meta, { preferredSource: options.preferredSource })
      : undefined;
  const axis = barAxis(meta, type);
  const bars =
    info.bars && axis
      ? buildBarSeries(observations, meta, axis, {
          preferredSource: options.preferredSource,
          sort: options.sort ?? 'data',
          stacked: type === 'stacked-bar',
          limit: options.limit ?? CATEGORY_LIMIT,
        })
      : undefined;
  // Changes run along the lines the table is read against, even when the chart shows bars.
  const changeLines =
    lines ??
    (hasMeasure && slice.period?.kind === 'range'
      ? buildLineSeries(observations, meta, { preferredSource: options.preferredSource })
      : undefined);
  const marks = lines ? lineMarks(lines) : bars ? barMarks(bars) : cellMarks(observations);
  // Over the figures drawn only: bars leave out what they do not show (a derived rest, say).
  const drawn = new Set(marks.map((m) => m.observation));
  const stretches = (changeLines?.series ?? []).flatMap((line) =>
    line.stretches
      .map((points) => ({ line, points: points.filter((p) => drawn.has(p.observation)) }))
      .filter((stretch) => stretch.points.length > 0),
  );
  const changes = changesOnStretches(
    changeLines ? changesAlongLines(changeLines) : new Map<Observation, Change>(),
    stretches,
  );
  const colors = seriesColors(meta, slice, axis, [
    ...(lines?.series.map((s) => ({
      key: s.seriesKey,
      observation: s.segments[0]![0]!.observation,
    })) ?? []),
    ...(bars?.series.map((s) => ({
      key: s.key,
      observation: bars.rows.find((r) => r.cells[s.key])?.cells[s.key]?.observation,
    })) ?? []),
  ]);
  return {
    type,
    title: meta.title,
    subtitle: meta.subtitle,
    drawn: slice.drawn,
    unit: slice.unit,
    bars,
    lines,
    changes,
    stretches,
    valueAxis: lines || bars ? niceAxis(valueMax(lines, bars)) : undefined,
    timeAxis: yearsAxis(lines, axis && columnByName(meta, axis)?.time ? bars : undefined),
    colors,
    legend: lines ? lineLegend(lines, colors) : bars ? barLegend(bars, colors) : [],
    flags: flagNotes(meta, observations),
    flagLabels: Object.fromEntries(
      [...new Set(observations.flatMap((o) => (o.flag ? [o.flag] : [])))].map((flag) => [
        flag,
        valueLabel(columnsWithRole(meta, 'flag')[0], flag),
      ]),
    ),
    wholes: Object.fromEntries(
      meta.columns.flatMap((c) => (c.total === undefined ? [] : [[c.name, c.total]])),
    ),
    marks,
  };
}

/**
 * A colour per series from what it is, never from where it stands among the series drawn: each
 * dimension a reader can choose several values of (the bars' category axis aside) adds the
 * position of the series' value among the dataset's values of it, weighted 1, 3, 5, …. So
 * "Women" or "Kazakhstan" keeps its colour when it is filtered alone or others are added, and
 * series that differ in one dimension only (the usual chart) get neighbouring, distinct colours.
 * Series no such dimension tells apart (the UN's data-type codes) take their value's position
 * in the column's declared values; as no filter picks those apart, two of them drawn
 * together never share a colour: where two fall on the same one (a ninth value comes round to
 * the first), the later takes the first colour no series drawn has, as long as there is one.
 */
export function seriesColors(
  meta: DatasetMeta,
  slice: Pick<DatasetView, 'controls'>,
  categoryAxis: string | undefined,
  series: { key: string; observation: Observation | undefined }[],
): Record<string, string> {
  const identity = slice.controls.filter(
    (c) =>
      c.mode === 'multi' &&
      c.column.role === 'dimension' &&
      !c.column.time &&
      c.column.name !== categoryAxis,
  );
  const colors = valueRecord<string>();
  const unique = series.filter(
    ({ key }, i) => key !== REST_OF_TOTAL && series.findIndex((s) => s.key === key) === i,
  );
  if (series.some(({ key }) => key === REST_OF_TOTAL)) colors[REST_OF_TOTAL] = ink.rest;
  const positions = unique.map(({ key, observation }, i) =>
    identity.length > 0 && observation
      ? identity.reduce(
          (sum, c, k) =>
            sum +
            (2 * k + 1) * Math.max(0, c.options.indexOf(observation.dims[c.column.name] ?? '')),
          0,
        )
      : (meta.columns.map((c) => c.values?.indexOf(key) ?? -1).find((index) => index >= 0) ?? i),
  );
  const palette = paletteSize();
  const used = new Set<number>();
  unique.forEach(({ key }, i) => {
    let slot = positions[i]! % palette;
    if (identity.length === 0 && used.has(slot) && used.size < palette) {
      slot =
        [...Array(palette).keys()].find(
          (free) => !used.has(free) && !positions.slice(i + 1).some((p) => p % palette === free),
        ) ?? [...Array(palette).keys()].find((free) => !used.has(free))!;
    }
    used.add(slot);
    colors[key] = colorAt(slot);
  });
  return colors;
}

/** The highest point drawn: a stack's height (its stated total marker included) or a figure. */
function valueMax(lines: LineSeriesModel | undefined, bars: BarSeriesModel | undefined): number {
  if (lines) {
    const points = [...lines.series.flatMap((s) => s.segments.flat()), ...lines.partial];
    return Math.max(0, ...[...points, ...lines.alternatives].map((p) => p.value));
  }
  if (!bars) return 0;
  return Math.max(
    0,
    ...bars.rows.flatMap((row) => {
      const cells = bars.series.filter((s) => row.cells[s.key]);
      if (!bars.stacked) return cells.map((s) => row.cells[s.key]!.value);
      const stack = cells
        .filter((s) => !s.total)
        .reduce((sum, s) => sum + row.cells[s.key]!.value, 0);
      return [stack, ...cells.filter((s) => s.total).map((s) => row.cells[s.key]!.value)];
    }),
  );
}

/** Round-year ticks over the years drawn; none for bars not in time order (each is labelled). */
function yearsAxis(
  lines: LineSeriesModel | undefined,
  bars: BarSeriesModel | undefined,
): TimeAxis | undefined {
  const years = lines
    ? [
        ...lines.series.flatMap((s) => s.segments.flat()),
        ...lines.partial,
        ...lines.alternatives,
      ].map((p) => p.x)
    : (bars?.rows.map((r) => Number(r.key)) ?? []);
  if (years.length === 0 || years.some((y) => !Number.isInteger(y))) return undefined;
  if (!lines && years.some((y, i) => i > 0 && y <= years[i - 1]!)) return undefined;
  return timeAxis(Math.min(...years), Math.max(...years));
}

function lineLegend(model: LineSeriesModel, colors: Record<string, string>): LegendItem[] {
  const items: LegendItem[] = [];
  const seen = new Set<string>();
  for (const s of model.series) {
    if (seen.has(s.seriesKey)) continue;
    seen.add(s.seriesKey);
    // A series drawn only at dates has no circles: its swatch is its dashed line, no dot.
    const yearly = model.series.some((l) => l.seriesKey === s.seriesKey && !l.pointInTime);
    items.push({
      label: s.segments[0]![0]!.seriesLabel,
      color: colors[s.seriesKey] ?? NEUTRAL,
      shape: yearly ? 'line' : 'dashed-line',
    });
  }
  // Lines of figures at a date: one shape per date kind, named in the legend.
  const periods = new Map<string, LegendItem>();
  for (const s of model.series.filter((line) => line.pointInTime)) {
    periods.set(s.period ?? '', {
      label: t('chart.legendPointPeriod', { period: s.period ?? '' }),
      color: NEUTRAL,
      shape: s.marker,
      mark: true,
    });
  }
  items.push(...periods.values());
  const all = model.series.flatMap((s) => s.segments.flat());
  const joins = model.series.flatMap((s) => s.joins);
  const extra: [boolean, LegendItem][] = [
    [
      model.series.some((s) => s.pointInTime),
      { label: t('chart.legendPointInTime'), color: NEUTRAL, shape: 'dashed-line' },
    ],
    [
      joins.some((j) => j.kind === 'gap'),
      { label: t('chart.legendGap'), color: NEUTRAL, shape: 'gap' },
    ],
    [
      joins.some((j) => j.kind === 'source'),
      { label: t('chart.legendSourceJoin'), color: NEUTRAL, shape: 'source-join' },
    ],
    [
      model.partial.length > 0,
      { label: t('chart.legendPartial'), color: NEUTRAL, shape: 'diamond' },
    ],
    [
      model.alternatives.length > 0,
      { label: t('chart.legendAlternative'), color: NEUTRAL, shape: 'triangle' },
    ],
    [
      [...all, ...model.partial, ...model.alternatives].some((p) => p.observation.flag),
      { label: t('chart.legendFlag'), color: NEUTRAL, shape: 'flag' },
    ],
  ];
  return [
    ...items,
    ...extra.filter(([shown]) => shown).map(([, item]) => ({ ...item, mark: true as const })),
  ];
}

function barLegend(model: BarSeriesModel, colors: Record<string, string>): LegendItem[] {
  const stackedTotal = (s: BarSeriesModel['series'][number]) => model.stacked && s.total;
  const series: LegendItem[] =
    model.series.length < 2
      ? []
      : model.series.map((s) => ({
          label: stackedTotal(s) ? t('chart.legendTotal', { label: s.label }) : s.label,
          color: colors[s.key] ?? NEUTRAL,
          shape: stackedTotal(s) ? 'total' : 'bar',
        }));
  const flagged = model.rows.some((r) => Object.values(r.cells).some((c) => c.observation.flag));
  return flagged
    ? [...series, { label: t('chart.legendFlagBar'), color: NEUTRAL, shape: 'flag', mark: true }]
    : series;
}

function lineMarks(model: LineSeriesModel): Mark[] {
  const mark = (kind: Mark['kind']) => (p: LineSeriesModel['partial'][number]) => ({
    kind,
    x: p.x,
    series: p.seriesKey,
    value: p.value,
    observation: p.observation,
  });
  return [
    ...model.series.flatMap((s) => s.segments.flat().map(mark('line'))),
    ...model.partial.map(mark('partial')),
    ...model.alternatives.map(mark('alternative')),
  ];
}

function barMarks(model: BarSeriesModel): Mark[] {
  return model.rows.flatMap((row) =>
    model.series
      .filter((s) => row.cells[s.key])
      .map((s) => ({
        kind: model.stacked && s.total ? ('total' as const) : ('bar' as const),
        x: row.key,
        series: s.key,
        value: row.cells[s.key]!.value,
        observation: row.cells[s.key]!.observation,
      })),
  );
}

function cellMarks(observations: readonly Observation[]): Mark[] {
  return observations
    .filter((o): o is Observation & { value: number } => o.value !== null)
    .map((o) => ({
      kind: 'cell' as const,
      x: o.time ?? '',
      series: Object.values(o.dims).join('|'),
      value: o.value,
      observation: o,
    }));
}

/**
 * "Russia, 2022: doubtful — the figure is above the year's total (TASS)." for each flagged row;
 * one note where several sources give the same flagged figure in the same words.
 */
function flagNotes(meta: DatasetMeta, observations: readonly Observation[]): FlagNote[] {
  const flagColumn = columnsWithRole(meta, 'flag')[0];
  const notes = new Map<string, FlagNote>();
  for (const o of observations.filter((row) => row.flag)) {
    const labels = Object.entries(o.dims)
      .filter(([d, v]) => columnByName(meta, d)?.total !== v)
      .map(([d, v]) => valueLabel(columnByName(meta, d), v));
    const where = namedOnce(labels);
    const period = o.period && markedEnglish(o.period, rowTextInEnglish(o, 'period'));
    const when = period && o.periodType !== 'year' ? `${o.time} (${period})` : o.time;
    const label = [...where, when].filter((x) => x !== undefined && x !== '').join(', ');
    const flag = valueLabel(flagColumn, o.flag);
    const note = o.note && markedEnglish(o.note, rowTextInEnglish(o, 'note'));
    const text = [`${label}: ${flag}`, note].filter(Boolean).join(' — ');
    if (!notes.has(text)) notes.set(text, { observation: o, text });
  }
  return [...notes.values()];
}

/**
 * A bar chart draws one figure per year and series, and where a source is picked it can be
 * another figure of that year than the line's (a count at a date beside the year's count): a
 * change to a drawn figure is kept only from a figure drawn on the same stretch.
 */
function changesOnStretches(
  changes: Map<Observation, Change>,
  stretches: readonly Stretch[],
): Map<Observation, Change> {
  const stretchOf = new Map(
    stretches.flatMap((s, i) => s.points.map((p) => [p.observation, i] as const)),
  );
  return new Map(
    [...changes].filter(
      ([o, c]) => !stretchOf.has(o) || stretchOf.get(c.from) === stretchOf.get(o),
    ),
  );
}
