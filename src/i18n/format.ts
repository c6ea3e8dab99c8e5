import { activeLocale, type Locale } from './i18n.ts';
import { intlHasData, shippedDates } from './intlData.ts';

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
 * Decimals a figure shows on charts, tables and in sentences, at most. A figure given with more
 * (the World Bank's 4.6337542222970199585) shows four significant digits if that is more exact
 * (0.001002, not 0.001); the tooltip and every download carry it whole (`formatNumber`'s `whole`).
 */
export const SHOWN_DECIMALS = 3;

/**
 * Formats a figure for display, grouped for the locale: as many decimals as the source gave, up
 * to SHOWN_DECIMALS (or four significant digits for a small figure); `whole` shows every digit.
 */
export function formatNumber(
  value: number,
  locale: Locale = activeLocale(),
  options: { whole?: boolean } = {},
): string {
  const whole = options.whole === true;
  return cached(`number|${locale}|${whole}`, () =>
    whole
      ? new Intl.NumberFormat(numberLocale(locale), { maximumFractionDigits: 20 })
      : new Intl.NumberFormat(numberLocale(locale), {
          maximumFractionDigits: SHOWN_DECIMALS,
          maximumSignificantDigits: 4,
          roundingPriority: 'morePrecision',
        }),
  ).format(value);
}

/**
 * A share or change computed by us: one decimal, or the decimals asked (those of the figures it
 * is from; beyond SHOWN_DECIMALS, shown as formatNumber shows a figure), with a sign when asked.
 */
export function formatDerived(
  value: number,
  locale: Locale = activeLocale(),
  options: { signed?: boolean; digits?: number } = {},
): string {
  const digits = options.digits ?? 1;
  const sign = options.signed ? 'exceptZero' : 'auto';
  // From figures given with more decimals than a figure shows: shown as such a figure is.
  const long = digits > SHOWN_DECIMALS;
  return cached(
    `derived|${locale}|${long ? 'long' : digits}|${sign}`,
    () =>
      new Intl.NumberFormat(
        numberLocale(locale),
        long
          ? {
              maximumFractionDigits: SHOWN_DECIMALS,
              maximumSignificantDigits: 4,
              roundingPriority: 'morePrecision',
              signDisplay: sign,
            }
          : { minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: sign },
      ),
  ).format(value);
}

/** A date the source gives as YYYY, YYYY-MM or YYYY-MM-DD, at that precision. */
export function formatPartialDate(iso: string, locale: Locale = activeLocale()): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) return iso;
  const words = intlHasData(locale);
  // Uzbek without the browser's data (Debian's Chromium): written as Intl writes it with its
  // data ("1-dekabr, 2005", shipped), not in figures nor as "1.dekabr".
  const shipped = words ? undefined : shippedDates(locale);
  if (shipped) return shipped(year, month, day);
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  // Without the language's month names, the date is written in figures (28.05.2024).
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
