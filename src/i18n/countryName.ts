import { chunk } from '../lib/chunk';
import { alpha2OfIso3 } from './countryCodes';
import { intlHasData } from './format';
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

/** Names from CLDR shipped with the app, for a language the browser's Intl holds no data for. */
const shipped = new Map<Locale, Readonly<Record<string, string>>>();
const uzbekNames = chunk(
  'countryNames.uz',
  () => import('./countryNames.uz.generated'),
  (m) => m.UZBEK_NAMES,
);

/**
 * Makes country names in `locale` available where the browser lacks them: Uzbek, whose CLDR names
 * Debian's Chromium (and any build with reduced ICU data) does not carry. Fetched only there.
 */
export async function loadCountryNames(locale: Locale): Promise<void> {
  if (locale !== 'uz' || shipped.has(locale) || intlHasData(locale)) return;
  shipped.set(locale, await uzbekNames.load());
  namesByLocale.delete(locale);
}

/**
 * The name of a country from its ISO 3166-1 alpha-3 code, in the interface language, from the
 * browser's own Intl data (or the CLDR names loadCountryNames shipped, where it has none).
 * Undefined for a code Intl does not know.
 */
export function countryName(iso3: string, locale: Locale = activeLocale()): string | undefined {
  let known = namesByLocale.get(locale);
  if (!known) namesByLocale.set(locale, (known = new Map()));
  if (!known.has(iso3)) {
    const alpha2 = alpha2OfIso3(iso3);
    // Only a real code (it has an alpha-2) is looked up, so "constructor" never reads the table.
    const table = shipped.get(locale);
    known.set(
      iso3,
      alpha2 === undefined ? undefined : table ? table[iso3] : regionNames(locale).of(alpha2),
    );
  }
  return known.get(iso3);
}
