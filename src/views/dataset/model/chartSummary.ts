import { formatDerived } from '../../../i18n/format.ts';
import { activeLocale, t, type Locale } from '../../../i18n/i18n.ts';
import { rowTextInEnglish, type Observation } from '../../../model/observations.ts';
import { markedEnglish } from '../../../data/labels.ts';
import type { ChartModel, Stretch } from './chartModel.ts';
import { formatWithUnit } from '../../../model/formatFigure.ts';
import type { SeriesPoint } from './lineSeries.ts';
import { decimals, isRate, round } from './yearOnYear.ts';

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
 * over years, where each stretch of one source series starts and ends and the change between (a
 * derived figure, labelled so, only between two exact figures in the same unit; in percentage
 * points for a rate). Shown under the chart and used as its accessible description. Derived marks
 * (the "rest" and "all others" bars), figures in doubt and part-year figures are not ranked;
 * totals are ranked among totals and parts among parts; figures in different units are not. A
 * figure the data calls into doubt is named as such, and in nothing else.
 */
export function chartSummary(model: ChartModel, locale: Locale = activeLocale()): string[] {
  const named = namedFigures(model);
  if (named.length === 0) return [];
  const sentences: string[] = [];
  for (const { largest, smallest } of rankings(model, named)) {
    sentences.push(
      t('summary.largest', { label: describe(largest), value: figure(largest, locale) }, locale),
      t('summary.smallest', { label: describe(smallest), value: figure(smallest, locale) }, locale),
    );
  }
  sentences.push(...overTime(model, locale));
  for (const n of named.filter((m) => m.observation.flag)) {
    sentences.push(
      t(
        'summary.flagged',
        {
          label: describe(n),
          value: figure(n, locale),
          flag: model.flagLabels[n.observation.flag!] ?? n.observation.flag!,
        },
        locale,
      ),
    );
  }
  return sentences;
}

/** A figure a start, an end or a change may be read from: not in doubt, not part of a year. */
export function comparable(o: Observation): boolean {
  return !o.flag && o.periodType !== 'part';
}

/** Each series' stretches in words: its start, end and change within each stretch alone. */
function overTime(model: ChartModel, locale: Locale): string[] {
  const byLine = new Map<Stretch['line'], SeriesPoint[][]>();
  for (const stretch of model.stretches) {
    const points = stretch.points.filter((p) => comparable(p.observation));
    if (points.length === 0) continue;
    byLine.set(stretch.line, [...(byLine.get(stretch.line) ?? []), points]);
  }
  const sentences: string[] = [];
  for (const [line, stretches] of byLine) {
    const series = line.label;
    if (stretches.length > 1) {
      const years = stretches.map((points) => {
        const [from, to] = [points[0]!.x, points.at(-1)!.x];
        return from === to ? String(from) : `${from}–${to}`;
      });
      sentences.push(
        t(
          'summary.sourceSeries',
          { series, count: String(stretches.length), years: years.join('; ') },
          locale,
        ),
      );
    }
    for (const points of stretches) {
      const first = points[0]!;
      const last = points.at(-1)!;
      if (first === last) {
        const values = {
          series,
          value: valueText(first.value, first.observation, locale),
          year: String(first.x),
        };
        sentences.push(
          t(stretches.length > 1 ? 'summary.stretch' : 'summary.single', values, locale),
        );
        continue;
      }
      const values = {
        series,
        from: valueText(first.value, first.observation, locale),
        fromYear: String(first.x),
        to: valueText(last.value, last.observation, locale),
        toYear: String(last.x),
      };
      const change = changeBetween(first.observation, last.observation);
      sentences.push(
        change === undefined
          ? t('summary.period', values, locale)
          : t(
              change.points ? 'summary.changePoints' : 'summary.change',
              {
                ...values,
                change: formatDerived(change.value, locale, {
                  signed: true,
                  digits: change.digits,
                }),
              },
              locale,
            ),
      );
    }
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
    if (n.observation.derived || !comparable(n.observation)) continue;
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
        // A line of figures at a date is named with its date ("… (end of year)").
        label: s.label,
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
    // The categories not drawn are ranked too: "smallest" means smallest of the view, not of
    // the largest fifteen.
    return [...bars.rows, ...bars.hidden].flatMap((row) =>
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

function describe(n: Named): string {
  return n.x === undefined ? n.label : `${n.label}, ${n.x}`;
}

function figure(n: Named, locale: Locale): string {
  return valueText(n.value, n.observation, locale);
}

/** A figure with its unit; a derived one says so once, even where its unit already does. */
function valueText(value: number, o: Observation, locale: Locale): string {
  const unit = markedEnglish(o.unit, rowTextInEnglish(o, 'unit'));
  const text = formatWithUnit(value, o.derived ? undefined : o.qualifier, unit, locale);
  const derived = t('chart.derived', {}, locale);
  return o.derived && !unit.includes(derived) ? `${text} (${derived})` : text;
}

/**
 * The change from the first figure to the last, at the precision of the figures, in percentage
 * points for rates; none where either is qualified ("more than"), in doubt, derived, part of a
 * year, or in another unit.
 */
function changeBetween(
  first: Observation,
  last: Observation,
): { value: number; digits: number; points: boolean } | undefined {
  const exact = (o: Observation) => !o.qualifier && !o.derived && comparable(o) && o.value !== null;
  if (!exact(first) || !exact(last) || first.unit !== last.unit) return undefined;
  const digits = Math.max(decimals(first.value!), decimals(last.value!));
  const value = round(last.value! - first.value!, digits);
  return { value, digits, points: isRate(last) };
}
