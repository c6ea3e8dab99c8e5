/** A value axis from zero that ends on a round tick: 0, 20, 40, … 100 rather than at 80.532. */
export interface ValueAxis {
  /** The last tick: the axis' upper bound, at or above every figure drawn. */
  max: number;
  ticks: number[];
}

/**
 * Ticks from zero in steps of 1, 2 or 5 × a power of ten, about five of them, the last at or above
 * `max`. An axis with nothing to draw (max ≤ 0) is 0 to 1.
 */
export function niceAxis(max: number, count = 5): ValueAxis {
  if (!(max > 0) || !Number.isFinite(max)) return { max: 1, ticks: [0, 1] };
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const n = Math.ceil(max / step - 1e-9);
  // Rounded to the step's decimals, so 0.1 + 0.2 is written 0.3.
  const digits = Math.max(0, -Math.floor(Math.log10(step)));
  const ticks = Array.from({ length: n + 1 }, (_, i) => Number((i * step).toFixed(digits)));
  return { max: ticks.at(-1)!, ticks };
}

/** A time axis: ticks on round years only, every one a multiple of `step`. */
export interface TimeAxis {
  /** The first and last years drawn. */
  from: number;
  to: number;
  step: number;
  ticks: number[];
}

/**
 * Year ticks at the multiples of a round step (1, 2, 5, 10, 20, 50, … years) that fall within
 * the years drawn, at most `most` of them: 1995, 2000, 2005 or 2000, 2010, 2020, never
 * 2005/2011/2017/2023 and never a tick beyond the last year.
 */
export function timeAxis(from: number, to: number, most = 6): TimeAxis {
  const ticksFor = (step: number) => {
    const ticks: number[] = [];
    for (let year = Math.ceil(from / step) * step; year <= to; year += step) ticks.push(year);
    return ticks;
  };
  for (let power = 1; ; power *= 10) {
    for (const step of [1, 2, 5].map((m) => m * power)) {
      const ticks = ticksFor(step);
      if (ticks.length <= Math.max(1, most)) return { from, to, step, ticks };
    }
  }
}

/**
 * The year ticks a chart `width` px wide has room for: a year label and its gap take about 60 px
 * (at 390 px, 1995 … 2020 every five years ran together; every ten years they stand apart).
 */
export function yearTicksFor(axis: TimeAxis, width: number): number[] {
  return timeAxis(axis.from, axis.to, Math.min(6, Math.floor((width - 90) / 60))).ticks;
}
