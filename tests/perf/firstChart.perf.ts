import { test, type Browser } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { formatRatios, median, QUICK, type RatioRow } from '../bench/ratioFormat';

/**
 * CPU time to the first chart, as a ratio to a blank page and to the library floor served the same
 * way (serve.mjs), cold: every load in a new browser context (empty cache), the pages taken in
 * turn so that load from elsewhere on the machine falls on all of them. CPU time is the sum of
 * the top-level tasks of the page's main thread and its workers in a Chromium trace, from the
 * start of navigation until the first chart mark is in the page (the load event for the blank
 * page). Long tasks (over 50 ms) are what a PerformanceObserver sees meanwhile. Every figure is
 * taken without and with 4× CPU throttling. `PERF_RUNS` sets the number of loads per figure;
 * `PERF_ONLY=un` measures the blank page and the UN view alone. Quick mode (BENCH_QUICK=1, run by
 * `npm test`): one load of each page, unthrottled, printed and not written to bench-results/.
 *
 * The UN view has figures of its own (issue 17: first figures within 0.5 s, no main-thread task
 * over 50 ms while it loads): the wall time from navigation to its first bar, and its longest
 * main-thread task, both as the PerformanceObserver sees it (wall clock) and as CPU time in the
 * trace (what the task cost, whatever else the machine was doing), beside the blank page.
 */

const RUNS = QUICK ? 1 : Number(process.env.PERF_RUNS ?? 5);
const THROTTLES = QUICK ? [1] : [1, 4];
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
const UN: Target = { name: 'UN view', path: '?view=un', ready: CHART };
const ONLY_UN = process.env.PERF_ONLY === 'un';
const VIEWS: Target[] = ONLY_UN
  ? [UN]
  : [
      { name: 'overview /', path: '', ready: CHART },
      // The dataset the floor page draws, so the two differ only by the app.
      {
        name: 'dataset view',
        path: '?view=dataset&id=tajik-migrants-by-destination',
        ready: CHART,
      },
      UN,
    ];

interface Load {
  /** Main thread + workers, ms. */
  cpu: number;
  /** From navigation start to the first chart, ms. */
  wall: number;
  longTasks: number[];
  /** The CPU time of the longest top-level task on the page's main thread, ms (trace). */
  longestCpu: number;
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
function cpuTime(trace: Buffer, url: string): { cpu: number; longestCpu: number } {
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const pids = new Set(
    events
      .filter((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url)
      .map((e) => e.pid),
  );
  if (pids.size === 0) throw new Error(`The trace has no renderer that parsed ${url}`);
  const named = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && pids.has(e.pid));
  const threads = new Set(
    named
      .filter((e) => e.args?.name === 'CrRendererMain' || e.args?.name === 'DedicatedWorker thread')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const main = new Set(
    named.filter((e) => e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = events
    .filter((e) => e.ph === 'X' && e.name === 'RunTask' && threads.has(`${e.pid}:${e.tid}`))
    .sort((a, b) => a.ts - b.ts);
  // Count a task nested in another once.
  const endOf = new Map<string, number>();
  let total = 0;
  let longest = 0;
  for (const task of tasks) {
    const thread = `${task.pid}:${task.tid}`;
    if (task.ts < (endOf.get(thread) ?? 0)) continue;
    endOf.set(thread, task.ts + (task.dur ?? 0));
    const cost = task.tdur ?? task.dur ?? 0;
    total += cost;
    if (main.has(thread)) longest = Math.max(longest, cost);
  }
  return { cpu: total / 1000, longestCpu: longest / 1000 };
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
    await page.locator(target.ready).first().waitFor({ state: 'attached' });
  }
  const wall = await page.evaluate(() => performance.now());
  const trace = await browser.stopTracing();
  const longTasks = await page.evaluate(
    () => (window as unknown as { longTasks: number[] }).longTasks,
  );
  await context.close();
  return { ...cpuTime(trace, url), wall, longTasks } satisfies Load;
}

test('CPU time to the first chart, beside a blank page and the library floor', async ({
  browser,
  baseURL,
}) => {
  const targets = ONLY_UN ? [BLANK, UN] : [BLANK, FLOOR, ...VIEWS];
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
  const longest = (l: Load) => Math.max(0, ...l.longTasks);
  const unRows = (title: string, pick: (l: Load) => number) =>
    formatRatios(
      title,
      THROTTLES.map((th) => row(UN, BLANK, th, pick)),
    );
  const unFigures = [
    unRows(
      `UN view: wall time from navigation to its first figures (a bar drawn), median of ${RUNS}: ratio to the blank page's load`,
      (l) => l.wall,
    ),
    unRows(
      `UN view: CPU time (main thread + workers) to its first figures, median of ${RUNS}: ratio to the blank page`,
      cpu,
    ),
    unRows(
      `UN view: longest main-thread task until its first figures (PerformanceObserver, wall clock; 0 = none over 50 ms), median of ${RUNS}: ratio to the blank page`,
      longest,
    ),
    unRows(
      `UN view: CPU time of the longest main-thread task until its first figures (trace), median of ${RUNS}: ratio to the blank page`,
      (l) => l.longestCpu,
    ),
  ];
  if (ONLY_UN) {
    const out = [...unFigures, ''].join('\n');
    console.log(out);
    if (QUICK) return;
    mkdirSync('bench-results', { recursive: true });
    writeFileSync('bench-results/un-view.txt', out);
    return;
  }
  const out = [
    formatRatios(
      `CPU time (main thread + workers) to the first chart, cold, median of ${RUNS}: ratio to a blank page`,
      THROTTLES.flatMap((th) => [FLOOR, ...VIEWS].map((t) => row(t, BLANK, th, cpu))),
    ),
    formatRatios(
      `The same, as a ratio to the library floor (react, react-dom, recharts, arquero, react-query, zustand, lingui; one bar chart)`,
      THROTTLES.flatMap((th) => VIEWS.map((t) => row(t, FLOOR, th, cpu))),
    ),
    formatRatios(
      `Wall time from navigation to the first chart, median of ${RUNS}: ratio to the library floor`,
      THROTTLES.flatMap((th) => VIEWS.map((t) => row(t, FLOOR, th, (l) => l.wall))),
    ),
    ...unFigures,
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
  if (QUICK) return;
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/first-chart.txt', out);
});
