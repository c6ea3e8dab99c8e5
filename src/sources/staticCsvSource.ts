import { fromArrow, type ColumnTable } from 'arquero';
import type { SelectedView, ViewRequest } from '../views/dataset/model/datasetView.ts';
import { parseCatalog, type Catalog } from '../data/catalog.ts';
import type {
  CsvWorkerRequest,
  CsvWorkerResponse,
  SelectedViewMessage,
  TableRef,
} from './csvWorker.ts';
import { DatasetError } from '../data/datasetError.ts';
import type { DatasetSource } from './datasetSource.ts';
import type { ParquetStore } from './parquetSource.ts';
import { builtTableCode } from './builtTableCode.ts';
import { distrustCopy, FETCH_TIMEOUT_MS, fetchGzipped, fetchText } from '../data/fetchText.ts';
import type { DatasetMeta } from '../data/metadataSchema.ts';
import { chunk, ChunkError } from '../lib/chunk.ts';
import { memoPromise } from '../lib/memoPromise.ts';
import type { FullExportRequest } from '../export/fullExport.ts';
import type { UnPageView, UnViewRequest } from '../views/un/model/unStockView.ts';
import { runQuery } from './queryCode.ts';

export interface StaticCsvSourceOptions {
  /** URL of the folder holding index.json, the CSVs and their metadata. */
  baseUrl: string;
  /**
   * Starts the data worker, so no parse blocks the page and large tables stay off it; without
   * it (tests, browsers without module workers) everything happens on the page.
   */
  createWorker?: () => Worker;
  /** How long one data file may take to arrive. */
  fetchTimeoutMs?: number;
  /** How long the worker may take to start before the page parses on its own. */
  workerStartTimeoutMs?: number;
  /** Tables with at least this many rows stay in the worker, which answers each view's query. */
  workerRows?: number;
}

/** The static source, which can also start its worker before the first question needs it. */
export interface StaticCsvSource extends DatasetSource {
  /**
   * Starts the data worker now (when there is one), so that its script loads while the page
   * still fetches the catalogue: for a view whose first figures the worker computes.
   */
  startWorker(): void;
}

/**
 * Above this the page would hold more than it draws: a million rows take hundreds of MB and
 * seconds. (The UN view's figures are computed in the worker whatever the size of its table:
 * see selectUnView.)
 */
export const WORKER_ROWS = 250_000;

interface Pending {
  resolve: (response: CsvWorkerResponse) => void;
  reject: (error: unknown) => void;
  /** The same work on the page, when the worker fails. */
  onPage: () => void;
}

/** A request as the page writes it: the id and time limit are added on sending. */
type Ask = CsvWorkerRequest extends infer R
  ? R extends CsvWorkerRequest
    ? Omit<R, 'id' | 'fetchTimeoutMs'>
    : never
  : never;

/**
 * Code only some datasets need, loaded with the first that does: Parquet storage (its reader
 * library), and the schema and CSV checks for a dataset the build did not see. Loaded through
 * chunk() as the views are, so that Retry after a chunk that failed to arrive asks for it under a
 * fresh URL rather than getting the browser's failed module back.
 */
const parquetCode = chunk('parquetSource', () => import('./parquetSource.ts'));
const csvCode = chunk('parseCsvTable', () => import('../data/parseCsvTable.ts'));
const metadataCode = chunk('validateMetadata', () => import('../data/validateMetadata.ts'));

/** Time a worker has to parse a file after fetching it, beyond the fetch's own time limit. */
const PARSE_ALLOWANCE_MS = 30_000;

/**
 * The dataset source of a static site: `data/index.json` (the catalogue), Arrow files written by
 * the build, and `*.meta.json` and `*.csv` files for datasets the build did not see.
 */
