import type { DatasetMeta } from './metadataSchema.ts';

/**
 * The order datasets are shown in: by their metadata's `order`, then by file; any without
 * metadata (still loading, or broken) keep their place at the end.
 */
export function byDeclaredOrder(
  a: { file: string; meta?: DatasetMeta | undefined },
  b: { file: string; meta?: DatasetMeta | undefined },
): number {
  const rank = (e: { meta?: DatasetMeta | undefined }) => e.meta?.order ?? Number.MAX_SAFE_INTEGER;
  // File names are ASCII ids: compared as strings (localeCompare, run on every render, is slow).
  return rank(a) - rank(b) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}
