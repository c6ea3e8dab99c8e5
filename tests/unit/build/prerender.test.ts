import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetJsonLd } from '../../../src/build/datasetJsonLd';
import { pagePaths, scriptJson, sitemapXml } from '../../../src/build/prerenderPages';
import { localizeMeta } from '../../../src/data/metaText';
import { LOCALES } from '../../../src/i18n/i18n';
import { DATA_DIR, loadEveryDataset } from '../../support/fileSystemSource';

const SITE = 'https://data.example.org/migration/';
const datasets = await loadEveryDataset();

const isUrl = (value: unknown) => typeof value === 'string' && /^https?:\/\/[^\s]+$/.test(value);
const isThing = (type: string) => (value: unknown) =>
  typeof value === 'object' &&
  value !== null &&
  (value as { '@type'?: unknown })['@type'] === type &&
  typeof (value as { name?: unknown }).name === 'string' &&
  (value as { name: string }).name.length > 0;

/**
 * The schema.org Dataset properties Google Dataset Search reads
 * (https://developers.google.com/search/docs/appearance/structured-data/dataset): `name` and
 * `description` (50 to 5,000 characters) required; the recommended ones of the types it documents.
 */
function googleDatasetProblems(ld: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  check(ld['@context'] === 'https://schema.org/', '@context');
  check(ld['@type'] === 'Dataset', '@type');
  check(typeof ld.name === 'string' && ld.name.length > 0, 'name');
  const description = ld.description;
  check(
    typeof description === 'string' && description.length >= 50 && description.length <= 5000,
    'description: 50 to 5,000 characters',
  );
  check(isUrl(ld.url), 'url');
  check(ld.isAccessibleForFree === true, 'isAccessibleForFree');
  const creators = ld.creator as unknown[];
  check(
    Array.isArray(creators) &&
      creators.length > 0 &&
      creators.every((c) => isThing('Organization')(c) || isThing('Person')(c)),
    'creator: Organization or Person',
  );
  if ('publisher' in ld) check(isThing('Organization')(ld.publisher), 'publisher');
  check(
    Array.isArray(ld.citation) && ld.citation.every((c) => typeof c === 'string' && c.length > 0),
    'citation',
  );
  check(isUrl(ld.license) || isThing('CreativeWork')(ld.license), 'license: URL or CreativeWork');
  if ('temporalCoverage' in ld) {
    check(
      typeof ld.temporalCoverage === 'string' && /^\d{4}(\/\d{4})?$/.test(ld.temporalCoverage),
      'temporalCoverage: ISO 8601',
    );
  }
  if ('spatialCoverage' in ld) {
    check(
      Array.isArray(ld.spatialCoverage) && ld.spatialCoverage.every(isThing('Place')),
      'spatialCoverage: Place',
    );
  }
  check(
    Array.isArray(ld.variableMeasured) && ld.variableMeasured.every(isThing('PropertyValue')),
    'variableMeasured: PropertyValue',
  );
  const downloads = ld.distribution as { encodingFormat?: unknown; contentUrl?: unknown }[];
  check(
    Array.isArray(downloads) &&
      downloads.length > 0 &&
      downloads.every(
        (d) =>
          isThing('DataDownload')({ ...d, name: 'x' }) &&
          typeof d.encodingFormat === 'string' &&
          isUrl(d.contentUrl),
      ),
    'distribution: DataDownload with encodingFormat and contentUrl',
  );
  return problems;
}

describe("each dataset page's schema.org Dataset description", () => {
  for (const { meta: base } of datasets) {
    for (const locale of LOCALES) {
      it(`${base.id} (${locale}) has what Google Dataset Search reads, from its metadata`, () => {
        const meta = localizeMeta(base, locale);
        const ld = datasetJsonLd({
          meta,
          locale,
          pageUrl: `${SITE}datasets/${meta.id}/`,
          dataUrl: `${SITE}data/`,
          places: ['Tajikistan'],
        });
        expect(googleDatasetProblems(ld)).toEqual([]);
        expect(ld.name).toBe(meta.title);
        expect(ld.citation).toEqual(meta.sources.map((s) => s.citation));
        const csv = (ld.distribution as { encodingFormat: string; contentUrl: string }[]).find(
          (d) => d.encodingFormat === 'text/csv',
        )!;
        // The CSV named is the dataset's own file, served from data/.
        expect(csv.contentUrl).toBe(`${SITE}data/${meta.file}`);
        expect(existsSync(path.join(DATA_DIR, meta.file))).toBe(true);
      });
    }
  }

  it('is JSON a <script> block cannot be closed by', () => {
    const text = scriptJson({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});

describe('sitemap.xml', () => {
  it('lists every page written, in every language, with its alternates', () => {
    const ids = datasets.map((d) => d.meta.id);
    const paths = pagePaths(ids);
    // The overview, the UN view, the comparison and each dataset, three times.
    expect(paths).toHaveLength(3 * (ids.length + 3));
    const xml = sitemapXml(paths, SITE);
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toEqual(paths.map((p) => `${SITE}${p}`));
    for (const id of ids) {
      for (const prefix of ['', 'ru/', 'uz/']) {
        expect(locs).toContain(`${SITE}${prefix}datasets/${id}/`);
      }
    }
    expect(xml).toContain(
      `<xhtml:link rel="alternate" hreflang="uz" href="${SITE}uz/datasets/${ids[0]}/"/>`,
    );
  });
});
