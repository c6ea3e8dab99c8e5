import { DEFAULT_LOCALE, type Locale } from './i18n';

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * Formats a figure for display without rounding it: as many decimals as the source gave (up to 3),
 * grouped for the locale.
 */
export function formatNumber(value: number, locale: Locale = DEFAULT_LOCALE): string {
  const key = locale;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** A share or change computed by us: one decimal, with an explicit sign when asked. */
export function formatDerived(
  value: number,
  locale: Locale = DEFAULT_LOCALE,
  options: { signed?: boolean; digits?: number } = {},
): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: options.digits ?? 1,
    maximumFractionDigits: options.digits ?? 1,
    signDisplay: options.signed ? 'exceptZero' : 'auto',
  }).format(value);
}

/** A date the source gives as YYYY, YYYY-MM or YYYY-MM-DD, at that precision. */
export function formatPartialDate(iso: string, locale: Locale = DEFAULT_LOCALE): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) return iso;
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (month !== undefined) options.month = 'long';
  if (day !== undefined) options.day = 'numeric';
  return new Intl.DateTimeFormat(locale, options).format(date);
}
