import { fromArrow, type ColumnTable } from 'arquero';
import type { CsvWorkerRequest, CsvWorkerResponse } from './csvWorker';
import { DatasetError } from './datasetError';
import type { DatasetSource } from './datasetSource';
import { fetchText } from './fetchText';
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
}

interface CatalogFile {
  datasets: string[];
}

/** The dataset source of a static site: `data/index.json`, `*.meta.json` and `*.csv` files. */
export function staticCsvSource({ baseUrl, createWorker }: StaticCsvSourceOptions): DatasetSource {
  const url = (name: string) => new URL(name, baseUrl).href;
  let worker: Worker | undefined;
  let nextId = 0;
  const pending = new Map<number, (response: CsvWorkerResponse) => void>();

  function parseInWorker(meta: DatasetMeta): Promise<ColumnTable> {
    if (!worker) {
      worker = createWorker!();
      worker.onmessage = (event: MessageEvent<CsvWorkerResponse>) => {
        pending.get(event.data.id)?.(event.data);
        pending.delete(event.data.id);
      };
    }
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, (response) => {
        if (response.ok) resolve(fromArrow(response.arrow));
        else {
          const where = {
            ...(response.row !== undefined ? { row: response.row } : {}),
            ...(response.column !== undefined ? { column: response.column } : {}),
          };
          reject(new DatasetError(response.file, response.detail, where));
        }
      });
      worker!.postMessage({ id, url: url(meta.file), meta } satisfies CsvWorkerRequest);
    });
  }

  return {
    async listDatasets() {
      const text = await fetchText(url('index.json'), 'data/index.json');
      const catalog = parseJson('data/index.json', text) as Partial<CatalogFile> | null;
      if (!Array.isArray(catalog?.datasets)) {
        throw new DatasetError('data/index.json', 'has no "datasets" list');
      }
      return catalog.datasets.filter((name) => typeof name === 'string');
    },
    async loadMetadata(metaFile) {
      const file = `data/${metaFile}`;
      return validateMetadata(file, await fetchText(url(metaFile), file));
    },
    async loadTable(meta) {
      if (createWorker) return parseInWorker(meta);
      const file = `data/${meta.file}`;
      return parseCsvTable(file, await fetchText(url(meta.file), file), meta);
    },
  };
}
