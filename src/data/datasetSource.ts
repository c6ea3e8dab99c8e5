import type { ColumnTable } from 'arquero';
import type { DatasetMeta } from './metadataSchema';

/**
 * Where datasets come from. Charts and transforms only ever see what this returns: metadata and
 * Arquero tables. Today the answer is CSV files beside the site (parsed on the main thread or in a
 * worker); Arrow files or a SQL engine can answer the same three questions later.
 */
export interface DatasetSource {
  /** The metadata file names of every dataset on offer. */
  listDatasets(): Promise<string[]>;
  /** One dataset's metadata, validated. Rejects with a DatasetError. */
  loadMetadata(metaFile: string): Promise<DatasetMeta>;
  /** One dataset's rows, with declared types, every cell checked. Rejects with a DatasetError. */
  loadTable(meta: DatasetMeta): Promise<ColumnTable>;
}
