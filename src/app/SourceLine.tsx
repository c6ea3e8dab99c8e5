import { shortCitation, sourceAnchor, sourcePrefix } from '../data/citations';
import type { DatasetMeta, SourceMeta } from '../data/metadataSchema';
import { defaultViewState } from '../view/viewState';
import { useViewStore } from '../view/viewStore';
import { viewAddress } from './viewAddress';

/**
 * "Source: Asia-Plus (2024)", each name linking to its full citation: in the card's own Sources
 * tab (`onCite` opens it), else on the Sources page; from an embed, on the full dashboard
 * (`citationPage`), in a new tab.
 */
export function SourceLine({
  meta,
  sources,
  citationPage,
  onCite,
}: {
  meta: DatasetMeta;
  sources: SourceMeta[];
  citationPage?: string | undefined;
  /** Shows the citation with this anchor in the card, before the link moves to it. */
  onCite?: ((anchor: string) => void) | undefined;
}) {
  const theme = useViewStore((s) => s.view.theme);
  const page =
    citationPage ??
    (onCite ? '' : viewAddress({ ...defaultViewState, page: 'sources', theme }, false));
  return (
    <p className="source-line">
      {sourcePrefix(sources.length)}{' '}
      {sources.map((source, i) => {
        const anchor = sourceAnchor(meta.id, source.id);
        return (
          <span key={source.id}>
            {i > 0 ? '; ' : ''}
            <a
              href={`${page}#${anchor}`}
              {...(citationPage ? { target: '_blank', rel: 'noopener' } : {})}
              onClick={citationPage || !onCite ? undefined : () => onCite(anchor)}
            >
              {shortCitation(source)}
            </a>
          </span>
        );
      })}
    </p>
  );
}
