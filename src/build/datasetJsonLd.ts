import type { DatasetMeta } from '../data/metadataSchema.ts';

/**
 * A dataset page's schema.org `Dataset` description (JSON-LD), the markup Google Dataset Search
 * reads (https://developers.google.com/search/docs/appearance/structured-data/dataset): name and
 * description, who made the figures (each cited publisher), when and where they speak of, the
 * licence, and the files to download. Every value comes from the dataset's metadata.
 */

/** Licences the metadata names by their short name, as the URLs Dataset Search wants. */
const LICENSE_URLS: Record<string, string> = {
  'CC BY 4.0': 'https://creativecommons.org/licenses/by/4.0/',
  'CC BY 3.0 IGO': 'https://creativecommons.org/licenses/by/3.0/igo/',
  'CC BY-SA 4.0': 'https://creativecommons.org/licenses/by-sa/4.0/',
  CC0: 'https://creativecommons.org/publicdomain/zero/1.0/',
};

/** The years a reference period spans (`2005–2024` → `2005/2024`), as an ISO 8601 interval. */
export function temporalCoverage(referencePeriod: string): string | undefined {
  const years = referencePeriod.match(/\b(1[89]|20)\d\d\b/g);
  if (!years) return undefined;
  const first = years[0]!;
  const last = years[years.length - 1]!;
  return first === last ? first : `${first}/${last}`;
}

export interface DatasetJsonLdInput {
  /** The dataset's metadata, its text in the page's language. */
  meta: DatasetMeta;
  locale: string;
  /** The page's own address. */
  pageUrl: string;
  /** The address of the site's `data/` folder (ending in `/`). */
  dataUrl: string;
  /** The countries the figures are about (the dataset's `origins`), named in the page's language. */
  places: readonly string[];
}

export function datasetJsonLd({
  meta,
  locale,
  pageUrl,
  dataUrl,
  places,
}: DatasetJsonLdInput): Record<string, unknown> {
  const publishers = [...new Set(meta.sources.map((s) => s.publisher))];
  const license = LICENSE_URLS[meta.license.trim()];
  const temporal = temporalCoverage(meta.referencePeriod);
  return {
    '@context': 'https://schema.org/',
    '@type': 'Dataset',
    name: meta.title,
    description: meta.description,
    url: pageUrl,
    identifier: meta.id,
    inLanguage: locale,
    isAccessibleForFree: true,
    creator: publishers.map((name) => ({ '@type': 'Organization', name })),
    ...(publishers.length === 1
      ? { publisher: { '@type': 'Organization', name: publishers[0] } }
      : {}),
    citation: meta.sources.map((s) => s.citation),
    license: license ?? { '@type': 'CreativeWork', name: meta.license },
    ...(temporal ? { temporalCoverage: temporal } : {}),
    ...(places.length > 0
      ? { spatialCoverage: places.map((name) => ({ '@type': 'Place', name })) }
      : {}),
    variableMeasured: meta.columns
      .filter((c) => c.role === 'measure')
      .map((c) => ({
        '@type': 'PropertyValue',
        name: c.label,
        ...(c.unit ? { unitText: c.unit } : {}),
      })),
    distribution: [
      {
        '@type': 'DataDownload',
        encodingFormat: 'text/csv',
        contentUrl: `${dataUrl}${meta.file}`,
      },
      {
        '@type': 'DataDownload',
        encodingFormat: 'application/vnd.apache.arrow.file',
        contentUrl: `${dataUrl}${meta.id}.arrow`,
      },
    ],
  };
}
