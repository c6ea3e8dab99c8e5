/// <reference lib="webworker" />
import { toArrowIPC, type ColumnTable } from 'arquero';
import type { SelectedView } from '../views/dataset/model/datasetView.ts';
import type { UnPageView } from '../views/un/model/unStockView.ts';
import type { KeyFigure } from '../views/overview/model/keyFigures.ts';
import { DatasetError } from '../data/datasetError.ts';
import type { BuiltTableFacts } from '../data/builtTable.ts';
import { builtTableCode } from './builtTableCode.ts';
import { distrustCopy, fetchGzipped, fetchText } from '../data/fetchText.ts';
import type { DatasetMeta } from '../data/metadataSchema.ts';
import { chunk, ChunkError, type ChunkFailure } from '../lib/chunk.ts';
import type { ParquetStore } from './parquetSource.ts';
import type { QueryArgs, QueryKind } from './queryRegistry.ts';
import { queryCode, runQuery } from './queryCode.ts';

/**
 * The page's data worker. It parses CSV files off the main thread (a dataset dropped into `data/`
 * without a build), sending the table back as Arrow IPC bytes, transferred rather than copied.
 * And it holds the tables the page should not: a million rows, the UN bilateral table. It keeps
 * each one once loaded and answers the views' queries there (queryRegistry.ts: a dataset view's
 * filters, period and shares; the UN view's figures; long exports, a whole table's CSV or a zip
 * of whole tables), so only the rows drawn cross.
 */

/** A table the worker fetches and keeps: the Arrow file the build wrote (gzip), or a CSV it checks. */
export type TableRef = {
  meta: DatasetMeta;
  url: string;
  /** The file as error messages name it (`data/…`). */
  file: string;
} & (
  | { format: 'csv' }
  /** A built Arrow file, with what the catalogue says of it: checked on decoding. */
  | { format: 'arrow'; facts: BuiltTableFacts }
);

/**
 * A query of the registry, with where to find each table it reads; a table stored as Parquet
 * partitions (`storage` in its metadata) is read from the folder `parquetBase` (the page's
 * `data/`), by the partitions the query needs.
 */
type RunRequest = {
  [K in QueryKind]: {
    kind: 'run';
    query: K;
    args: QueryArgs[K];
    tables: TableRef[];
    parquetBase?: string;
  };
}[QueryKind];

type Request = { kind: 'parse'; url: string; meta: DatasetMeta } | RunRequest;

export type CsvWorkerRequest = Request & { id: number; fetchTimeoutMs: number };

/** A selected view as it crosses: the rows as Arrow IPC bytes, the rest as plain data. */
export type SelectedViewMessage = Omit<SelectedView, 'table'> & { arrow: Uint8Array };

export type CsvWorkerResponse =
  /** Sent once, when the worker's script has loaded and runs: the page stops waiting for it. */
  | { ready: true }
  | { id: number; ok: true; arrow: Uint8Array }
  | { id: number; ok: true; selected: SelectedViewMessage }
  | { id: number; ok: true; un: UnPageView }
  | { id: number; ok: true; keyFigures: KeyFigure[] }
  /** An export's file, transferred. */
  | { id: number; ok: true; bytes: Uint8Array }
  | { id: number; ok: false; file: string; detail: string; row?: number; column?: string }
  /**
   * Code the query needed did not load (the export code, a language's country names): said as
   * such, not as a fault of a data file, and loaded afresh when asked again.
   */
  | {
      id: number;
      ok: false;
      chunk: { failure: ChunkFailure; file?: string; status?: number; detail: string };
    };

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** The tables held here, by dataset id; a failed load is forgotten, so a retry loads again. */
const held = new Map<string, Promise<ColumnTable>>();

// The CSV checks are needed only for a dataset the build did not see (the built site's tables are
// Arrow files): loaded then, so that the worker a page starts carries none of them.
const csvCode = chunk('parseCsvTable', () => import('../data/parseCsvTable.ts'));
const parseCsv = async (file: string, text: string, meta: DatasetMeta) =>
  (await csvCode.load()).parseCsvTable(file, text, meta);

// The Parquet reader loads with the first table stored as partitions. One store (the page has
// one data folder) keeps the manifests and partitions read, as `held` keeps whole tables; a store
// whose code failed to load is forgotten, so a retry loads it again.
const parquetCode = chunk('parquetSource', () => import('./parquetSource.ts'));
let store: Promise<ParquetStore> | undefined;
function parquetStoreAt(base: string, timeoutMs: number): Promise<ParquetStore> {
  if (!store) {
    store = parquetCode.load().then((m) => m.parquetStore(base, timeoutMs));
    store.catch(() => (store = undefined));
  }
  return store;
}

function holdTable(ref: TableRef, timeoutMs: number) {
  const { meta, url, file } = ref;
  let table = held.get(meta.id);
  if (!table) {
    table = (
      ref.format === 'arrow'
        ? Promise.all([fetchGzipped(url, file, timeoutMs), builtTableCode.load()]).then(
            ([bytes, { decodeBuiltTable }]) => decodeBuiltTable(file, bytes, ref.facts),
          )
        : fetchText(url, file, timeoutMs).then((text) => parseCsv(file, text, meta))
    ).catch((error: unknown) => {
      // Whatever went wrong is about this file (not the request's first one), and its copy
      // is not asked for from a cache again.
      if (error instanceof ChunkError) throw error;
      distrustCopy(url);
      throw error instanceof DatasetError ? error : new DatasetError(file, String(error));
    });
    held.set(meta.id, table);
    table.catch(() => held.delete(meta.id));
  }
  return table;
}

