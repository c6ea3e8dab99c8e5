import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildChartModel,
  type ChartModel,
} from '../../../../../src/views/dataset/model/chartModel';
import { datasetView } from '../../../../../src/views/dataset/model/datasetView';
import { availableChartTypes } from '../../../../../src/state/chartTypes';
import { defaultViewState, type ViewState } from '../../../../../src/state/viewState';
import type { DisplayType } from '../../../../../src/data/metadataSchema';
import { timeAxis, yearTicksFor } from '../../../../../src/model/niceAxis';
import { loadEveryDataset, type LoadedDataset } from '../../../../support/fileSystemSource';
import { readerFilters } from '../../../../support/readerFilters';
import { TEST_TIMEOUT } from '../../../../testTimeout';

let loaded: LoadedDataset[] = [];

beforeAll(async () => {
  loaded = await loadEveryDataset();
}, TEST_TIMEOUT);

type Generated = Pick<ViewState, 'filters' | 'time' | 'measure'>;

/** Filter states a reader can reach: subsets of each filter's options and a range of years. */
function viewStates(d: LoadedDataset): fc.Arbitrary<Generated> {
  const { controls, years } = datasetView(d.table, d.meta, defaultViewState);
  return fc.record({
    filters: fc.record(readerFilters(controls), { requiredKeys: [] }) as fc.Arbitrary<
      Record<string, string[]>
    >,
    time:
      years.length > 0
        ? fc.option(
            fc
              .tuple(fc.constantFrom(...years), fc.constantFrom(...years))
              .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as [number, number]),
            { nil: undefined },
          )
        : fc.constant(undefined),
    measure: fc.constantFrom('absolute' as const, 'share' as const),
  });
}

/** Each dataset's line and bar views, over generated filter states. */
function forEveryChart(check: (model: ChartModel, id: string, type: DisplayType) => void) {
  let checked = 0;
  for (const d of loaded) {
    const types = availableChartTypes(d.meta).filter((t) => t === 'line' || t.includes('bar'));
    for (const type of types) {
      fc.assert(
        fc.property(viewStates(d), (view) => {
          const slice = datasetView(d.table, d.meta, { ...defaultViewState, ...view }, type);
          const model = buildChartModel(d.meta, slice, type, { sort: 'data' });
          if (model.marks.length === 0) return;
          checked++;
          check(model, d.meta.id, type);
        }),
        { numRuns: d.table.numRows() > 10_000 ? 3 : 30, seed: 20261207 },
      );
    }
  }
  return checked;
}

describe('chart axes, over every dataset and generated view', () => {
  it(
    'ticks years at multiples of a round step, within the years drawn',
    () => {
      const roundSteps = [1, 2, 5, 10, 20, 50, 100];
      let lineViews = 0;
      const checked = forEveryChart((model, id, type) => {
        const axis = model.timeAxis;
        if (type === 'line') {
          lineViews++;
          expect(axis, id).toBeDefined();
        }
        if (!axis) return;
        const years = model.marks.map((m) => Number(m.x));
        expect(roundSteps, id).toContain(axis.step);
        expect(axis.ticks.length, id).toBeGreaterThan(0);
        expect(axis.ticks.length, id).toBeLessThanOrEqual(6);
        // On a phone (390 px) and a laptop (1,280 px) alike: fewer ticks, still round.
        for (const width of [340, 1200]) {
          const ticks = yearTicksFor(axis, width);
          expect(ticks.length, id).toBeGreaterThan(0);
          expect(ticks.length, id).toBeLessThanOrEqual(Math.max(1, Math.floor((width - 90) / 60)));
          for (const tick of ticks) expect(roundSteps.some((s) => tick % s === 0)).toBe(true);
          expect(ticks.every((tick) => tick >= axis.from && tick <= axis.to)).toBe(true);
        }
        for (const tick of axis.ticks) {
          expect(tick % axis.step, `${id} ${type} tick ${tick}`).toBe(0);
          expect(tick, id).toBeGreaterThanOrEqual(Math.min(...years));
          expect(tick, id).toBeLessThanOrEqual(Math.max(...years));
        }
      });
      expect(checked).toBeGreaterThan(200);
      expect(lineViews).toBeGreaterThan(50);
    },
    TEST_TIMEOUT,
  );

  it(
    'ends the value axis on a round tick at or above every figure drawn',
    () => {
      forEveryChart((model, id) => {
        const axis = model.valueAxis!;
        const step = axis.ticks[1]! - axis.ticks[0]!;
        const power = 10 ** Math.floor(Math.log10(step));
        expect(
          [1, 2, 5, 10].map((m) => m * power),
          id,
        ).toContainEqual(Number((step / power).toPrecision(6)) * power);
        expect(axis.ticks[0]).toBe(0);
        expect(axis.max).toBe(axis.ticks.at(-1));
        const drawn = model.marks.filter((m) => m.kind !== 'total').map((m) => m.value);
        expect(axis.max, id).toBeGreaterThanOrEqual(Math.max(...drawn));
      });
    },
    TEST_TIMEOUT,
  );

  it('never adds an edge year: the Tajik series 2005–2026 ticks at 2005, 2010, 2015, 2020, 2025', () => {
    expect(timeAxis(2005, 2026).ticks).toEqual([2005, 2010, 2015, 2020, 2025]);
    expect(timeAxis(1990, 2024).ticks).toEqual([1990, 2000, 2010, 2020]);
    expect(timeAxis(2021, 2023).ticks).toEqual([2021, 2022, 2023]);
    // The World Bank's 1993–2024 at 390 px: every ten years, not 1995 … 2020 run together.
    expect(yearTicksFor(timeAxis(1993, 2024), 340)).toEqual([2000, 2010, 2020]);
    expect(timeAxis(1993, 2025).ticks).not.toContain(1993);
  });
});
