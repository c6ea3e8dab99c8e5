import { table } from 'arquero';
import { rowObjects } from '../lib/tableValues';
import { yearOnYearChange } from '../transforms/yearOnYearChange';
import type { LineSeriesModel } from './lineSeries';
import type { Observation } from '../view/observations';

export interface Change {
  /** In the unit of the figures, to the precision of the less precise of the two. */
  change: number;
  /** Per cent of the previous year's figure, to one decimal. */
  percent: number | null;
  /** Decimals of the change: those of the less precise figure (6.8 → 1, 652014 → 0). */
  digits: number;
  /** The figure the change is from (the previous year's, on the same stretch of line). */
  from: Observation;
}

/**
 * Year-on-year changes (derived) along each drawn line: only between consecutive calendar years
 * of one stretch (same series, source series, period type and unit), and never to or from a
 * figure the data flags as doubtful.
 */
export function changesAlongLines(model: LineSeriesModel): Map<Observation, Change> {
  const points = model.series
    .filter((s) => !s.pointInTime)
    .flatMap((s) =>
      s.segments.flatMap((segment, run) => segment.map((p) => ({ run: `${s.key}#${run}`, p }))),
    );
  const result = new Map<Observation, Change>();
  if (points.length === 0) return result;
  const changed = rowObjects(
    yearOnYearChange(
      table({
        run: points.map((p) => p.run),
        x: points.map((p) => p.p.x),
        // A flagged figure takes part in no change: it is left empty here.
        value: points.map((p) => (p.p.observation.flag ? null : p.p.value)),
        index: points.map((_, i) => i),
      }),
      'x',
      'value',
      ['run'],
    ),
  );
  for (const row of changed) {
    if (typeof row.change !== 'number') continue;
    const point = points[row.index as number]!.p;
    const from = points[(row.index as number) - 1]!.p;
    const digits = Math.max(decimals(point.value), decimals(from.value));
    result.set(point.observation, {
      change: round(row.change, digits),
      percent: typeof row.change_pct === 'number' ? round(row.change_pct, 1) : null,
      digits,
      from: from.observation,
    });
  }
  return result;
}

/** Decimals a figure was given with (6.8 → 1, 652014 → 0). */
export function decimals(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot < 0 || text.includes('e') ? 0 : text.length - dot - 1;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
