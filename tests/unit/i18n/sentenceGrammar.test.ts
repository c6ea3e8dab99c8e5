import type { ColumnTable } from 'arquero';
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChartModel } from '../../../src/views/dataset/model/chartModel';
import { chartSummary } from '../../../src/views/dataset/model/chartSummary';
import type { DatasetMeta, DatasetMetaSource } from '../../../src/data/metadataSchema';
import { localizeMeta } from '../../../src/data/metaText';
import {
  loadLaterMessages,
  loadLocale,
  setActiveLocale,
  t,
  type Locale,
} from '../../../src/i18n/i18n';
import { en as first, type MessageKey } from '../../../src/i18n/messages.en';
import { enLater } from '../../../src/i18n/messages.en.later';
import { availableChartTypes } from '../../../src/state/chartTypes';
import { datasetView } from '../../../src/views/dataset/model/datasetView';
import { hasStatedTotal } from '../../../src/views/dataset/model/datasetFilters';
import { defaultViewState } from '../../../src/state/viewState';
import { fileSystemSource } from '../../support/fileSystemSource';
import { TEST_TIMEOUT } from '../../testTimeout';

/**
 * Sentences the app builds from templates and figures, read as a speaker would. Uzbek case
 * suffixes are written joined to their word ("8 foizdan", "Oʻzbekistonda"); a template that puts
 * one after a figure with its unit, or after a quote, leaves it standing alone ("8 foiz dan").
 * Russian must not wrap a list of countries in «страны «…»» as if it were one country.
 */

