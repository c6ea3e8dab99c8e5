import type { DatasetMeta } from '../../../data/metadataSchema.ts';
import { POINT_MARKERS, type MarkerShape } from '../../../ui/legendSwatch.ts';
import { rankObservations, sourceSeriesOf } from './chooseMainSource.ts';
import type { Observation } from '../../../model/observations.ts';
import { labelDimensions, seriesKeyOf, seriesLabelOf, varyingDimensions } from './seriesKey.ts';

/** A plotted point: the observation drawn, and every source that gives the same figure. */
export interface SeriesPoint {
  x: number;
  value: number;
  observation: Observation;
  sourceIds: string[];
  seriesKey: string;
  seriesLabel: string;
  /** The statistical series of its source (see `series` on a source). */
  sourceSeries: string;
}

/**
 * What connects two runs of one line: `gap`, missing years of the same source series (drawn
 * dashed, as Our World in Data does); `source`, the next period's figure is of another source
 * series (drawn dotted and labelled, never as a plain continuation). No join crosses both a
 * change of source series and missing years: there the line simply stops.
 */
export interface LineJoin {
  from: SeriesPoint;
  to: SeriesPoint;
  kind: 'gap' | 'source';
}

export interface LineSeries {
  key: string;
  /** The series (dimension values) this line belongs to; lines of one series share a colour. */
  seriesKey: string;
  /** A line of stocks on a date (`point` periods) rather of calendar years. */
  pointInTime: boolean;
  label: string;
  /** Runs of consecutive years of one source series; a gap, a method break or a change of source series starts a new run. */
  segments: SeriesPoint[][];
  /** The joins between runs (none across a method break). */
  joins: LineJoin[];
  /**
   * The stretches of one source series: runs joined by `gap` joins only. Start-to-end figures
   * and changes are read within a stretch, never across a change of source or a method break.
   */
  stretches: SeriesPoint[][];
  /**
   * The dot's shape: a circle on a line of calendar years; on a line of figures at a date, one
   * shape per date kind ("end of year", "as of 1 Jan 2022"), so figures of several periods that
   * fall on one year are told apart by shape as well as by the legend.
   */
  marker: MarkerShape;
  /** The period of a line of figures at a date ("end of year"); none on a line of years. */
  period: string | undefined;
}

export interface SeriesBreak {
  x: number;
  note: string;
}

export interface LineSeriesModel {
  series: LineSeries[];
  /** Part-year figures: their own marks, labelled with the period, never joined to a year. */
  partial: SeriesPoint[];
  /** Other sources' different figures for a plotted point, drawn beside it. */
  alternatives: SeriesPoint[];
  breaks: SeriesBreak[];
}

type Plotted = Observation & { value: number; time: number };

/**
 * Turns observations into lines, part-year marks and other sources' figures, following the rules
 * the data carries: periods (a part of a year is never joined to years), method breaks (a line is
 * not drawn across them), several sources for one figure (one main value, the rest beside it) and
 * source series (a line follows one series per stretch and says where it changes).
 */
