import type { Locale } from '../../i18n/i18n.ts';
import { t } from '../../i18n/i18n.ts';
import { chunk } from '../../lib/chunk.ts';
import { CodePart } from '../../ui/CodePart.tsx';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { Loading } from '../../ui/Loading.tsx';
import type { DatasetEntry } from '../common/useDatasets.ts';
import { KeyFigures } from './KeyFigures.tsx';
import { ReachedCard } from './ReachedCard.tsx';

// The list to search comes below the key figures, past the first screen: its code (and its
// words) load beside the first view rather than in it.
const datasetList = chunk(
  'DatasetList',
  () => import('./DatasetList.tsx'),
  (m) => m.DatasetList,
);

/**
 * The front door: what the dashboard answers (key figures, each cited and linking to the view
 * that explains it), the datasets to search, then every dataset as a card; a broken one shows
 * its error and the others still render. Rendered from its props alone (no clock, no chance), so
 * the same data and language give the same page, on the server as in the browser.
 */
export function Overview({ entries, locale }: { entries: DatasetEntry[]; locale: Locale }) {
  const metas = entries.flatMap((e) => (e.meta ? [e.meta] : []));
  return (
    <>
      <section className="front-door" aria-labelledby="front-door-title">
        <h2 id="front-door-title">{t('front.title')}</h2>
        <p className="front-door-intro">{t('front.intro')}</p>
        <KeyFigures entries={entries} />
      </section>
      <CodePart part={datasetList}>
        {(DatasetList) => <DatasetList metas={metas} locale={locale} />}
      </CodePart>
      <h2 className="overview-cards-title">{t('front.cards')}</h2>
      <div className="overview">
        {entries.map((entry) =>
          entry.meta ? (
            <ReachedCard key={entry.file} meta={entry.meta} />
          ) : (
            <article key={entry.file} className="dataset-card" data-file={entry.file}>
              {entry.error ? (
                <ErrorNotice title={t('error.metadata')} message={entry.error.message} />
              ) : (
                <Loading label={t('loading.dataset', { title: entry.file })} />
              )}
            </article>
          ),
        )}
      </div>
    </>
  );
}
