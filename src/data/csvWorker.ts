/// <reference lib="webworker" />
import { toArrowIPC } from 'arquero';
import { DatasetError } from './datasetError';
import { fetchText } from './fetchText';
import type { DatasetMeta } from './metadataSchema';
import { parseCsvTable } from './parseCsvTable';

/**
 * Parses large CSV files off the main thread, so the page stays responsive while the UN table
 * (77k rows) loads. The table crosses back as Arrow IPC bytes, transferred rather than copied.
 */
export interface CsvWorkerRequest {
  id: number;
  url: string;
  meta: DatasetMeta;
  fetchTimeoutMs: number;
}
export type CsvWorkerResponse =
  /** Sent once, when the worker's script has loaded and runs: the page stops waiting for it. */
  | { ready: true }
  | { id: number; ok: true; arrow: Uint8Array }
  | { id: number; ok: false; file: string; detail: string; row?: number; column?: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<CsvWorkerRequest>) => {
  const { id, url, meta, fetchTimeoutMs } = event.data;
  try {
    const text = await fetchText(url, `data/${meta.file}`, fetchTimeoutMs);
    const table = parseCsvTable(`data/${meta.file}`, text, meta);
    const arrow = toArrowIPC(table, { format: 'stream' }) as Uint8Array;
    scope.postMessage({ id, ok: true, arrow } satisfies CsvWorkerResponse, [arrow.buffer]);
  } catch (error) {
    const e =
      error instanceof DatasetError ? error : new DatasetError(`data/${meta.file}`, String(error));
    scope.postMessage({
      id,
      ok: false,
      file: e.file,
      detail: e.detail,
      ...(e.row !== undefined ? { row: e.row } : {}),
      ...(e.column !== undefined ? { column: e.column } : {}),
    } satisfies CsvWorkerResponse);
  }
};

scope.postMessage({ ready: true } satisfies CsvWorkerResponse);
