import { describe, expect, it } from 'vitest';
import { themes, themeTokens, type ThemeTokens } from '../../../src/ui/theme';

/** WCAG 2.x relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const GRAPHIC = 3;
const TEXT = 4.5;

describe('contrast of the theme colours (WCAG AA)', () => {
  it('computes the known ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  describe.each(themes)('%s theme', (theme) => {
    const tokens: ThemeTokens = themeTokens[theme];
    // Charts sit on cards (surface); the page background shows round them and in embeds.
    const grounds = { background: tokens.background, surface: tokens.surface };

    const graphics: [string, string][] = [
      ...tokens.series.map((c, i): [string, string] => [`series ${i}`, c]),
      ...tokens.ramp.map((c, i): [string, string] => [`map bin ${i}`, c]),
      ['neutral', tokens.neutral],
      ['rest of total', tokens.rest],
      ['flag outline', tokens.flag],
      ['gridline', tokens.grid],
      ['map no-data hatching', tokens.noData],
      ['map outline', tokens.mapOutline],
      ['event rule', tokens.event],
      ['focus ring', tokens.focus],
      ['control border', tokens.border],
    ];
    const texts: [string, string][] = [
      ['text', tokens.text],
      ['muted text', tokens.muted],
      ['link', tokens.link],
      ['axis labels', tokens.axis],
      ['notes', tokens.note],
      ['confirmations', tokens.ok],
      ['event list', tokens.event],
    ];

    it.each(graphics)('%s (%s) holds 3:1 on both grounds', (_, color) => {
      for (const ground of Object.values(grounds)) {
        expect(contrast(color, ground), `${color} on ${ground}`).toBeGreaterThanOrEqual(GRAPHIC);
      }
    });

    it.each(texts)('%s (%s) holds 4.5:1 on both grounds', (_, color) => {
      for (const ground of Object.values(grounds)) {
        expect(contrast(color, ground), `${color} on ${ground}`).toBeGreaterThanOrEqual(TEXT);
      }
    });

    it('text on tinted boxes (notices, errors, matrix cells) holds 4.5:1', () => {
      for (const tint of [
        tokens.noticeBackground,
        tokens.errorBackground,
        tokens.statusStrong,
        tokens.statusWeak,
        tokens.statusSigned,
      ]) {
        expect(contrast(tokens.text, tint), `${tokens.text} on ${tint}`).toBeGreaterThanOrEqual(
          TEXT,
        );
      }
      expect(contrast(tokens.headerText, tokens.headerBackground)).toBeGreaterThanOrEqual(TEXT);
    });
  });
});
