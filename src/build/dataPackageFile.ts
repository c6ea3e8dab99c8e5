import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DatasetError } from '../data/datasetError.ts';
import { validateMetadata } from '../data/validateMetadata.ts';
import { catalogueDescriptor, descriptorJson } from '../export/frictionless.ts';

/**
 * `data/datapackage.json`: the Frictionless catalogue of every dataset's CSV beside the data, for
 * the Python and R frictionless readers (`Package("…/data/datapackage.json")`,
 * `read_package(…)`). Made from the metadata files and each CSV's header, so a dataset dropped
 * into data/ is listed with no code change. `skipBroken`: the dev server lists the datasets it
 * can (the page shows the broken one's error); the build stops on it before this runs.
 */
export function catalogueFile(
  dataDir: string,
  metaFiles: readonly string[],
  skipBroken = false,
): string {
  const datasets = metaFiles.flatMap((metaFile) => {
    try {
      const meta = validateMetadata(`data/${metaFile}`, read(dataDir, metaFile));
      return [{ meta, metaFile, header: csvHeader(read(dataDir, meta.file)) }];
    } catch (error) {
      if (skipBroken && error instanceof DatasetError) return [];
      throw error;
    }
  });
  return descriptorJson(catalogueDescriptor(datasets));
}

/**
 * A CSV's header as written (column names are snake_case identifiers, so a plain split of the
 * first line is exact); the byte-order mark is not part of the first name.
 */
export function csvHeader(text: string): string[] {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return first.split(',').map((name) => name.replace(/^"(.*)"$/, '$1'));
}

function read(dataDir: string, name: string): string {
  try {
    return readFileSync(path.join(dataDir, name), 'utf8');
  } catch {
    throw new DatasetError(`data/${name}`, 'is missing from data/');
  }
}
