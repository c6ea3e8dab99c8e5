import { formatDerived } from '../i18n/format';
import { activeLocale, t, type Locale } from '../i18n/i18n';
import { rowTextInEnglish, type Observation } from '../view/observations';
import { markedEnglish } from '../data/labels';
import type { ChartModel } from './chartModel';
import { formatWithUnit } from './formatFigure';

/** One figure the summary names: what it is, and the row it comes from. */
export interface Named {
  label: string;
  /** The year (or date) of the figure, where the chart has a time axis. */
  x: number | undefined;
  value: number;
  observation: Observation;
}

/**
 * The chart in words, from its model: the largest and smallest figures drawn and, for a series
 * over years, where each series starts and ends and the change between (a derived figure,
 * labelled so, only between two exact figures in the same unit). Shown under the chart and used as
 * its accessible description. Derived marks (the "rest" and "all others" bars) are not ranked;
 * totals are ranked among totals and parts among parts; figures in different units are not.
 */
export function chartSummary(model: ChartModel, locale: Locale = activeLocale()): string[] {
  const named = namedFigures(model);
  if (named.length === 0) return [];
  const sentences: string[] = [];
  for (const { largest, smallest } of rankings(model, named)) {
    sentences.push(
      t('summary.largest', { label: describe(largest), value: figure(largest, locale) }),
      t('summary.smallest', { label: describe(smallest), value: figure(smallest, locale) }),
    );
  }
  for (const [series, points] of seriesOverTime(model, named)) {
    const first = points[0]!;
    const last = points.at(-1)!;
    if (first === last) {
      sentences.push(
        t('summary.single', { series, value: figure(first, locale), year: String(first.x) }),
      );
      continue;
    }
    const values = {
      series,
      from: figure(first, locale),
      fromYear: String(first.x),
      to: figure(last, locale),
      toYear: String(last.x),
    };
    const change = changeBetween(first, last);
    sentences.push(
      change === undefined
        ? t('summary.period', values)
        : t('summary.change', {
            ...values,
            change: formatDerived(change.value, locale, { signed: true, digits: change.digits }),
          }),
    );
  }
  return sentences;
}

/**
 * The largest and smallest figure of each set of like figures: totals ranked with totals, parts
 * with parts (a total is never "the largest" beside its own parts), the most inclusive first;
 * none where figures of a set are in different units or there is only one.
 */
export function rankings(
  model: ChartModel,
  named: readonly Named[] = namedFigures(model),
): { largest: Named; smallest: Named }[] {
  const levels = new Map<string, Named[]>();
  for (const n of named) {
    if (n.observation.derived) continue;
    const key = levelOf(n.observation, model.wholes);
    levels.set(key, [...(levels.get(key) ?? []), n]);
  }
  return [...levels.entries()]
    .sort(([a], [b]) => wholesIn(b) - wholesIn(a) || a.localeCompare(b))
    .map(([, figures]) => figures)
    .filter(
      (figures) => figures.length > 1 && new Set(figures.map((n) => n.observation.unit)).size === 1,
    )
    .map((figures) => ({
      largest: figures.reduce((a, b) => (b.value > a.value ? b : a)),
      smallest: figures.reduce((a, b) => (b.value < a.value ? b : a)),
    }));
}

const wholesIn = (level: string) => level.split('+').length - 1;

/** Which wholes a row stands for: the dimensions at their total value ("sex" for sex=total). */
export function levelOf(o: Observation, wholes: Readonly<Record<string, string>>): string {
  return Object.entries(wholes)
    .filter(([column, total]) => o.dims[column] === total)
    .map(([column]) => `+${column}`)
    .join('|');
}

/** The figures drawn as their reader sees them named: the category and series, or series and year. */
export function namedFigures(model: ChartModel): Named[] {
  if (model.lines) {
    return model.lines.series.flatMap((s) =>
      s.segments.flat().map((p) => ({
        label: p.seriesLabel,
        x: p.x,
        value: p.value,
        observation: p.observation,
      })),
    );
  }
  if (model.bars) {
    const bars = model.bars;
    const timeAxis = bars.rows.every((r) =>
      Object.values(r.cells).every((c) => String(c.observation.time) === r.key),
    );
    return bars.rows.flatMap((row) =>
      bars.series
        .filter((s) => row.cells[s.key] && !(bars.stacked && s.total) && !s.derived && !row.derived)
        .map((s) => {
          const cell = row.cells[s.key]!;
          return {
            label: timeAxis
              ? s.label
              : bars.series.length > 1
                ? `${row.label} · ${s.label}`
                : row.label,
            x: timeAxis ? Number(row.key) : undefined,
            value: cell.value,
            observation: cell.observation,
          };
        }),
    );
  }
  if (model.type === 'figures') {
    return model.marks.map((m) => ({
      label: [...Object.values(m.observation.dims), m.observation.time]
        .filter((v) => v !== undefined && v !== '')
        .join(', '),
      x: undefined,
      value: m.value,
      observation: m.observation,
    }));
  }
  return [];
}

/** Each series' figures along the years, in order; only for charts with a time axis. */
function seriesOverTime(model: ChartModel, named: Named[]): Map<string, Named[]> {
  const bySeries = new Map<string, Named[]>();
  for (const n of named) {
    if (n.x === undefined) continue;
    const label = model.lines || model.bars ? n.label : '';
    bySeries.set(label, [...(bySeries.get(label) ?? []), n]);
  }
  for (const points of bySeries.values()) points.sort((a, b) => a.x! - b.x!);
  return bySeries;
}

function describe(n: Named): string {
  return n.x === undefined ? n.label : `${n.label}, ${n.x}`;
}

function figure(n: Named, locale: Locale): string {
  const o = n.observation;
  const unit = markedEnglish(o.unit, rowTextInEnglish(o, 'unit'));
  const text = formatWithUnit(n.value, o.derived ? undefined : o.qualifier, unit, locale);
  return o.derived ? `${text} (${t('chart.derived')})` : text;
}

/**
 * The change from the first figure to the last, at the precision of the figures; none where
 * either is qualified ("more than"), in doubt, derived, or in another unit.
 */
function changeBetween(first: Named, last: Named): { value: number; digits: number } | undefined {
  const exact = (n: Named) =>
    !n.observation.qualifier && !n.observation.flag && !n.observation.derived;
  if (!exact(first) || !exact(last) || first.observation.unit !== last.observation.unit) {
    return undefined;
  }
  const digits = Math.max(decimals(first.value), decimals(last.value));
  const value = Number((last.value - first.value).toFixed(digits));
  return { value, digits };
}

function decimals(value: number): number {
  return String(value).split('.')[1]?.length ?? 0;
}
