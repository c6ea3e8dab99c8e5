import { shortCitations, sourceAnchor, sourcePrefix } from '../../data/citations.ts';
import type { DatasetMeta, SourceMeta } from '../../data/metadataSchema.ts';
import { t } from '../../i18n/i18n.ts';
import { defaultViewState } from '../../state/viewState.ts';
import { useViewStore } from '../../state/viewStore.ts';
import { viewAddress } from '../../state/urlCodec.ts';

/** A source as cited by one dataset: its full citation is under that dataset's anchor. */
export interface CitedSource {
  meta: DatasetMeta;
  source: SourceMeta;
}

/** The sources of one dataset, each under that dataset's anchor. */
export function citedBy(meta: DatasetMeta, sources: readonly SourceMeta[]): CitedSource[] {
  return sources.map((source) => ({ meta, source }));
}

/**
 * "Source: Asia-Plus (2024)", each name linking to its full citation: in the card's own Sources
 * tab (`onCite` opens it), else on the Sources page; from an embed, on the full dashboard
 * (`citationPage`), in a new tab.
 */
export function SourceLine({
  cited,
  citationPage,
  onCite,
  more,
}: {
  /** In the order shown; one line may cite the sources of several datasets (the UN view). */
  cited: readonly CitedSource[];
  citationPage?: string | undefined;
  /** Shows the citation with this anchor in the card, before the link moves to it. */
  onCite?: ((anchor: string) => void) | undefined;
  /**
   * An embed's one line: the first `shown` sources named, then "and 17 more", which opens every
   * citation (`open`, in the embed's Sources tab).
   */
  more?: { shown: number; open: () => void } | undefined;
}) {
  const theme = useViewStore((s) => s.view.theme);
  const page =
    citationPage ??
    (onCite ? '' : viewAddress({ ...defaultViewState, page: 'sources', theme }, false));
  const datasets = [...new Set(cited.map((c) => c.meta))];
  const labels = shortCitations(
    cited.map((c) => c.source),
    datasets.flatMap((m) => m.sources),
  );
  // Two more named read no longer than "and 2 more": a cut is made only where it saves a line.
  const cut = more && cited.length > more.shown + 2 ? more.shown : cited.length;
  return (
    <p className="source-line">
      {sourcePrefix(cited.length)}{' '}
      {cited.slice(0, cut).map(({ meta, source }, i) => {
        const anchor = sourceAnchor(meta.id, source.id);
        return (
          <span key={anchor}>
            {i > 0 ? '; ' : ''}
            <a
              href={`${page}#${anchor}`}
              {...(citationPage ? { target: '_blank', rel: 'noopener' } : {})}
              onClick={citationPage || !onCite ? undefined : () => onCite(anchor)}
            >
              {labels[i]}
            </a>
          </span>
        );
      })}
      {more && cut < cited.length ? (
        <>
          {' '}
          <button type="button" className="link-button" onClick={more.open}>
            {t('embed.moreSources', { count: cited.length - cut })}
          </button>
        </>
      ) : null}
    </p>
  );
}
