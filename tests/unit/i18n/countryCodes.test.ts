import { readdirSync, readFileSync } from 'node:fs';
import countries from 'i18n-iso-countries';
import codes from 'i18n-iso-countries/codes.json';
import english from 'i18n-iso-countries/langs/en.json';
import { describe, expect, it } from 'vitest';
import { ENGLISH_NAMES } from '../../../src/i18n/countryAliases.generated';
import { UZBEK_NAMES } from '../../../src/i18n/countryNames.uz.generated';
import { alpha2OfIso3 } from '../../../src/i18n/countryCodes';
import { iso3OfM49, m49OfIso3 } from '../../../src/i18n/countryM49';
import { countryName } from '../../../src/i18n/countryName';
import { alternativeNames, loadAlternativeNames } from '../../../src/ui/countrySearch';

// The app ships a generated table instead of i18n-iso-countries (a devDependency): it must answer
// exactly as the library does. A failure here means: run tests/scripts/generate-country-codes.mjs.
describe('generated ISO 3166-1 table', () => {
  it('converts every code as i18n-iso-countries does', () => {
    expect(codes.length).toBeGreaterThan(240);
    for (const [alpha2, alpha3, numeric] of codes as [string, string, string][]) {
      expect(alpha2OfIso3(alpha3)).toBe(countries.alpha3ToAlpha2(alpha3));
      expect(alpha2OfIso3(alpha3)).toBe(alpha2);
      expect(m49OfIso3(alpha3)).toBe(countries.alpha3ToNumeric(alpha3));
      expect(iso3OfM49(numeric)).toBe(alpha3);
    }
  });

  it('reads M49 codes written without leading zeros, and knows no others', () => {
    expect(iso3OfM49('4')).toBe('AFG');
    expect(iso3OfM49('398')).toBe('KAZ');
    expect(iso3OfM49('999')).toBeUndefined();
    expect(alpha2OfIso3('XKX')).toBeUndefined();
    expect(alpha2OfIso3('constructor')).toBeUndefined();
    expect(m49OfIso3('kaz')).toBeUndefined();
  });

  it('names countries in the interface language from Intl', () => {
    expect(countryName('KGZ', 'en')).toBe('Kyrgyzstan');
    expect(countryName('ZZZ', 'en')).toBeUndefined();
  });

  it("gives Kyrgyzstan one Russian name, the statistics offices' «Кыргызстан», in every text", () => {
    // CLDR (and so Intl) says «Киргизия»; the catalogue, the data and stat.kg say «Кыргызстан».
    expect(countryName('KGZ', 'ru')).toBe('Кыргызстан');
    const texts = [
      readFileSync('src/i18n/messages.ru.ts', 'utf8'),
      ...readdirSync('data')
        .filter((f) => /\.(json|csv)$/.test(f))
        .map((f) => readFileSync(`data/${f}`, 'utf8')),
    ];
    for (const text of texts) expect(text).not.toMatch(/Кирги[зс]/);
  });

  it('offers every English name the library has, for search', async () => {
    const byAlpha2 = english.countries as Record<string, string | string[]>;
    for (const [alpha2, alpha3] of codes as [string, string][]) {
      const names = byAlpha2[alpha2];
      expect(ENGLISH_NAMES[alpha3] ?? []).toEqual(
        names === undefined ? [] : Array.isArray(names) ? names : [names],
      );
    }
    await loadAlternativeNames();
    expect(alternativeNames('GBR')).toContain('UK');
    expect(alternativeNames('KGZ')).toContain('Kyrgyz Republic');
    expect(alternativeNames('constructor')).toEqual([]);
  });

  // For browsers without Uzbek Intl data; the figures' countries must read as Tashkent writes them.
  it('ships the Uzbek (Latin) name of every country, as CLDR writes them', () => {
    expect(Object.keys(UZBEK_NAMES).length).toBeGreaterThan(240);
    for (const [, alpha3] of codes as [string, string][]) {
      expect(UZBEK_NAMES[alpha3], alpha3).toMatch(/\p{L}/u);
    }
    expect(
      ['UZB', 'TJK', 'KGZ', 'KAZ', 'RUS', 'TUR', 'KOR'].map((code) => UZBEK_NAMES[code]),
    ).toEqual([
      'Oʻzbekiston',
      'Tojikiston',
      'Qirgʻiziston',
      'Qozogʻiston',
      'Rossiya',
      'Turkiya',
      'Janubiy Koreya',
    ]);
  });
});
