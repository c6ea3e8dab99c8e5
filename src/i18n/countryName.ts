import { alpha2OfIso3 } from './countryCodes';
import { DEFAULT_LOCALE, type Locale } from './i18n';

const displayNames = new Map<string, Intl.DisplayNames>();

/**
 * The name of a country from its ISO 3166-1 alpha-3 code, in the interface language, from the
 * browser's own Intl data. Undefined for a code Intl does not know.
 */
export function countryName(iso3: string, locale: Locale = DEFAULT_LOCALE): string | undefined {
  const alpha2 = alpha2OfIso3(iso3);
  if (!alpha2) return undefined;
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    displayNames.set(locale, names);
  }
  return names.of(alpha2);
}