export function buildLineSeries(
  observations: readonly Observation[],
  meta: DatasetMeta,
  options: { preferredSource?: string | undefined } = {},
): LineSeriesModel {
  const plotted = observations.filter(
    (o): o is Plotted => o.value !== null && o.time !== undefined,
  );
  const dims = varyingDimensions(plotted);
  const labelDims = labelDimensions(plotted, dims);
  const point = (o: Plotted, sourceIds: string[]): SeriesPoint => ({
    x: o.time,
    value: o.value,
    observation: o,
    sourceIds,
    seriesKey: seriesKeyOf(o, dims),
    seriesLabel: seriesLabelOf(o, labelDims, meta),
    sourceSeries: sourceSeriesOf(meta, o),
  });

  // Lines join figures for the same kind of period (calendar years, or the same stock date) and
  // the same unit; each line holds, per year, every source's figure for it.
  const lineGroup = (o: Observation) =>
    o.periodType === 'year' ? 'year' : `point:${o.period ?? ''}`;
  const partial: SeriesPoint[] = [];
  const lines = new Map<string, Map<number, Plotted[]>>();
  for (const o of plotted) {
    if (o.periodType === 'part') {
      partial.push(point(o, o.sourceId ? [o.sourceId] : []));
      continue;
    }
    const key = [seriesKeyOf(o, dims), lineGroup(o), o.unit].join('\u0000');
    const years = lines.get(key) ?? new Map<number, Plotted[]>();
    years.set(o.time, [...(years.get(o.time) ?? []), o]);
    lines.set(key, years);
  }

  const alternatives: SeriesPoint[] = [];
  const series: LineSeries[] = [...lines.entries()].map(([key, years]) => {
    const points: SeriesPoint[] = [];
    for (const time of [...years.keys()].sort((a, b) => a - b)) {
      const [main, ...others] = rankObservations(
        years.get(time)!,
        meta,
        options.preferredSource,
        points.at(-1)?.sourceSeries,
      ) as Plotted[];
      const agreeing = others.filter((o) => o.value === main!.value);
      const sourceIds = [main!, ...agreeing].map((o) => o.sourceId).filter((s): s is string => !!s);
      points.push(point(main!, [...new Set(sourceIds)]));
      for (const other of others.filter((o) => o.value !== main!.value)) {
        alternatives.push(point(other, other.sourceId ? [other.sourceId] : []));
      }
    }
    const first = points[0]!;
    const lineBreaks = (meta.breaks ?? []).filter((b) =>
      points.every((p) =>
        Object.entries(b.where).every(([column, value]) => p.observation.dims[column] === value),
      ),
    );
    const segments: SeriesPoint[][] = [];
    const joins: LineJoin[] = [];
    const stretches: SeriesPoint[][] = [];
    for (const p of points) {
      const current = segments.at(-1);
      const previous = current?.at(-1);
      if (!current || !previous) {
        segments.push([p]);
        stretches.push([p]);
        continue;
      }
      const broken = lineBreaks.some((b) => previous.x < b.before && p.x >= b.before);
      const otherSeries = previous.sourceSeries !== p.sourceSeries;
      const consecutive = p.x - previous.x === 1;
      if (!broken && !otherSeries && consecutive) {
        current.push(p);
        stretches.at(-1)!.push(p);
        continue;
      }
      segments.push([p]);
      if (!broken && !otherSeries) {
        joins.push({ from: previous, to: p, kind: 'gap' });
        stretches.at(-1)!.push(p);
        continue;
      }
      stretches.push([p]);
      // A labelled "other source" join only between consecutive periods.
      if (!broken && consecutive) joins.push({ from: previous, to: p, kind: 'source' });
    }
    const pointInTime = first.observation.periodType === 'point';
    return {
      key,
      seriesKey: first.seriesKey,
      pointInTime,
      label: first.seriesLabel + (pointInTime ? ` (${first.observation.period})` : ''),
      segments,
      joins,
      stretches,
      marker: 'circle' as MarkerShape,
      period: pointInTime ? first.observation.period : undefined,
    };
  });
  // One shape per date kind, in order of first appearance, shared by every series of that date.
  const periods = [...new Set(series.filter((s) => s.pointInTime).map((s) => s.period ?? ''))];
  for (const s of series) {
    if (s.pointInTime) {
      s.marker = POINT_MARKERS[periods.indexOf(s.period ?? '') % POINT_MARKERS.length]!;
    }
  }

  // A break is shown where the rows it covers (whichever line they are on) lie on both sides.
  const breaks: SeriesBreak[] = [];
  const all = [...series.flatMap((s) => s.segments.flat()), ...partial];
  for (const b of meta.breaks ?? []) {
    const covered = all.filter((p) =>
      Object.entries(b.where).every(([column, value]) => p.observation.dims[column] === value),
    );
    if (covered.some((p) => p.x < b.before) && covered.some((p) => p.x >= b.before)) {
      breaks.push({ x: b.before, note: b.note });
    }
  }
  return { series, partial, alternatives, breaks };
}
