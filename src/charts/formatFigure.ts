import { formatNumber } from '../i18n/format';
import { DEFAULT_LOCALE, type Locale } from '../i18n/i18n';

/** Signs for the qualifiers sources use; any other qualifier is written out in words. */
const QUALIFIER_SIGNS: Record<string, string> = {
  'more than': '>',
  over: '>',
  'just over': '>',
  about: '≈',
  approx: '≈',
  'approx.': '≈',
  around: '≈',
};

/** A figure as the source gave it: "> 463,000", "≈ 14,000", "almost 33,000", "652,014". */
export function formatFigure(
  value: number | null,
  qualifier: string | undefined,
  locale: Locale = DEFAULT_LOCALE,
): string {
  if (value === null) return '–';
  const number = formatNumber(value, locale);
  if (!qualifier) return number;
  const sign = QUALIFIER_SIGNS[qualifier.toLowerCase()];
  return sign ? `${sign} ${number}` : `${qualifier} ${number}`;
}

/** "652,014 persons", "6.8 percent". */
export function formatWithUnit(
  value: number | null,
  qualifier: string | undefined,
  unit: string,
  locale: Locale = DEFAULT_LOCALE,
): string {
  const figure = formatFigure(value, qualifier, locale);
  return unit ? `${figure} ${unit}` : figure;
}
