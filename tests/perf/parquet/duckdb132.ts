/**
 * DuckDB-WASM 1.32.0, the current release. It has no Parquet reader of its own: the first
 * `read_parquet` fetches the parquet extension from DuckDB's extension CDN, which this machine
 * (and a site under a `connect-src 'self'` policy) cannot reach, so only its start is measured.
 */
import { AsyncDuckDB, VoidLogger } from '@duckdb/duckdb-wasm';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { duckdbEngine } from './duckdbEngine';
import { startBench } from './harness';

startBench(
  duckdbEngine(async () => {
    const db = new AsyncDuckDB(new VoidLogger(), new Worker(workerUrl));
    await db.instantiate(wasmUrl);
    return db;
  }),
);
