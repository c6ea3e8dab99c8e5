import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { everyDatasetInEveryLanguage } from '../../../../support/everyDataset';
import { readerFilters } from '../../../../support/readerFilters';
import { TEST_TIMEOUT } from '../../../../testTimeout';
import {
  buildChartModel,
  type ChartModel,
} from '../../../../../src/views/dataset/model/chartModel';
import { datasetView } from '../../../../../src/views/dataset/model/datasetView';
import {
  crosses,
  layoutPartLabels,
  lineSegments,
  type Box,
} from '../../../../../src/views/dataset/model/partLabels';
import { localizeMeta } from '../../../../../src/data/metaText';
import { setActiveLocale, type Locale } from '../../../../../src/i18n/i18n';
import { availableChartTypes } from '../../../../../src/state/chartTypes';
import { defaultViewState } from '../../../../../src/state/viewState';

const loaded = everyDatasetInEveryLanguage();

/** The plot areas of the line chart at 390 px and at 1,280 px (what recharts leaves inside). */
const PLOTS: Box[] = [
  { x: 60, y: 16, width: 270, height: 290 },
  { x: 90, y: 16, width: 1080, height: 290 },
];

/** Where recharts puts a point: years ± half a year across the plot, zero to the axis' top up it. */
function placed(model: ChartModel & { lines: NonNullable<ChartModel['lines']> }, plot: Box) {
  const xs = model.marks.map((m) => Number(m.x));
  const [from, to] = [Math.min(...xs) - 0.5, Math.max(...xs) + 0.5];
  const top = model.valueAxis!.max;
  const at = (p: { x: number; value: number }) => ({
    x: plot.x + ((p.x - from) / (to - from)) * plot.width,
    y: plot.y + plot.height - (p.value / top) * plot.height,
  });
  return {
    labels: layoutPartLabels(model.lines, at, plot),
    segments: lineSegments(model.lines, at),
    marks: [
      ...model.lines.partial,
      ...model.lines.series.flatMap((s) => s.segments.flat()),
      ...model.lines.alternatives,
    ].map(at),
  };
}

const intersects = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('part-year labels, over every dataset with lines, language and screen', () => {
  it(
    'never overlap one another, a mark or a line, never cross the plot edge, and are never cut',
    () => {
      let labels = 0;
      for (const d of loaded.filter((x) => availableChartTypes(x.meta).includes('line'))) {
        const { controls } = datasetView(d.table, d.meta, defaultViewState);
        const views = fc.record({
          filters: fc.record(readerFilters(controls)),
          locale: fc.constantFrom<Locale>('en', 'ru', 'uz'),
        });
        fc.assert(
          fc.property(views, ({ filters, locale }) => {
            setActiveLocale(locale);
            const meta = localizeMeta(d.meta, locale);
            const slice = datasetView(d.table, meta, { ...defaultViewState, filters }, 'line');
            const model = buildChartModel(meta, slice, 'line');
            if (!model.lines || model.lines.partial.length === 0) return;
            for (const plot of PLOTS) {
              const {
                labels: laid,
                segments,
                marks,
              } = placed({ ...model, lines: model.lines }, plot);
              labels += laid.length;
              laid.forEach((a, i) => {
                expect(a.text).toBe(a.point.observation.period);
                expect(a.box.x).toBeGreaterThanOrEqual(plot.x);
                expect(a.box.y).toBeGreaterThanOrEqual(plot.y);
                expect(a.box.x + a.box.width).toBeLessThanOrEqual(plot.x + plot.width);
                expect(a.box.y + a.box.height).toBeLessThanOrEqual(plot.y + plot.height);
                for (const b of laid.slice(i + 1)) expect(intersects(a.box, b.box)).toBe(false);
                // Nor over a line or a mark: the reader sees which diamond it names.
                expect(segments.some((s) => crosses(s, a.box))).toBe(false);
                for (const m of marks) {
                  expect(intersects(a.box, { x: m.x - 5, y: m.y - 5, width: 10, height: 10 })).toBe(
                    false,
                  );
                }
              });
            }
          }),
          { numRuns: d.table.numRows() > 10_000 ? 3 : 40, seed: 20261207 },
        );
      }
      expect(labels).toBeGreaterThan(20);
    },
    TEST_TIMEOUT,
  );

  it('tells a line through a label from one beside it', () => {
    const box = { x: 10, y: 10, width: 40, height: 10 };
    expect(crosses({ x1: 0, y1: 0, x2: 60, y2: 30 }, box)).toBe(true);
    expect(crosses({ x1: 30, y1: 0, x2: 30, y2: 40 }, box)).toBe(true);
    expect(crosses({ x1: 0, y1: 25, x2: 60, y2: 25 }, box)).toBe(false);
    expect(crosses({ x1: 0, y1: 0, x2: 8, y2: 40 }, box)).toBe(false);
  });

  it('the Tajik series in Russian: every part-year period written whole at 1,280 px', () => {
    const d = loaded.find((x) => x.meta.id === 'tajik-migrants-series')!;
    setActiveLocale('ru');
    const meta = localizeMeta(d.meta, 'ru');
    const slice = datasetView(d.table, meta, defaultViewState, 'line');
    const model = buildChartModel(meta, slice, 'line');
    const laid = placed({ ...model, lines: model.lines! }, PLOTS[1]!).labels;
    expect(model.lines!.partial.length).toBeGreaterThan(0);
    expect(laid.map((l) => l.text).join(' ')).toMatch(/январь/i);
    expect(laid.every((l) => !l.text.endsWith('…'))).toBe(true);
  });
});
