import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildChartModel } from '../../../../../src/views/dataset/model/chartModel';
import { datasetView } from '../../../../../src/views/dataset/model/datasetView';
import { availableChartTypes, barAxis } from '../../../../../src/state/chartTypes';
import { defaultViewState } from '../../../../../src/state/viewState';
import type { DisplayType } from '../../../../../src/data/metadataSchema';
import type { Observation } from '../../../../../src/model/observations';
import { loadEveryDataset, type LoadedDataset } from '../../../../support/fileSystemSource';
import { TEST_TIMEOUT } from '../../../../testTimeout';

let loaded: LoadedDataset[] = [];

beforeAll(async () => {
  loaded = await loadEveryDataset();
}, TEST_TIMEOUT);

/** What a series is, whatever else is drawn: its values of every dimension but the axes. */
function identity(d: LoadedDataset, type: DisplayType, o: Observation): string {
  const axis = barAxis(d.meta, type);
  const time = d.meta.columns.find((c) => c.time)?.name;
  return JSON.stringify(
    Object.entries(o.dims).filter(([dim]) => dim !== axis && dim !== time && dim !== o.unit),
  );
}

/** Each drawn series' colour, by its identity. */
function colours(d: LoadedDataset, type: DisplayType, filters: Record<string, string[]>) {
  const slice = datasetView(d.table, d.meta, { ...defaultViewState, filters }, type);
  const model = buildChartModel(d.meta, slice, type);
  const drawn = new Map<string, string>();
  for (const s of model.lines?.series ?? []) {
    drawn.set(identity(d, type, s.segments[0]![0]!.observation), model.colors[s.seriesKey]!);
  }
  for (const s of model.bars?.series ?? []) {
    const cell = model.bars!.rows.find((r) => r.cells[s.key])?.cells[s.key];
    if (cell && !s.derived) drawn.set(identity(d, type, cell.observation), model.colors[s.key]!);
  }
  return drawn;
}

describe('series colours', () => {
  it(
    'a series keeps its colour in every subset of the series drawn, filtered alone included',
    () => {
      let compared = 0;
      for (const d of loaded) {
        const controls = datasetView(d.table, d.meta, defaultViewState).controls;
        const multi = controls.filter((c) => c.mode === 'multi' && c.options.length > 1);
        if (multi.length === 0) continue;
        const types = availableChartTypes(d.meta).filter((t) => t.includes('bar') || t === 'line');
        // A view with several values of each multi filter, and a subset of it (down to one series).
        const views = fc
          .record(
            Object.fromEntries(
              multi.map((c) => [c.column.name, fc.subarray(c.options, { minLength: 1 })]),
            ) as Record<string, fc.Arbitrary<string[]>>,
          )
          .chain((wide) =>
            fc.tuple(
              fc.constant(wide),
              fc.record(
                Object.fromEntries(
                  Object.entries(wide).map(([k, v]) => [k, fc.subarray(v, { minLength: 1 })]),
                ) as Record<string, fc.Arbitrary<string[]>>,
              ),
            ),
          );
        const runs = d.table.numRows() > 10_000 ? 3 : 25;
        for (const type of types) {
          fc.assert(
            fc.property(views, ([wide, narrow]) => {
              const before = colours(d, type, wide);
              for (const [series, colour] of colours(d, type, narrow)) {
                if (!before.has(series)) continue;
                compared++;
                expect({ dataset: d.meta.id, type, series, colour }).toEqual({
                  dataset: d.meta.id,
                  type,
                  series,
                  colour: before.get(series),
                });
              }
            }),
            { numRuns: runs, seed: 20261207 },
          );
        }
      }
      expect(compared).toBeGreaterThan(100);
    },
    TEST_TIMEOUT,
  );

  it('the Tajik series by sex: "Female" filtered alone keeps the colour it has beside the others', () => {
    const d = loaded.find((x) => x.meta.id === 'tajik-migrants-series')!;
    const all = colours(d, 'line', { sex: ['total', 'male', 'female'], destination: ['all'] });
    const alone = colours(d, 'line', { sex: ['female'], destination: ['all'] });
    const women = JSON.stringify([
      ['sex', 'female'],
      ['destination', 'all'],
    ]);
    expect(alone.get(women)).toBeDefined();
    expect(alone.get(women)).toBe(all.get(women));
    // The three series drawn together are told apart.
    expect(new Set(all.values()).size).toBe(3);
  });
});
