import { from, type ColumnTable } from 'arquero';
import { asyncBufferFromUrl, parquetReadObjects } from 'hyparquet';
import { DatasetError } from '../data/datasetError';
import { fetchText } from '../data/fetchText';
import type { DatasetMeta } from '../data/metadataSchema';
import { parseJson } from '../data/parseJson';
import { effectiveFilters } from '../view/datasetFilters';
import { selectView, type SelectedView, type ViewRequest } from '../view/datasetView';
import { memoPromise } from '../lib/memoPromise';
import type { ParquetManifest } from './parquetManifest';

/**
 * Reads a dataset stored as Parquet partitions (`storage` in its metadata) from any static host
 * or object store that answers HTTP range requests: the manifest first, then only the partitions
 * a view's filter names, each by its footer and column chunks. The same selectView as every other
 * source runs on those rows, with the whole table's facts from the manifest.
 */
export interface ParquetStore {
  selectView(meta: DatasetMeta, request: ViewRequest): Promise<SelectedView>;
  loadTable(meta: DatasetMeta): Promise<ColumnTable>;
}

export function parquetStore(baseUrl: string, fetchTimeoutMs?: number): ParquetStore {
  const manifests = new Map<string, Promise<ParquetManifest>>();
  const partitions = new Map<string, Promise<ColumnTable>>();
  const folder = (meta: DatasetMeta) => new URL(meta.storage!.url, baseUrl).href;
  const shown = (meta: DatasetMeta, name: string) =>
    /^https?:/.test(meta.storage!.url)
      ? new URL(name, folder(meta)).href
      : `data/${meta.storage!.url}${name}`;

  const manifest = (meta: DatasetMeta) =>
    memoPromise(manifests, folder(meta), async () => {
      const file = shown(meta, 'manifest.json');
      const text = await fetchText(
        new URL('manifest.json', folder(meta)).href,
        file,
        fetchTimeoutMs,
      );
      const json = parseJson(file, text) as Partial<ParquetManifest> | null;
      if (!Array.isArray(json?.partitions) || !json.facts) {
        throw new DatasetError(file, 'is not a Parquet manifest: no "partitions" or "facts"');
      }
      return json as ParquetManifest;
    });

  const partition = (meta: DatasetMeta, name: string) =>
    memoPromise(partitions, new URL(name, folder(meta)).href, async () => {
      const url = new URL(name, folder(meta)).href;
      try {
        const file = await asyncBufferFromUrl({ url });
        return from(await parquetReadObjects({ file }));
      } catch (error) {
        throw new DatasetError(
          shown(meta, name),
          `could not be read (${(error as Error).message})`,
        );
      }
    });

  async function rowsOf(meta: DatasetMeta, values: readonly string[] | undefined) {
    const { partitions: all } = await manifest(meta);
    const wanted = values ? all.filter((p) => values.includes(p.value)) : all;
    const tables = await Promise.all(wanted.map((p) => partition(meta, p.file)));
    const names = meta.columns.map((c) => c.name);
    if (tables.length === 0) return from([], names);
    return tables.length === 1 ? tables[0]! : tables[0]!.concat(...tables.slice(1));
  }

  return {
    async selectView(meta, request) {
      const { facts, partitionBy } = await manifest(meta);
      const { filters } = effectiveFilters(facts.controls, request.filters);
      return selectView(await rowsOf(meta, filters[partitionBy]), meta, request, facts);
    },
    loadTable: (meta) => rowsOf(meta, undefined),
  };
}
