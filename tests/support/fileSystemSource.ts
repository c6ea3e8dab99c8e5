import type { ColumnTable } from 'arquero';
import type { DatasetMeta } from '../../src/data/metadataSchema';
import { fileSystemSource } from '../../src/build/fileSystemSource';

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
