import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { createContext, useContext, useMemo } from 'react';
import {
  describeView,
  type DatasetView,
  type ViewRequest,
} from '../views/dataset/model/describeView.ts';
import type { UnViewRequest } from '../views/un/model/unStockView.ts';
import type { DatasetSource } from './datasetSource.ts';
import type { DatasetMeta } from '../data/metadataSchema.ts';
import { runQuery } from './queryCode.ts';

const DatasetSourceContext = createContext<DatasetSource | null>(null);

export const DatasetSourceProvider = DatasetSourceContext.Provider;

export function useDatasetSource(): DatasetSource {
  const source = useContext(DatasetSourceContext);
  if (!source) throw new Error('useDatasetSource needs a DatasetSourceProvider above it');
  return source;
}

// Data files do not change while the page is open: fetch each once.
const once = { staleTime: Infinity, gcTime: Infinity, retry: false } as const;

/** The queries the hooks below run, also for starting them before React renders (prefetchView). */
export const catalogQuery = (source: DatasetSource) =>
  ({ queryKey: ['catalog'], queryFn: () => source.listDatasets(), ...once }) as const;

export const metadataQuery = (source: DatasetSource, file: string) =>
  ({ queryKey: ['metadata', file], queryFn: () => source.loadMetadata(file), ...once }) as const;

export const tableQuery = (source: DatasetSource, meta: DatasetMeta) =>
  ({ queryKey: ['table', meta.id], queryFn: () => source.loadTable(meta), ...once }) as const;

/** The rows a dataset view draws: the query useDatasetView runs, under the same key. */
export const viewQuery = (source: DatasetSource, meta: DatasetMeta, request: ViewRequest) =>
  ({
    queryKey: ['view', meta.id, request],
    queryFn: () => source.selectView(meta, request),
    staleTime: Infinity,
    retry: false,
  }) as const;

/** The UN view's figures, from the bilateral table and the published totals (see useUnView). */
export const unViewQuery = (
  source: DatasetSource,
  meta: DatasetMeta,
  totals: DatasetMeta | undefined,
  request: UnViewRequest,
) =>
  ({
    queryKey: ['un-view', meta.id, totals?.id, request],
    queryFn: () => source.selectUnView(meta, totals, request),
    staleTime: Infinity,
    retry: false,
  }) as const;

/**
 * The overview's key figures, from the datasets they read: the registry's query, over the tables
 * the source holds (the same query the tests run over `data/`).
 */
export const keyFiguresQuery = (source: DatasetSource, metas: readonly DatasetMeta[]) =>
  ({
    // The metadata's language is in the key: the figures' period and unit words are in it.
    queryKey: ['key-figures', metas.map((m) => `${m.id}|${m.textLocale ?? 'en'}`)],
    queryFn: () => runQuery('keyFigures', { metas }, (meta) => source.loadTable(meta)),
    ...once,
  }) as const;

export function useKeyFigures(metas: readonly DatasetMeta[], enabled: boolean) {
  return useQuery({ ...keyFiguresQuery(useDatasetSource(), metas), enabled });
}

export function useCatalog() {
  return useQuery(catalogQuery(useDatasetSource()));
}

/** Every dataset's metadata, each loaded and validated on its own: one broken file breaks one card. */
export function useAllMetadata(files: readonly string[]) {
  const source = useDatasetSource();
  return useQueries({ queries: files.map((file) => metadataQuery(source, file)) });
}

export function useDatasetTable(meta: DatasetMeta | undefined) {
  const source = useDatasetSource();
  return useQuery({
    queryKey: ['table', meta?.id],
    queryFn: () => source.loadTable(meta!),
    enabled: meta !== undefined,
    ...once,
  });
}

/**
 * The view a dataset card draws: the rows selected where the table lives (the page, the worker, a
 * Parquet store), then described on the page. While a new choice is answered the last view stays
 * drawn, so a filter change never flashes "loading".
 */
export function useDatasetView(
  meta: DatasetMeta | undefined,
  request: ViewRequest,
  /** False while the rows are not wanted yet (an overview card far below the fold). */
  wanted = true,
) {
  const source = useDatasetSource();
  const query = useQuery({
    queryKey: ['view', meta?.id, request],
    queryFn: () => source.selectView(meta!, request),
    enabled: meta !== undefined && wanted,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    retry: false,
  });
  const selected = query.data;
  const view = useMemo<DatasetView | undefined>(
    () => (selected && meta ? describeView(selected, meta) : undefined),
    [selected, meta],
  );
  return { query, view };
}

/**
 * The UN view's figures, computed where the UN tables live (the worker): only the figures drawn
 * cross to the page. While a new choice is answered the last figures stay drawn.
 */
export function useUnView(
  meta: DatasetMeta,
  totals: DatasetMeta | undefined,
  request: UnViewRequest,
) {
  return useQuery({
    ...unViewQuery(useDatasetSource(), meta, totals, request),
    placeholderData: keepPreviousData,
  });
}
