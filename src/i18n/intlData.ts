import { chunk } from '../lib/chunk.ts';
import type { Locale } from './i18n.ts';

/**
 * What the browser's Intl knows of a language, and the CLDR data the app ships where it knows
 * nothing. Apart from i18n.ts (types only), so that i18n.ts can load it with a language without
 * an import cycle.
 */

/**
 * Whether the browser's Intl really has data for a language. Some builds accept a locale they
 * hold no data for and format it as the root locale (Debian's Chromium does so for Uzbek:
 * "97,210.5", "2024 M05").
 */
const hasData = new Map<Locale, boolean>();
export function intlHasData(locale: Locale): boolean {
  let known = hasData.get(locale);
  if (known === undefined) {
    const probe = (tag: string) => new Intl.NumberFormat(tag).format(1000.5);
    known = locale === 'en' || probe(locale) !== probe('en');
    hasData.set(locale, known);
  }
  return known;
}

/** Names from CLDR shipped with the app, for a language the browser's Intl holds no data for. */
const shipped = new Map<Locale, Readonly<Record<string, string>>>();
/** How dates are written in a language, shipped with its names. */
type DateWriter = (year: number, month?: number, day?: number) => string;
const shippedDateWriters = new Map<Locale, DateWriter>();
// Loaded as a chunk (src/lib/chunk.ts): Retry asks for it afresh.
const uzbekNames = chunk('countryNames.uz', () => import('./uzbekShipped.ts'));

/**
 * Makes country names in `locale` available where the browser lacks them: Uzbek, whose CLDR names
 * Debian's Chromium (and any build with reduced ICU data) does not carry. Fetched only there.
 */
export async function loadCountryNames(locale: Locale): Promise<void> {
  if (locale !== 'uz' || shipped.has(locale) || intlHasData(locale)) return;
  const data = await uzbekNames.load();
  shipped.set(locale, data.UZBEK_NAMES);
  shippedDateWriters.set(locale, data.uzbekDate);
}

/** How `locale` writes a date ("1-dekabr, 2005"), if loadCountryNames fetched it. */
export function shippedDates(locale: Locale): DateWriter | undefined {
  return shippedDateWriters.get(locale);
}

/** The country names shipped for `locale` (by alpha-3 code), if loadCountryNames fetched any. */
export function shippedCountryNames(locale: Locale): Readonly<Record<string, string>> | undefined {
  return shipped.get(locale);
}

/**
 * Country names for `locale` as a page written at build used them (its runtime's CLDR names,
 * which a browser's may word differently: "Palestinian Territories", "Palestine"): the page goes
 * on naming countries as its HTML does, in every view.
 */
export function adoptCountryNames(locale: Locale, names: Readonly<Record<string, string>>): void {
  shipped.set(locale, names);
}
