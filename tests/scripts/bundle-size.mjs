// Prints the size of what a visitor downloads (run after `npm run build`), against budgets.
// A report, not a gate: numbers go in the closing note and the PR, not in a failing test.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGETS_KB_GZIP = { js: 350, css: 10 };
const dir = 'dist/assets';
const rows = readdirSync(dir)
  .filter((f) => /\.(js|css)$/.test(f))
  .map((file) => {
    const bytes = readFileSync(path.join(dir, file));
    return {
      file,
      kind: path.extname(file).slice(1),
      raw: statSync(path.join(dir, file)).size,
      gzip: gzipSync(bytes).length,
    };
  });
const kb = (n) => (n / 1024).toFixed(1).padStart(8);
console.log('file'.padEnd(40), '     raw KB', '   gzip KB');
for (const r of rows) console.log(r.file.padEnd(40), kb(r.raw), '  ', kb(r.gzip));
for (const kind of ['js', 'css']) {
  const total = rows.filter((r) => r.kind === kind).reduce((s, r) => s + r.gzip, 0);
  const budget = BUDGETS_KB_GZIP[kind];
  console.log(
    `${kind} total ${kb(total)} KB gzip; budget ${budget} KB: ${total / 1024 <= budget ? 'within' : 'OVER'}`,
  );
}
const data = readdirSync('dist/data').reduce(
  (s, f) => s + statSync(path.join('dist/data', f)).size,
  0,
);
console.log(`data files ${kb(data)} KB (fetched per dataset, not bundled)`);
