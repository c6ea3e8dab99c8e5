import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { columnByName } from '../../../../../src/data/labels';
import { setActiveLocale } from '../../../../../src/i18n/i18n';
import { rowObjects } from '../../../../../src/lib/tableValues';
import { availableChartTypes, barAxis } from '../../../../../src/state/chartTypes';
import { CATEGORY_LIMIT } from '../../../../../src/views/dataset/model/barSeries';
import { buildChartModel, seriesColors } from '../../../../../src/views/dataset/model/chartModel';
import { datasetView } from '../../../../../src/views/dataset/model/datasetView';
import { defaultViewState } from '../../../../../src/state/viewState';
import { paletteSize } from '../../../../../src/ui/palette';
import { loadEveryDataset } from '../../../../support/fileSystemSource';
import { viewAt } from '../../../../support/viewAt';

/**
 * Issue 27: a long category chart (the UN's 232 destinations, ~9,000 px tall, coloured by nine
 * data-type codes of which two were the same blue) draws its largest categories; the rest are in
 * the table; no two series drawn together share a colour.
 */

afterAll(() => setActiveLocale('en'));

const loaded = await loadEveryDataset();

describe('a long category chart draws its largest categories, the rest in the table', () => {
  it('the UN’s published totals by destination: 15 bars, largest first, and every other row kept', async () => {
    const { slice, model } = await viewAt('?view=dataset&id=un-migrant-stock-totals-2019');
    const bars = model.bars!;
    const rows = rowObjects(slice.table) as { destination_iso3: string; stock: number | null }[];
    const withFigure = rows.filter((r) => r.stock !== null);
    // Every destination is in the table; the chart draws fifteen of them.
    expect(slice.observations.length).toBe(rows.length);
    expect(withFigure.length).toBeGreaterThan(200);
    expect(bars.rows.filter((r) => !r.derived)).toHaveLength(CATEGORY_LIMIT);
    expect(bars.rows.length + bars.hidden.length).toBe(withFigure.length);
    // The fifteen largest figures of the data, largest first.
    const largest = withFigure
      .map((r) => r.stock!)
      .sort((a, b) => b - a)
      .slice(0, CATEGORY_LIMIT);
    expect(bars.rows.map((r) => Object.values(r.cells)[0]!.value)).toEqual(largest);
    expect(bars.rows[0]!.key).toBe(
      withFigure.find((r) => r.stock === largest[0])!.destination_iso3,
    );
  });

  it('holds for every dataset’s category bar charts: at most the limit drawn, none larger hidden', () => {
    let long = 0;
    for (const { meta, table } of loaded) {
      for (const type of availableChartTypes(meta)) {
        const axis = barAxis(meta, type);
        if (!axis || columnByName(meta, axis)?.time) continue;
        const slice = datasetView(table, meta, defaultViewState, type);
        const bars = buildChartModel(meta, slice, type).bars;
        if (!bars) continue;
        const drawn = bars.rows.filter((r) => !r.derived);
        expect(drawn.length, `${meta.id} ${type}`).toBeLessThanOrEqual(CATEGORY_LIMIT + 1);
        if (bars.hidden.length === 0) continue;
        long++;
        const size = (r: (typeof drawn)[number]) =>
          Math.max(...Object.values(r.cells).map((c) => c.value));
        const smallestDrawn = Math.min(...drawn.map(size));
        for (const row of bars.hidden) expect(size(row)).toBeLessThanOrEqual(smallestDrawn);
        // Neither drawn nor hidden twice, and nothing lost.
        const keys = [...drawn, ...bars.hidden].map((r) => r.key);
        expect(new Set(keys).size).toBe(keys.length);
      }
    }
    expect(long).toBeGreaterThan(0);
  });

  it('a time axis is never cut: every year keeps its bar', async () => {
    const { model } = await viewAt('?view=dataset&id=tajik-migrants-by-sex');
    expect(model.bars!.hidden).toEqual([]);
  });
});

describe('no two series drawn together share a colour', () => {
  const totals = loaded.find((d) => d.meta.id === 'un-migrant-stock-totals-2019')!;
  const codes = columnByName(totals.meta, 'data_type')!.values!;

  it('the nine UN data-type codes: any eight of them drawn together are eight colours', () => {
    expect(codes.length).toBeGreaterThan(paletteSize());
    fc.assert(
      fc.property(fc.subarray([...codes], { minLength: 2, maxLength: paletteSize() }), (drawn) => {
        const colors = seriesColors(
          totals.meta,
          { controls: [] },
          undefined,
          drawn.map((key) => ({ key, observation: undefined })),
        );
        expect(new Set(drawn.map((c) => colors[c])).size).toBe(drawn.length);
      }),
      { numRuns: 200 },
    );
  });

  it('every dataset’s default bar charts: the legend’s series entries each have their own colour', () => {
    let checked = 0;
    for (const { meta, table } of loaded) {
      for (const type of [meta.display.type]) {
        const slice = datasetView(table, meta, defaultViewState, type);
        const model = buildChartModel(meta, slice, type);
        if (!model.bars) continue;
        const series = model.legend.filter((l) => l.shape === 'bar' || l.shape === 'total');
        // (More series than colours cannot all differ; none of the default bar charts has so many.)
        expect(series.length).toBeLessThanOrEqual(paletteSize());
        if (series.length > 1) checked++;
        expect(
          new Set(series.map((l) => l.color)).size,
          `${meta.id} ${type}: ${series.map((l) => `${l.label}=${l.color}`).join(', ')}`,
        ).toBe(series.length);
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
