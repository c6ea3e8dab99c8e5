import { test, type Browser } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { formatRatios, median, type RatioRow } from '../bench/ratioFormat';

/**
 * CPU time to the first chart, as a ratio to a blank page and to the library floor served the same
 * way (serve.mjs), cold: every load in a new browser context (empty cache), the pages taken in
 * turn so that load from elsewhere on the machine falls on all of them. CPU time is the sum of
 * the top-level tasks of the page's main thread and its workers in a Chromium trace, from the
 * start of navigation until the first chart mark is in the page (the load event for the blank
 * page). Long tasks (over 50 ms) are what a PerformanceObserver sees meanwhile. Every figure is
 * taken without and with 4× CPU throttling. `PERF_RUNS` sets the number of loads per figure.
 */

const RUNS = Number(process.env.PERF_RUNS ?? 5);
const THROTTLES = [1, 4];
/** A mark of a drawn chart: a bar or a line. */
const CHART = '.recharts-bar-rectangle, .recharts-line-curve';

interface Target {
  name: string;
  path: string;
  /** What shows the first chart is drawn; none: the load event. */
  ready?: string;
}

const BLANK: Target = { name: 'blank page', path: 'floor/blank.html' };
const FLOOR: Target = { name: 'library floor', path: 'floor/index.html', ready: CHART };
const VIEWS: Target[] = [
  { name: 'overview /', path: '', ready: CHART },
  // The dataset the floor page draws, so the two differ only by the app.
  { name: 'dataset view', path: '?view=dataset&id=tajik-migrants-by-destination', ready: CHART },
  { name: 'UN view', path: '?view=un', ready: CHART },
];

interface Load {
  /** Main thread + workers, ms. */
  cpu: number;
  /** From navigation start to the first chart, ms. */
  wall: number;
  longTasks: number[];
}

interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event, where the trace records it. */
  tdur?: number;
  args?: { name?: string; beginData?: { url?: string } };
}

/**
 * The summed CPU time of top-level tasks on the page's renderer main thread and its workers, ms:
 * thread time where the trace has it (so a busy machine does not count time spent descheduled),
 * else the task's duration. Other renderers (a spare one starting) are left out: the page's is
 * the one that parsed its HTML.
 */
function cpuTime(trace: Buffer, url: string): number {
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const pids = new Set(
    events
      .filter((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url)
      .map((e) => e.pid),
  );
  if (pids.size === 0) throw new Error(`The trace has no renderer that parsed ${url}`);
  const threads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && pids.has(e.pid))
      .filter((e) => e.args?.name === 'CrRendererMain' || e.args?.name === 'DedicatedWorker thread')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = events
    .filter((e) => e.ph === 'X' && e.name === 'RunTask' && threads.has(`${e.pid}:${e.tid}`))
    .sort((a, b) => a.ts - b.ts);
  // Count a task nested in another once.
  const endOf = new Map<string, number>();
  let total = 0;
  for (const task of tasks) {
    const thread = `${task.pid}:${task.tid}`;
    if (task.ts < (endOf.get(thread) ?? 0)) continue;
    endOf.set(thread, task.ts + (task.dur ?? 0));
    total += task.tdur ?? task.dur ?? 0;
  }
  return total / 1000;
}

async function load(browser: Browser, baseURL: string, target: Target, throttle: number) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    const tasks: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await browser.startTracing(page, {
    categories: ['disabled-by-default-devtools.timeline', 'devtools.timeline'],
  });
  const url = new URL(target.path, baseURL).href;
  await page.goto(url, {
    waitUntil: target.ready ? 'commit' : 'load',
  });
  if (target.ready) {
    await page.locator(target.ready).first().waitFor({ state: 'attached', timeout: 120_000 });
  }
  const wall = await page.evaluate(() => performance.now());
  const trace = await browser.stopTracing();
  const longTasks = await page.evaluate(
    () => (window as unknown as { longTasks: number[] }).longTasks,
  );
  await context.close();
  return { cpu: cpuTime(trace, url), wall, longTasks } satisfies Load;
}

test('CPU time to the first chart, beside a blank page and the library floor', async ({
  browser,
  baseURL,
}) => {
  const targets = [BLANK, FLOOR, ...VIEWS];
  const loads = new Map<string, Load[]>();
  const key = (t: Target, throttle: number) => `${t.name}|${throttle}`;
  for (let run = 0; run < RUNS; run++) {
    for (const throttle of THROTTLES) {
      for (const target of targets) {
        const result = await load(browser, baseURL!, target, throttle);
        loads.set(key(target, throttle), [...(loads.get(key(target, throttle)) ?? []), result]);
      }
    }
  }
  const medianOf = (t: Target, throttle: number, pick: (l: Load) => number) =>
    median(loads.get(key(t, throttle))!.map(pick));
  const row = (t: Target, floor: Target, throttle: number, pick: (l: Load) => number) =>
    ({
      name: `${t.name}, ${throttle}× CPU`,
      median: medianOf(t, throttle, pick),
      floorName: `${floor.name}, ${throttle}× CPU`,
      floorMedian: medianOf(floor, throttle, pick),
      rounds: RUNS,
    }) satisfies RatioRow;
  const cpu = (l: Load) => l.cpu;
  const out = [
    formatRatios(
      `CPU time (main thread + workers) to the first chart, cold, median of ${RUNS}: ratio to a blank page`,
      THROTTLES.flatMap((th) => [FLOOR, ...VIEWS].map((t) => row(t, BLANK, th, cpu))),
    ),
    formatRatios(
      `The same, as a ratio to the library floor (react, react-dom, recharts, arquero; one bar chart)`,
      THROTTLES.flatMap((th) => VIEWS.map((t) => row(t, FLOOR, th, cpu))),
    ),
    formatRatios(
      `Wall time from navigation to the first chart, median of ${RUNS}: ratio to the library floor`,
      THROTTLES.flatMap((th) => VIEWS.map((t) => row(t, FLOOR, th, (l) => l.wall))),
    ),
    `\nLong tasks (> 50 ms) until the first chart, median of ${RUNS} loads`,
    `${'page'.padEnd(28)} ${'CPU'.padEnd(4)} ${'count'.padStart(6)} ${'longest ms'.padStart(11)}`,
    ...THROTTLES.flatMap((th) =>
      [FLOOR, ...VIEWS].map(
        (t) =>
          `${t.name.padEnd(28)} ${`${th}×`.padEnd(4)} ${String(medianOf(t, th, (l) => l.longTasks.length)).padStart(6)} ${medianOf(
            t,
            th,
            (l) => Math.max(0, ...l.longTasks),
          )
            .toFixed(0)
            .padStart(11)}`,
      ),
    ),
    '',
  ].join('\n');
  console.log(out);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/first-chart.txt', out);
});
