import { colorAt } from '../ui/palette.ts';

/**
 * One colour per country for a whole page: the chosen countries first, then every other country
 * in the order it first appears. Panels, lines, bands and the map draw a country alike.
 */
export function countryColors(order: readonly string[]): (code: string) => string {
  const index = new Map<string, number>();
  for (const code of order) if (!index.has(code)) index.set(code, index.size);
  return (code) => colorAt(index.get(code) ?? index.size);
}
