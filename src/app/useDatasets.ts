import type { DatasetMeta } from '../data/metadataSchema';
import { useAllMetadata, useCatalog } from '../data/queries';

export interface DatasetEntry {
  file: string;
  meta: DatasetMeta | undefined;
  error: Error | null;
  pending: boolean;
}

/** Every dataset in the catalogue with its metadata or the error that stopped it. */
export function useDatasets() {
  const catalog = useCatalog();
  const metadata = useAllMetadata(catalog.data ?? []);
  const entries: DatasetEntry[] = (catalog.data ?? []).map((file, i) => ({
    file,
    meta: metadata[i]?.data,
    error: metadata[i]?.error ?? null,
    pending: metadata[i]?.isPending ?? true,
  }));
  return { catalog, entries, loaded: entries.flatMap((e) => (e.meta ? [e.meta] : [])) };
}
