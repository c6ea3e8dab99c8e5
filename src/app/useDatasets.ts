import type { DatasetMeta } from '../data/metadataSchema';
import { useAllMetadata, useCatalog } from '../sources/queries';

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
  const entries: DatasetEntry[] = (catalog.data ?? [])
    .map((file, i) => ({
      file,
      meta: metadata[i]?.data,
      error: metadata[i]?.error ?? null,
      pending: metadata[i]?.isPending ?? true,
    }))
    .sort(byOrder);
  return { catalog, entries, loaded: entries.flatMap((e) => (e.meta ? [e.meta] : [])) };
}

/** Datasets in their declared order; any still loading (or broken) keep their place at the end. */
function byOrder(a: DatasetEntry, b: DatasetEntry): number {
  const rank = (e: DatasetEntry) => e.meta?.order ?? Number.MAX_SAFE_INTEGER;
  return rank(a) - rank(b) || a.file.localeCompare(b.file);
}
