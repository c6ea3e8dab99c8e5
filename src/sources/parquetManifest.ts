import type { TableFacts } from '../view/datasetView';

/** `manifest.json` of a dataset stored as partitioned Parquet (written by the build). */
export interface ParquetManifest {
  partitionBy: string;
  partitions: { value: string; file: string; rows: number; bytes: number }[];
  /** The filters offered and the years of the whole table, found at build time. */
  facts: TableFacts;
}
