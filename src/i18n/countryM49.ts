import { COUNTRY_M49 } from './countryM49.generated.ts';

/**
 * ISO 3166-1 alpha-3 ↔ UN M49 numeric (the world map's ids), from a generated table
 * (tests/scripts/generate-country-codes.mjs); a module of its own, loaded with the map.
 */

interface Codes {
  m49: Map<string, string>;
  iso3ByM49: Map<string, string>;
}

let codes: Codes | undefined;

/** The table, read on first use. */
function table(): Codes {
  if (!codes) {
    codes = { m49: new Map(), iso3ByM49: new Map() };
    for (const entry of COUNTRY_M49.split(',')) {
      // "KAZ398"
      const [iso3, m49] = [entry.slice(0, 3), entry.slice(3)];
      codes.m49.set(iso3, m49);
      codes.iso3ByM49.set(m49, iso3);
    }
  }
  return codes;
}

/** "KAZ" → "398", zero-padded as the world topology writes it. */
export function m49OfIso3(iso3: string): string | undefined {
  return table().m49.get(iso3);
}

/** "398" (or "4" for "004") → "KAZ". */
export function iso3OfM49(m49: string): string | undefined {
  return table().iso3ByM49.get(m49.padStart(3, '0'));
}
