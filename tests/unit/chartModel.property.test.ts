import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { sourceSeriesOf } from '../../src/charts/chooseMainSource';
import { buildChartModel, type ChartModel } from '../../src/charts/chartModel';
import { levelOf, namedFigures, rankings, type Named } from '../../src/charts/chartSummary';
import { columnByName } from '../../src/data/labels';
import type { DisplayType } from '../../src/data/metadataSchema';
import { availableChartTypes, showsOnePeriod } from '../../src/view/chartTypes';
import { defaultSelection, filtersBeyondDefaults } from '../../src/view/datasetFilters';
import { datasetView, type DatasetView } from '../../src/view/datasetView';
import type { Observation } from '../../src/view/observations';
import { parseViewState, serializeViewState } from '../../src/view/urlCodec';
import { defaultViewState, type ViewState } from '../../src/view/viewState';
import { loadEveryDataset, type LoadedDataset } from '../support/fileSystemSource';

/**
 * The rules of a chart that cannot mislead, checked on the model over every dataset in data/,
 * every chart type it offers, and generated filter states.
 */

let loaded: LoadedDataset[] = [];

beforeAll(async () => {
  loaded = await loadEveryDataset();
}, 60_000);

type Generated = Pick<ViewState, 'filters' | 'time' | 'measure' | 'source' | 'sort'>;

/** Filter states a user can reach: subsets of each control's options, a year range, a source. */
function viewStates({ meta, table }: LoadedDataset): fc.Arbitrary<Generated> {
  const controls = datasetView(table, meta, defaultViewState).controls;
  const years = datasetView(table, meta, defaultViewState).years;
  const filters = fc.record(
    Object.fromEntries(
      controls.map((c) => [
        c.column.name,
        c.mode === 'single'
          ? fc.constantFrom(...c.options).map((v) => [v])
          : fc.subarray(c.options, { minLength: 1, maxLength: Math.min(c.options.length, 6) }),
      ]),
    ),
    { requiredKeys: [] },
  ) as fc.Arbitrary<Record<string, string[]>>;
  const time =
    years.length > 0
      ? fc.option(
          fc
            .tuple(fc.constantFrom(...years), fc.constantFrom(...years))
            .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as [number, number]),
          { nil: undefined },
        )
      : fc.constant(undefined);
  return fc.record({
    filters,
    time,
    measure: fc.constantFrom('absolute' as const, 'share' as const),
    source: fc.option(fc.constantFrom(...meta.sources.map((s) => s.id)), { nil: undefined }),
    sort: fc.constantFrom('data' as const, 'value' as const, 'name' as const),
  });
}

function modelOf(d: LoadedDataset, type: DisplayType, view: Generated): [DatasetView, ChartModel] {
  const slice = datasetView(d.table, d.meta, view, type);
  const model = buildChartModel(d.meta, slice, type, {
    preferredSource: view.source,
    sort: view.sort,
  });
  return [slice, model];
}

/** Each dataset × chart type, with generated views; `check` throws on a broken rule. */
function forEveryView(
  check: (d: LoadedDataset, type: DisplayType, view: Generated) => void,
  runs = 8,
) {
  for (const d of loaded) {
    for (const type of availableChartTypes(d.meta)) {
      fc.assert(
        fc.property(viewStates(d), (view) => check(d, type, view)),
        { numRuns: runs, seed: 20261123 },
      );
    }
  }
}

