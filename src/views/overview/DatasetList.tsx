import { useId, useState } from 'react';
import { inEnglish } from '../../data/metaText.ts';
import type { DatasetMeta } from '../../data/metadataSchema.ts';
import { formatList } from '../../i18n/format.ts';
import { t, type Locale } from '../../i18n/i18n.ts';
import { LocalText } from '../../ui/LocalText.tsx';
import { datasetListings, searchDatasets } from './model/datasetSearch.ts';
import { ViewLink } from './ViewLink.tsx';

/** Publishers named in a listing before "and N more". */
const PUBLISHERS_NAMED = 2;

/**
 * The datasets to search: a labelled search box narrowing the list by title, description,
 * country and publisher as one types, each dataset linking to its view with its period and
 * publishers.
 */
export function DatasetList({ metas, locale }: { metas: readonly DatasetMeta[]; locale: Locale }) {
  const id = useId();
  const [query, setQuery] = useState('');
  // Some twenty datasets: listed afresh on each keystroke, in well under a millisecond.
  const listings = datasetListings(metas, locale);
  const found = searchDatasets(listings, query);
  return (
    <section className="dataset-list" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('datasets.title')}</h2>
      <div className="dataset-search">
        <label htmlFor={`${id}-search`}>{t('datasets.search')}</label>
        <input
          id={`${id}-search`}
          type="search"
          value={query}
          placeholder={t('datasets.searchHint')}
          aria-describedby={`${id}-count`}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setQuery('');
          }}
        />
      </div>
      <p id={`${id}-count`} className="dataset-count" role="status" aria-live="polite">
        {found.length === 0
          ? t('datasets.none')
          : t('datasets.count', { shown: found.length, total: listings.length })}
      </p>
      <ul className="dataset-listing">
        {found.map(({ meta, publishers }) => (
          <li key={meta.id} data-listing={meta.id}>
            <ViewLink to={{ page: 'dataset', dataset: meta.id }}>
              <LocalText text={meta.title} english={inEnglish(meta, 'title')} />
            </ViewLink>
            <span className="dataset-period">
              {t('chart.period', { period: meta.referencePeriod })}
            </span>
            <span className="dataset-publishers">
              {t('datasets.publishers', {
                count: publishers.length,
                // "A, B and 17 more": a list joined by "and" only when it is the whole list.
                list:
                  publishers.length > PUBLISHERS_NAMED
                    ? publishers.slice(0, PUBLISHERS_NAMED).join(', ')
                    : formatList(publishers),
                more: Math.max(0, publishers.length - PUBLISHERS_NAMED),
              })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
