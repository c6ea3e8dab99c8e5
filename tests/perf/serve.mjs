// The performance spec's server: the app's build (dist/) at `/`, and under `/floor/` the library
// floor (tests/floor, built here by the app's Vite config) and a blank page (tests/floor/blank.html
// as written: one line of text, no script, no stylesheet). One server, the
// same headers for all: every page is measured served the same way. Files may be cached for ten
// minutes, as GitHub Pages says: each load starts in a new browser context, so with an empty
// cache, and a file the page and its worker both load crosses the network once, as on a real
// host (`no-store` made the worker fetch the shared chunk a second time). A folder's
// address serves its index.html (the written pages: `datasets/<id>/`, `un/`), and text is sent
// gzip-compressed when the browser accepts it, as a static host sends it: with a slow network
// emulated, what crosses it is what a reader's phone would receive.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildFloor } from '../scripts/bundle-size.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = path.join(root, 'dist');
const floor = path.join(root, 'test-results', 'perf-floor');
const blank = path.join(root, 'tests', 'floor', 'blank.html');
const port = Number(process.env.PREVIEW_PORT ?? 4173);

if (!existsSync(path.join(dist, 'index.html'))) {
  console.error('No dist/index.html: run `npm run build` first.');
  process.exit(2);
}
await buildFloor(floor);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.arrow': 'application/vnd.apache.arrow.file',
};

/**
 * A file's bytes as served. The floor page is built by the app's Vite config, whose
 * preload-catalog plugin adds `<link rel="preload" href="./data/index.json">` to every page: the
 * floor never reads the catalogue (~164 kB gzip), and fetching it would slow the floor on a slow
 * network and flatter every ratio to it, so it is served without that link.
 */
function read(file) {
  const bytes = readFileSync(file);
  if (file !== path.join(floor, 'index.html')) return bytes;
  return Buffer.from(
    bytes.toString('utf8').replace(/<link rel="preload"[^>]*index\.json[^>]*>/, ''),
  );
}

/** Types a static host compresses. */
const TEXT = new Set(['.html', '.js', '.css', '.json', '.csv', '.svg']);
/** Every text file's gzip, made before the first page asks: compressing on request would bill
 * the server's CPU to the first load of each file. */
const gzipped = new Map();
const files = [dist, floor].flatMap((dir) =>
  readdirSync(dir, { recursive: true }).map((name) => path.join(dir, name)),
);
for (const file of [...files, blank]) {
  if (TEXT.has(path.extname(file)) && statSync(file).isFile()) {
    gzipped.set(file, gzipSync(read(file)));
  }
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const [base, rest] = url.pathname.startsWith('/floor/')
    ? [floor, url.pathname.slice('/floor/'.length)]
    : [dist, url.pathname.slice(1)];
  let file = path.join(base, decodeURIComponent(rest));
  // The blank page as written: Vite's build of it carries the floor's script (async), which made
  // the "blank" page fetch and run the whole library floor.
  if (file === path.join(floor, 'blank.html')) file = blank;
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if ((file !== blank && !file.startsWith(base)) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end();
    return;
  }
  const type = path.extname(file);
  const headers = {
    'Content-Type': TYPES[type] ?? 'application/octet-stream',
    'Cache-Control': 'max-age=600',
  };
  let body = read(file);
  if (TEXT.has(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
    body = gzipped.get(file) ?? gzipSync(body);
    headers['Content-Encoding'] = 'gzip';
    headers['Vary'] = 'Accept-Encoding';
  }
  res.writeHead(200, { ...headers, 'Content-Length': body.length });
  res.end(body);
}).listen(port, '127.0.0.1', () => console.log(`perf server on http://127.0.0.1:${port}/`));
