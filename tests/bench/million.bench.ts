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
import {
  selectView,
  tableFacts,
  type ViewRequest,
} from '../../src/views/dataset/model/datasetView';
import { from } from 'arquero';
import { parquetReadObjects } from 'hyparquet';
import { parquetPartitions } from '../../src/build/writeParquet';
import type { ParquetManifest } from '../../src/sources/parquetManifest';
import { benchRatio, QUICK } from './ratio';

/**
 * The million-row dataset (`npm run gen:million`, written to a temporary folder here): the
 * build's check-and-convert, the worker's load, and a filter change with its top 10, each beside
 * Arquero alone doing the same on the same data. Quick mode (BENCH_QUICK=1) generates 100,000
 * rows (20 destinations) instead.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'million-'));
const generated = spawnSync(
  process.execPath,
  ['scripts/gen-million.mjs', '--out', dir, ...(QUICK ? ['--destinations', '20'] : [])],
  { encoding: 'utf8' },
);
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
const TITLE = `${QUICK ? 'Quick mode: generated' : 'Million-row'} dataset (${table.numRows().toLocaleString('en')} rows)`;

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

// The floor of a filter change: the least any filter does, a scan of the two columns it tests for
// the same rows. (Arquero's own filter would need an escape()d function here, the build having no
// expression compiler (cspSafeArquero.ts), and that builds an object per row: no floor.)
const originColumn = table.array('origin_iso3') as string[];
const yearColumn = table.array('year') as number[];
const FILTER_FLOOR = 'scan of origin and year for its rows';
const filterFloor = () => {
  const origin = nextOrigin();
  let kept = 0;
  for (let i = 0; i < originColumn.length; i++)
    if (originColumn[i] === origin && yearColumn[i] === 2019) kept++;
  return kept;
};

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
  FILTER_FLOOR,
  filterFloor,
  { rounds: 15, warmup: 2 },
);

// Parquet storage, partitioned by origin: what the page does for one view, the partition's bytes
// already fetched (the range requests themselves are the host's time, not measured here).
const parts = parquetPartitions(table, meta, ['origin_iso3']);
const manifest = JSON.parse(
  parts.find((p) => p.fileName === 'manifest.json')!.source as string,
) as ParquetManifest;
const partBytes = new Map(
  manifest.partitionings[0]!.partitions.map((p) => {
    const bytes = parts.find((f) => f.fileName === p.file)!.source as Uint8Array;
    const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    return [p.value, copy as ArrayBuffer];
  }),
);
process.stdout.write(
  `\nParquet partitions by origin: ${manifest.partitionings[0]!.partitions.length} files, ` +
    `${(manifest.partitionings[0]!.partitions.reduce((n, p) => n + p.bytes, 0) / 1e6).toFixed(1)} MB in all, ` +
    `${(manifest.partitionings[0]!.partitions[0]!.bytes / 1e3).toFixed(0)} kB for one origin\n`,
);
benchRatio(
  TITLE,
  "Parquet (hyparquet): read one origin's partition, select the view",
  async () => {
    const origin = nextOrigin();
    const rows = from(await parquetReadObjects({ file: partBytes.get(origin)! }));
    selectView(rows, meta, request(origin), manifest.facts);
  },
  FILTER_FLOOR,
  filterFloor,
  { rounds: 9, warmup: 1 },
);
