/**
 * The Parquet benchmark's hyparquet page: the app's own Parquet source (src/sources/
 * parquetSource.ts) answers a view as the dataset view asks it, and the top destinations are
 * summed from the rows it selects. The whole-table aggregate reads only the two columns it needs
 * from every partition, by range requests, and sums them: the least hyparquet can do for it.
 */
import { parquetRead, type ColumnData } from 'hyparquet';
import type { DatasetMeta } from '../../../src/data/metadataSchema';
import type { ParquetManifest } from '../../../src/sources/parquetManifest';
import { parquetStore } from '../../../src/sources/parquetSource';
import { partitionBuffer } from '../../../src/sources/partitionBuffer';
import { rowObjects } from '../../../src/lib/tableValues';
import { DATA_URL, DATASET, startBench, topRows, TOP_N, type Engine, type Row } from './harness';

async function json<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

async function totalByYear(manifest: ParquetManifest): Promise<Row[]> {
  const sums = new Map<number, number>();
  await Promise.all(
    manifest.partitionings[0]!.partitions.map(async (p) => {
      // The app's reader: sizes from the manifest, small files in one request.
      const file = partitionBuffer(new URL(`${DATASET}/${p.file}`, DATA_URL).href, p.file, p.bytes);
      const chunks = new Map<string, ColumnData>();
      await parquetRead({
        file,
        columns: ['year', 'stock'],
        // One chunk per column and row group; a year chunk and its stock chunk cover the same rows.
        onChunk: (chunk) => {
          const other = chunks.get(
            `${chunk.columnName === 'year' ? 'stock' : 'year'}@${chunk.rowStart}`,
          );
          if (!other) {
            chunks.set(`${chunk.columnName}@${chunk.rowStart}`, chunk);
            return;
          }
          const [years, stocks] =
            chunk.columnName === 'year'
              ? [chunk.columnData, other.columnData]
              : [other.columnData, chunk.columnData];
          for (let i = 0; i < years.length; i++) {
            const year = years[i] as number;
            sums.set(year, (sums.get(year) ?? 0) + ((stocks[i] as number | null) ?? 0));
          }
        },
      });
    }),
  );
  return [...sums].sort((a, b) => a[0] - b[0]).map(([key, stock]) => ({ key, stock }));
}

startBench(async (): Promise<Engine> => {
  const meta = await json<DatasetMeta>(new URL(`${DATASET}.meta.json`, DATA_URL).href);
  const store = parquetStore(DATA_URL);
  let manifest: Promise<ParquetManifest> | undefined;
  return {
    async run(query) {
      if (query.kind === 'ready') throw new Error('hyparquet has no engine to start');
      if (query.kind === 'total') {
        manifest ??= json<ParquetManifest>(new URL(`${DATASET}/manifest.json`, DATA_URL).href);
        return totalByYear(await manifest);
      }
      const view = await store.selectView(meta, {
        filters: { origin_iso3: [query.origin] },
        time: [query.year, query.year],
        measure: 'absolute',
        chart: 'bar',
      });
      const sums = new Map<string, number>();
      for (const row of rowObjects(view.table)) {
        const key = row.destination_iso3 as string;
        sums.set(key, (sums.get(key) ?? 0) + ((row.stock as number | null) ?? 0));
      }
      return topRows(sums, TOP_N);
    },
  };
});
