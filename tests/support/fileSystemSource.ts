import type { ColumnTable } from 'arquero';
import { readFileSync } from 'node:fs';
import type { DatasetMeta } from '../../src/data/metadataSchema';
import { fileSystemSource } from '../../src/build/fileSystemSource';
import { parseCsvTable } from '../../src/data/parseCsvTable';
import { validateMetadata } from '../../src/data/validateMetadata';

export { DATA_DIR, fileSystemSource } from '../../src/build/fileSystemSource';

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

/** One dataset of `data/`, validated and parsed at once (the benches read them before they run). */
export function readDataset(id: string): LoadedDataset {
  const meta = validateMetadata(
    `data/${id}.meta.json`,
    readFileSync(`data/${id}.meta.json`, 'utf8'),
  );
  const table = parseCsvTable(`data/${id}.csv`, readFileSync(`data/${id}.csv`, 'utf8'), meta);
  return { meta, table };
}