export function staticCsvSource({
  baseUrl,
  createWorker,
  fetchTimeoutMs = FETCH_TIMEOUT_MS,
  workerStartTimeoutMs = 10_000,
  workerRows = WORKER_ROWS,
}: StaticCsvSourceOptions): StaticCsvSource {
  const url = (name: string) => new URL(name, baseUrl).href;
  const fetchFile = (name: string, file: string) => fetchText(url(name), file, fetchTimeoutMs);
  let worker: Worker | undefined;
  // Once the worker fails (its script is gone after a redeploy, a policy refuses it, it crashes or
  // does not answer), everything happens on the page instead: quietly, and for good.
  let workerFailed = createWorker === undefined;
  let startTimer: ReturnType<typeof setTimeout> | undefined;
  // The worker is given up when it has answered nothing for one file's allowance while work
  // waits, not when one request has waited that long: a request queued behind a big file waits
  // for that file too, and would otherwise count its time against its own limit.
  let silence: ReturnType<typeof setTimeout> | undefined;
  const listen = (restart: boolean) => {
    if (restart || pending.size === 0) {
      clearTimeout(silence);
      silence = undefined;
    }
    if (pending.size > 0) {
      silence ??= setTimeout(
        () => workerFailure('it did not answer'),
        fetchTimeoutMs + PARSE_ALLOWANCE_MS,
      );
    }
  };
  let nextId = 0;
  const pending = new Map<number, Pending>();
  const catalogs = new Map<'catalog', Promise<Catalog>>();
  const tables = new Map<string, Promise<ColumnTable>>();
  // Forgotten if its code fails to load, so that Retry loads it again.
  const stores = new Map<'store', Promise<ParquetStore>>();
  const parquet = () =>
    memoPromise(stores, 'store', async () =>
      (await parquetCode.load()).parquetStore(baseUrl, fetchTimeoutMs),
    );

  const catalog = () =>
    memoPromise(catalogs, 'catalog', async () =>
      parseCatalog('data/index.json', await fetchFile('index.json', 'data/index.json')),
    );
  const prebuilt = async (meta: DatasetMeta) =>
    (await catalog()).prebuilt?.[`${meta.id}.meta.json`];

  /** Where the worker finds a table: its built Arrow file, else its CSV; none for Parquet storage. */
  async function tableRef(meta: DatasetMeta): Promise<TableRef | undefined> {
    if (meta.storage) return undefined;
    const built = await prebuilt(meta);
    return built?.arrow
      ? {
          meta,
          format: 'arrow',
          url: url(`${built.arrow}.gz`),
          file: `data/${built.arrow}.gz`,
          facts: { rows: built.rows, columns: built.columns, checksum: built.checksum },
        }
      : { meta, format: 'csv', url: url(meta.file), file: `data/${meta.file}` };
  }

  // The schema (zod) and the CSV checks load only for a dataset the build did not see: the
  // catalogue's metadata and Arrow files were checked when the site was built.
  async function parseOnPage(meta: DatasetMeta): Promise<ColumnTable> {
    const file = `data/${meta.file}`;
    const [text, { parseCsvTable }] = await Promise.all([
      fetchFile(meta.file, file),
      csvCode.load(),
    ]);
    return parseCsvTable(file, text, meta);
  }

  function workerFailure(reason: string) {
    if (workerFailed) return;
    workerFailed = true;
    clearTimeout(startTimer);
    clearTimeout(silence);
    worker?.terminate();
    worker = undefined;
    console.info(`CSV worker unavailable (${reason}): parsing on the page instead.`);
    for (const [id, request] of pending) {
      pending.delete(id);
      request.onPage();
    }
  }

  function startWorker(): Worker {
    const started = createWorker!();
    startTimer = setTimeout(() => workerFailure('it did not start'), workerStartTimeoutMs);
    started.onerror = (event) => {
      event.preventDefault();
      workerFailure(event.message || 'it could not be loaded');
    };
    started.onmessageerror = () => workerFailure('a message could not be read');
    started.onmessage = (event: MessageEvent<CsvWorkerResponse>) => {
      const response = event.data;
      if ('ready' in response) {
        clearTimeout(startTimer);
        return;
      }
      const request = pending.get(response.id);
      if (!request) return;
      pending.delete(response.id);
      listen(true);
      if (response.ok) request.resolve(response);
      else if ('chunk' in response) {
        const { failure, file, status, detail } = response.chunk;
        request.reject(
          new ChunkError(failure, file, status, detail ? new Error(detail) : undefined),
        );
      } else {
        const where = {
          ...(response.row !== undefined ? { row: response.row } : {}),
          ...(response.column !== undefined ? { column: response.column } : {}),
        };
        request.reject(new DatasetError(response.file, response.detail, where));
      }
    };
    return started;
  }

  /** Asks the worker; if it fails, does the same work on the page (`onPage`). */
  /** Starts the worker if it is not running; false when there is none to ask. */
  function ensureWorker(): boolean {
    if (workerFailed) return false;
    try {
      worker ??= startWorker();
      return true;
    } catch (error) {
      workerFailure((error as Error).message);
      return false;
    }
  }

  function ask<T>(
    message: Ask,
    answer: (response: CsvWorkerResponse) => T,
    onPage: () => Promise<T>,
  ): Promise<T> {
    if (!ensureWorker()) return onPage();
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, {
        resolve: (response) => {
          try {
            resolve(answer(response));
          } catch (error) {
            reject(error);
          }
        },
        reject,
        onPage: () => void onPage().then(resolve, reject),
      });
      listen(false);
      worker!.postMessage({ ...message, id, fetchTimeoutMs } as CsvWorkerRequest);
    });
  }

  function loadTable(meta: DatasetMeta): Promise<ColumnTable> {
    return memoPromise(tables, meta.id, async () => {
      if (meta.storage) return (await parquet()).loadTable(meta);
      const built = await prebuilt(meta);
      if (built?.arrow) {
        // Checked at build time: the page only unpacks and decodes (tens of ms for the UN table).
        const start = performance.now();
        const [address, file] = [url(`${built.arrow}.gz`), `data/${built.arrow}.gz`];
        const [bytes, { decodeBuiltTable }] = await Promise.all([
          fetchGzipped(address, file, fetchTimeoutMs),
          builtTableCode.load(),
        ]);
        const decodeStart = performance.now();
        let table: ColumnTable;
        try {
          table = decodeBuiltTable(file, bytes, built);
        } catch (error) {
          distrustCopy(address);
          throw error;
        }
        performance.measure(`fetch ${meta.id}`, { start, end: decodeStart });
        performance.measure(`decode ${meta.id}`, { start: decodeStart });
        return table;
      }
      return ask(
        { kind: 'parse', url: url(meta.file), meta },
        (response) => fromArrow((response as { arrow: Uint8Array }).arrow),
        () => parseOnPage(meta),
      );
    });
  }

  return {
    async listDatasets() {
      return (await catalog()).datasets;
    },
    async loadMetadata(metaFile) {
      const built = (await catalog()).prebuilt?.[metaFile];
      if (built) return built.meta;
      const file = `data/${metaFile}`;
      const [text, { validateMetadata }] = await Promise.all([
        fetchFile(metaFile, file),
        metadataCode.load(),
      ]);
      return validateMetadata(file, text);
    },
    loadTable,
    async selectView(meta: DatasetMeta, request: ViewRequest): Promise<SelectedView> {
      if (meta.storage) return (await parquet()).selectView(meta, request);
      const built = await prebuilt(meta);
      const args = { meta, request };
      const onPage = () => runQuery('view', args, loadTable);
      const table = await tableRef(meta);
      if (!built?.arrow || built.rows < workerRows || !table) return onPage();
      const asked = performance.now();
      return ask(
        { kind: 'run', query: 'view', args, tables: [table] },
        (response) => {
          const view = receiveView((response as { selected: SelectedViewMessage }).selected);
          // Visible in the browser's performance panel, and read by the load measurements.
          performance.measure(`worker query ${meta.id}`, { start: asked });
          return view;
        },
        onPage,
      );
    },
    async selectUnView(
      meta: DatasetMeta,
      totalsMeta: DatasetMeta | undefined,
      request: UnViewRequest,
    ): Promise<UnPageView> {
      // On the page only without a worker: decoding the table and scanning it for the countries
      // and partners is work of hundreds of milliseconds, a long task the page would feel.
      // A table stored as Parquet partitions is read there too, by the partitions of the
      // countries asked about (parquetSource: selectUnView).
      const args = { meta, totals: totalsMeta, request };
      const onPage = meta.storage
        ? async () => (await parquet()).selectUnView(meta, totalsMeta, request, loadTable)
        : () => runQuery('un', args, loadTable);
      const [table, totals] = await Promise.all([
        tableRef(meta),
        totalsMeta ? tableRef(totalsMeta) : undefined,
      ]);
      if ((!table && !meta.storage) || (totalsMeta && !totals)) return onPage();
      const tables = [table, totals].filter((ref): ref is TableRef => ref !== undefined);
      const asked = performance.now();
      return ask(
        { kind: 'run', query: 'un', args, tables, parquetBase: url('') },
        (response) => {
          performance.measure(`worker query ${meta.id}`, { start: asked });
          return (response as { un: UnPageView }).un;
        },
        onPage,
      );
    },
    async exportFull(request: FullExportRequest): Promise<Uint8Array> {
      const onPage = () => runQuery('export', { request }, loadTable);
      const metas = request.kind === 'zip' ? request.metas : [request.meta];
      const refs = await Promise.all(metas.map(tableRef));
      const tables = refs.filter((ref): ref is TableRef => ref !== undefined);
      // A table stored as Parquet has no ref: the worker reads its partitions.
      if (tables.length < metas.filter((m) => !m.storage).length) return onPage();
      return ask(
        { kind: 'run', query: 'export', args: { request }, tables, parquetBase: url('') },
        (response) => (response as { bytes: Uint8Array }).bytes,
        onPage,
      );
    },
    startWorker() {
      ensureWorker();
    },
  };
}

export function receiveView({ arrow, ...rest }: SelectedViewMessage): SelectedView {
  return { ...rest, table: fromArrow(arrow) };
}
