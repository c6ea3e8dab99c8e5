import { alpha2OfIso3 } from './countryCodes.ts';
import { activeLocale, type Locale } from './i18n.ts';
import { shippedCountryNames } from './intlData.ts';

export { adoptCountryNames, loadCountryNames } from './intlData.ts';

const displayNames = new Map<string, Intl.DisplayNames>();
/**
 * Names found so far, per locale (and whether shipped names were there): `DisplayNames.of` is an
 * ICU lookup, asked for on every render.
 */
const namesByLocale = new Map<string, Map<string, string | undefined>>();

function regionNames(locale: Locale): Intl.DisplayNames {
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    displayNames.set(locale, names);
  }
  return names;
}

/**
 * Where CLDR's name is not the one the region's statistics offices write: stat.kg, stat.uz and
 * stat.tj write «Кыргызстан» in Russian (CLDR: «Киргизия»), as our catalogue and data do, so a
 * country has one name in every view, file and image.
 */
const OFFICE_NAMES = new Map<string, string>([['ru|KGZ', 'Кыргызстан']]);

/**
 * The name of a country from its ISO 3166-1 alpha-3 code, in the interface language, from the
 * browser's own Intl data (or the CLDR names loadCountryNames shipped, where it has none).
 * Undefined for a code Intl does not know.
 */
export function countryName(iso3: string, locale: Locale = activeLocale()): string | undefined {
  const table = shippedCountryNames(locale);
  const key = table ? `${locale} shipped` : locale;
  let known = namesByLocale.get(key);
  if (!known) namesByLocale.set(key, (known = new Map()));
  if (!known.has(iso3)) {
    const alpha2 = alpha2OfIso3(iso3);
    // Only a real code (it has an alpha-2) is looked up, so "constructor" never reads the table.
    known.set(
      iso3,
      alpha2 === undefined
        ? undefined
        : (OFFICE_NAMES.get(`${locale}|${iso3}`) ??
            (table ? table[iso3] : regionNames(locale).of(alpha2))),
    );
  }
  return known.get(iso3);
}
