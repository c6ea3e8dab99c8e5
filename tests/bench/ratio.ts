/**
 * The benchmark format: every figure beside a floor measured in the same run, so a loaded or slow
 * machine shows in both and the ratio still says something. A figure is the median of several
 * rounds; in each round the subject and its floor run back to back (in alternating order), so a
 * burst of load from elsewhere lands on both.
 *
 *   benchRatio('UN view: change the origin', () => change(), 'Arquero filter alone', () => filter());
 *
 * registers one Vitest test that measures; the file's table is printed after its last test:
 *
 *   figure                          median  floor                     median   ratio
 *   UN view: change the origin      3.10 ms Arquero filter alone     1.02 ms   3.04×
 *
 * A bench file is run by `npm run bench` (the `bench` Vitest project), never by `npm test`.
 */
import { afterAll, test } from 'vitest';

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

export interface RatioOptions {
  /** Timed rounds (each runs the subject and the floor once or `batch` times). */
  rounds?: number;
  /** Untimed rounds first, so JIT warm-up and first-call caches are not measured. */
  warmup?: number;
  /** Calls per timed sample, for work far below a millisecond. */
  batch?: number;
}

type Work = () => unknown;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Milliseconds one call of `work` takes, averaged over `batch` calls (awaited when it returns a promise). */
async function sample(work: Work, batch: number): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < batch; i++) {
    const result = work();
    if (result instanceof Promise) await result;
  }
  return (performance.now() - start) / batch;
}

/** Times `subject` and `floor` alternately; the medians of each and the ratio of the medians. */
export async function measureRatio(
  name: string,
  subject: Work,
  floorName: string,
  floor: Work,
  { rounds = 15, warmup = 2, batch = 1 }: RatioOptions = {},
): Promise<RatioRow> {
  for (let i = 0; i < warmup; i++) {
    await sample(subject, batch);
    await sample(floor, batch);
  }
  const subjectTimes: number[] = [];
  const floorTimes: number[] = [];
  for (let i = 0; i < rounds; i++) {
    // Alternate which goes first, so neither always gets the warmer caches.
    if (i % 2) {
      floorTimes.push(await sample(floor, batch));
      subjectTimes.push(await sample(subject, batch));
    } else {
      subjectTimes.push(await sample(subject, batch));
      floorTimes.push(await sample(floor, batch));
    }
  }
  return {
    name,
    median: median(subjectTimes),
    floorName,
    floorMedian: median(floorTimes),
    rounds,
  };
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

const tables = new Map<string, RatioRow[]>();

/**
 * Registers a Vitest test that measures `subject` against `floor` and adds the row to the table
 * printed (under `title`) once the file's tests are done.
 */
export function benchRatio(
  title: string,
  name: string,
  subject: Work,
  floorName: string,
  floor: Work,
  options?: RatioOptions,
): void {
  if (!tables.has(title)) {
    tables.set(title, []);
    afterAll(() => {
      process.stdout.write(formatRatios(title, tables.get(title)!));
    });
  }
  test(
    name,
    async () => {
      tables.get(title)!.push(await measureRatio(name, subject, floorName, floor, options));
    },
    600_000,
  );
}
