import { COUNTRY_CODES } from './countryCodes.generated.ts';

/**
 * ISO 3166-1 code conversions from a generated table (tests/scripts/generate-country-codes.mjs):
 * alpha-3 → alpha-2 (for Intl.DisplayNames) and alpha-3 ↔ UN M49 numeric (the world map's ids).
 */

interface Codes {
  alpha2: Map<string, string>;
  m49: Map<string, string>;
  iso3ByM49: Map<string, string>;
}

let codes: Codes | undefined;

/** The table, read on first use. */
function table(): Codes {
  if (!codes) {
    codes = { alpha2: new Map(), m49: new Map(), iso3ByM49: new Map() };
    for (const entry of COUNTRY_CODES.split(',')) {
      const [iso3, alpha2, m49] = entry.split(' ') as [string, string, string];
      codes.alpha2.set(iso3, alpha2);
      codes.m49.set(iso3, m49);
      codes.iso3ByM49.set(m49, iso3);
    }
  }
  return codes;
}

/** "KAZ" → "KZ"; undefined for a code that is not ISO 3166-1 alpha-3. */
export function alpha2OfIso3(iso3: string): string | undefined {
  return table().alpha2.get(iso3);
}

/** "KAZ" → "398", zero-padded as the world topology writes it. */
export function m49OfIso3(iso3: string): string | undefined {
  return table().m49.get(iso3);
}

/** "398" (or "4" for "004") → "KAZ". */
export function iso3OfM49(m49: string): string | undefined {
  return table().iso3ByM49.get(m49.padStart(3, '0'));
}

/** Every ISO 3166-1 alpha-3 code the table knows. */
export function iso3Codes(): string[] {
  return [...table().alpha2.keys()];
}
