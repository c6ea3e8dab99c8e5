import type { DatasetMeta } from '../data/metadataSchema';
import { localizeMeta } from '../data/metaText';
import type { Locale } from '../i18n/i18n';
import { useAllMetadata, useCatalog } from '../sources/queries';

export interface DatasetEntry {
  file: string;
  meta: DatasetMeta | undefined;
  error: Error | null;
  pending: boolean;
}

/**
 * Every dataset in the catalogue with its metadata (its text in `locale`, English where the file
 * has none) or the error that stopped it.
 */
export function useDatasets(locale: Locale = 'en') {
  const catalog = useCatalog();
  const metadata = useAllMetadata(catalog.data ?? []);
  const entries: DatasetEntry[] = (catalog.data ?? [])
    .map((file, i) => ({
      file,
      meta: metadata[i]?.data && localizeMeta(metadata[i].data, locale),
      error: metadata[i]?.error ?? null,
      pending: metadata[i]?.isPending ?? true,
    }))
    .sort(byOrder);
  return { catalog, entries, loaded: entries.flatMap((e) => (e.meta ? [e.meta] : [])) };
}

/** Datasets in their declared order; any still loading (or broken) keep their place at the end. */
function byOrder(a: DatasetEntry, b: DatasetEntry): number {
  const rank = (e: DatasetEntry) => e.meta?.order ?? Number.MAX_SAFE_INTEGER;
  // File names are ASCII ids: compared as strings (localeCompare, run on every render, is slow).
  return rank(a) - rank(b) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}
