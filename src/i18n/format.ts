import { activeLocale, type Locale } from './i18n.ts';
import { intlHasData } from './intlData.ts';

/**
 * Intl formatters are costly to make (hundreds per page and per filter change were measured);
 * one per locale and options is kept.
 */
type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat;
const formatters = new Map<string, Formatter>();

function cached<T extends Formatter>(key: string, make: () => T): T {
  let format = formatters.get(key) as T | undefined;
  if (!format) {
    format = make();
    formatters.set(key, format);
  }
  return format;
}

/**
 * The locale numbers are formatted in. Without Uzbek data, Russian's number symbols stand in:
 * CLDR gives Uzbek the same ones (decimal comma, no-break space between thousands).
 */
function numberLocale(locale: Locale): string {
  return locale === 'uz' && !intlHasData('uz') ? 'ru' : locale;
}

/**
 * Formats a figure for display without rounding it: as many decimals as the source gave (up to 3),
 * grouped for the locale.
 */
export function formatNumber(value: number, locale: Locale = activeLocale()): string {
  return cached(
    `number|${locale}`,
    () => new Intl.NumberFormat(numberLocale(locale), { maximumFractionDigits: 3 }),
  ).format(value);
}

/** A share or change computed by us: one decimal, with an explicit sign when asked. */
export function formatDerived(
  value: number,
  locale: Locale = activeLocale(),
  options: { signed?: boolean; digits?: number } = {},
): string {
  const digits = options.digits ?? 1;
  const sign = options.signed ? 'exceptZero' : 'auto';
  return cached(
    `derived|${locale}|${digits}|${sign}`,
    () =>
      new Intl.NumberFormat(numberLocale(locale), {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
        signDisplay: sign,
      }),
  ).format(value);
}

/** A date the source gives as YYYY, YYYY-MM or YYYY-MM-DD, at that precision. */
export function formatPartialDate(iso: string, locale: Locale = activeLocale()): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) return iso;
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  // Without the language's month names, the date is written in figures (28.05.2024).
  const words = intlHasData(locale);
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (month !== undefined) options.month = words ? 'long' : '2-digit';
  if (day !== undefined) options.day = words ? 'numeric' : '2-digit';
  const precision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  return cached(
    `date|${locale}|${precision}`,
    () => new Intl.DateTimeFormat(words ? locale : numberLocale(locale), options),
  ).format(date);
}

/** "Tajikistan, Kyrgyzstan and Uzbekistan", with the language's own "and". */
export function formatList(items: readonly string[], locale: Locale = activeLocale()): string {
  return cached(
    `list|${locale}`,
    () => new Intl.ListFormat(locale, { type: 'conjunction' }),
  ).format(items);
}
