/// <reference lib="webworker" />
import { fromArrow, toArrowIPC, type ColumnTable } from 'arquero';
import { indexColumns } from '../transforms/filterByValues';
import { selectView, tableFacts, type SelectedView, type ViewRequest } from '../view/datasetView';
import { DatasetError } from '../data/datasetError';
import { fetchGzipped, fetchText } from '../data/fetchText';
import type { DatasetMeta } from '../data/metadataSchema';
import { parseCsvTable } from '../data/parseCsvTable';

/**
 * The page's data worker. It parses CSV files off the main thread (a dataset dropped into `data/`
 * without a build), sending the table back as Arrow IPC bytes, transferred rather than copied.
 * And it holds the tables too large for the page (a million rows): it keeps each one once loaded
 * and answers the views' queries (filters, period, shares) there, so only the rows drawn cross.
 */
export type CsvWorkerRequest =
  | { id: number; kind: 'parse'; url: string; meta: DatasetMeta; fetchTimeoutMs: number }
  | {
      id: number;
      kind: 'select';
      /** The table's Arrow file, gzip-compressed. */
      url: string;
      file: string;
      meta: DatasetMeta;
      request: ViewRequest;
      fetchTimeoutMs: number;
    };

/** A selected view as it crosses: the rows as Arrow IPC bytes, the rest as plain data. */
export type SelectedViewMessage = Omit<SelectedView, 'table'> & { arrow: Uint8Array };

export type CsvWorkerResponse =
  /** Sent once, when the worker's script has loaded and runs: the page stops waiting for it. */
  | { ready: true }
  | { id: number; ok: true; arrow: Uint8Array }
  | { id: number; ok: true; selected: SelectedViewMessage }
  | { id: number; ok: false; file: string; detail: string; row?: number; column?: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** The tables held here, by dataset id; a failed load is forgotten, so a retry loads again. */
const held = new Map<string, Promise<ColumnTable>>();

function holdTable(url: string, file: string, meta: DatasetMeta, timeoutMs: number) {
  let table = held.get(meta.id);
  if (!table) {
    table = fetchGzipped(url, file, timeoutMs).then((bytes) => {
      const decoded = fromArrow(bytes);
      // The filters offered, the years and an index of each filtered column: found once, as
      // the table arrives, so that every query after costs the rows it selects.
      const { controls } = tableFacts(decoded, meta);
      indexColumns(
        decoded,
        controls.map((c) => c.column.name),
      );
      return decoded;
    });
    held.set(meta.id, table);
    table.catch(() => held.delete(meta.id));
  }
  return table;
}

const encode = (table: ColumnTable) => toArrowIPC(table, { format: 'stream' }) as Uint8Array;

scope.onmessage = async (event: MessageEvent<CsvWorkerRequest>) => {
  const message = event.data;
  const { id, meta } = message;
  const file = message.kind === 'parse' ? `data/${meta.file}` : message.file;
  try {
    if (message.kind === 'parse') {
      const text = await fetchText(message.url, file, message.fetchTimeoutMs);
      const arrow = encode(parseCsvTable(file, text, meta));
      scope.postMessage({ id, ok: true, arrow } satisfies CsvWorkerResponse, [arrow.buffer]);
    } else {
      const table = await holdTable(message.url, file, meta, message.fetchTimeoutMs);
      const { table: rows, ...rest } = selectView(table, meta, message.request);
      const arrow = encode(rows);
      const selected: SelectedViewMessage = { ...rest, arrow };
      scope.postMessage({ id, ok: true, selected } satisfies CsvWorkerResponse, [arrow.buffer]);
    }
  } catch (error) {
    const e = error instanceof DatasetError ? error : new DatasetError(file, String(error));
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
