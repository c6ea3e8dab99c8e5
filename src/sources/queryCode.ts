import type { DatasetMeta } from '../data/metadataSchema.ts';
import { chunk } from '../lib/chunk.ts';
import { keyFiguresModel, unModel } from './queryModels.ts';
import type { QueryArgs, QueryKind, QueryResult, TableOf } from './queryRegistry.ts';

/**
 * The query registry's code (queryRegistry.ts: a dataset view's selection, the UN view's and the
 * key figures' computations, whole-table exports), loaded with the first query the page or the
 * data worker runs, beside the tables it reads. A page written at build carries its views' rows,
 * so its first view never needs it. Through chunk(), so that Retry after a copy that failed to
 * arrive asks for it afresh.
 */
export const queryCode = chunk('queryRegistry', () => import('./queryRegistry.ts'));
/** What a query reads, asked for beside the registry's code rather than after it. */
function startReading<K extends QueryKind>(kind: K, args: QueryArgs[K], tableOf: TableOf): void {
  const read = (metas: readonly (DatasetMeta | undefined)[]) => {
    for (const meta of metas) if (meta) tableOf(meta).catch(() => undefined);
  };
  const ignore = () => undefined;
  if (kind === 'view') read([(args as QueryArgs['view']).meta]);
  if (kind === 'un') {
    const { meta, totals } = args as QueryArgs['un'];
    unModel.load().catch(ignore);
    // A table stored as Parquet is read by the partitions the view draws, not whole.
    if (!meta.storage) read([meta, totals]);
  }
  if (kind === 'keyFigures') {
    keyFiguresModel.load().catch(ignore);
    read((args as QueryArgs['keyFigures']).metas);
  }
}

/**
 * Answers one query of `kind` over the tables `tableOf` gives (queryRegistry.ts: run); the
 * tables and code it needs are asked for at once, in parallel. Each table is asked for once per
 * query: a table that fails fails the query, not a second fetch.
 */
export async function runQuery<K extends QueryKind>(
  kind: K,
  args: QueryArgs[K],
  tableOf: TableOf,
): Promise<QueryResult[K]> {
  const asked = new Map<DatasetMeta, ReturnType<TableOf>>();
  const once: TableOf = (meta) => {
    let table = asked.get(meta);
    if (!table) asked.set(meta, (table = tableOf(meta)));
    return table;
  };
  startReading(kind, args, once);
  return (await queryCode.load()).run(kind, args, once);
}
