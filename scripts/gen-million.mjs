#!/usr/bin/env node
// Writes a 1,000,000-row dataset in the shape of the UN table (origin × destination × year × sex)
// into data/, the documented way (a CSV and its .meta.json), to measure the app at scale. The
// figures are generated, not real: the metadata says so in its title, caveats and source. The
// files are not committed (.gitignore); `--remove` deletes them, `--out DIR` writes elsewhere.
//
//   npm run gen:million [-- --out DIR] [-- --remove] [-- --destinations N]
//
// `--destinations N` keeps the first N of the 200 destinations (5,000 rows each): the benches'
// quick mode (BENCH_QUICK=1, run by `npm test`) uses it to check that they run, not how fast.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ID = 'synthetic-million';
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = path.resolve(outAt >= 0 ? args[outAt + 1] : 'data');
const destinationsAt = args.indexOf('--destinations');
const destinationCount = destinationsAt >= 0 ? Number(args[destinationsAt + 1]) : 200;
if (!Number.isInteger(destinationCount) || destinationCount < 1 || destinationCount > 200) {
  throw new Error(
    `--destinations takes a whole number from 1 to 200, not ${args[destinationsAt + 1]}`,
  );
}
const csvPath = path.join(out, `${ID}.csv`);
const metaPath = path.join(out, `${ID}.meta.json`);

if (args.includes('--remove')) {
  rmSync(csvPath, { force: true });
  rmSync(metaPath, { force: true });
  console.log(`removed ${csvPath} and ${metaPath}`);
  process.exit(0);
}

// Real country codes, so names come from Intl as for the UN table: the destinations of that
// table, the five Central Asian origins first.
const un = readFileSync(path.resolve('data/un-migrant-stock-2019.csv'), 'utf8').split('\n');
const codes = [
  ...new Set(
    un
      .slice(1)
      .map((line) => line.split(',')[1])
      .filter((c) => /^[A-Z]{3}$/.test(c ?? '')),
  ),
].sort();
const centralAsia = ['UZB', 'TJK', 'KGZ', 'KAZ', 'TKM'];
const ORIGINS = [...centralAsia, ...codes.filter((c) => !centralAsia.includes(c))].slice(0, 50);
const DESTINATIONS = codes.slice(0, destinationCount);
const YEARS = Array.from({ length: 50 }, (_, i) => 1975 + i);
const SEXES = ['female', 'male'];
const ROWS = ORIGINS.length * DESTINATIONS.length * YEARS.length * SEXES.length;
if (ROWS !== destinationCount * 5_000) {
  throw new Error(
    `the UN table has too few country codes (${codes.length}) for 50 origins and ${destinationCount} destinations`,
  );
}

// A fixed seed: every run writes the same file, so measurements compare.
let seed = 17;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};

mkdirSync(out, { recursive: true });
const lines = ['year,origin_iso3,destination_iso3,sex,stock'];
for (const origin of ORIGINS) {
  for (const destination of DESTINATIONS) {
    // Each pair has a size of its own and grows or shrinks steadily, as stocks do.
    const size = Math.floor(10 ** (1 + random() * 5));
    const trend = 0.97 + random() * 0.06;
    for (const [i, year] of YEARS.entries()) {
      for (const sex of SEXES) {
        const share = sex === 'female' ? 0.35 + random() * 0.3 : 0.65 - random() * 0.3;
        lines.push(
          `${year},${origin},${destination},${sex},${Math.round(size * trend ** i * share)}`,
        );
      }
    }
  }
}
writeFileSync(csvPath, `${lines.join('\n')}\n`);

const today = new Date().toISOString().slice(0, 10);
const meta = {
  id: ID,
  order: 900,
  title: `Synthetic migrant stock, ${ROWS.toLocaleString('en')} rows (generated, not real data)`,
  subtitle:
    'Made by scripts/gen-million.mjs to test the dashboard at scale: no figure here is real',
  description: `Generated figures in the shape of the UN bilateral stock table (origin × destination × year × sex), ${ROWS.toLocaleString('en')} rows, for measuring load and filter times. Not statistics: do not cite.`,
  file: `${ID}.csv`,
  concept: 'stock',
  referencePeriod: `${YEARS[0]}–${YEARS.at(-1)} (generated)`,
  columns: [
    {
      name: 'year',
      type: 'integer',
      role: 'dimension',
      label: 'Year',
      time: true,
      filter: 'single',
    },
    {
      name: 'origin_iso3',
      type: 'string',
      role: 'dimension',
      label: 'Country of origin',
      codes: 'iso3',
      filter: 'single',
      default: ['UZB'],
    },
    {
      name: 'destination_iso3',
      type: 'string',
      role: 'dimension',
      label: 'Country of destination',
      codes: 'iso3',
    },
    { name: 'sex', type: 'string', role: 'dimension', label: 'Sex', values: SEXES },
    {
      name: 'stock',
      type: 'integer',
      role: 'measure',
      label: 'Generated stock',
      unit: 'persons (generated, not real)',
    },
  ],
  sources: [
    {
      id: 'SYNTHETIC',
      publisher: 'This dashboard’s developers (generated test data)',
      title: 'scripts/gen-million.mjs: generated figures, not statistics',
      retrieved: today,
      locator: `Generated on ${today} with a fixed seed`,
      rank: 3,
      citation: `Generated test data (scripts/gen-million.mjs, ${today}): not real figures, not for citation`,
      caveat: 'Every figure is made up by a pseudo-random generator.',
    },
  ],
  license: 'CC0 1.0 (generated)',
  caveats: [
    `Generated, not real: every figure is made up by scripts/gen-million.mjs to test the dashboard with ${ROWS.toLocaleString('en')} rows.`,
  ],
  display: { type: 'bar', x: 'destination_iso3', series: 'sex', horizontal: true },
};
writeFileSync(metaPath, `${JSON.stringify(meta, null, 2)}\n`);
console.log(
  `wrote ${lines.length - 1} rows to ${csvPath} (${(readFileSync(csvPath).length / 1e6).toFixed(1)} MB) and ${metaPath}`,
);
if (!existsSync(path.resolve('.gitignore')) || !readFileSync('.gitignore', 'utf8').includes(ID)) {
  console.warn(`note: ${ID}.* is not in .gitignore`);
}