// Thousands of views over the whole data/ folder, the UN table among them.
describe('the chart model, over every dataset, chart type and generated filter state', () => {
  it('loads every dataset in data/', () => {
    expect(loaded.length).toBeGreaterThanOrEqual(12);
  });

  it('draws each mark from one row of the slice, or from a labelled derived value with its inputs', () => {
    forEveryView((d, type, view) => {
      const [slice, model] = modelOf(d, type, view);
      const rows = new Set<Observation>(slice.observations);
      for (const mark of model.marks) {
        const o = mark.observation;
        if (o.derived) {
          expect(o.derivedFrom?.length).toBeGreaterThan(0);
          for (const input of o.derivedFrom ?? []) {
            // A sum's inputs are rows drawn; a share's input is the reported row it replaces.
            const reported = slice.shareOf !== undefined && input.derived === undefined;
            expect(rows.has(input) || reported).toBe(true);
            expect(typeof input.value).toBe('number');
          }
        } else {
          expect(rows.has(o)).toBe(true);
          expect(mark.value).toBe(o.value);
        }
      }
    });
  });

  it('never mixes periods on a category axis', () => {
    forEveryView((d, type, view) => {
      const [slice, model] = modelOf(d, type, view);
      if (!showsOnePeriod(d.meta, type)) return;
      // No year at all has figures for these choices: nothing is drawn.
      if (slice.period === undefined) {
        expect(model.marks).toHaveLength(0);
        return;
      }
      expect(slice.period.kind).toBe('single');
      const years = new Set(model.marks.map((m) => m.observation.time));
      expect(years.size).toBeLessThanOrEqual(1);
      if (slice.period?.kind === 'single' && model.marks.length > 0) {
        expect([...years]).toEqual([slice.period.year]);
        // And the card says which year it is.
        expect(slice.drawn).toContain(String(slice.period.year));
      }
    });
  });

  it('never stacks a stated total on its parts, and a stack never exceeds its stated total', () => {
    forEveryView((d, type, view) => {
      if (type !== 'stacked-bar') return;
      const [, model] = modelOf(d, type, view);
      const bars = model.bars!;
      for (const mark of model.marks.filter((m) => m.kind === 'bar')) {
        const series = bars.series.find((s) => s.key === mark.series)!;
        expect(series.total).toBe(false);
        // No stacked part is the value that states the whole of a dimension its series names.
        // (A single series stacks nothing: a lone total is drawn as it is.)
        const states =
          bars.series.length > 1 &&
          Object.entries(mark.observation.dims).some(
            ([dim, value]) =>
              columnByName(d.meta, dim)?.total === value && mark.series.split('|').includes(value),
          );
        expect(states).toBe(false);
      }
      for (const row of bars.rows) {
        const totals = bars.series.filter((s) => s.total && row.cells[s.key]);
        if (totals.length !== 1) continue;
        const stacked = bars.series
          .filter((s) => !s.total && row.cells[s.key])
          .reduce((sum, s) => sum + row.cells[s.key]!.value, 0);
        const stated = row.cells[totals[0]!.key]!.value;
        const partsOnly = bars.series
          .filter((s) => !s.total && !s.derived && row.cells[s.key])
          .reduce((sum, s) => sum + row.cells[s.key]!.value, 0);
        // The stack reaches the stated total (with the derived rest) but never goes past it,
        // unless the source's own parts already do.
        expect(stacked).toBeLessThanOrEqual(Math.max(stated, partsOnly) + 1e-9);
      }
    });
  });

  it('computes changes only along one series, source series, unit and period type, never from a flagged figure', () => {
    forEveryView((d, type, view) => {
      const [, model] = modelOf(d, type, view);
      for (const [to, change] of model.changes) {
        const from = change.from;
        expect(to.time! - from.time!).toBe(1);
        expect(to.periodType).toBe(from.periodType);
        expect(to.periodType).not.toBe('part');
        expect(to.unit).toBe(from.unit);
        expect(to.dims).toEqual(from.dims);
        expect(sourceSeriesOf(d.meta, to)).toBe(sourceSeriesOf(d.meta, from));
        expect(to.flag).toBeUndefined();
        expect(from.flag).toBeUndefined();
        const digits = Math.max(decimalsOf(to.value!), decimalsOf(from.value!));
        expect(decimalsOf(change.change)).toBeLessThanOrEqual(digits);
      }
    });
  });

  it('ranks a total only against totals in the summary, never against its own parts', () => {
    let ranked = 0;
    let mixedLevels = 0;
    forEveryView((d, type, view) => {
      const [, model] = modelOf(d, type, view);
      const named = namedFigures(model);
      if (new Set(named.map((n) => levelOf(n.observation, model.wholes))).size > 1) {
        mixedLevels++;
      }
      for (const { largest, smallest } of rankings(model, named)) {
        ranked++;
        // Both ends of a ranking stand for the same wholes: a total with totals, parts with parts.
        expect(levelOf(largest.observation, model.wholes)).toBe(
          levelOf(smallest.observation, model.wholes),
        );
        for (const column of Object.keys(model.wholes)) {
          const isTotal = (n: Named) => n.observation.dims[column] === model.wholes[column];
          expect(isTotal(largest), `${d.meta.id} ${type}: ${column}`).toBe(isTotal(smallest));
        }
        expect(largest.value).toBeGreaterThanOrEqual(smallest.value);
      }
    });
    // The rule was exercised: views drawing totals beside their parts were among those generated.
    expect(ranked).toBeGreaterThan(0);
    expect(mixedLevels).toBeGreaterThan(0);
  });

  it('puts no default into the URL', () => {
    forEveryView((d, type, view) => {
      const [slice] = modelOf(d, type, view);
      const filters = filtersBeyondDefaults(slice.controls, slice.filters);
      for (const control of slice.controls) {
        const kept = filters[control.column.name];
        if (kept === undefined) continue;
        const defaults = defaultSelection(control);
        expect(kept.length === defaults.length && defaults.every((v) => kept.includes(v))).toBe(
          false,
        );
      }
      const state: ViewState = {
        ...defaultViewState,
        page: 'dataset',
        dataset: d.meta.id,
        filters,
      };
      const query = serializeViewState(state);
      expect(parseViewState(query).state.filters).toEqual(filters);
      for (const control of slice.controls) {
        if (!(control.column.name in filters)) {
          expect(new URLSearchParams(query).has(control.column.name)).toBe(false);
        }
      }
    }, 6);
  });
});

function decimalsOf(value: number): number {
  const text = String(value);
  return text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
}
