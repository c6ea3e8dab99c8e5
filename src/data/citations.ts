import { t } from '../i18n/i18n.ts';
import type { DatasetMeta, SourceMeta } from './metadataSchema.ts';

/**
 * "Asia-Plus (2024)", "Kamilov O. (2025)": what a source line shows (the author where there is
 * one, else the publisher); the full citation is in the Sources panel.
 */
export function shortCitation(source: SourceMeta): string {
  const year = source.published?.slice(0, 4);
  const who = source.author?.split(',')[0] ?? source.publisher;
  return year ? `${who} (${year})` : who;
}

/**
 * The short citations of `sources`, told apart where two would read the same: a letter after the
 * year, as author–date styles do ("Asia-Plus (2025a); Asia-Plus (2025b)"). Letters follow the
 * order of `among` (all the sources of the datasets cited), so a source keeps its letter whichever
 * of its siblings a view happens to draw, in the source line, the image and the CSV alike.
 */
export function shortCitations(
  sources: readonly SourceMeta[],
  among: readonly SourceMeta[] = sources,
): string[] {
  const plain = among.map(shortCitation);
  return sources.map((source) => {
    const text = shortCitation(source);
    const same = among.filter((_, i) => plain[i] === text);
    if (same.length < 2) return text;
    const letter = String.fromCharCode(97 + Math.max(0, same.indexOf(source)));
    return text.endsWith(')') ? `${text.slice(0, -1)}${letter})` : `${text} (${letter})`;
  });
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
export function sourceLineText(
  sources: readonly SourceMeta[],
  among: readonly SourceMeta[] = sources,
): string {
  return `${sourcePrefix(sources.length)} ${shortCitations(sources, among).join('; ')}`;
}

/**
 * The source's vintage in words: the publisher's release the figures come from and when the next
 * is due (or that a newer one exists and is not yet here); empty for a source without them.
 * Statistics are revised between releases, so a figure is cited with its release. Both are
 * English free text in the metadata: `written` marks them so on a Russian or Uzbek page.
 */
export function vintageText(source: SourceMeta, written: (text: string) => string): string {
  return [
    source.release ? t('sources.release', { release: written(source.release) }) : '',
    source.nextRelease ? t('sources.nextRelease', { next: written(source.nextRelease) }) : '',
  ]
    .filter(Boolean)
    .join(' ');
}
