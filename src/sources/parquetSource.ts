import { from, type ColumnTable } from 'arquero';
import { parquetReadObjects } from 'hyparquet';
import { DatasetError } from '../data/datasetError.ts';
import { fetchText } from '../data/fetchText.ts';
import type { DatasetMeta } from '../data/metadataSchema.ts';
import { parseJson } from '../data/parseJson.ts';
import { effectiveFilters } from '../views/dataset/model/datasetFilters.ts';
import type { SelectedView, ViewRequest } from '../views/dataset/model/datasetView.ts';
import { memoPromise } from '../lib/memoPromise.ts';
import { checkManifest, checkPartitionRows, type ParquetManifest } from './parquetManifest.ts';
import { partitionBuffer } from './partitionBuffer.ts';
import type { TableOf } from './queryRegistry.ts';
import { queryCode } from './queryCode.ts';
import type { UnPageView, UnViewRequest } from '../views/un/model/unStockView.ts';

/**
 * Reads a dataset stored as Parquet partitions (`storage` in its metadata) from any static host
 * or object store that answers HTTP range requests: the manifest first, then only the partitions
 * a view's filter names, each by its footer and column chunks. The same selectView as every other
 * source runs on those rows, with the whole table's facts from the manifest.
 */
export interface ParquetStore {
  selectView(meta: DatasetMeta, request: ViewRequest): Promise<SelectedView>;
  /**
   * The UN view's figures from a bilateral table stored here: only the partitions of the
   * countries asked about are read when the table is partitioned in the view's direction (by
   * origin: "where do people born in X live"), every partition otherwise. The published totals
   * (`totals`) come from `tableOf`, where the caller keeps them.
   */
  selectUnView(
    meta: DatasetMeta,
    totals: DatasetMeta | undefined,
    request: UnViewRequest,
    tableOf: TableOf,
  ): Promise<UnPageView>;
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
      return checkManifest(file, parseJson(file, text), meta);
    });

  const partition = (meta: DatasetMeta, part: ParquetManifest['partitions'][number]) =>
    memoPromise(partitions, new URL(part.file, folder(meta)).href, async () => {
      const name = shown(meta, part.file);
      const file = partitionBuffer(
        new URL(part.file, folder(meta)).href,
        name,
        part.bytes,
        fetchTimeoutMs,
      );
      let rows: Record<string, unknown>[];
      try {
        rows = await parquetReadObjects({ file });
      } catch (error) {
        if (error instanceof DatasetError) throw error;
        throw new DatasetError(
          name,
          `is not a Parquet file this page can read (${(error as Error).message})`,
        );
      }
      checkPartitionRows(name, rows, part, meta);
      return from(
        rows,
        meta.columns.map((c) => c.name),
      );
    });

  async function rowsOf(meta: DatasetMeta, values: readonly string[] | undefined) {
    const { partitions: all } = await manifest(meta);
    const wanted = values ? all.filter((p) => values.includes(p.value)) : all;
    const tables = await Promise.all(wanted.map((p) => partition(meta, p)));
    const names = meta.columns.map((c) => c.name);
    if (tables.length === 0) return from([], names);
    return tables.length === 1 ? tables[0]! : tables[0]!.concat(...tables.slice(1));
  }

  return {
    // The registry's code comes beside the manifest (queryCode.ts).
    async selectView(meta, request) {
      const [{ facts, partitionBy }, { run }] = await Promise.all([
        manifest(meta),
        queryCode.load(),
      ]);
      const { filters } = effectiveFilters(facts.controls, request.filters);
      // Only the partitions the filter names are read; the whole table's facts are the manifest's.
      return run('view', { meta, request, facts }, (m) => rowsOf(m, filters[partitionBy]));
    },
    async selectUnView(meta, totals, request, tableOf) {
      const [{ facts, partitionBy }, { run }] = await Promise.all([
        manifest(meta),
        queryCode.load(),
      ]);
      const own = request.direction === 'origin' ? 'origin_iso3' : 'destination_iso3';
      const asked = partitionBy === own ? [request.country, ...request.vs] : undefined;
      return run('un', { meta, totals, request, facts }, (m) =>
        m.id === meta.id ? rowsOf(meta, asked) : tableOf(m),
      );
    },
    loadTable: (meta) => rowsOf(meta, undefined),
  };
}
