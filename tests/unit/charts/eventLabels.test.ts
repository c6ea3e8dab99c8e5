import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutEventLabels } from '../../../src/charts/eventLabels';

/**
 * Event numbers over a line chart's dashed lines: two events in one year (or in neighbouring years
 * on a narrow slide) were drawn on top of each other and read "4/5".
 */
const plot = { x: 60, y: 20, width: 1000, height: 300 };
const xOf = (from: number, to: number) => (year: number) =>
  plot.x + ((year - from + 0.5) / (to - from + 1)) * plot.width;

describe('layoutEventLabels', () => {
  it('says the events of one year in one label over their shared line, each number once', () => {
    const years = [2005, 2015, 2015, 2019, 2024, 2024, 2024, 2024];
    const labels = layoutEventLabels(years, xOf(2000, 2024), plot, 14);
    expect(labels.map((l) => l.text)).toEqual(['1', '2, 3', '4', '5–8']);
    expect(Math.abs(labels[1]!.x - xOf(2000, 2024)(2015))).toBeLessThan(1);
  });

  it('never lets two numbers overlap, and keeps them within the plot’s width', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1990, max: 2024 }), { minLength: 1, maxLength: 40 }),
        fc.constantFrom(11, 14, 16),
        (years, size) => {
          const sorted = [...years].sort((a, b) => a - b);
          const labels = layoutEventLabels(sorted, xOf(1990, 2024), plot, size);
          expect(labels).toHaveLength(new Set(sorted).size);
          for (const [i, a] of labels.entries()) {
            expect(a.box.x).toBeGreaterThanOrEqual(plot.x);
            expect(a.box.x + a.box.width).toBeLessThanOrEqual(plot.x + plot.width);
            for (const b of labels.slice(i + 1)) {
              const apart =
                a.box.x + a.box.width <= b.box.x ||
                b.box.x + b.box.width <= a.box.x ||
                a.box.y + a.box.height <= b.box.y ||
                b.box.y + b.box.height <= a.box.y;
              expect(apart).toBe(true);
            }
          }
        },
      ),
    );
  });
});
