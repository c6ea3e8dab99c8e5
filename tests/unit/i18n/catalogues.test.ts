import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../../../src/i18n/format';
import { browserLocale, loadLaterMessages, loadLocale, LOCALES, t } from '../../../src/i18n/i18n';
import { en as first } from '../../../src/i18n/messages.en';
import { enLater } from '../../../src/i18n/messages.en.later';
import { ru } from '../../../src/i18n/messages.ru';
import { uz } from '../../../src/i18n/messages.uz';

/** The English catalogue: both its parts (the first view's, and the lazily loaded parts'). */
const en = { ...first, ...enLater };

const SRC = path.join(import.meta.dirname, '../../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(name) && !/^messages\.[\w.]+\.ts$/.test(name) ? [file] : [];
  });
}

/**
 * The keys the code uses: every key written as a string literal, and every key a template
 * builds from its prefix (`concept.${meta.concept}` uses every `concept.` key).
 */
function usedKeys(): Set<string> {
  const code = sourceFiles(SRC)
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  const prefixes = [...code.matchAll(/`([a-zA-Z]+\.[\w.-]*)\$\{/g)].map((m) => m[1]!);
  return new Set(
    Object.keys(en).filter(
      (key) =>
        ['`', "'", '"'].some((q) => code.includes(`${q}${key}${q}`)) ||
        prefixes.some((prefix) => key.startsWith(prefix)),
    ),
  );
}

describe('message catalogues', () => {
  it('every English message is used by the code', () => {
    const used = usedKeys();
    expect(Object.keys(en).filter((key) => !used.has(key))).toEqual([]);
  });

  it.each([
    ['ru', ru],
    ['uz', uz],
  ])('%s has every English key and no other', (_, catalogue) => {
    const keys = Object.keys(catalogue);
    expect(Object.keys(en).filter((key) => !keys.includes(key))).toEqual([]);
    expect(keys.filter((key) => !(key in en))).toEqual([]);
  });
});

describe('messages in each language', () => {
  beforeAll(async () => {
    await Promise.all([...LOCALES.map(loadLocale), loadLaterMessages()]);
  });

  it('Russian plurals take one, few and many: 1 строка, 2 строки, 5 строк, 21 строка', () => {
    const rows = (n: number) =>
      /`x\.csv`: (\d+ \S+)/.exec(t('export.readme', { file: 'x.csv', rows: n }, 'ru'))?.[1];
    expect([1, 2, 5, 21].map(rows)).toEqual(['1 строка', '2 строки', '5 строк', '21 строка']);
    expect([1, 2, 5, 21].map((count) => t('combobox.results', { count }, 'ru'))).toEqual([
      'Найдена 1 страна',
      'Найдено 2 страны',
      'Найдено 5 стран',
      'Найдена 21 страна',
    ]);
  });

  it('a value showing a control character as \\u202e stays text, not the character', () => {
    expect(t('app.ignored', { values: 'sex=\\u202eelamef' }, 'en')).toBe(
      'Ignored in the address: sex=\\u202eelamef',
    );
  });

  it('English says "1 row", not "1 rows"', () => {
    const text = (n: number) => t('export.readme', { file: 'x.csv', rows: n }, 'en');
    expect(text(1)).toContain('`x.csv`: 1 row,');
    expect(text(1234)).toContain('`x.csv`: 1,234 rows,');
  });

  it('counts in a plural are grouped for the language', () => {
    expect(t('combobox.results', { count: 1234 }, 'ru')).toBe('Найдено 1\u00a0234 страны');
    expect(t('combobox.results', { count: 1234 }, 'uz')).toBe('1\u00a0234 ta mamlakat topildi');
  });

  it('numbers follow the language: Uzbek groups with a space and uses a decimal comma', () => {
    expect(formatNumber(1234567.5, 'uz')).toBe('1\u00a0234\u00a0567,5');
    expect(formatNumber(1234567.5, 'en')).toBe('1,234,567.5');
  });

  it('Uzbek is written with oʻ and gʻ (U+02BB) and the tutuq belgisi ʼ (U+02BC), never ASCII', () => {
    const text = Object.values(uz).join(' ');
    expect(text).not.toMatch(/[OoGg]['‘’`]/);
    expect(text).toContain('Oʻzbekiston');
    expect(text).toContain('maʼlumot');
  });
});

describe('browserLocale', () => {
  it.each([
    [['ru-RU', 'en'], 'ru'],
    [['uz-Latn-UZ'], 'uz'],
    [['en-GB', 'ru'], 'en'],
    [['de-DE', 'ru-RU'], 'ru'],
    [['tg-TJ'], 'ru'],
    [['fr-FR'], 'en'],
    [[], 'en'],
  ])('%j → %s', (languages, locale) => {
    expect(browserLocale(languages)).toBe(locale);
  });
});
