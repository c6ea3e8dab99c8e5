import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { everyDatasetInEveryLanguage } from '../../../../support/everyDataset';
import { sourceSeriesOf } from '../../../../../src/views/dataset/model/chooseMainSource';
import {
  buildChartModel,
  type ChartModel,
} from '../../../../../src/views/dataset/model/chartModel';
import {
  chartSummary,
  comparable,
  levelOf,
  namedFigures,
  rankings,
  type Named,
} from '../../../../../src/views/dataset/model/chartSummary';
import { decimals, isRate } from '../../../../../src/views/dataset/model/yearOnYear';
import { columnByName, columnsWithRole } from '../../../../../src/data/labels';
import type { DisplayType } from '../../../../../src/data/metadataSchema';
import { localizeMeta } from '../../../../../src/data/metaText';
import { timeOrder, viewDownloadTable } from '../../../../../src/export/viewDownload';
import { formatDerived, formatNumber } from '../../../../../src/i18n/format';
import { setActiveLocale, t, type Locale } from '../../../../../src/i18n/i18n';
import { rowObjects } from '../../../../../src/lib/tableValues';
import { availableChartTypes, showsOnePeriod } from '../../../../../src/state/chartTypes';
import {
  defaultSelection,
  filtersBeyondDefaults,
} from '../../../../../src/views/dataset/model/datasetFilters';
import { datasetView, type DatasetView } from '../../../../../src/views/dataset/model/datasetView';
import type { Observation } from '../../../../../src/model/observations';
import { parseViewState, serializeViewState } from '../../../../../src/state/urlCodec';
import { defaultViewState, type ViewState } from '../../../../../src/state/viewState';
import { readdirSync } from 'node:fs';
import { TEST_TIMEOUT } from '../../../../testTimeout';
import { DATA_DIR, type LoadedDataset } from '../../../../support/fileSystemSource';

/**
 * The rules of a chart that cannot mislead, checked on the model over every dataset in data/,
 * every chart type it offers, and generated filter states.
 */

const loaded = everyDatasetInEveryLanguage();

type Generated = Pick<ViewState, 'filters' | 'time' | 'measure' | 'source' | 'sort'> & {
  locale: Locale;
};

/**
 * Filter states a user can reach (by the controls or by editing the URL): subsets of each
 * control's options, none at all or more than six, a year range, a source, shares, a language.
 */
