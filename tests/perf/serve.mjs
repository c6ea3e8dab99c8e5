// The performance spec's server: the app's build (dist/) at `/`, and the library floor and a
// blank page (tests/floor, built here by the app's Vite config) under `/floor/`. One server, the
// same headers for all, no caching: every page is measured served the same way, cold.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFloor } from '../scripts/bundle-size.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = path.join(root, 'dist');
const floor = path.join(root, 'test-results', 'perf-floor');
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

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const [base, rest] = url.pathname.startsWith('/floor/')
    ? [floor, url.pathname.slice('/floor/'.length)]
    : [dist, url.pathname.slice(1)];
  const file = path.join(base, decodeURIComponent(rest) || 'index.html');
  if (!file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, {
    'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'Cache-Control': 'no-store',
  });
  createReadStream(file).pipe(res);
}).listen(port, '127.0.0.1', () => console.log(`perf server on http://127.0.0.1:${port}/`));
