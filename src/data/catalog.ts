import { DatasetError } from './datasetError.ts';
import type { DatasetMeta } from './metadataSchema.ts';
import { parseJson } from './parseJson.ts';

/** A dataset the build has checked and converted: its metadata, and its table as Arrow IPC. */
export interface PrebuiltDataset {
  /** Validated at build time, with the same checks the page would make. */
  meta: DatasetMeta;
  /** The Arrow IPC file beside the CSV (with `.gz` and `.br` copies); none for Parquet storage. */
  arrow?: string;
  rows: number;
  /** The Arrow file's columns and storage types, checked when it is decoded. */
  columns?: { name: string; type: string }[];
  /** The Arrow file's checksum (src/lib/checksum.ts), before compression. */
  checksum?: string;
}

/**
 * `data/index.json`: the metadata files on offer and, for a built site, what the build prepared.
 * A dataset without a `prebuilt` entry (dropped into `data/` of a deployed site, or served by the
 * dev server) is fetched as CSV and checked in the browser.
 */
export interface Catalog {
  datasets: string[];
  prebuilt?: Record<string, PrebuiltDataset>;
}

export function parseCatalog(file: string, text: string): Catalog {
  const json = parseJson(file, text) as Partial<Catalog> | null;
  if (!Array.isArray(json?.datasets)) throw new DatasetError(file, 'has no "datasets" list');
  const prebuilt = json.prebuilt !== null && typeof json.prebuilt === 'object' ? json.prebuilt : {};
  return { datasets: json.datasets.filter((name) => typeof name === 'string'), prebuilt };
}
