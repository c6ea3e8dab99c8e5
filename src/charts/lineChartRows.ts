import type { MarkerShape } from '../ui/legendSwatch.ts';
import type { LineSeriesModel, SeriesPoint } from '../views/dataset/model/lineSeries.ts';

/** One year of the line chart: each drawn mark's value under its own key, and the point behind it. */
export interface LineRow {
  x: number;
  points: Record<string, SeriesPoint>;
  [key: string]: number | null | Record<string, SeriesPoint>;
}

export interface LineChartRows {
  rows: LineRow[];
  segments: { key: string; first: SeriesPoint; pointInTime: boolean; marker: MarkerShape }[];
  joins: { key: string; kind: 'gap' | 'source'; from: SeriesPoint; to: SeriesPoint }[];
  partial: string[];
  alternatives: string[];
}

/**
 * The line model as one table of years, the shape recharts reads: every segment, join, part-year
 * mark and other source's figure is a column, so that hovering a year finds that year's marks
 * and no other (separate data arrays per line made recharts pair up rows by position).
 */
export function lineChartRows(model: LineSeriesModel): LineChartRows {
  const rows = new Map<number, LineRow>();
  const put = (key: string, p: SeriesPoint, markOnly = false) => {
    const row = rows.get(p.x) ?? ({ x: p.x, points: {} } as LineRow);
    row[key] = p.value;
    if (!markOnly) row.points[key] = p;
    rows.set(p.x, row);
  };
  const segments: LineChartRows['segments'] = [];
  const joins: LineChartRows['joins'] = [];
  model.series.forEach((s, i) => {
    s.segments.forEach((segment, j) => {
      const key = `l${i}s${j}`;
      segments.push({ key, first: segment[0]!, pointInTime: s.pointInTime, marker: s.marker });
      for (const p of segment) put(key, p);
    });
    s.joins.forEach((join, j) => {
      const key = `l${i}j${j}`;
      joins.push({ key, kind: join.kind, from: join.from, to: join.to });
      put(key, join.from, true);
      put(key, join.to, true);
    });
  });
  const partial = model.partial.map((p, i) => {
    put(`p${i}`, p);
    return `p${i}`;
  });
  const alternatives = model.alternatives.map((p, i) => {
    put(`a${i}`, p);
    return `a${i}`;
  });
  // Every key on every row (null where it has no mark): recharts then draws nothing there.
  const keys = [
    ...segments.map((s) => s.key),
    ...joins.map((j) => j.key),
    ...partial,
    ...alternatives,
  ];
  const ordered = [...rows.values()].sort((a, b) => a.x - b.x);
  for (const row of ordered) for (const key of keys) row[key] ??= null;
  return { rows: ordered, segments, joins, partial, alternatives };
}
