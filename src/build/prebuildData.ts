import { fromArrow, toArrowIPC } from 'arquero';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { tableColumns } from '../data/builtTable.ts';
import type { Catalog, PrebuiltDataset } from '../data/catalog.ts';
import { DatasetError } from '../data/datasetError.ts';
import { parseCsvTable } from '../data/parseCsvTable.ts';
import { validateMetadata } from '../data/validateMetadata.ts';
import { checksum } from '../lib/checksum.ts';
import { parquetPartitions } from './writeParquet.ts';

export interface BuiltFile {
  fileName: string;
  source: Uint8Array | string;
}

/**
 * What the build ships for `data/`: every dataset's CSV and metadata checked once, here, with the
 * errors the browser would show (file, row, column); each table written as Arrow IPC beside its
 * CSV, with `.gz` and `.br` copies; and one catalogue (`index.json`) carrying every dataset's
 * validated metadata, so the page asks for one file instead of a chain of them. The CSV stays the
 * source of truth and the download. A broken dataset throws its DatasetError: the build stops.
 */
export function prebuildDatasets(dataDir: string, metaFiles: readonly string[]): BuiltFile[] {
  const files: BuiltFile[] = [];
  const prebuilt: Record<string, PrebuiltDataset> = {};
  for (const metaFile of metaFiles) {
    const meta = named(`data/${metaFile}`, () =>
      validateMetadata(`data/${metaFile}`, read(dataDir, metaFile)),
    );
    const table = named(`data/${meta.file}`, () =>
      parseCsvTable(`data/${meta.file}`, read(dataDir, meta.file), meta),
    );
    if (meta.storage) {
      // Read by range requests, a partition at a time: written to `data/<id>/`, to be served
      // from there or copied to the host the metadata's `storage.url` names.
      for (const part of parquetPartitions(table, meta, [meta.storage.partitionBy].flat())) {
        files.push({ ...part, fileName: `${meta.id}/${part.fileName}` });
      }
      prebuilt[metaFile] = { meta, rows: table.numRows() };
      continue;
    }
    const arrow = toArrowIPC(table, { format: 'file' }) as Uint8Array;
    const arrowFile = `${meta.id}.arrow`;
    files.push(...compressedCopies(arrowFile, arrow));
    // What the page checks the file it decodes against (decodeBuiltTable): read back from the
    // bytes written, so the types are the ones a reader of this file finds.
    prebuilt[metaFile] = {
      meta,
      arrow: arrowFile,
      rows: table.numRows(),
      columns: tableColumns(fromArrow(arrow)),
      checksum: checksum(arrow),
    };
  }
  const catalog: Catalog = { datasets: [...metaFiles], prebuilt };
  files.push(...compressedCopies('index.json', new TextEncoder().encode(JSON.stringify(catalog))));
  return files;
}

/** A file and its precompressed copies, for hosts that serve `.br`/`.gz` (and for the page). */
export function compressedCopies(fileName: string, bytes: Uint8Array): BuiltFile[] {
  return [
    { fileName, source: bytes },
    { fileName: `${fileName}.gz`, source: gzipSync(bytes, { level: 9 }) },
    {
      fileName: `${fileName}.br`,
      source: brotliCompressSync(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      }),
    },
  ];
}

/** Runs one file's checks; an error they did not foresee still names the file (never a bare stack overflow). */
function named<T>(file: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof DatasetError) throw error;
    throw new DatasetError(file, `could not be checked (${String(error)})`);
  }
}

function read(dataDir: string, name: string): string {
  try {
    return readFileSync(path.join(dataDir, name), 'utf8');
  } catch {
    throw new DatasetError(`data/${name}`, 'is missing from data/');
  }
}
