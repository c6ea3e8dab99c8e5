import { fromArrow, type ColumnTable } from 'arquero';
import type { CsvWorkerRequest, CsvWorkerResponse } from './csvWorker';
import { DatasetError } from './datasetError';
import type { DatasetSource } from './datasetSource';
import { FETCH_TIMEOUT_MS, fetchText } from './fetchText';
import type { DatasetMeta } from './metadataSchema';
import { parseCsvTable } from './parseCsvTable';
import { parseJson, validateMetadata } from './validateMetadata';

export interface StaticCsvSourceOptions {
  /** URL of the folder holding index.json, the CSVs and their metadata. */
  baseUrl: string;
  /**
   * Starts a CSV-parsing worker, so no parse blocks the page; without it (tests, browsers without
   * module workers) files are parsed on the main thread.
   */
  createWorker?: () => Worker;
  /** How long one data file may take to arrive. */
  fetchTimeoutMs?: number;
  /** How long the worker may take to start before the page parses on its own. */
  workerStartTimeoutMs?: number;
}

interface CatalogFile {
  datasets: string[];
}

interface Pending {
  meta: DatasetMeta;
  resolve: (table: ColumnTable) => void;
  reject: (error: unknown) => void;
  timer: ReturnType<typeof setTimeout>;
}

/** Time a worker has to parse a file after fetching it, beyond the fetch's own time limit. */
const PARSE_ALLOWANCE_MS = 30_000;

/** The dataset source of a static site: `data/index.json`, `*.meta.json` and `*.csv` files. */
export function staticCsvSource({
  baseUrl,
  createWorker,
  fetchTimeoutMs = FETCH_TIMEOUT_MS,
  workerStartTimeoutMs = 10_000,
}: StaticCsvSourceOptions): DatasetSource {
  const url = (name: string) => new URL(name, baseUrl).href;
  const fetchFile = (name: string, file: string) => fetchText(url(name), file, fetchTimeoutMs);
  let worker: Worker | undefined;
  // Once the worker fails (its script is gone after a redeploy, a policy refuses it, it crashes or
  // does not answer), every file is parsed on the page instead: quietly, and for good.
  let workerFailed = createWorker === undefined;
  let startTimer: ReturnType<typeof setTimeout> | undefined;
  let nextId = 0;
  const pending = new Map<number, Pending>();

  async function parseOnPage(meta: DatasetMeta): Promise<ColumnTable> {
    const file = `data/${meta.file}`;
    return parseCsvTable(file, await fetchFile(meta.file, file), meta);
  }

  function workerFailure(reason: string) {
    if (workerFailed) return;
    workerFailed = true;
    clearTimeout(startTimer);
    worker?.terminate();
    worker = undefined;
    console.info(`CSV worker unavailable (${reason}): parsing on the page instead.`);
    for (const [id, request] of pending) {
      clearTimeout(request.timer);
      pending.delete(id);
      parseOnPage(request.meta).then(request.resolve, request.reject);
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
      clearTimeout(request.timer);
      if (response.ok) request.resolve(fromArrow(response.arrow));
      else {
        const where = {
          ...(response.row !== undefined ? { row: response.row } : {}),
          ...(response.column !== undefined ? { column: response.column } : {}),
        };
        request.reject(new DatasetError(response.file, response.detail, where));
      }
    };
    return started;
  }

  function parseInWorker(meta: DatasetMeta): Promise<ColumnTable> {
    try {
      worker ??= startWorker();
    } catch (error) {
      workerFailure((error as Error).message);
      return parseOnPage(meta);
    }
    const id = nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => workerFailure('it did not answer'),
        fetchTimeoutMs + PARSE_ALLOWANCE_MS,
      );
      pending.set(id, { meta, resolve, reject, timer });
      worker!.postMessage({
        id,
        url: url(meta.file),
        meta,
        fetchTimeoutMs,
      } satisfies CsvWorkerRequest);
    });
  }

  return {
    async listDatasets() {
      const text = await fetchFile('index.json', 'data/index.json');
      const catalog = parseJson('data/index.json', text) as Partial<CatalogFile> | null;
      if (!Array.isArray(catalog?.datasets)) {
        throw new DatasetError('data/index.json', 'has no "datasets" list');
      }
      return catalog.datasets.filter((name) => typeof name === 'string');
    },
    async loadMetadata(metaFile) {
      const file = `data/${metaFile}`;
      return validateMetadata(file, await fetchFile(metaFile, file));
    },
    async loadTable(meta) {
      return workerFailed ? parseOnPage(meta) : parseInWorker(meta);
    },
  };
}
