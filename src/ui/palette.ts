import { seriesColor, themeTokens } from './theme.ts';

/**
 * Series colours: Okabe–Ito hues (distinguishable with the common colour-vision deficiencies),
 * adjusted per theme to hold 3:1 against the background (values in ./theme). A colour is a CSS
 * reference, so a chart follows the theme shown without being drawn again.
 */
export function colorAt(index: number): string {
  return seriesColor(index);
}

/** How many distinct series colours there are (the same in every theme). */
export function paletteSize(): number {
  return themeTokens.light.series.length;
}
