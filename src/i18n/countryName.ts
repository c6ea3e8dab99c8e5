import { alpha2OfIso3 } from './countryCodes';
import { activeLocale, type Locale } from './i18n';

const displayNames = new Map<string, Intl.DisplayNames>();
/** Names found so far, per locale: `DisplayNames.of` is an ICU lookup, asked for on every render. */
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
 * The name of a country from its ISO 3166-1 alpha-3 code, in the interface language, from the
 * browser's own Intl data. Undefined for a code Intl does not know.
 */
export function countryName(iso3: string, locale: Locale = activeLocale()): string | undefined {
  let known = namesByLocale.get(locale);
  if (!known) namesByLocale.set(locale, (known = new Map()));
  if (!known.has(iso3)) {
    const alpha2 = alpha2OfIso3(iso3);
    known.set(iso3, alpha2 ? regionNames(locale).of(alpha2) : undefined);
  }
  return known.get(iso3);
}
