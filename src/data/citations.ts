import { t } from '../i18n/i18n';
import type { DatasetMeta, SourceMeta } from './metadataSchema';

/**
 * "Asia-Plus (2024)", "Kamilov O. (2025)": what a source line shows (the author where there is
 * one, else the publisher); the full citation is in the Sources panel.
 */
export function shortCitation(source: SourceMeta): string {
  const year = source.published?.slice(0, 4);
  const who = source.author?.split(',')[0] ?? source.publisher;
  return year ? `${who} (${year})` : who;
}

/** The id of a source's entry in the Sources panel, for links from source lines. */
export function sourceAnchor(datasetId: string, sourceId: string): string {
  return `source-${datasetId}-${sourceId}`;
}

export function sourceById(meta: DatasetMeta, id: string): SourceMeta | undefined {
  return meta.sources.find((s) => s.id === id);
}

/** The sources of the rows shown, in the order the metadata lists them. */
export function sourcesUsed(meta: DatasetMeta, ids: Iterable<string>): SourceMeta[] {
  const wanted = new Set(ids);
  if (!meta.columns.some((c) => c.role === 'source')) return meta.sources;
  return meta.sources.filter((s) => wanted.has(s.id));
}

/** "Source:" or "Sources:", for a source line of `count` sources. */
export function sourcePrefix(count: number): string {
  return t(count > 1 ? 'chart.sourcesPrefix' : 'chart.sourcePrefix');
}

/** The source line as plain text, for images and files: "Sources: Asia-Plus (2024); …". */
export function sourceLineText(sources: readonly SourceMeta[]): string {
  return `${sourcePrefix(sources.length)} ${sources.map(shortCitation).join('; ')}`;
}
