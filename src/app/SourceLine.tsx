import { shortCitation, sourceAnchor, sourcePrefix } from '../data/citations';
import type { DatasetMeta, SourceMeta } from '../data/metadataSchema';

/**
 * "Source: Asia-Plus (2024)", each name linking to its full citation in the Sources panel; in an
 * embed, to the panel on the full dashboard (`citationPage`), in a new tab.
 */
export function SourceLine({
  meta,
  sources,
  citationPage,
}: {
  meta: DatasetMeta;
  sources: SourceMeta[];
  citationPage?: string | undefined;
}) {
  return (
    <p className="source-line">
      {sourcePrefix(sources.length)}{' '}
      {sources.map((source, i) => (
        <span key={source.id}>
          {i > 0 ? '; ' : ''}
          <a
            href={`${citationPage ?? ''}#${sourceAnchor(meta.id, source.id)}`}
            {...(citationPage ? { target: '_blank', rel: 'noopener' } : {})}
          >
            {shortCitation(source)}
          </a>
        </span>
      ))}
    </p>
  );
}