/** A case suffix standing alone after a space, a quote or a bracket: "775 578 kishi dan". */
const DETACHED_SUFFIX =
  /(?:^|[\s«»“”"'([])(dan|da|ga|ka|qa|gacha|ning|ni|dagi|dek|lik|lar)(?=$|[\s.,;:!?)»”\]])/u;

function detachedSuffix(text: string): string | undefined {
  const found = DETACHED_SUFFIX.exec(text);
  return found ? text.slice(Math.max(0, found.index - 30), found.index + 12) : undefined;
}

const ids = readdirSync('data')
  .filter((f) => f.endsWith('.meta.json'))
  .map((f) => f.replace(/\.meta\.json$/, ''));
const data = new Map<string, { meta: DatasetMeta; table: ColumnTable }>();

beforeAll(async () => {
  await Promise.all([loadLocale('ru'), loadLocale('uz'), loadLaterMessages()]);
  const source = fileSystemSource();
  for (const id of ids) {
    const meta = await source.loadMetadata(`${id}.meta.json`);
    data.set(id, { meta, table: await source.loadTable(meta) });
  }
}, TEST_TIMEOUT);

/** The English catalogue: both its parts. */
const en: Record<MessageKey, unknown> = { ...first, ...enLater };

afterAll(() => setActiveLocale('en'));

/** Sample values for a template's placeholders: countries, years, counts, figures with units. */
function sampleValues(key: MessageKey, country: string, figure: string) {
  // The catalogue is compiled by the build (Lingui's form): a placeholder is `["name", …]`.
  const names = new Set([...JSON.stringify(en[key]).matchAll(/\["(\w+)"/g)].map((m) => m[1]!));
  return Object.fromEntries(
    [...names].map((name) => [
      name,
      ['count', 'rows', 'top'].includes(name)
        ? 3
        : /country|countries|origins/.test(name)
          ? country
          : /year|Year/.test(name)
            ? '2023'
            : figure,
    ]),
  );
}

/** Every template rendered with sample figures in `locale`. */
function renderedTemplates(locale: Locale, country: string, figure: string) {
  return (Object.keys(en) as MessageKey[]).map((key) => ({
    key,
    text: t(key, sampleValues(key, country, figure), locale),
  }));
}

/** The chart summaries of every dataset in each chart type it offers, as `locale` reads them. */
function summaries(locale: Locale): { where: string; text: string }[] {
  setActiveLocale(locale);
  const out: { where: string; text: string }[] = [];
  for (const id of ids) {
    const { meta, table } = data.get(id)!;
    const local = localizeMeta(meta, locale);
    const measures = hasStatedTotal(local)
      ? (['absolute', 'share'] as const)
      : (['absolute'] as const);
    for (const type of availableChartTypes(local)) {
      for (const measure of measures) {
        const slice = datasetView(table, local, { ...defaultViewState, measure }, type);
        for (const text of chartSummary(buildChartModel(local, slice, type), locale)) {
          out.push({ where: `${id} (${type}, ${measure})`, text });
        }
      }
    }
  }
  return out;
}

/** Every Uzbek text of the metadata files: titles, captions, units, value labels, caveats. */
function uzbekDatasetTexts(): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const walk = (value: unknown, where: string) => {
    if (value && typeof value === 'object') {
      const uz = (value as { uz?: unknown }).uz;
      if (typeof uz === 'string') out.push({ where, text: uz });
      else for (const [k, v] of Object.entries(value)) walk(v, `${where}.${k}`);
    }
  };
  for (const id of ids) {
    const written: DatasetMetaSource | undefined = data.get(id)!.meta.multilingual;
    walk(written, id);
  }
  return out;
}

describe('Uzbek sentences keep their suffixes joined', () => {
  it('the detector finds a suffix standing alone, and passes joined ones', () => {
    expect(detachedSuffix('2022 yilda 775 578 kishi dan 2023 yilda 652 014 kishi gacha')).toMatch(
      /kishi dan/,
    );
    expect(detachedSuffix('8 foiz dan')).toBeDefined();
    expect(detachedSuffix('«Asia-Plus» ga mos')).toBeDefined();
    expect(detachedSuffix('8 foizdan, Oʻzbekistonda, 10 tadan 5 ta, «-dan ortiq»')).toBeUndefined();
  });

  it('in every catalogue template, rendered with sample figures', () => {
    const bad = renderedTemplates('uz', 'Oʻzbekiston', '775 578 kishi')
      .map(({ key, text }) => ({ key, found: detachedSuffix(text) }))
      .filter(({ found }) => found !== undefined);
    expect(bad).toEqual([]);
  });

  it('in the chart summaries of every dataset, in every chart type it offers', () => {
    const sentences = summaries('uz');
    expect(sentences.length).toBeGreaterThan(20);
    const bad = sentences
      .map(({ where, text }) => ({ where, found: detachedSuffix(text) }))
      .filter(({ found }) => found !== undefined);
    expect(bad).toEqual([]);
  });

  it('in every Uzbek text of the datasets (units, labels, notes, caveats)', () => {
    const bad = uzbekDatasetTexts()
      .map(({ where, text }) => ({ where, found: detachedSuffix(text) }))
      .filter(({ found }) => found !== undefined);
    expect(bad).toEqual([]);
  });
});

describe('Russian sentences agree with what they name', () => {
  it('never calls several countries «страны «…»», as if they were one', () => {
    const several = 'Узбекистан, Таджикистан и Кыргызстан';
    // The titles the UN page fills with every country drawn (a list, from formatList).
    const lists: MessageKey[] = [
      'un.mapTitleOrigin',
      'un.mapTitleDestination',
      'un.flowsTitle',
      'un.flowsTitleDestination',
    ];
    const bad = renderedTemplates('ru', several, '775 578 человек').filter(
      ({ key, text }) =>
        lists.includes(key) && new RegExp(`стран[аеуыой]* «${several}»`).test(text),
    );
    expect(bad).toEqual([]);
  });

  it('summaries name their units in Russian, a figure with a fraction without «процентов»', () => {
    const bad = summaries('ru').filter(({ text }) => /\d,\d+ процентов/.test(text));
    expect(bad).toEqual([]);
  });
});
