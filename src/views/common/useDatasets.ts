import { byDeclaredOrder } from '../../data/datasetOrder.ts';
import type { DatasetMeta } from '../../data/metadataSchema.ts';
import { localizeMeta } from '../../data/metaText.ts';
import type { Locale } from '../../i18n/i18n.ts';
import { useAllMetadata, useCatalog } from '../../sources/queries.ts';

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
    .sort(byDeclaredOrder);
  return { catalog, entries, loaded: entries.flatMap((e) => (e.meta ? [e.meta] : [])) };
}
