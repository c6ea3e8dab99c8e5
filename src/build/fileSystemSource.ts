import type { ColumnTable } from 'arquero';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { catalogJson } from './dataDirPlugin.ts';
import { DatasetError } from '../data/datasetError.ts';
import type { DatasetSource } from '../sources/datasetSource.ts';
import { parseCsvTable } from '../data/parseCsvTable.ts';
import type { DatasetMeta } from '../data/metadataSchema.ts';
import { run } from '../sources/queryRegistry.ts';
import { validateMetadata } from '../data/validateMetadata.ts';

// The build and the tests run from the repository root (npm scripts, vitest's root).
export const DATA_DIR = path.resolve(process.cwd(), 'data');

/**
 * The app's dataset source over the repository's own `data/` folder, read from disk: the same
 * catalogue, validation and parsing as in the browser, without a server. The pages written at
 * build (prerenderPages.ts) and the tests read the data through it.
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
