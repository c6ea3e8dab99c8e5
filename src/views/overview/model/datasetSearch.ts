import type { DatasetMeta } from '../../../data/metadataSchema.ts';
import { countryName } from '../../../i18n/countryName.ts';
import type { Locale } from '../../../i18n/i18n.ts';

/** One dataset in the list to search: what is shown, and the words it is found by. */
export interface DatasetListing {
  meta: DatasetMeta;
  /** Each publisher once, in the order the sources list them. */
  publishers: string[];
  /** The countries its country columns declare, named in the reader's language. */
  countries: string[];
  /** Everything it is found by, folded (see fold). */
  words: string;
}

/**
 * Text as it is compared: lower case, accents and the Uzbek letters' marks (oʻ, gʻ) dropped, so
 * "ozbekiston" finds "Oʻzbekiston" and "kyrgyz" finds "Kyrgyz".
 */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u02bb\u02bc\u2018\u2019']/g, '')
    .toLowerCase();
}

/** The list of datasets with what each is found by: title, subtitle, description, countries, publishers. */
export function datasetListings(metas: readonly DatasetMeta[], locale: Locale): DatasetListing[] {
  return metas.map((meta) => {
    const publishers = [...new Set(meta.sources.map((s) => s.publisher))];
    const codes = meta.columns.flatMap((c) => (c.codes === 'iso3' ? (c.values ?? []) : []));
    const names = (lang: Locale) =>
      [...new Set(codes)].flatMap((code) => countryName(code, lang) ?? []);
    const countries = names(locale);
    const words = [
      meta.title,
      meta.subtitle ?? '',
      meta.description,
      meta.referencePeriod,
      ...countries,
      // English names too: a reader of the Russian page may type "Russia".
      ...(locale === 'en' ? [] : names('en')),
      ...publishers,
      ...meta.sources.flatMap((s) => (s.author ? [s.author] : [])),
    ].join('\n');
    return { meta, publishers, countries, words: fold(words) };
  });
}

/** The datasets every word of `query` is found in (all of them for an empty query). */
export function searchDatasets(
  listings: readonly DatasetListing[],
  query: string,
): DatasetListing[] {
  const terms = fold(query).split(/\s+/).filter(Boolean);
  return listings.filter((l) => terms.every((term) => l.words.includes(term)));
}
