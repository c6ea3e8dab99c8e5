import { expect, test, type Browser } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  createReadStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parquetPartitions } from '../../src/build/writeParquet';
import { parseCsvTable } from '../../src/data/parseCsvTable';
import { validateMetadata } from '../../src/data/validateMetadata';
import { formatRatios, median, QUICK, type RatioRow } from '../bench/ratioFormat';
import type { ParquetManifest } from '../../src/sources/parquetManifest';
import type { Answer, Query } from './parquet/harness';

/**
 * hyparquet beside DuckDB-WASM on the million-row table stored as Parquet partitions by origin
 * (`npm run gen:million` in a temporary folder, converted by the build's own writer), in
 * Chromium, both pages built by the app's Vite config and served by one static server that
 * answers range requests (as a CDN or object store does) and gzips scripts and wasm (as a host
 * serving precompressed files does). Each load is cold (a new browser context); the pages are
 * taken in turn, so load from elsewhere on the machine falls on all of them. Per engine:
 *
 * - bytes downloaded, split into JS, wasm and data (metadata, manifest, Parquet ranges);
 * - time from navigation to the first answer: a dashboard view (one origin, one year, its top
 *   ten destinations) and a whole-table aggregate (stock by year over every partition);
 * - filter changes after the first view: another year of the same origin, another origin;
 * - main-thread long tasks (PerformanceObserver) until the first view and during the changes.
 *
 * Every figure is a median over `PERF_RUNS` (5) loads with a ratio to a floor from the same run:
 * hyparquet's to a blank page served the same way, DuckDB's to hyparquet's. Prints the table and
 * writes it to bench-results/parquet.txt. Not a pass/fail timing: it fails only when the engines'
 * answers differ. Quick mode (BENCH_QUICK=1, run by `npm test`): one load of each page on 100,000
 * generated rows (20 destinations), printed and not written to bench-results/.
 */

const RUNS = QUICK ? 1 : Number(process.env.PERF_RUNS ?? 5);
const root = fileURLToPath(new URL('../..', import.meta.url));
const work = path.join(root, 'test-results', 'perf-parquet');
const site = path.join(work, 'site');
const data = path.join(work, QUICK ? 'data-quick' : 'data');
const port = Number(process.env.PREVIEW_PORT ?? 4173);
const base = `http://127.0.0.1:${port}/`;

/** The engines that read the Parquet files; duckdb132 only starts (see parquet/duckdb132.ts). */
const ENGINES = ['hyparquet', 'duckdb128'] as const;
type Engine = (typeof ENGINES)[number] | 'duckdb132';
const PAGES = ['blank', ...ENGINES, 'duckdb132'] as const;
const NAMES: Record<Engine, string> = {
  hyparquet: 'hyparquet + Arquero',
  duckdb128: 'DuckDB-WASM 1.28',
  duckdb132: 'DuckDB-WASM 1.32',
};

const FIRST_VIEW: Query = { kind: 'view', origin: 'UZB', year: 2019 };
const CHANGES: [string, Query][] = [
  ['filter change: same origin, year 2000', { kind: 'view', origin: 'UZB', year: 2000 }],
  ['filter change: origin Tajikistan, 2019', { kind: 'view', origin: 'TJK', year: 2019 }],
];

/** The million-row table as the build writes it for `storage: parquet`, kept between runs. */
function prepareData() {
  const sources = [
    'scripts/gen-million.mjs',
    'src/build/writeParquet.ts',
    'node_modules/hyparquet-writer/package.json',
  ];
  const stamp = createHash('sha256')
    .update(sources.map((f) => readFileSync(path.join(root, f))).join('\n'))
    .digest('hex');
  const stampFile = path.join(data, 'stamp');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return;
  rmSync(data, { recursive: true, force: true });
  const generated = path.join(work, 'generated');
  const quick = QUICK ? ['--destinations', '20'] : [];
  const run = spawnSync(
    process.execPath,
    ['scripts/gen-million.mjs', '--out', generated, ...quick],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) throw new Error(`gen:million failed: ${run.stderr}`);
  const metaText = readFileSync(path.join(generated, 'synthetic-million.meta.json'), 'utf8');
  const meta = {
    ...validateMetadata('data/synthetic-million.meta.json', metaText),
    storage: { format: 'parquet' as const, partitionBy: 'origin_iso3', url: 'synthetic-million/' },
  };
  const table = parseCsvTable(
    'data/synthetic-million.csv',
    readFileSync(path.join(generated, 'synthetic-million.csv'), 'utf8'),
    meta,
  );
  mkdirSync(path.join(data, 'synthetic-million'), { recursive: true });
  for (const { fileName, source } of parquetPartitions(table, meta, ['origin_iso3'])) {
    writeFileSync(path.join(data, 'synthetic-million', fileName), source);
  }
  writeFileSync(path.join(data, 'synthetic-million.meta.json'), JSON.stringify(meta));
  rmSync(generated, { recursive: true, force: true });
  writeFileSync(stampFile, stamp);
}

