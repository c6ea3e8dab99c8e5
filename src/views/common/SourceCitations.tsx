import { sourceAnchor, vintageText } from '../../data/citations.ts';
import { isWebUrl } from '../../data/dataText.ts';
import type { DatasetMeta, SourceMeta } from '../../data/metadataSchema.ts';
import { formatPartialDate } from '../../i18n/format.ts';
import { markedEnglish } from '../../data/labels.ts';
import { inEnglish, inWords } from '../../data/metaText.ts';
import { t } from '../../i18n/i18n.ts';
import { LocalText } from '../../ui/LocalText.tsx';

/**
 * The full citations of a dataset's sources (publisher, title, dates, where in the document, the
 * primary publisher, the release and the next, a quote), each the target of the source lines'
 * links: in a card's Sources tab and on the Sources page.
 */
export function SourceCitations({
  meta,
  sources = meta.sources,
}: {
  meta: DatasetMeta;
  sources?: readonly SourceMeta[];
}) {
  // Where, when and whose (the release and the next too), as we describe them: English (the file
  // has no other language), marked so on a Russian or Uzbek page.
  const written = (text: string) =>
    markedEnglish(text, (meta.textLocale ?? 'en') !== 'en' && inWords(text));
  return (
    <>
      <ol className="citations">
        {sources.map((source) => (
          <li key={source.id} id={sourceAnchor(meta.id, source.id)} tabIndex={-1}>
            {/* Citations and quotes stay in the document's language, marked up as such. */}
            <p className="citation" lang={citationLanguage(source)}>
              {source.citation}
            </p>
            <p className="source-details">
              {source.published
                ? t('sources.published', { date: formatPartialDate(source.published) })
                : source.publishedNote && written(source.publishedNote)}
              {source.published && source.publishedNote
                ? ` (${written(source.publishedNote)})`
                : ''}
              {'; '}
              {sentence(t('sources.retrieved', { date: formatPartialDate(source.retrieved) }))}{' '}
              {t('sources.locator', { locator: written(source.locator) })}
              {source.primary
                ? `. ${t('sources.primary', { primary: written(source.primary) })}`
                : ''}
            </p>
            {source.release || source.nextRelease ? (
              <p className="source-vintage">{vintageText(source, written)}</p>
            ) : null}
            {source.url && isWebUrl(source.url) ? (
              <p className="source-url">
                <a href={source.url} rel="noopener noreferrer" target="_blank">
                  {source.url}
                </a>
              </p>
            ) : null}
            {source.quote ? (
              <blockquote aria-label={t('sources.quote')} lang={source.language ?? 'en'}>
                {source.quote}
              </blockquote>
            ) : null}
            {source.caveat ? (
              <p className="caveat">
                <LocalText text={source.caveat} english={inEnglish(meta, `sources.${source.id}`)} />
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      <p className="license">{t('sources.license', { license: written(meta.license) })}</p>
    </>
  );
}

/** Text ended as a sentence: a Russian date already ends with its point ("22 ноября 2026 г."). */
function sentence(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}

/**
 * A citation is written in English around the document's title: in the document's language
 * where the title is copied from it, in English where we describe it in [brackets].
 */
function citationLanguage(source: SourceMeta): string {
  return source.title.startsWith('[') ? 'en' : (source.language ?? 'en');
}
