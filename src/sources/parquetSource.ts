import { from, type ColumnTable } from 'arquero';
import { parquetReadObjects } from 'hyparquet';
import { DatasetError } from '../data/datasetError.ts';
import { fetchText } from '../data/fetchText.ts';
import type { DatasetMeta } from '../data/metadataSchema.ts';
import { parseJson } from '../data/parseJson.ts';
import { effectiveFilters } from '../views/dataset/model/datasetFilters.ts';
import type { SelectedView, ViewRequest } from '../views/dataset/model/datasetView.ts';
import { memoPromise } from '../lib/memoPromise.ts';
import {
  checkManifest,
  checkPartitionRows,
  type ParquetManifest,
  type ParquetPartition,
} from './parquetManifest.ts';
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
   * origin for "where do people born in X live", by destination for "who lives in Y"), every
   * partition otherwise. The published totals (`totals`) come from `tableOf`, where the caller
   * keeps them.
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

  const partition = (meta: DatasetMeta, part: ParquetPartition) =>
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

  async function rowsOf(meta: DatasetMeta, parts: readonly ParquetPartition[]) {
    const tables = await Promise.all(parts.map((p) => partition(meta, p)));
    const names = meta.columns.map((c) => c.name);
    if (tables.length === 0) return from([], names);
    return tables.length === 1 ? tables[0]! : tables[0]!.concat(...tables.slice(1));
  }

  return {
    // The registry's code comes beside the manifest (queryCode.ts).
    async selectView(meta, request) {
      const [m, { run }] = await Promise.all([manifest(meta), queryCode.load()]);
      const { filters } = effectiveFilters(m.facts.controls, request.filters);
      // Only the partitions the filter names are read; the whole table's facts are the manifest's.
      return run('view', { meta, request, facts: m.facts }, (d) =>
        rowsOf(d, partitionsFor(m, filters)),
      );
    },
    async selectUnView(meta, totals, request, tableOf) {
      const [m, { run }] = await Promise.all([manifest(meta), queryCode.load()]);
      const own = request.direction === 'origin' ? 'origin_iso3' : 'destination_iso3';
      const parts = partitionsFor(m, { [own]: [request.country, ...request.vs] });
      return run('un', { meta, totals, request, facts: m.facts }, (d) =>
        d.id === meta.id ? rowsOf(meta, parts) : tableOf(d),
      );
    },
    loadTable: async (meta) => rowsOf(meta, (await manifest(meta)).partitionings[0]!.partitions),
  };
}

/**
 * The partitions that hold every row a question asks about (`asked`: column → values): of the
 * partitionings by a column it names, the one with the fewest bytes to read ("who lives in
 * Russia" reads Russia's file by destination, not every origin's); where it names none, every
 * partition of the first (the whole table, once).
 */
export function partitionsFor(
  manifest: ParquetManifest,
  asked: Readonly<Record<string, readonly string[] | undefined>>,
): ParquetPartition[] {
  let best: ParquetPartition[] | undefined;
  let bestBytes = Infinity;
  for (const { by, partitions } of manifest.partitionings) {
    const values = asked[by];
    if (!values) continue;
    const wanted = partitions.filter((p) => values.includes(p.value));
    const bytes = wanted.reduce((sum, p) => sum + p.bytes, 0);
    if (bytes < bestBytes) [best, bestBytes] = [wanted, bytes];
  }
  return best ?? manifest.partitionings[0]!.partitions;
}
