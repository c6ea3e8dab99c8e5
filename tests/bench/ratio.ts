/**
 * The benchmark format: every figure beside a floor measured in the same run, so a loaded or slow
 * machine shows in both and the ratio still says something. A figure is the median of several
 * rounds; in each round the subject and its floor run back to back (in alternating order), so a
 * burst of load from elsewhere lands on both.
 *
 *   benchRatio(TITLE, 'UN view: change the origin', change, 'Arquero filter alone', filter);
 *
 * registers one Vitest test that measures; the file's table is printed after its last test:
 *
 *   figure                          median  floor                     median   ratio
 *   UN view: change the origin      3.10 ms Arquero filter alone     1.02 ms   3.04×
 *
 * A bench file is run by `npm run bench` (the `bench` Vitest project). `npm test` runs every bench
 * once in quick mode (`npm run test:bench`, BENCH_QUICK=1: one round, no warm-up, smaller data),
 * so a bench that no longer runs fails the tests; its figures are printed, never judged.
 */
import { afterAll, test } from 'vitest';
import { formatRatios, median, QUICK, type RatioRow } from './ratioFormat';

export { formatRatios, median, QUICK, type RatioRow };

export interface RatioOptions {
  /** Timed rounds (each runs the subject and the floor once or `batch` times). */
  rounds?: number;
  /** Untimed rounds first, so JIT warm-up and first-call caches are not measured. */
  warmup?: number;
  /** Calls per timed sample, for work far below a millisecond. */
  batch?: number;
}

type Work = () => unknown;

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
  options: RatioOptions = {},
): Promise<RatioRow> {
  const { rounds = 15, warmup = 2, batch = 1 } = QUICK ? { rounds: 1, warmup: 0 } : options;
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
