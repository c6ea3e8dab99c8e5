import { COUNTRY_CODES } from './countryCodes.generated.ts';

/**
 * ISO 3166-1 alpha-3 → alpha-2 (for Intl.DisplayNames), from a generated table
 * (tests/scripts/generate-country-codes.mjs). The UN M49 numbers, which only the world map needs,
 * are in countryM49.ts, so they load with the map.
 */

let alpha2: Map<string, string> | undefined;

/** The table, read on first use. */
function table(): Map<string, string> {
  if (!alpha2) {
    alpha2 = new Map();
    for (const entry of COUNTRY_CODES.split(',')) {
      // "AFG" (alpha-2 "AF") or "ABWAW" (alpha-2 "AW").
      alpha2.set(entry.slice(0, 3), entry.slice(3) || entry.slice(0, 2));
    }
  }
  return alpha2;
}

/** "KAZ" → "KZ"; undefined for a code that is not ISO 3166-1 alpha-3. */
export function alpha2OfIso3(iso3: string): string | undefined {
  return table().get(iso3);
}

/** Every ISO 3166-1 alpha-3 code the table knows. */
export function iso3Codes(): string[] {
  return [...table().keys()];
}