/** The pages, built as the floor page is: the app's vite.config.ts, another root. */
async function buildPages() {
  const { build } = await import('vite');
  const pages = path.join(root, 'tests/perf/parquet');
  await build({
    configFile: path.join(root, 'vite.config.ts'),
    root: pages,
    logLevel: 'warn',
    build: {
      outDir: site,
      emptyOutDir: true,
      sourcemap: false,
      chunkSizeWarningLimit: 100_000,
      rollupOptions: {
        input: Object.fromEntries(PAGES.map((p) => [p, path.join(pages, `${p}.html`)])),
      },
    },
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.parquet': 'application/vnd.apache.parquet',
};
const COMPRESSED = new Set(['.html', '.js', '.json', '.wasm']);
type Kind = 'js' | 'wasm' | 'data' | 'html';
const kindOf = (file: string): Kind =>
  file.endsWith('.js')
    ? 'js'
    : file.endsWith('.wasm')
      ? 'wasm'
      : file.startsWith(data)
        ? 'data'
        : 'html';

/**
 * A static server as a CDN answers: HEAD, `Range` → 206, gzip for text and wasm when asked (not
 * for ranges), no caching. It counts the bytes it sends by kind, for the page being measured.
 */
function serve(sent: Record<Kind, number>): Promise<Server> {
  // Compressed before the first load, as a host serving precompressed files has them.
  const gzipped = new Map<string, Buffer>(
    readdirSync(site, { recursive: true, encoding: 'utf8' })
      .map((name) => path.join(site, name))
      .filter((file) => COMPRESSED.has(path.extname(file)) && statSync(file).isFile())
      .map((file) => [file, gzipSync(readFileSync(file), { level: 9 })]),
  );
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', base);
    const [dir, rest] = url.pathname.startsWith('/data/')
      ? [data, url.pathname.slice('/data/'.length)]
      : [site, url.pathname.replace(/^\/site\//, '')];
    const file = path.join(dir, decodeURIComponent(rest));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    const ext = path.extname(file);
    const size = statSync(file).size;
    const headers = {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
      'Accept-Ranges': 'bytes',
    };
    const count = (n: number) => (sent[kindOf(file)] += n);
    if (req.method === 'HEAD') {
      res.writeHead(200, { ...headers, 'Content-Length': size }).end();
      return;
    }
    const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
    if (range && (range[1] || range[2])) {
      // bytes=a-b, bytes=a-, and a suffix bytes=-n (the last n bytes).
      const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
      const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
      if (start > end) {
        res.writeHead(416, { 'Content-Range': `bytes */${size}` }).end();
        return;
      }
      count(end - start + 1);
      res.writeHead(206, {
        ...headers,
        'Content-Range': `bytes ${start}-${end}/${size}`,
        'Content-Length': end - start + 1,
      });
      createReadStream(file, { start, end }).pipe(res);
      return;
    }
    if (COMPRESSED.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      let body = gzipped.get(file);
      if (!body) gzipped.set(file, (body = gzipSync(readFileSync(file), { level: 9 })));
      count(body.length);
      res
        .writeHead(200, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': body.length })
        .end(body);
      return;
    }
    count(size);
    res.writeHead(200, { ...headers, 'Content-Length': size });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

interface Load {
  /** From navigation start to the first answer (the load event for the blank page), ms. */
  first: number;
  rows: Answer['rows'];
  /** Each filter change, ms, in the order of CHANGES. */
  changes: number[];
  changeRows: Answer['rows'][];
  bytes: Record<Kind, number>;
  /** Main-thread long tasks until the first answer, and during the filter changes, ms each. */
  longFirst: number[];
  longChanges: number[];
}

async function load(
  browser: Browser,
  sent: Record<Kind, number>,
  page: 'blank' | Engine,
  query: Query | undefined,
): Promise<Load> {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const errors: string[] = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  await tab.addInitScript(() => {
    const tasks: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  const longTasks = () =>
    tab.evaluate(() => [...(window as unknown as { longTasks: number[] }).longTasks]);
  for (const kind of Object.keys(sent) as Kind[]) sent[kind] = 0;
  const params =
    query?.kind === 'view'
      ? `?q=view&origin=${query.origin}&year=${query.year}`
      : query
        ? `?q=${query.kind}`
        : '';
  await tab.goto(`${base}site/${page}.html${params}`, {
    waitUntil: page === 'blank' ? 'load' : 'commit',
  });
  let result: Load;
  if (page === 'blank') {
    const first = await tab.evaluate(() => performance.getEntriesByType('navigation')[0]!.duration);
    result = {
      first,
      rows: [],
      changes: [],
      changeRows: [],
      bytes: { ...sent },
      longFirst: [],
      longChanges: [],
    };
  } else {
    const answer = await tab
      .waitForFunction(() => window.bench)
      .then(() => tab.evaluate(() => window.bench.first))
      .catch((e: Error) => {
        throw new Error(`${page}: ${e.message} ${errors.join('; ')}`);
      });
    const bytes = { ...sent };
    const longFirst = await longTasks();
    // What the page says it answered (rows, time), to look at.
    await tab.screenshot({ path: path.join(work, `${page}-${query?.kind}.png`) });
    const changes: number[] = [];
    const changeRows: Answer['rows'][] = [];
    if (query?.kind === 'view') {
      for (const [, change] of CHANGES) {
        const next = await tab.evaluate((q) => window.bench.run(q), change);
        changes.push(next.ms);
        changeRows.push(next.rows);
      }
    }
    result = {
      first: answer.ms,
      rows: answer.rows,
      changes,
      changeRows,
      bytes,
      longFirst,
      longChanges: (await longTasks()).slice(longFirst.length),
    };
  }
  await context.close();
  return result;
}

const kB = (n: number) => n / 1000;

test('hyparquet and DuckDB-WASM on the million-row table in Parquet partitions', async ({
  browser,
}) => {
  test.setTimeout(60 * 60_000);
  prepareData();
  await buildPages();
  const sent: Record<Kind, number> = { js: 0, wasm: 0, data: 0, html: 0 };
  const server = await serve(sent);
  try {
    const loads = new Map<string, Load[]>();
    const add = (key: string, l: Load) => loads.set(key, [...(loads.get(key) ?? []), l]);
    for (let run = 0; run < RUNS; run++) {
      add('blank', await load(browser, sent, 'blank', undefined));
      // Alternate which engine goes first.
      const order = run % 2 ? [...ENGINES].reverse() : [...ENGINES];
      for (const engine of order)
        add(`${engine}|view`, await load(browser, sent, engine, FIRST_VIEW));
      add('duckdb132|ready', await load(browser, sent, 'duckdb132', { kind: 'ready' }));
      for (const engine of order)
        add(`${engine}|total`, await load(browser, sent, engine, { kind: 'total' }));
    }

    // Both engines answer the same: a benchmark of wrong answers would mean nothing.
    for (const q of ['view', 'total']) {
      const [a, b] = ENGINES.map((e) => loads.get(`${e}|${q}`)![0]!);
      expect(a!.rows.length).toBeGreaterThan(0);
      expect(b!.rows).toEqual(a!.rows);
      expect(b!.changeRows).toEqual(a!.changeRows);
    }

    const manifest = JSON.parse(
      readFileSync(path.join(data, 'synthetic-million', 'manifest.json'), 'utf8'),
    ) as ParquetManifest;
    const partitions = manifest.partitionings[0]!.partitions.length;
    const partitionBytes = manifest.partitionings[0]!.partitions.reduce((n, p) => n + p.bytes, 0);
    const med = (key: string, pick: (l: Load) => number) => median(loads.get(key)!.map(pick));
    const row = (
      name: string,
      key: string,
      floorName: string,
      floorKey: string,
      pick: (l: Load) => number,
      unit?: string,
    ): RatioRow => ({
      name,
      median: med(key, pick),
      floorName,
      floorMedian: med(floorKey, pick),
      rounds: RUNS,
      ...(unit ? { unit } : {}),
    });
    const both = (
      figure: string,
      q: string,
      pick: (l: Load) => number,
      unit?: string,
      blankFloor = true,
    ) => [
      ...(blankFloor
        ? [
            row(
              `${NAMES.hyparquet}: ${figure}`,
              `hyparquet|${q}`,
              'blank page',
              'blank',
              pick,
              unit,
            ),
          ]
        : []),
      row(
        `${NAMES.duckdb128}: ${figure}`,
        `duckdb128|${q}`,
        NAMES.hyparquet,
        `hyparquet|${q}`,
        pick,
        unit,
      ),
    ];
    // DuckDB 1.32's start alone (wasm fetched, compiled, a constant query) beside hyparquet's
    // whole first view.
    const ready = (figure: string, pick: (l: Load) => number, unit?: string) =>
      row(
        `${NAMES.duckdb132}: ${figure}, start only`,
        'duckdb132|ready',
        `${NAMES.hyparquet}, first view`,
        'hyparquet|view',
        pick,
        unit,
      );
    const total = (l: Load) => kB(l.bytes.js + l.bytes.wasm + l.bytes.data + l.bytes.html);
    const longest = (tasks: number[]) => Math.max(0, ...tasks);
    const out = [
      `${QUICK ? 'Quick mode: 100,000-row' : 'Million-row'} table (generated), ${partitions} Parquet partitions by origin (${(partitionBytes / 1e6).toFixed(1)} MB), ` +
        `Chromium, cold loads, median of ${RUNS}`,
      formatRatios(
        'Bytes downloaded until the first view (scripts and wasm gzipped; data by range)',
        [
          ...both('all', 'view', total, 'kB'),
          ready('all', total, 'kB'),
          ...both('JS', 'view', (l) => kB(l.bytes.js), 'kB'),
          ...both('wasm', 'view', (l) => kB(l.bytes.wasm), 'kB', false),
          ready('wasm', (l) => kB(l.bytes.wasm), 'kB'),
          ...both(
            'data (metadata, manifest, Parquet)',
            'view',
            (l) => kB(l.bytes.data),
            'kB',
            false,
          ),
          ...both('all, whole-table aggregate', 'total', total, 'kB', false),
          ...both('data, whole-table aggregate', 'total', (l) => kB(l.bytes.data), 'kB', false),
        ],
      ),
      formatRatios('Time from navigation to the first answer', [
        ...both('first view (UZB, 2019, top 10 destinations)', 'view', (l) => l.first),
        ready('ready to query', (l) => l.first),
        ...both('whole-table aggregate (stock by year, every partition)', 'total', (l) => l.first),
      ]),
      formatRatios(
        'Filter changes after the first view (the page already loaded)',
        CHANGES.flatMap(([name], i) => both(name, 'view', (l) => l.changes[i]!, undefined, false)),
      ),
      formatRatios('Main-thread long tasks (> 50 ms): longest', [
        ...both('until the first view', 'view', (l) => longest(l.longFirst), undefined, false),
        ready('until ready', (l) => longest(l.longFirst)),
        ...both(
          'during the filter changes',
          'view',
          (l) => longest(l.longChanges),
          undefined,
          false,
        ),
        ...both(
          'until the whole-table aggregate',
          'total',
          (l) => longest(l.longFirst),
          undefined,
          false,
        ),
      ]),
      formatRatios('Main-thread long tasks (> 50 ms): count', [
        ...both('until the first view', 'view', (l) => l.longFirst.length, 'tasks', false),
        ...both('during the filter changes', 'view', (l) => l.longChanges.length, 'tasks', false),
        ...both(
          'until the whole-table aggregate',
          'total',
          (l) => l.longFirst.length,
          'tasks',
          false,
        ),
      ]),
    ].join('\n');
    console.log(out);
    if (!QUICK) {
      mkdirSync(path.join(root, 'bench-results'), { recursive: true });
      writeFileSync(path.join(root, 'bench-results', 'parquet.txt'), out);
    }
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});