function viewStates({ meta, table }: LoadedDataset): fc.Arbitrary<Generated> {
  const controls = datasetView(table, meta, defaultViewState).controls;
  const years = datasetView(table, meta, defaultViewState).years;
  const filters = fc.record(
    Object.fromEntries(
      controls.map((c) => [
        c.column.name,
        c.mode === 'single'
          ? fc.oneof(
              { weight: 9, arbitrary: fc.constantFrom(...c.options).map((v) => [v]) },
              { weight: 1, arbitrary: fc.constant([]) },
            )
          : fc.subarray(c.options, { minLength: 0, maxLength: c.options.length }),
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
    locale: fc.constantFrom<Locale>('en', 'ru', 'uz'),
  });
}

function modelOf(d: LoadedDataset, type: DisplayType, view: Generated): [DatasetView, ChartModel] {
  setActiveLocale(view.locale);
  const meta = localizeMeta(d.meta, view.locale);
  const slice = datasetView(d.table, meta, view, type);
  const model = buildChartModel(meta, slice, type, {
    preferredSource: view.source,
    sort: view.sort,
  });
  return [slice, model];
}

/** Tables this large (the UN's 77k rows) get `runs` views each; the small ones `smallRuns`. */
const LARGE_TABLE = 10_000;

/**
 * Each dataset × chart type, with generated views; `check` throws on a broken rule. A view of
 * the UN table costs a scan of its 77k rows, so it gets fewer views than the small datasets,
 * whose many combinations of series, sources and years are where the line rules are tested.
 */
function forEveryView(
  check: (d: LoadedDataset, type: DisplayType, view: Generated) => void,
  runs = 8,
  smallRuns = runs,
) {
  for (const d of loaded) {
    for (const type of availableChartTypes(d.meta)) {
      fc.assert(
        fc.property(viewStates(d), (view) => check(d, type, view)),
        { numRuns: d.table.numRows() > LARGE_TABLE ? runs : smallRuns, seed: 20261123 },
      );
    }
  }
}

// Thousands of views over the whole data/ folder, the UN table among them.
describe('the chart model, over every dataset, chart type and generated filter state', () => {
  it('loads every dataset in data/, the World Bank, UN 2020 and KNOMAD ones among them', () => {
    const files = readdirSync(DATA_DIR).filter((f) => f.endsWith('.meta.json'));
    expect(loaded).toHaveLength(files.length);
    const ids = loaded.map((d) => d.meta.id);
    for (const prefix of ['wdi-', 'un-ims2020-', 'knomad-']) {
      expect(ids.some((id) => id.startsWith(prefix))).toBe(true);
    }
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

/** A number as a sentence writes it: digits with group and decimal marks, and a sign if any. */
const NUMBER = /[+\-−]?\d+(?:[\u00a0\u202f,.]\d+)*/g;

/** The change a summary may give for a stretch: between its first and last comparable figures. */
function stretchChanges(model: ChartModel, locale: Locale): Map<string, boolean[]> {
  const changes = new Map<string, boolean[]>();
  for (const stretch of model.stretches) {
    const usable = stretch.points.filter((p) => comparable(p.observation));
    const [first, last] = [usable[0], usable.at(-1)];
    if (!first || !last || first === last) continue;
    const digits = Math.max(decimals(first.value), decimals(last.value));
    const change = Number((last.value - first.value).toFixed(digits));
    const text = formatDerived(change, locale, { signed: true, digits });
    changes.set(text, [...(changes.get(text) ?? []), isRate(last.observation)]);
  }
  return changes;
}

describe(
  'the line rules, the summary and the CSV, over every dataset, chart type, filter state and language',
  { timeout: TEST_TIMEOUT },
  () => {
    it('breaks a line where its source series changes; joins another source only in the next period', () => {
      let sourceJoins = 0;
      forEveryView(
        (d, type, view) => {
          const [, model] = modelOf(d, type, view);
          for (const line of model.lines?.series ?? []) {
            for (const join of line.joins) {
              if (join.kind === 'source') {
                sourceJoins++;
                expect(join.to.x - join.from.x).toBe(1);
                expect(join.to.sourceSeries).not.toBe(join.from.sourceSeries);
              } else {
                expect(join.to.sourceSeries).toBe(join.from.sourceSeries);
              }
            }
            for (const stretch of line.stretches) {
              expect(new Set(stretch.map((p) => p.sourceSeries)).size).toBe(1);
            }
            expect(line.stretches.flat()).toEqual(line.segments.flat());
          }
        },
        8,
        60,
      );
      expect(sourceJoins).toBeGreaterThan(0);
    });

    it('derives no value from a figure the data calls into doubt', () => {
      let derivedMarks = 0;
      forEveryView(
        (d, type, view) => {
          const [, model] = modelOf(d, type, view);
          for (const mark of model.marks.filter((m) => m.observation.derived)) {
            derivedMarks++;
            for (const input of mark.observation.derivedFrom ?? []) {
              expect(
                input.flag,
                `${d.meta.id} ${type}: ${mark.observation.derived}`,
              ).toBeUndefined();
            }
          }
        },
        8,
        60,
      );
      expect(derivedMarks).toBeGreaterThan(0);
    });

    it('tells figures of several periods at one year apart by shape and legend, and names no series by its unit', () => {
      let shared = 0;
      forEveryView(
        (d, type, view) => {
          const [slice, model] = modelOf(d, type, view);
          const units = new Set(
            slice.observations
              .flatMap((o) => [o.unit, o.asWritten.unit])
              .map((u) => u.toLowerCase()),
          );
          for (const unit of columnsWithRole(d.meta, 'measure').map((c) => c.unit)) {
            if (unit) units.add(unit.toLowerCase());
          }
          const lines = model.lines?.series ?? [];
          for (const line of lines) {
            const name = line.segments[0]![0]!.seriesLabel.toLowerCase();
            expect(units.has(name), `${d.meta.id}: "${name}"`).toBe(false);
          }
          for (const s of model.bars?.series ?? []) {
            expect(units.has(s.label.toLowerCase()), `${d.meta.id}: "${s.label}"`).toBe(false);
          }
          // At each year, lines of different periods have different shapes, each in the legend.
          const xs = new Set(lines.flatMap((l) => l.segments.flat().map((p) => p.x)));
          for (const x of xs) {
            const at = lines.filter((l) => l.segments.flat().some((p) => p.x === x));
            const shapes = new Map(at.map((l) => [l.period ?? '', l.marker]));
            if (shapes.size > 1) shared++;
            expect(new Set(shapes.values()).size).toBe(shapes.size);
          }
          for (const line of lines.filter((l) => l.pointInTime)) {
            expect(model.legend.some((item) => item.shape === line.marker)).toBe(true);
          }
        },
        8,
        60,
      );
      expect(shared).toBeGreaterThan(0);
    });

    it('says in words only drawn figures, their years, and changes within one stretch (rates in points)', () => {
      let changes = 0;
      let flaggedSaid = 0;
      forEveryView(
        (d, type, view) => {
          const [, model] = modelOf(d, type, view);
          const { locale } = view;
          const sentences = chartSummary(model, locale);
          const named = namedFigures(model);
          if (named.length === 0) {
            expect(sentences).toEqual([]);
            return;
          }
          // The words that name things (series, categories, units, flags) may hold digits of their own.
          const names = [
            ...named.map((n) => n.label),
            ...model.stretches.map((stretch) => stretch.line.label),
            ...model.marks.flatMap((m) => [m.observation.unit]),
            ...Object.values(model.flagLabels),
          ]
            .filter((n) => n !== '')
            .sort((a, b) => b.length - a.length);
          const drawn = new Set([
            ...model.marks.map((m) => formatNumber(m.value, locale)),
            ...model.marks.map((m) => String(m.x)),
            ...model.marks.map((m) => String(m.observation.time)),
            ...model.stretches.map((_, i) => String(i + 1)),
            // The categories a long bar chart does not draw are in its table, and ranked.
            ...(model.bars?.hidden ?? []).flatMap((r) =>
              Object.values(r.cells).flatMap((c) => [formatNumber(c.value, locale), r.key]),
            ),
          ]);
          const allowedChanges = stretchChanges(model, locale);
          const derivedWord = t('chart.derived', {}, locale);
          const pointsWord = { en: 'percentage points', ru: 'п. п.', uz: 'foiz punkti' }[locale];
          for (const sentence of sentences) {
            let rest = sentence;
            for (const name of names) rest = rest.split(name).join(' ');
            expect(sentence).not.toContain(`(${derivedWord}) (${derivedWord})`);
            for (const token of rest.match(NUMBER) ?? []) {
              const change = allowedChanges.get(token);
              if (/^[+\-−]/.test(token) || (change && !drawn.has(token))) {
                // A change: of one stretch's comparable figures, labelled derived, in points for rates.
                expect(change, `${d.meta.id} ${type} ${locale}: "${sentence}"`).toBeDefined();
                expect(sentence).toContain(derivedWord);
                if (change!.every(Boolean)) expect(sentence).toContain(pointsWord);
                if (!change!.some(Boolean)) expect(sentence).not.toContain(pointsWord);
                changes++;
              } else {
                expect(
                  drawn.has(token),
                  `${d.meta.id} ${type} ${locale}: "${token}" in "${sentence}"`,
                ).toBe(true);
              }
            }
          }
          // No figure in doubt or of part of a year is ranked; each figure in doubt named is said so.
          for (const { largest, smallest } of rankings(model, named)) {
            for (const n of [largest, smallest]) expect(comparable(n.observation)).toBe(true);
          }
          const flagged = named.filter((n) => n.observation.flag).length;
          const prefix = t('summary.flagged', { label: '', value: '', flag: '' }, locale).split(
            ':',
          )[0]!;
          expect(sentences.filter((s) => s.startsWith(prefix))).toHaveLength(flagged);
          flaggedSaid += flagged;
        },
        8,
        60,
      );
      expect(changes).toBeGreaterThan(0);
      expect(flaggedSaid).toBeGreaterThan(0);
    });

    it('writes the CSV rows from the same slice and changes: none to or from a doubtful figure, rates in points', () => {
      let changed = 0;
      forEveryView(
        (d, type, view) => {
          const [slice, model] = modelOf(d, type, view);
          const meta = localizeMeta(d.meta, view.locale);
          const changes = slice.observations.map((o) => model.changes.get(o));
          const rows = rowObjects(viewDownloadTable(meta, slice, changes));
          // The measure's column, named with its unit where it has one ("value (persons)").
          const name = columnsWithRole(meta, 'measure')[0]?.name;
          const measure = Object.keys(rows[0] ?? {}).find(
            (k) => k === name || k.startsWith(`${name} (`),
          );
          expect(rows).toHaveLength(slice.observations.length);
          const stretchOf = new Map(
            model.stretches.flatMap((s, i) => s.points.map((p) => [p.observation, i] as const)),
          );
          // The CSV lists the rows in time order: row i is the slice's order[i].
          const order = timeOrder(slice.observations);
          rows.forEach((row, i) => {
            const o = slice.observations[order[i]!]!;
            const change = row.change ?? row.change_pp ?? null;
            if (slice.shareOf && o.flag) expect(row.share).toBeNull();
            // A published figure is written as read; a change, without float noise.
            if (measure && !slice.shareOf) expect(row[measure]).toBe(o.value);
            if (change === null) return;
            changed++;
            expect(decimalsOf(change as number)).toBeLessThanOrEqual(model.changes.get(o)!.digits);
            expect(comparable(o)).toBe(true);
            const from = model.changes.get(o)!.from;
            expect(comparable(from)).toBe(true);
            expect(from.value).not.toBeNull();
            if (stretchOf.has(o)) expect(stretchOf.get(from)).toBe(stretchOf.get(o));
            expect('change_pp' in row).toBe(isRate(o));
            if (isRate(o)) expect('change_pct' in row).toBe(false);
            expect(typeof row.derived_note).toBe('string');
          });
        },
        8,
        60,
      );
      expect(changed).toBeGreaterThan(0);
    });
  },
);

function decimalsOf(value: number): number {
  const text = String(value);
  return text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
}
