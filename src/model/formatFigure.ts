import { formatNumber } from '../i18n/format.ts';
import { activeLocale, t, type Locale } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/messages.en.ts';
import { ownValue } from '../lib/ownValue.ts';

/** Signs for the qualifiers sources use; any other qualifier is written out in words. */
const QUALIFIER_SIGNS: Record<string, string> = {
  'more than': '>',
  over: '>',
  'just over': '>',
  'at least': '≥',
  about: '≈',
  approx: '≈',
  'approx.': '≈',
  around: '≈',
};

/** Qualifiers written out in words, in the reader's language. */
const QUALIFIER_WORDS: Record<string, MessageKey> = {
  almost: 'qualifier.almost',
  nearly: 'qualifier.almost',
  estimated: 'qualifier.estimated',
};

/**
 * A figure as the source gave it: "> 463,000", "≈ 14,000", "almost 33,000", "652,014"; `whole`
 * shows every decimal of a figure given with more than a chart shows (the tooltip's).
 */
export function formatFigure(
  value: number | null,
  qualifier: string | undefined,
  locale: Locale = activeLocale(),
  options: { whole?: boolean } = {},
): string {
  if (value === null) return '–';
  const number = formatNumber(value, locale, options);
  if (!qualifier) return number;
  const sign = ownValue(QUALIFIER_SIGNS, qualifier.toLowerCase());
  if (sign) return `${sign} ${number}`;
  const words = ownValue(QUALIFIER_WORDS, qualifier.toLowerCase());
  return words ? t(words, { figure: number }, locale) : `${qualifier} ${number}`;
}

/** "652,014 persons", "6.8 percent". */
export function formatWithUnit(
  value: number | null,
  qualifier: string | undefined,
  unit: string,
  locale: Locale = activeLocale(),
  options: { whole?: boolean } = {},
): string {
  const figure = formatFigure(value, qualifier, locale, options);
  return unit ? `${figure} ${unit}` : figure;
}
