import { from, fromArrow, toArrowIPC, type ColumnTable } from 'arquero';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { DatasetMeta } from '../../src/data/metadataSchema';
import { parquetReadObjects } from 'hyparquet';
import { parquetPartitions } from '../../src/build/writeParquet';
import {
  checkManifest,
  checkPartitionRows,
  type ParquetPartition,
} from '../../src/sources/parquetManifest';
import { partitionsFor } from '../../src/sources/parquetSource';
import { run } from '../../src/sources/queryRegistry';
import { defaultUnView } from '../../src/state/viewState';
import { unViewRequest } from '../../src/views/un/model/unViewRequest';
import { benchRatio } from './ratio';
import { readDataset } from '../support/fileSystemSource';

/**
 * The UN view's first figures (where people born in Uzbekistan live, 2020, both sexes, top 10),
 * from what the page is sent to what it draws: before, the Central Asian part of the UN table
 * (8,184 rows) as the build's gzipped Arrow file, decoded whole; now, the whole table (227,727
 * rows), of which the manifest and Uzbekistan's Parquet partition are read. Both then run the
 * same UN query (src/sources/queryRegistry.ts) with the UN's published totals. The files are
 * made here by the build's own writers; fetching them is the browser perf spec's part
 * (tests/perf/firstChart.perf.ts). And "who lives in Russia": every origin's partition read (before
 * the table was also partitioned by destination) beside Russia's one partition by destination.
 */

const arrowGz = (table: ColumnTable) =>
  gzipSync(toArrowIPC(table, { format: 'file' }) as Uint8Array);

const part = readDataset('un-ims2020-bilateral-central-asia');
const whole = readDataset('un-ims2020-bilateral-by-sex');
const totals = readDataset('un-ims2020-totals-by-destination');
const partGz = arrowGz(part.table);
const totalsGz = arrowGz(totals.table);
const files = new Map(
  parquetPartitions(whole.table, whole.meta, [whole.meta.storage!.partitionBy].flat()).map((f) => [
    f.fileName,
    f.source,
  ]),
);
const manifestText = files.get('manifest.json') as string;
const manifestOf = () => checkManifest('manifest.json', JSON.parse(manifestText), whole.meta);
const partitionOf = (origin: string) => partitionsFor(manifestOf(), { origin_iso3: [origin] })[0]!;

const decode = (bytes: Uint8Array) => fromArrow(gunzipSync(bytes));
async function readEntry(meta: DatasetMeta, entry: ParquetPartition): Promise<ColumnTable> {
  const bytes = files.get(entry.file) as Uint8Array;
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const rows = await parquetReadObjects({ file: buffer as ArrayBuffer });
  checkPartitionRows(entry.file, rows, entry, meta);
  return from(
    rows,
    meta.columns.map((c) => c.name),
  );
}
const readPartition = (meta: DatasetMeta, origin: string) => readEntry(meta, partitionOf(origin));

const request = unViewRequest(defaultUnView, 'en');
const TITLE = `The UN view's first figures (${request.country}, ${request.year}, top ${request.top}): the whole table (${whole.table.numRows().toLocaleString('en')} rows, one partition read of ${manifestOf().partitionings[0]!.partitions.length} by origin) beside the Central Asian part (${part.table.numRows().toLocaleString('en')} rows, decoded whole)`;

const before = () =>
  run('un', { meta: part.meta, totals: totals.meta, request }, async (m) =>
    decode(m.id === part.meta.id ? partGz : totalsGz),
  );
const after = () => {
  const { facts } = manifestOf();
  return run('un', { meta: whole.meta, totals: totals.meta, request, facts }, async (m) =>
    m.id === whole.meta.id ? readPartition(whole.meta, request.country) : decode(totalsGz),
  );
};

// Both give the same figures: the bench compares two ways to the same answer.
const [a, b] = await Promise.all([before(), after()]);
if (JSON.stringify(a.panels[0]!.top) !== JSON.stringify(b.panels[0]!.top)) {
  throw new Error('The whole table and its Central Asian part give different first figures');
}

benchRatio(
  TITLE,
  'whole table: manifest + one Parquet partition, then the UN query',
  after,
  'Central Asian part: its Arrow file, then the UN query',
  before,
  { rounds: 21, warmup: 3 },
);

// "Who lives in Russia": before, every origin's partition (all 233, the only partitioning there
// was); now, Russia's one partition by destination. The same UN query over either.
const russia = { ...request, direction: 'destination' as const, country: 'RUS' };
const tablesOf = async (parts: readonly ParquetPartition[]) => {
  const tables = await Promise.all(parts.map((p) => readEntry(whole.meta, p)));
  return tables[0]!.concat(...tables.slice(1));
};
const whoLivesIn = (parts: () => readonly ParquetPartition[]) => () =>
  run(
    'un',
    { meta: whole.meta, totals: totals.meta, request: russia, facts: manifestOf().facts },
    async (m) => (m.id === whole.meta.id ? tablesOf(parts()) : decode(totalsGz)),
  );
const everyOrigin = whoLivesIn(() => manifestOf().partitionings[0]!.partitions);
const oneDestination = whoLivesIn(() =>
  partitionsFor(manifestOf(), { destination_iso3: [russia.country] }),
);
const [c, d] = await Promise.all([everyOrigin(), oneDestination()]);
if (JSON.stringify(c.panels) !== JSON.stringify(d.panels) || d.panels[0]!.partners.length < 100) {
  throw new Error('Russia by destination and by every origin give different figures');
}
benchRatio(
  `Who lives in Russia (${russia.year}, top ${russia.top}): Russia's partition by destination beside every partition by origin (${manifestOf().partitionings[0]!.partitions.length}), both with the UN query`,
  "Russia's partition by destination, then the UN query",
  oneDestination,
  'every partition by origin, then the UN query',
  everyOrigin,
  { rounds: 7, warmup: 1 },
);
