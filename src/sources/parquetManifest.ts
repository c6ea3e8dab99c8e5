import { DatasetError } from '../data/datasetError.ts';
import type { DatasetMeta } from '../data/metadataSchema.ts';
import type { TableFacts } from '../views/dataset/model/datasetView.ts';

/** One Parquet file of a partitioning: the rows whose column has `value`. */
export interface ParquetPartition {
  value: string;
  file: string;
  rows: number;
  bytes: number;
}

/** Every row of the table, once, in one file per value of the column `by`. */
export interface ParquetPartitioning {
  by: string;
  partitions: ParquetPartition[];
}

/** `manifest.json` of a dataset stored as partitioned Parquet (written by the build). */
export interface ParquetManifest {
  /** One partitioning per column of the metadata's `storage.partitionBy`, in its order. */
  partitionings: ParquetPartitioning[];
  /** The filters offered and the years of the whole table, found at build time. */
  facts: TableFacts;
}

/** A partition's file name as the build writes it: a plain name in the manifest's folder. */
const FILE_NAME = /^[A-Za-z0-9_-]+\.parquet$/;
const count = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0;

/**
 * A fetched manifest checked before any partition is read: its shape, that it partitions by the
 * column the metadata names, and that every file is a plain name beside it (a manifest on
 * another host cannot send the page elsewhere).
 */
export function checkManifest(file: string, json: unknown, meta: DatasetMeta): ParquetManifest {
  const manifest = json as Partial<ParquetManifest> | null;
  if (
    typeof manifest !== 'object' ||
    manifest === null ||
    !Array.isArray(manifest.partitionings) ||
    !manifest.partitionings.every((p) =>
      Array.isArray((p as Partial<ParquetPartitioning>)?.partitions),
    ) ||
    typeof manifest.facts !== 'object' ||
    !Array.isArray(manifest.facts?.controls) ||
    !Array.isArray(manifest.facts?.years)
  ) {
    throw new DatasetError(file, 'is not a Parquet manifest: no "partitionings" or "facts"');
  }
  const written = manifest.partitionings.map((p) => String(p.by));
  const declared = meta.storage ? [meta.storage.partitionBy].flat() : [];
  if (written.join() !== declared.join()) {
    throw new DatasetError(
      file,
      `partitions by "${written.join('", "')}" where the metadata says "${declared.join('", "')}": rebuild and copy the folder again`,
    );
  }
  for (const { by, partitions } of manifest.partitionings) {
    for (const [i, p] of (partitions as unknown[]).entries()) {
      const part = p as Partial<ParquetPartition> | null;
      if (
        typeof part?.value !== 'string' ||
        typeof part.file !== 'string' ||
        !FILE_NAME.test(part.file) ||
        !count(part.rows) ||
        !count(part.bytes)
      ) {
        throw new DatasetError(
          file,
          `partition ${i + 1} by "${by}" is not { value, file (a name ending in .parquet), rows, bytes }: ${JSON.stringify(p)?.slice(0, 120)}`,
        );
      }
    }
  }
  return manifest as ParquetManifest;
}

/**
 * A partition's rows checked against the metadata and the manifest: the row count, every
 * column present, every cell of its declared type or empty. The build wrote them so; a file
 * replaced by hand, or by another tool, fails here with its row and column.
 */
export function checkPartitionRows(
  file: string,
  rows: readonly Record<string, unknown>[],
  part: ParquetPartition,
  meta: DatasetMeta,
): void {
  if (rows.length !== part.rows) {
    throw new DatasetError(
      file,
      `has ${rows.length} rows where its manifest gives ${part.rows}: the manifest and the Parquet files come from different builds (copy the folder whole)`,
    );
  }
  for (const column of meta.columns) {
    if (rows.length > 0 && !(column.name in rows[0]!)) {
      throw new DatasetError(file, 'is missing: the Parquet file has no such column', {
        column: column.name,
      });
    }
    const fits =
      column.type === 'string'
        ? (v: unknown) => typeof v === 'string'
        : column.type === 'integer'
          ? (v: unknown) => Number.isInteger(v)
          : (v: unknown) => typeof v === 'number';
    for (const [i, row] of rows.entries()) {
      const value = row[column.name];
      if (value !== null && value !== undefined && !fits(value)) {
        throw new DatasetError(
          file,
          `expected ${column.type === 'string' ? 'text' : `a number (${column.type})`}, found ${typeof value === 'bigint' ? `${value} (a 64-bit integer)` : JSON.stringify(value)}`,
          { row: i + 1, column: column.name },
        );
      }
    }
  }
}
