import { sourceAnchor } from '../data/citations';
import { isWebUrl } from '../data/dataText';
import type { DatasetMeta } from '../data/metadataSchema';
import { formatPartialDate } from '../i18n/format';
import { t } from '../i18n/i18n';

/** The full citation of every source of every dataset shown: the target of every source line. */
export function SourcesPanel({ datasets }: { datasets: DatasetMeta[] }) {
  return (
    <section id="sources" className="sources" aria-labelledby="sources-title">
      <h2 id="sources-title">{t('sources.title')}</h2>
      <p>{t('sources.intro')}</p>
      {datasets.map((meta) => (
        <section key={meta.id} className="sources-dataset">
          <h3>{meta.title}</h3>
          <p className="license">{t('sources.license', { license: meta.license })}</p>
          <ol>
            {meta.sources.map((source) => (
              <li key={source.id} id={sourceAnchor(meta.id, source.id)} tabIndex={-1}>
                <p className="citation">{source.citation}</p>
                <p className="source-details">
                  {source.published
                    ? t('sources.published', { date: formatPartialDate(source.published) })
                    : source.publishedNote}
                  {source.published && source.publishedNote ? ` (${source.publishedNote})` : ''}
                  {'; '}
                  {t('sources.retrieved', { date: formatPartialDate(source.retrieved) })}
                  {'. '}
                  {t('sources.locator', { locator: source.locator })}
                  {source.primary ? `. ${t('sources.primary', { primary: source.primary })}` : ''}
                </p>
                {source.url && isWebUrl(source.url) ? (
                  <p>
                    <a href={source.url} rel="noopener noreferrer" target="_blank">
                      {source.url}
                    </a>
                  </p>
                ) : null}
                {source.quote ? (
                  <blockquote aria-label={t('sources.quote')}>{source.quote}</blockquote>
                ) : null}
                {source.caveat ? <p className="caveat">{source.caveat}</p> : null}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </section>
  );
}
