import type { ColumnTable } from 'arquero';
import type { DatasetMeta } from '../data/metadataSchema.ts';
import type { FullExportRequest } from '../export/fullExport.ts';
import { loadCountryNames } from '../i18n/countryName.ts';
import { loadLaterMessages } from '../i18n/i18n.ts';
import { chunk } from '../lib/chunk.ts';
import { keyFiguresModel, unModel } from './queryModels.ts';
import {
  selectView,
  tableFacts,
  type SelectedView,
  type TableFacts,
  type ViewRequest,
} from '../views/dataset/model/datasetView.ts';

// For the data worker, which indexes a table by the filters its views offer: it loads this
// module on demand (queryCode.ts), and these with it.
export { tableFacts };
export { indexColumns } from '../transforms/filterByValues.ts';
import type { UnPageView, UnViewRequest } from '../views/un/model/unStockView.ts';
import type { KeyFigure } from '../views/overview/model/keyFigures.ts';

/**
 * The one place each query the views ask of the data is written: what it reads and how it is
 * answered. Every source runs these: the data worker on the tables it holds, the page when there
 * is no worker (or it failed), the Parquet store on the partitions it read, and the tests on the
 * files of `data/`. A source decides only where the tables come from (`tableOf`) and where the
 * query runs, so the answer is the same wherever that is.
 *
 *   run('view', { meta, request }, tableOf)   // a dataset view's rows, filters and period
 *   run('un', { meta, totals, request }, tableOf)   // the UN view's figures
 *   run('export', { request }, tableOf)   // a whole table's CSV, or a zip of whole tables
 *   run('keyFigures', { metas }, tableOf)   // the overview's key figures from these datasets
 */
export interface QueryArgs {
  view: {
    meta: DatasetMeta;
    request: ViewRequest;
    /** The whole table's filters and years, when the rows given are only part of it (Parquet). */
    facts?: TableFacts;
  };
  un: {
    meta: DatasetMeta;
    totals: DatasetMeta | undefined;
    request: UnViewRequest;
    /** The whole table's countries and years, when the rows given are only part of it (Parquet). */
    facts?: TableFacts;
  };
  export: { request: FullExportRequest };
  /** The datasets the key figures read (those of keyFigureDatasetIds that loaded). */
  keyFigures: { metas: readonly DatasetMeta[] };
}

export interface QueryResult {
  view: SelectedView;
  un: UnPageView;
  /** The file's bytes. */
  export: Uint8Array;
  keyFigures: KeyFigure[];
}

export type QueryKind = keyof QueryArgs;

/** A dataset's rows, where the source keeps them. Rejects with a DatasetError. */
export type TableOf = (meta: DatasetMeta) => Promise<ColumnTable>;

// The export code (CSV writer, zip) loads when a whole table is first asked for; through chunk(),
// so that a copy that failed to arrive is asked for afresh on Retry (on the page and in the worker).
const exportCode = chunk('fullExport', () => import('../export/fullExport.ts'));

const queries: {
  [K in QueryKind]: (args: QueryArgs[K], tableOf: TableOf) => Promise<QueryResult[K]>;
} = {
  view: async ({ meta, request, facts }, tableOf) => {
    const table = await tableOf(meta);
    return selectView(table, meta, request, facts ?? tableFacts(table, meta));
  },
  un: async ({ meta, totals, request, facts }, tableOf) => {
    const [table, totalsTable, { unQueryView }] = await Promise.all([
      tableOf(meta),
      totals ? tableOf(totals) : undefined,
      unModel.load(),
      loadCountryNames(request.locale),
    ]);
    return unQueryView(table, totalsTable, request, meta, facts);
  },
  // The export code (CSV writer, zip) loads when a whole table is first asked for, with the
  // English texts of its README.
  export: async ({ request }, tableOf) => {
    const [{ buildFullExport }] = await Promise.all([exportCode.load(), loadLaterMessages()]);
    return buildFullExport(request, tableOf);
  },
  keyFigures: async ({ metas }, tableOf) => {
    const [{ keyFigures }, tables] = await Promise.all([
      keyFiguresModel.load(),
      Promise.all(metas.map(tableOf)),
    ]);
    return keyFigures(metas.map((meta, i) => ({ meta, table: tables[i]! })));
  },
};

/** Answers one query of `kind` over the tables `tableOf` gives. */
export function run<K extends QueryKind>(
  kind: K,
  args: QueryArgs[K],
  tableOf: TableOf,
): Promise<QueryResult[K]> {
  return queries[kind](args, tableOf);
}
