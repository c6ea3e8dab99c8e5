import { shortCitation, sourceAnchor } from '../data/citations';
import type { DatasetMeta, SourceMeta } from '../data/metadataSchema';
import { t } from '../i18n/i18n';

/** "Source: Asia-Plus (2024)", each name linking to its full citation in the Sources panel. */
export function SourceLine({ meta, sources }: { meta: DatasetMeta; sources: SourceMeta[] }) {
  return (
    <p className="source-line">
      {t(sources.length > 1 ? 'chart.sourcesPrefix' : 'chart.sourcePrefix')}{' '}
      {sources.map((source, i) => (
        <span key={source.id}>
          {i > 0 ? '; ' : ''}
          <a href={`#${sourceAnchor(meta.id, source.id)}`}>{shortCitation(source)}</a>
        </span>
      ))}
    </p>
  );
}
