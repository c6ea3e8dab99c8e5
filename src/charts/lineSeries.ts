import type { DatasetMeta } from '../data/metadataSchema';
import { rankObservations } from './chooseMainSource';
import type { Observation } from '../view/observations';
import { labelDimensions, seriesKeyOf, seriesLabelOf, varyingDimensions } from './seriesKey';

/** A plotted point: the observation drawn, and every source that gives the same figure. */
export interface SeriesPoint {
  x: number;
  value: number;
  observation: Observation;
  sourceIds: string[];
  seriesKey: string;
  seriesLabel: string;
}

export interface LineSeries {
  key: string;
  /** The series (dimension values) this line belongs to; lines of one series share a colour. */
  seriesKey: string;
  /** A line of stocks on a date (`point` periods) rather than of calendar years. */
  pointInTime: boolean;
  label: string;
  /** Runs of consecutive values joined by a line; a gap or a method break starts a new run. */
  segments: SeriesPoint[][];
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

/**
 * Turns observations into lines, part-year marks and other sources' figures, following the rules
 * the data carries: periods (a part of a year is never joined to years), method breaks (a line is
 * not drawn across them), and several sources for one figure (one main value, the rest beside it).
 */
export function buildLineSeries(
  observations: readonly Observation[],
  meta: DatasetMeta,
  options: { preferredSource?: string } = {},
): LineSeriesModel {
  const plotted = observations.filter(
    (o): o is Observation & { value: number; time: number } =>
      o.value !== null && o.time !== undefined,
  );
  const dims = varyingDimensions(plotted);
  const labelDims = labelDimensions(plotted, dims);
  const point = (o: Observation & { value: number; time: number }, sourceIds: string[]) => ({
    x: o.time,
    value: o.value,
    observation: o,
    sourceIds,
    seriesKey: seriesKeyOf(o, dims),
    seriesLabel: seriesLabelOf(o, labelDims, meta),
  });

  // Lines join figures for the same kind of period: calendar years, or the same stock date.
  const lineGroup = (o: Observation) =>
    o.periodType === 'year' ? 'year' : `point:${o.period ?? ''}`;

  const partial: SeriesPoint[] = [];
  const figures = new Map<string, (Observation & { value: number; time: number })[]>();
  for (const o of plotted) {
    if (o.periodType === 'part') {
      partial.push(point(o, o.sourceId ? [o.sourceId] : []));
      continue;
    }
    const key = [seriesKeyOf(o, dims), lineGroup(o), o.unit, o.time].join('\u0000');
    figures.set(key, [...(figures.get(key) ?? []), o]);
  }

  const alternatives: SeriesPoint[] = [];
  const lines = new Map<
    string,
    { label: string; seriesKey: string; pointInTime: boolean; points: SeriesPoint[] }
  >();
  for (const group of figures.values()) {
    const [main, ...others] = rankObservations(
      group,
      meta,
      options.preferredSource,
    ) as (typeof group)[number][];
    const agreeing = others.filter((o) => o.value === main!.value);
    const sourceIds = [main!, ...agreeing].map((o) => o.sourceId).filter((s): s is string => !!s);
    const mainPoint = point(main!, [...new Set(sourceIds)]);
    for (const other of others.filter((o) => o.value !== main!.value)) {
      alternatives.push(point(other, other.sourceId ? [other.sourceId] : []));
    }
    const lineKey = `${mainPoint.seriesKey}\u0000${lineGroup(main!)}`;
    const line = lines.get(lineKey) ?? {
      label: mainPoint.seriesLabel + (main!.periodType === 'point' ? ` (${main!.period})` : ''),
      seriesKey: mainPoint.seriesKey,
      pointInTime: main!.periodType === 'point',
      points: [],
    };
    line.points.push(mainPoint);
    lines.set(lineKey, line);
  }

  const breaks: SeriesBreak[] = [];
  const series: LineSeries[] = [...lines.entries()].map(([key, line]) => {
    const points = line.points.sort((a, b) => a.x - b.x);
    const lineBreaks = (meta.breaks ?? []).filter((b) =>
      points.every((p) =>
        Object.entries(b.where).every(([column, value]) => p.observation.dims[column] === value),
      ),
    );
    const segments: SeriesPoint[][] = [];
    for (const p of points) {
      const current = segments.at(-1);
      const previous = current?.at(-1);
      const brokenHere =
        previous !== undefined &&
        (p.x - previous.x > 1 || lineBreaks.some((b) => previous.x < b.before && p.x >= b.before));
      if (!current || brokenHere) segments.push([p]);
      else current.push(p);
    }
    return {
      key,
      seriesKey: line.seriesKey,
      pointInTime: line.pointInTime,
      label: line.label,
      segments,
    };
  });

  // A break is shown where the rows it covers (whichever line they are on) lie on both sides.
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
