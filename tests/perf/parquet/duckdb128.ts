/**
 * DuckDB-WASM 1.28.0 (a devDependency under the name duckdb-wasm-1-28): the last release with
 * the Parquet reader built into its wasm, so it reads the partitions with nothing fetched from
 * elsewhere. Its API is the current one's.
 */
import type { AsyncDuckDB as CurrentDuckDB } from '@duckdb/duckdb-wasm';
import { AsyncDuckDB, VoidLogger } from 'duckdb-wasm-1-28';
import wasmUrl from 'duckdb-wasm-1-28/dist/duckdb-eh.wasm?url';
import workerUrl from 'duckdb-wasm-1-28/dist/duckdb-browser-eh.worker.js?url';
import { duckdbEngine } from './duckdbEngine';
import { startBench } from './harness';

startBench(
  duckdbEngine(async () => {
    const db = new AsyncDuckDB(new VoidLogger(), new Worker(workerUrl));
    await db.instantiate(wasmUrl);
    return db as unknown as CurrentDuckDB;
  }),
);
