/**
 * The figures of a benchmark beside their floor, as a printed table. Free of Vitest, so the
 * browser performance spec (Playwright) prints its figures the same way (see ratio.ts).
 */

/**
 * Quick mode (BENCH_QUICK=1), as `npm test` runs every bench: one round of each figure on smaller
 * data, to show the bench still runs. Its figures are printed, never judged or kept.
 */
export const QUICK = Boolean(process.env.BENCH_QUICK);

export interface RatioRow {
  name: string;
  median: number;
  floorName: string;
  floorMedian: number;
  /** The unit of both medians: milliseconds unless said. */
  unit?: string;
  /** Rounds each median is taken over. */
  rounds: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const fixed = (value: number) =>
  value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);

/** The rows as a plain-text table: name, median, floor, its median, ratio. */
export function formatRatios(title: string, rows: readonly RatioRow[]): string {
  const header = ['figure', 'median', 'floor', 'median', 'ratio'];
  const cells = rows.map((r) => {
    const unit = r.unit ?? 'ms';
    return [
      r.name,
      `${fixed(r.median)} ${unit}`,
      r.floorName,
      `${fixed(r.floorMedian)} ${unit}`,
      r.floorMedian > 0 ? `${(r.median / r.floorMedian).toFixed(2)}×` : '–',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) =>
    c
      .map((v, i) =>
        i === 1 || i === 3 || i === 4 ? v.padStart(widths[i]!) : v.padEnd(widths[i]!),
      )
      .join('  ');
  const rule = '-'.repeat(widths.reduce((s, w) => s + w + 2, -2));
  return [`\n${title}`, line(header), rule, ...cells.map(line), ''].join('\n');
}
