import { describe, expect, it } from 'vitest';
import { DatasetError } from '../../../src/data/datasetError';
import { inEnglish, localizeMeta } from '../../../src/data/metaText';
import { validateMetadata } from '../../../src/data/validateMetadata';
import { sampleMeta } from '../../support/sampleMeta';

const FILE = 'data/sample.meta.json';

function errorOf(text: string): DatasetError {
  try {
    validateMetadata(FILE, text);
  } catch (error) {
    if (error instanceof DatasetError) return error;
    throw error;
  }
  throw new Error('expected a DatasetError');
}

describe('validateMetadata', () => {
  it('accepts a complete description', () => {
    expect(validateMetadata(FILE, JSON.stringify(sampleMeta())).id).toBe('sample');
  });

  it('names the file when the JSON is broken', () => {
    expect(errorOf('{"id": ').message).toMatch(/^data\/sample\.meta\.json: not valid JSON/);
  });

  it('names the field that breaks the schema', () => {
    const meta = { ...sampleMeta(), sources: [{ ...sampleMeta().sources[0], rank: 7 }] };
    expect(errorOf(JSON.stringify(meta)).message).toBe(
      'data/sample.meta.json: sources[0].rank: must be at most 3, found 7',
    );
  });

  it("takes a source's release and next release, and refuses them empty", () => {
    const vintage = { release: 'International Migrant Stock 2020', nextRelease: 'Not announced.' };
    const meta = { ...sampleMeta(), sources: [{ ...sampleMeta().sources[0], ...vintage }] };
    expect(validateMetadata(FILE, JSON.stringify(meta)).sources[0]).toMatchObject(vintage);
    const empty = { ...sampleMeta(), sources: [{ ...sampleMeta().sources[0], release: '' }] };
    expect(errorOf(JSON.stringify(empty)).message).toMatch(
      /^data\/sample\.meta\.json: sources\[0\]\.release: /,
    );
  });

  it('rejects a source without a citation', () => {
    const { citation: _dropped, ...source } = sampleMeta().sources[0]!;
    void _dropped;
    const meta = { ...sampleMeta(), sources: [source] };
    expect(errorOf(JSON.stringify(meta)).message).toBe(
      'data/sample.meta.json: sources[0]: required field "citation" is missing',
    );
  });

  it('requires exactly one measure', () => {
    const meta = sampleMeta();
    meta.columns = meta.columns.map((c) => (c.role === 'measure' ? { ...c, role: 'note' } : c));
    expect(errorOf(JSON.stringify(meta)).message).toMatch(/exactly one measure/);
  });

  it('stores a table as Parquet partitions by one column or several, each a dimension other than the year', () => {
    const storage = (partitionBy: unknown) =>
      JSON.stringify({ ...sampleMeta(), storage: { format: 'parquet', partitionBy, url: 'sample/' } });
    expect(validateMetadata(FILE, storage('country')).storage?.partitionBy).toBe('country');
    expect(validateMetadata(FILE, storage(['country'])).storage?.partitionBy).toEqual(['country']);
    expect(errorOf(storage(['country', 'source_id'])).message).toBe(
      'data/sample.meta.json: storage.partitionBy must name dimension columns that are not the time axis ("source_id")',
    );
    expect(errorOf(storage(['country', 'year'])).message).toBe(
      'data/sample.meta.json: storage.partitionBy must name dimension columns that are not the time axis ("year")',
    );
    expect(errorOf(storage(['country', 'country'])).message).toMatch(
      /^data\/sample\.meta\.json: storage\.partitionBy: .*names a column twice/,
    );
    expect(errorOf(storage([])).message).toMatch(/^data\/sample\.meta\.json: storage\.partitionBy: /);
  });

  it('rejects a chart axis that names no column', () => {
    const meta = sampleMeta({ display: { type: 'bar', x: 'destination' } });
    expect(errorOf(JSON.stringify(meta)).message).toMatch(/display\.x names no column/);
  });

  it('drops unpaired bidi controls from every text, keeping paired ones', () => {
    const meta = sampleMeta({
      title: 'Migrants \u202eevil',
      subtitle: 'Paired \u2067عربي\u2069 stays',
    });
    const parsed = validateMetadata(FILE, JSON.stringify(meta));
    expect(parsed.title).toBe('Migrants evil');
    expect(parsed.subtitle).toBe('Paired \u2067عربي\u2069 stays');
  });

  it('accepts http and https source links only', () => {
    for (const url of ['https://stat.uz/en/', 'http://example.org/report.pdf']) {
      const meta = { ...sampleMeta(), sources: [{ ...sampleMeta().sources[0], url }] };
      expect(validateMetadata(FILE, JSON.stringify(meta)).sources[0]!.url).toBe(url);
    }
    for (const url of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'https://', 'ftp://x.org/']) {
      const meta = { ...sampleMeta(), sources: [{ ...sampleMeta().sources[0], url }] };
      expect(errorOf(JSON.stringify(meta)).message).toMatch(
        /sources\[0\]\.url: expected a web address starting with http:\/\/ or https:\/\//,
      );
    }
  });

  it('rejects an id that does not match the file name', () => {
    expect(() => validateMetadata('data/other.meta.json', JSON.stringify(sampleMeta()))).toThrow(
      /does not match the file name/,
    );
  });

  describe('text per language', () => {
    const withTitle = (title: unknown) => JSON.stringify({ ...sampleMeta(), title });

    it('accepts {en, ru, uz} and uses English until asked for another language', () => {
      const meta = validateMetadata(FILE, withTitle({ en: 'Year', ru: 'Год', uz: 'Yil' }));
      expect(meta.title).toBe('Year');
      expect(localizeMeta(meta, 'ru').title).toBe('Год');
      expect(localizeMeta(meta, 'uz').title).toBe('Yil');
      expect(localizeMeta(meta, 'ru').englishOnly).not.toContain('title');
    });

    it('falls back to English where a language is missing, naming the field', () => {
      const meta = validateMetadata(FILE, withTitle({ en: 'Year', ru: 'Год' }));
      const uz = localizeMeta(meta, 'uz');
      expect(uz.title).toBe('Year');
      expect(uz.englishOnly).toContain('title');
      // The plain strings of the sample (labels, caveats) are English too.
      expect(uz.englishOnly).toContain('labels');
      expect(localizeMeta(meta, 'ru').englishOnly).not.toContain('title');
    });

    it('marks only the caveats and source caveats that have no translation', () => {
      const sample = sampleMeta();
      const meta = validateMetadata(
        FILE,
        JSON.stringify({
          ...sample,
          caveats: [{ en: 'Rounded.', ru: 'Округлено.', uz: 'Yaxlitlangan.' }, 'Not checked.'],
          sources: sample.sources.map((s) => ({ ...s, caveat: { en: 'Old.', ru: 'Устарело.' } })),
        }),
      );
      const ru = localizeMeta(meta, 'ru');
      expect(ru.caveats).toEqual(['Округлено.', 'Not checked.']);
      expect(inEnglish(ru, 'caveats.0')).toBe(false);
      expect(inEnglish(ru, 'caveats.1')).toBe(true);
      const source = `sources.${sample.sources[0]!.id}`;
      expect(inEnglish(ru, source)).toBe(false);
      expect(inEnglish(localizeMeta(meta, 'uz'), source)).toBe(true);
    });

    it('requires the English text', () => {
      expect(errorOf(withTitle({ ru: 'Год' })).message).toBe(
        'data/sample.meta.json: title: required field "en" is missing',
      );
    });

    it('names a language it does not know', () => {
      expect(errorOf(withTitle({ en: 'Year', fr: 'Année' })).message).toBe(
        'data/sample.meta.json: title: unknown key "fr" (a typing mistake, or a field this version does not have)',
      );
    });

    it('says what a title of the wrong type should be', () => {
      expect(errorOf(withTitle(5)).message).toBe(
        'data/sample.meta.json: title: expected text or text per language ({"en": …, "ru": …, "uz": …}), found the number 5',
      );
    });

    it('refuses an empty translation', () => {
      expect(errorOf(withTitle({ en: 'Year', ru: '' })).message).toBe(
        'data/sample.meta.json: title.ru: must not be empty',
      );
    });
  });
});
