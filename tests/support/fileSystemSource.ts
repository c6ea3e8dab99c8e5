import type { ColumnTable } from 'arquero';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { catalogJson } from '../../src/build/dataDirPlugin';
import { DatasetError } from '../../src/data/datasetError';
import type { DatasetSource } from '../../src/sources/datasetSource';
import { parseCsvTable } from '../../src/data/parseCsvTable';
import type { DatasetMeta } from '../../src/data/metadataSchema';
import { run } from '../../src/sources/queryRegistry';
import { validateMetadata } from '../../src/data/validateMetadata';

// Tests run from the repository root (npm scripts, vitest's root).
export const DATA_DIR = path.resolve(process.cwd(), 'data');

/**
 * The app's dataset source over the repository's own `data/` folder, read from disk: the same
 * catalogue, validation and parsing as in the browser, without a server.
 */
export function fileSystemSource(dataDir = DATA_DIR): DatasetSource {
  const read = (name: string) => {
    try {
      return readFileSync(path.join(dataDir, name), 'utf8');
    } catch {
      throw new DatasetError(`data/${name}`, 'could not be fetched (missing file)');
    }
  };
  // Parsed once per dataset, as the browser's source keeps each table: every view selects from it.
  const tables = new Map<string, Promise<ColumnTable>>();
  const loadTable = (meta: DatasetMeta) => {
    let table = tables.get(meta.id);
    if (!table) {
      table = (async () => parseCsvTable(`data/${meta.file}`, read(meta.file), meta))();
      tables.set(meta.id, table);
    }
    return table;
  };
  return {
    listDatasets: async () => (JSON.parse(catalogJson(dataDir)) as { datasets: string[] }).datasets,
    loadMetadata: async (file) => validateMetadata(`data/${file}`, read(file)),
    loadTable,
    // The app's own queries (the worker and the page run the same), over these files.
    selectView: (meta, request) => run('view', { meta, request }, loadTable),
    selectUnView: (meta, totals, request) => run('un', { meta, totals, request }, loadTable),
    exportFull: (request) => run('export', { request }, loadTable),
  };
}

export interface LoadedDataset {
  meta: DatasetMeta;
  table: ColumnTable;
}

/** Every dataset in `data/`, validated and parsed, in catalogue order: what property tests range over. */
export async function loadEveryDataset(): Promise<LoadedDataset[]> {
  const source = fileSystemSource();
  const loaded: LoadedDataset[] = [];
  for (const file of await source.listDatasets()) {
    const meta = await source.loadMetadata(file);
    loaded.push({ meta, table: await source.loadTable(meta) });
  }
  return loaded;
}
