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
          // The longest bar and its figure fill what the labels leave.
          const longest = bars.reduce((a, b) => (b.value > a.value ? b : a));
          if (longest.value > 0 && reserved <= frame * 0.3) {
            expect((plot * longest.value) / max).toBeGreaterThanOrEqual(
              frame - left - axis - reserved - 1,
            );
          }
        },
      ),
    );
  });

  it('a figure whose digits are grouped by no-break spaces is one word, as recharts draws it', () => {
    // "754 981" in Russian: recharts cut it off at the chart's edge when it was counted as two.
    expect(figureRoom(['754\u00a0981'], 12)).toBe(figureRoom(['7549810'], 12));
    expect(figureRoom(['754\u202f981 (тыс.)'], 12)).toBe(figureRoom(['7549810'], 12));
    expect(figureRoom(['754 981'], 12)).toBe(figureRoom(['754'], 12));
  });
});
