import { table } from 'arquero';
import { rowObjects } from '../lib/tableValues';
import { yearOnYearChange } from '../transforms/yearOnYearChange';
import type { LineSeriesModel } from './lineSeries';
import type { Observation } from '../view/observations';

export interface Change {
  change: number;
  percent: number | null;
}

/**
 * Year-on-year changes (derived) along each drawn line: only between consecutive calendar
 * years of the same series, from the figures the line shows.
 */
export function changesAlongLines(model: LineSeriesModel): Map<Observation, Change> {
  const points = model.series
    .filter((s) => !s.pointInTime)
    .flatMap((s) => s.segments.flat().map((p) => ({ line: s.key, x: p.x, value: p.value, p })));
  const result = new Map<Observation, Change>();
  if (points.length === 0) return result;
  const changed = rowObjects(
    yearOnYearChange(
      table({
        line: points.map((p) => p.line),
        x: points.map((p) => p.x),
        value: points.map((p) => p.value),
        index: points.map((_, i) => i),
      }),
      'x',
      'value',
      ['line'],
    ),
  );
  for (const row of changed) {
    if (typeof row.change !== 'number') continue;
    result.set(points[row.index as number]!.p.observation, {
      change: row.change,
      percent: typeof row.change_pct === 'number' ? row.change_pct : null,
    });
  }
  return result;
}
