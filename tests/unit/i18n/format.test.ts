import { describe, expect, it } from 'vitest';
import { formatDerived, formatNumber } from '../../../src/i18n/format';

/**
 * Figures given with many decimals (the World Bank's 4.6337542222970199585): what a chart, table
 * and sentence show, and what the tooltip shows whole.
 */
// Read as the CSV reader reads it: the literal has more digits than a double keeps.
describe('figures with many decimals', () => {
  it('shows as many decimals as the source gave, up to three', () => {
    expect(formatNumber(6.8, 'en')).toBe('6.8');
    expect(formatNumber(652014, 'en')).toBe('652,014');
    expect(formatNumber(Number('4.6337542222970199585'), 'en')).toBe('4.634');
    expect(formatNumber(16.579258955340098, 'ru')).toBe('16,579');
  });

  it('shows a small figure with four significant digits, never as 0.001 or 0', () => {
    expect(formatNumber(0.001001999974, 'en')).toBe('0.001002');
    expect(formatNumber(0.0785628, 'en')).toBe('0.07856');
  });

  it('shows every decimal where asked for the whole figure (the tooltip)', () => {
    expect(formatNumber(Number('4.6337542222970199585'), 'en', { whole: true })).toBe(
      '4.63375422229702',
    );
    expect(formatNumber(0.001001999974, 'uz', { whole: true })).toBe('0,001001999974');
  });

  it('shows a change at the decimals of its figures, as a figure is shown beyond three', () => {
    expect(formatDerived(-5, 'en', { signed: true, digits: 1 })).toBe('-5.0');
    expect(formatDerived(9.79, 'en', { signed: true, digits: 3 })).toBe('+9.790');
    expect(formatDerived(6.72332817346099, 'en', { signed: true, digits: 14 })).toBe('+6.723');
    expect(formatDerived(-0.48719, 'en', { signed: true, digits: 10 })).toBe('-0.4872');
  });
});
