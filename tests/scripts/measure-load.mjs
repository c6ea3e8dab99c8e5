// Measures a view's load in Chromium against a running `vite preview` (PREVIEW_PORT): time from
// navigation to the first figure drawn, the longest main-thread task (PerformanceObserver
// longtask), and the data bytes the browser actually downloaded. Cold cache, a fresh context per
// run; optionally with CPU throttling. Prints medians and a ratio to a blank page served the same
// way (dist/index.html's own origin, `blank.html` written beside it for the run). With
// COMPARE_PORT, a second server (another build, e.g. main's) is measured in the same rounds.
//
//   node tests/scripts/measure-load.mjs [path=?view=un] [runs=5] [throttle=1] [selector]
import { chromium } from '@playwright/test';
import { existsSync, writeFileSync } from 'node:fs';

const [path = '?view=un', runsArg = '5', throttleArg = '1', selector = '.recharts-bar-rectangle'] =
  process.argv.slice(2);
const runs = Number(runsArg);
const throttle = Number(throttleArg);
const port = Number(process.env.PREVIEW_PORT ?? 4173);
const base = `http://127.0.0.1:${port}/`;
if (!existsSync('dist/blank.html'))
  writeFileSync('dist/blank.html', '<!doctype html><title>blank</title><p>blank</p>');

const watch = (selector) => `
  window.__longtasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longtasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver((_, observer) => {
    if (document.querySelector(${JSON.stringify(selector)})) {
      window.__drawn = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});

async function once(url, selector) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.addInitScript(watch(selector));
  await page.goto(url);
  await page.waitForFunction(() => window.__drawn !== undefined, null, { timeout: 60_000 });
  // Long tasks of the load itself: give the page a moment to settle after the first figures.
  await page.waitForTimeout(500);
  const result = await page.evaluate(() => ({
    drawn: window.__drawn,
    longest: Math.max(0, ...window.__longtasks),
    over50: window.__longtasks.length,
    data: performance
      .getEntriesByType('resource')
      .filter((e) => e.name.includes('/data/'))
      .map((e) => ({
        name: e.name.split('/data/')[1],
        transfer: e.transferSize,
        body: e.encodedBodySize,
      })),
    measures: performance
      .getEntriesByType('measure')
      .map((m) => ({ name: m.name, start: m.startTime, duration: m.duration })),
    js: performance
      .getEntriesByType('resource')
      .filter((e) => e.name.endsWith('.js'))
      .reduce((sum, e) => sum + e.transferSize, 0),
  }));
  await context.close();
  return result;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const blank = [];
const view = [];
const other = [];
const compare = process.env.COMPARE_PORT ? `http://127.0.0.1:${process.env.COMPARE_PORT}/` : '';
for (let i = 0; i < runs; i++) {
  // Interleaved, so a busy moment of the machine weighs on both alike.
  blank.push(await once(`${base}blank.html`, 'p'));
  view.push(await once(`${base}${path}`, selector));
  if (compare) other.push(await once(`${compare}${path}`, selector));
}
await browser.close();
const last = view.at(-1);
const floor = median(blank.map((r) => r.drawn));
const drawn = median(view.map((r) => r.drawn));
console.log(`view ${path}, ${runs} cold runs, CPU throttling ${throttle}x`);
console.log(
  `first figure: median ${drawn.toFixed(0)} ms (runs ${view.map((r) => r.drawn.toFixed(0)).join(', ')})`,
);
console.log(`blank page:   median ${floor.toFixed(0)} ms; ratio ${(drawn / floor).toFixed(1)}x`);
console.log(
  `longest main-thread task: median ${median(view.map((r) => r.longest)).toFixed(0)} ms, max ${Math.max(...view.map((r) => r.longest)).toFixed(0)} ms; tasks > 50 ms per load: median ${median(view.map((r) => r.over50))}`,
);
if (compare) {
  const theirs = median(other.map((r) => r.drawn));
  console.log(
    `compared build (${compare}): median ${theirs.toFixed(0)} ms; this build / that: ${(drawn / theirs).toFixed(2)}x`,
  );
  console.log(
    `compared build longest task: median ${median(other.map((r) => r.longest)).toFixed(0)} ms`,
  );
}
console.log(`JS transferred: ${(last.js / 1024).toFixed(0)} kB`);
const names = [...new Set(view.flatMap((r) => r.measures.map((m) => m.name)))];
for (const name of names) {
  const of = view.flatMap((r) => r.measures.filter((m) => m.name === name));
  console.log(
    `${name}: median ${median(of.map((m) => m.duration)).toFixed(0)} ms, ending at ${median(of.map((m) => m.start + m.duration)).toFixed(0)} ms after navigation`,
  );
}
console.log('data files downloaded (transfer / body bytes):');
for (const f of last.data) console.log(`  ${f.name}: ${f.transfer} / ${f.body}`);
