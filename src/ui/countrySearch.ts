/**
 * Type-to-search over countries: by the name in the interface language, the ISO3 code, and common
 * alternative names ("Kyrgyz Republic", "UK", "Czechia"). Pure, so the combobox and the dataset
 * view's long filter lists rank alike.
 */
import { ownValue } from '../lib/ownValue.ts';

import { chunk } from '../lib/chunk.ts';

export interface SearchItem {
  code: string;
  name: string;
  /** Other names: the UN's name, English alternatives. */
  aliases: readonly string[];
}

/** Lower case, accents dropped: "Côte d’Ivoire" matches "cote". */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[’']/g, '')
    .toLowerCase()
    .trim();
}

function rank(item: SearchItem, q: string): number | undefined {
  const name = normalize(item.name);
  if (item.code.toLowerCase() === q) return 0;
  if (name.startsWith(q)) return 1;
  if (name.split(/[\s,()-]+/).some((word) => word.startsWith(q))) return 2;
  const aliases = item.aliases.map(normalize);
  if (aliases.some((a) => a.startsWith(q))) return 3;
  if (item.code.toLowerCase().startsWith(q)) return 4;
  if (name.includes(q) || aliases.some((a) => a.includes(q))) return 5;
  return undefined;
}

/** One collator for every sort: `localeCompare` sets one up on every call. */
let collator: Intl.Collator | undefined;

/** The items matching `query`, best first (then by name); all items, by name, for an empty query. */
export function searchCountries<T extends SearchItem>(items: readonly T[], query: string): T[] {
  const q = normalize(query);
  const compare = (collator ??= new Intl.Collator()).compare;
  const byName = (a: T, b: T) => compare(a.name, b.name);
  if (!q) return [...items].sort(byName);
  return items
    .map((item) => ({ item, r: rank(item, q) }))
    .filter((x): x is { item: T; r: number } => x.r !== undefined)
    .sort((a, b) => a.r - b.r || byName(a.item, b.item))
    .map((x) => x.item);
}

let englishNames: Readonly<Record<string, readonly string[]>> | undefined;

/** Names of this region's countries that the English list lacks (official and older forms). */
const REGION_NAMES: Record<string, string[]> = {
  KGZ: ['Kyrgyz Republic', 'Kirghizia', 'Kirgizia'],
  TJK: ['Tadzhikistan'],
  KAZ: ['Qazaqstan'],
  UZB: ['Ozbekiston'],
  TKM: ['Turkmenia'],
};

const aliases = chunk(
  'countryAliases',
  () => import('../i18n/countryAliases.generated.ts'),
  (m) => m.ENGLISH_NAMES,
);

/** English alternative names, loaded on first use (kept out of the first view's JavaScript). */
export async function loadAlternativeNames(): Promise<void> {
  if (englishNames) return;
  englishNames = await aliases.load();
}

/** The alternative names of an ISO3 code known so far (none before `loadAlternativeNames`). */
export function alternativeNames(iso3: string): string[] {
  // Own keys only: a code from the URL ("constructor") must not reach Object.prototype.
  return [...(ownValue(englishNames, iso3) ?? []), ...(ownValue(REGION_NAMES, iso3) ?? [])];
}