/**
 * Each message brings its own copy of the metadata; the same metadata is given back the same
 * object, so what is worked out once per table and metadata (the filters offered, the years: a
 * scan of the whole table) is found again rather than made on every query.
 */
const metas = new Map<string, DatasetMeta>();
function sameMeta(meta: DatasetMeta): DatasetMeta {
  const key = JSON.stringify(meta);
  const known = metas.get(key);
  if (known) return known;
  metas.set(key, meta);
  return meta;
}

/** Tables whose filtered columns are indexed: once, on the first query, not on every one. */
const indexed = new WeakSet<ColumnTable>();
function prepared(
  table: ColumnTable,
  meta: DatasetMeta,
  { tableFacts, indexColumns }: Awaited<ReturnType<typeof queryCode.load>>,
): ColumnTable {
  if (!indexed.has(table)) {
    const { controls } = tableFacts(table, meta);
    indexColumns(
      table,
      controls.map((c) => c.column.name),
    );
    indexed.add(table);
  }
  return table;
}

const encode = (table: ColumnTable) => toArrowIPC(table, { format: 'stream' }) as Uint8Array;

async function answer(message: CsvWorkerRequest): Promise<[CsvWorkerResponse, Transferable[]]> {
  const { id, fetchTimeoutMs } = message;
  switch (message.kind) {
    case 'parse': {
      const file = `data/${message.meta.file}`;
      const text = await fetchText(message.url, file, fetchTimeoutMs);
      const arrow = encode(await parseCsv(file, text, message.meta));
      return [{ id, ok: true, arrow }, [arrow.buffer]];
    }
    case 'run': {
      const refs = new Map(message.tables.map((ref) => [ref.meta.id, ref]));
      // A table stored as Parquet partitions is read from them here (all of them: an export);
      // the UN view reads only the partitions it draws (below).
      const tableOf = async (meta: DatasetMeta) =>
        meta.storage
          ? (await parquetStoreAt(message.parquetBase ?? '', fetchTimeoutMs)).loadTable(meta)
          : holdTable(refs.get(meta.id) ?? missingRef(meta), fetchTimeoutMs);
      switch (message.query) {
        case 'view': {
          // A table a view filters is indexed once, for its metadata as first seen here.
          const meta = sameMeta(message.args.meta);
          const indexedTable = async () => {
            const [table, code] = await Promise.all([tableOf(meta), queryCode.load()]);
            return prepared(table, meta, code);
          };
          const { table: rows, ...rest } = await runQuery(
            'view',
            { ...message.args, meta },
            indexedTable,
          );
          const arrow = encode(rows);
          return [{ id, ok: true, selected: { ...rest, arrow } }, [arrow.buffer]];
        }
        case 'un': {
          const { meta, totals, request } = message.args;
          const un = meta.storage
            ? await (
                await parquetStoreAt(message.parquetBase ?? '', fetchTimeoutMs)
              ).selectUnView(meta, totals, request, tableOf)
            : await runQuery('un', message.args, tableOf);
          return [{ id, ok: true, un }, []];
        }
        case 'keyFigures':
          return [
            { id, ok: true, keyFigures: await runQuery('keyFigures', message.args, tableOf) },
            [],
          ];
        case 'export': {
          const bytes = await runQuery('export', message.args, tableOf);
          return [{ id, ok: true, bytes }, [bytes.buffer]];
        }
      }
    }
  }
}

function missingRef(meta: DatasetMeta): never {
  throw new DatasetError(`data/${meta.file}`, 'was not sent to the worker');
}

/** The file an error is about when the error itself does not say. */
function fileOf(message: CsvWorkerRequest): string {
  switch (message.kind) {
    case 'parse':
      return `data/${message.meta.file}`;
    case 'run':
      return message.tables[0]?.file ?? 'data/';
  }
}

scope.onmessage = async (event: MessageEvent<CsvWorkerRequest>) => {
  const message = event.data;
  try {
    const [response, transfer] = await answer(message);
    scope.postMessage(response, transfer);
  } catch (error) {
    if (error instanceof ChunkError) {
      const { failure, file, status, cause } = error;
      scope.postMessage({
        id: message.id,
        ok: false,
        chunk: {
          failure,
          ...(file !== undefined ? { file } : {}),
          ...(status !== undefined ? { status } : {}),
          detail: cause instanceof Error ? cause.message : '',
        },
      } satisfies CsvWorkerResponse);
      return;
    }
    const e =
      error instanceof DatasetError ? error : new DatasetError(fileOf(message), String(error));
    scope.postMessage({
      id: message.id,
      ok: false,
      file: e.file,
      detail: e.detail,
      ...(e.row !== undefined ? { row: e.row } : {}),
      ...(e.column !== undefined ? { column: e.column } : {}),
    } satisfies CsvWorkerResponse);
  }
};

scope.postMessage({ ready: true } satisfies CsvWorkerResponse);
// The queries' code comes now, while the first request's table is fetched (a failure is told to
// the query that needs it, which asks again).
queryCode.load().catch(() => undefined);
