import { beforeAll, describe, expect, it } from 'vitest';
import {
  alternativeNames,
  loadAlternativeNames,
  searchCountries,
  type SearchItem,
} from '../../../src/ui/countrySearch';
import { countryName } from '../../../src/i18n/countryName';

const codes = ['KAZ', 'KGZ', 'TJK', 'UZB', 'RUS', 'GBR', 'CIV', 'CZE', 'USA'];
let items: SearchItem[] = [];
beforeAll(async () => {
  await loadAlternativeNames();
  items = codes.map((code) => ({
    code,
    name: countryName(code)!,
    aliases: alternativeNames(code),
  }));
});
const first = (q: string) => searchCountries(items, q)[0]?.code;

describe('country search', () => {
  it('finds a country from the start of its name, any case', () => {
    expect(first('kyrg')).toBe('KGZ');
    expect(first('TAJ')).toBe('TJK');
  });
  it('finds a country from its ISO3 code before any name containing the letters', () => {
    expect(first('KGZ')).toBe('KGZ');
    expect(first('rus')).toBe('RUS');
    expect(first('usa')).toBe('USA');
  });
  it('finds common alternative names and ignores accents', () => {
    expect(first('kyrgyz republic')).toBe('KGZ');
    expect(first('great brit')).toBe('GBR');
    expect(first('czech republic')).toBe('CZE');
    expect(first('cote')).toBe('CIV');
  });
  it('finds nothing for nonsense, and everything by name for an empty query', () => {
    expect(searchCountries(items, 'zzzz')).toEqual([]);
    expect(searchCountries(items, '').map((i) => i.code)).toHaveLength(codes.length);
  });
});
