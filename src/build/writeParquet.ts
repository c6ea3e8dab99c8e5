import type { ColumnTable } from 'arquero';
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { DatasetMeta } from '../data/metadataSchema.ts';
import { columnValues, distinctValues } from '../lib/tableValues.ts';
import { filterByValues } from '../transforms/filterByValues.ts';
import type { ParquetManifest, ParquetPartition } from '../sources/parquetManifest.ts';
import { tableFacts } from '../views/dataset/model/datasetView.ts';
import type { BuiltFile } from './prebuildData.ts';

const PARQUET_TYPES = { string: 'STRING', integer: 'INT32', number: 'DOUBLE' } as const;

/**
 * A dataset as partitioned Parquet: for each column of `partitionBy`, every row once, in one file
 * per value of that column (`<column>-<n>-<value>.parquet`, a safe name); and `manifest.json`
 * with the files and what the page needs before reading any (the filters offered and the years),
 * so a view reads only the partitions it draws, by whichever column it asks about.
 */
export function parquetPartitions(
  table: ColumnTable,
  meta: DatasetMeta,
  partitionBy: readonly string[],
): BuiltFile[] {
  const files: BuiltFile[] = [];
  const partitionings: ParquetManifest['partitionings'] = partitionBy.map((by) => {
    const partitions: ParquetPartition[] = [];
    // As text, as filters compare them (an empty cell is "null", as in the filter's options).
    const values = distinctValues(table, by).map(String).sort();
    for (const [i, value] of values.entries()) {
      const part = filterByValues(table, { [by]: [value] });
      const file = `${by}-${String(i).padStart(4, '0')}-${value.replace(/[^A-Za-z0-9_-]/g, '_')}.parquet`;
      const buffer = parquetWriteBuffer({
        columnData: meta.columns.map((c) => ({
          name: c.name,
          data: columnValues(part, c.name),
          type: PARQUET_TYPES[c.type],
          nullable: true,
        })),
      });
      files.push({ fileName: file, source: new Uint8Array(buffer) });
      partitions.push({ value, file, rows: part.numRows(), bytes: buffer.byteLength });
    }
    return { by, partitions };
  });
  const facts = tableFacts(table, meta);
  const manifest: ParquetManifest = { partitionings, facts };
  files.push({ fileName: 'manifest.json', source: JSON.stringify(manifest) });
  return files;
}
