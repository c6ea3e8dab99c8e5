import { useQueries, useQuery } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import type { DatasetSource } from './datasetSource';
import type { DatasetMeta } from './metadataSchema';

const DatasetSourceContext = createContext<DatasetSource | null>(null);

export const DatasetSourceProvider = DatasetSourceContext.Provider;

export function useDatasetSource(): DatasetSource {
  const source = useContext(DatasetSourceContext);
  if (!source) throw new Error('useDatasetSource needs a DatasetSourceProvider above it');
  return source;
}

// Data files do not change while the page is open: fetch each once.
const once = { staleTime: Infinity, gcTime: Infinity, retry: false } as const;

export function useCatalog() {
  const source = useDatasetSource();
  return useQuery({ queryKey: ['catalog'], queryFn: () => source.listDatasets(), ...once });
}

/** Every dataset's metadata, each loaded and validated on its own: one broken file breaks one card. */
export function useAllMetadata(files: readonly string[]) {
  const source = useDatasetSource();
  return useQueries({
    queries: files.map((file) => ({
      queryKey: ['metadata', file],
      queryFn: () => source.loadMetadata(file),
      ...once,
    })),
  });
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
