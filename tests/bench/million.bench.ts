import { fromArrow, fromCSV, toArrowIPC } from 'arquero';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { parseCsvTable } from '../../src/data/parseCsvTable';
import { validateMetadata } from '../../src/data/validateMetadata';
import { indexColumns } from '../../src/transforms/filterByValues';
import { topNWithRemainder } from '../../src/transforms/topNWithRemainder';
import { selectView, tableFacts, type ViewRequest } from '../../src/view/datasetView';
import { benchRatio } from './ratio';

/**
 * The million-row dataset (`npm run gen:million`, written to a temporary folder here): the
 * build's check-and-convert, the worker's load, and a filter change with its top 10, each beside
 * Arquero alone doing the same on the same data.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'million-'));
const generated = spawnSync(process.execPath, ['scripts/gen-million.mjs', '--out', dir], {
  encoding: 'utf8',
});
if (generated.status !== 0 || !existsSync(path.join(dir, 'synthetic-million.csv'))) {
  throw new Error(`gen:million failed: ${generated.stderr}`);
}
const metaFile = 'data/synthetic-million.meta.json';
const meta = validateMetadata(
  metaFile,
  readFileSync(path.join(dir, 'synthetic-million.meta.json'), 'utf8'),
);
const csv = readFileSync(path.join(dir, 'synthetic-million.csv'), 'utf8');
const table = parseCsvTable('data/synthetic-million.csv', csv, meta);
const arrowGz = gzipSync(toArrowIPC(table, { format: 'file' }) as Uint8Array);
const TITLE = `Million-row dataset (${table.numRows().toLocaleString('en')} rows)`;

const origins = ['UZB', 'TJK', 'KGZ', 'KAZ', 'TKM'];
let turn = 0;
const nextOrigin = () => origins[turn++ % origins.length]!;
const request = (origin: string): ViewRequest => ({
  filters: { origin_iso3: [origin], sex: ['female', 'male'] },
  time: [2019, 2019],
  measure: 'absolute',
  chart: 'bar',
});
indexColumns(
  table,
  tableFacts(table, meta).controls.map((c) => c.column.name),
);

benchRatio(
  TITLE,
  'build: parse and check every cell',
  () => parseCsvTable('data/synthetic-million.csv', csv, meta),
  'Arquero fromCSV alone',
  () => fromCSV(csv),
  { rounds: 3, warmup: 0 },
);

benchRatio(
  TITLE,
  'worker: unpack Arrow, decode, find filters and years, index them',
  () => {
    const loaded = fromArrow(gunzipSync(arrowGz));
    const { controls } = tableFacts(loaded, meta);
    indexColumns(
      loaded,
      controls.map((c) => c.column.name),
    );
  },
  'Arquero fromArrow alone (unpacked)',
  () => fromArrow(gunzipSync(arrowGz)),
  { rounds: 5, warmup: 1 },
);

benchRatio(
  TITLE,
  'filter change: select the view, top 10, rows as Arrow to the page',
  () => {
    const selected = selectView(table, meta, request(nextOrigin()));
    fromArrow(toArrowIPC(selected.table, { format: 'stream' }) as Uint8Array);
    topNWithRemainder(selected.table, 'destination_iso3', 'stock', 10, 'remainder');
  },
  'Arquero filter alone (compiled expression)',
  () =>
    table
      .params({ origin: nextOrigin() })
      .filter(
        (d: { origin_iso3: string; year: number }, $: { origin: string }) =>
          d.origin_iso3 === $.origin && d.year === 2019,
      ),
  { rounds: 15, warmup: 2 },
);
