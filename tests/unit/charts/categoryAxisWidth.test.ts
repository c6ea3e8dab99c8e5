import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  categoryAxisWidth,
  figureRoom,
  valueLabelRoom,
} from '../../../src/charts/categoryAxisWidth.ts';

// Russian and Uzbek figures group their digits with no-break spaces, at which recharts never wraps.
const word = fc.stringMatching(/^[a-zа-я0-9,()\u00a0\u202f]{1,14}$/);
const text = fc.array(word, { minLength: 1, maxLength: 5 }).map((w) => w.join(' '));

describe('horizontal bar chart layout', () => {
  it('the figure written after every bar ends inside the chart, and the bars keep room beside labels and figures', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 280, max: 1400 }),
        fc.array(fc.record({ value: fc.integer({ min: 0, max: 2_000_000 }), text }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.array(fc.constantFrom('Russia', 'Citizens who left the country for work'), {
          minLength: 1,
        }),
        (frame, bars, labels) => {
          const reserved = figureRoom(
            bars.map((b) => b.text),
            12,
          );
          const axis = categoryAxisWidth(frame, 260, labels, 12, reserved);
          const max = Math.max(1, ...bars.map((b) => b.value));
          const left = 8;
          const right = valueLabelRoom(frame, axis, left, bars, max, 12);
          const plot = frame - left - axis - right;
          expect(plot).toBeGreaterThan(0);
          for (const b of bars) {
            const end = left + axis + (plot * b.value) / max;
            expect(end + figureRoom([b.text], 12)).toBeLessThanOrEqual(frame + 1e-9);
          }
          // The longest bar keeps 30 % of the chart, or all its figure leaves of what the labels leave.
          const longest = Math.max(...bars.map((b) => b.value));
          if (longest > 0) {
            expect((plot * longest) / max).toBeGreaterThanOrEqual(
              Math.min(frame * 0.3, frame - left - axis - reserved) - 1,
            );
          }
        },
      ),
    );
  });

  it('on a desktop each figure stays on one line beside its bar', () => {
    const text = '111,000 (conflicts with another figure for the same year) ≠';
    const bars = [
      { value: 129_807, text },
      { value: 111_000, text },
    ];
    const axis = categoryAxisWidth(1000, 260, ['Russia'], 12, figureRoom([text], 12));
    const right = valueLabelRoom(1000, axis, 8, bars, 150_000, 12);
    const plot = 1000 - 8 - axis - right;
    // The whole figure as one word: its room on one line.
    const line = figureRoom([text.replace(/ /g, '\u00a0')], 12);
    for (const b of bars)
      expect(8 + axis + (plot * b.value) / 150_000 + line).toBeLessThanOrEqual(1000);
  });

  it('a figure whose digits are grouped by no-break spaces is one word, as recharts draws it', () => {
    // "754 981" in Russian: recharts cut it off at the chart's edge when it was counted as two.
    expect(figureRoom(['754\u00a0981'], 12)).toBe(figureRoom(['7549810'], 12));
    expect(figureRoom(['754\u202f981 (тыс.)'], 12)).toBe(figureRoom(['7549810'], 12));
    expect(figureRoom(['754 981'], 12)).toBe(figureRoom(['754'], 12));
  });
});
