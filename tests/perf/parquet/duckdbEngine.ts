/**
 * The Parquet benchmark's DuckDB-WASM engine: the same questions in SQL, over the same Parquet
 * partitions read by HTTP range requests (DuckDB's own HTTP file system, in its worker). The
 * partition a view reads comes from the same manifest, as a DuckDB source in the app would do
 * (a static host cannot list a folder, so there is no glob). Its wasm and worker are served by
 * the benchmark's server (no CDN): the "eh" build, which Chromium runs.
 */
import type { AsyncDuckDB } from '@duckdb/duckdb-wasm';
import type { ParquetManifest } from '../../../src/sources/parquetManifest';
import { DATA_URL, DATASET, TOP_N, type Engine, type Row } from './harness';

async function json<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

const sqlText = (text: string) => `'${text.replace(/'/g, "''")}'`;

export function duckdbEngine(open: () => Promise<AsyncDuckDB>): () => Promise<Engine> {
  return async () => {
    // The app would need the metadata too: fetched for a like-for-like count of requests.
    const [, manifest, db] = await Promise.all([
      json<unknown>(new URL(`${DATASET}.meta.json`, DATA_URL).href),
      json<ParquetManifest>(new URL(`${DATASET}/manifest.json`, DATA_URL).href),
      open(),
    ]);
    const conn = await db.connect();
    const url = (file: string) => sqlText(new URL(`${DATASET}/${file}`, DATA_URL).href);
    const rows = async (sql: string): Promise<Row[]> =>
      (await conn.query(sql)).toArray().map((r: Row) => ({ key: r.key, stock: r.stock }));
    return {
      run(query) {
        if (query.kind === 'ready') return rows('SELECT 42 AS key, 0.0 AS stock');
        if (query.kind === 'total') {
          const files = manifest.partitionings[0]!.partitions.map((p) => url(p.file)).join(', ');
          return rows(
            `SELECT year AS key, CAST(sum(stock) AS DOUBLE) AS stock FROM read_parquet([${files}]) ` +
              'GROUP BY year ORDER BY year',
          );
        }
        const part = manifest.partitionings[0]!.partitions.find((p) => p.value === query.origin);
        if (!part) throw new Error(`no partition for ${query.origin}`);
        return rows(
          `SELECT destination_iso3 AS key, CAST(sum(stock) AS DOUBLE) AS stock FROM read_parquet(${url(part.file)}) ` +
            `WHERE year = ${Math.trunc(query.year)} GROUP BY destination_iso3 ORDER BY stock DESC, key LIMIT ${TOP_N}`,
        );
      },
    };
  };
}
