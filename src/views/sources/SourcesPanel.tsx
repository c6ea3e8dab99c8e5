import { useEffect } from 'react';
import type { DatasetMeta } from '../../data/metadataSchema.ts';
import { inEnglish } from '../../data/metaText.ts';
import { t } from '../../i18n/i18n.ts';
import { LocalText } from '../../ui/LocalText.tsx';
import { CodePart } from '../../ui/CodePart.tsx';
import { sourceCitations } from '../common/sourceCitationsChunk.ts';
import type { SourceCitations as SourceCitationsType } from '../common/SourceCitations.tsx';

/**
 * The Sources page: the full citation of every source of every dataset, the one bibliography of
 * the dashboard. Source lines of views without a card of their own (UN, compare) link here.
 * Loaded when opened (App.tsx); the citations' code is the one a card's Sources tab loads.
 */
export function SourcesPanel({ datasets }: { datasets: DatasetMeta[] }) {
  return (
    <section id="sources" className="sources" aria-labelledby="sources-title">
      <h2 id="sources-title">{t('sources.title')}</h2>
      <p>{t('sources.intro')}</p>
      <CodePart part={sourceCitations}>
        {(SourceCitations) => <Citations datasets={datasets} SourceCitations={SourceCitations} />}
      </CodePart>
    </section>
  );
}

/** Every dataset's citations, once their code is here. */
function Citations({
  datasets,
  SourceCitations,
}: {
  datasets: DatasetMeta[];
  SourceCitations: typeof SourceCitationsType;
}) {
  useScrollToCitation(datasets.length);
  return datasets.map((meta) => (
    <section key={meta.id} className="sources-dataset" aria-labelledby={`sources-${meta.id}`}>
      <h3 id={`sources-${meta.id}`}>
        <LocalText text={meta.title} english={inEnglish(meta, 'title')} />
      </h3>
      <SourceCitations meta={meta} />
    </section>
  ));
}

/**
 * An address with a citation's anchor (`?view=sources#source-…`) opens before the datasets are
 * loaded, so the browser finds no target to scroll to: once the citation is there, go to it.
 */
function useScrollToCitation(shown: number) {
  useEffect(() => {
    const hash = window.location.hash.slice(1);
    if (!hash) return;
    const target = document.getElementById(decodeURIComponent(hash));
    if (!target || target.dataset.reached) return;
    target.dataset.reached = 'true';
    target.scrollIntoView();
    target.focus({ preventScroll: true });
  }, [shown]);
}
