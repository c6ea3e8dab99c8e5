import { table } from 'arquero';
import { rowObjects } from '../../../lib/tableValues.ts';
import { yearOnYearChange } from '../../../transforms/yearOnYearChange.ts';
import type { LineSeriesModel } from './lineSeries.ts';
import type { Observation } from '../../../model/observations.ts';

export interface Change {
  /**
   * In the unit of the figures, to the decimals of the more precise of the two: the exact
   * difference of the figures as given, without float noise (5.3 − 2.9 = 2.4, not 2.3999…).
   */
  change: number;
  /**
   * Per cent of the previous year's figure, to one decimal; none for a rate, whose change is
   * in percentage points (a rise from 10 % to 11 % is 1 point, not 10 %).
   */
  percent: number | null;
  /** The figures are rates (per cent): the change is in percentage points. */
  points: boolean;
  /** Decimals of the change: those of the more precise figure (6.8 and 7 → 1). */
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
    const inPoints = isRate(point.observation);
    result.set(point.observation, {
      change: round(row.change, digits),
      percent: !inPoints && typeof row.change_pct === 'number' ? round(row.change_pct, 1) : null,
      points: inPoints,
      digits,
      from: from.observation,
    });
  }
  return result;
}

/** A figure in per cent (a rate, a share): its changes are in percentage points. */
export function isRate(o: Observation): boolean {
  return /%|\bper ?cent\b/i.test(o.asWritten.unit) || o.unit.includes('%');
}

/** Decimals a figure was given with (6.8 → 1, 652014 → 0). */
export function decimals(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot < 0 || text.includes('e') ? 0 : text.length - dot - 1;
}

/** A difference to the decimals of its figures: the float noise of the subtraction dropped. */
export function round(value: number, digits: number): number {
  return Number(value.toFixed(Math.min(digits, 100)));
}
