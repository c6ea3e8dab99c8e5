import type { CompareEntry } from './compareMeasures.ts';
import { compareDownloadTable, type CompareRow } from './compareView.ts';
import { countryName } from '../../../i18n/countryName.ts';
import { t } from '../../../i18n/i18n.ts';
import { colorAt } from '../../../ui/palette.ts';
import { ink } from '../../../ui/theme.ts';
import type { SwatchShape } from '../../../ui/legendSwatch.ts';
import { niceAxis, type ValueAxis } from '../../../model/niceAxis.ts';

/**
 * The compare view's one model: from the rows of each country (compareRows), the groups its
 * charts draw, the table, the summary sentences, the legend and the CSV. The rules hold here:
 * a chart's category axis holds one kind of figure (flow, stock, …) of one period, so a Q1 flow
 * never stands among end-of-year stocks; a total is drawn apart from its parts; every bar is one
 * row, with its qualifier and the data's own doubt written beside it, in the chart, the table and
 * the sentences alike; each chart's scale ends on a round tick above its own longest bar (one scale
 * for every chart drew a quarter's flow beside millions as a sliver, 2 % of a phone's width).
 */

export const CONCEPTS: CompareEntry['concept'][] = ['flow', 'stock', 'share', 'birthStock'];
export const conceptLabel = (concept: CompareEntry['concept']) => t(`concept.${concept}`);
export const conceptColor = (concept: CompareEntry['concept']) =>
  colorAt(CONCEPTS.indexOf(concept));
export const CONFLICT_COLOR = ink.flag;

/** One bar: one row of the data. */
export interface CompareBar {
  /** What it counts beyond its group's heading ("Russia", "Men, All destinations"). */
  label: string;
  value: number;
  /** The figure as the tooltip, table and sentences write it: qualifier and doubts in words. */
  text: string;
  /** The figure beside the bar: qualifier, the data's doubt, and ≠ for a differing figure. */
  short: string;
  concept: CompareEntry['concept'];
  conflict: boolean;
  flag: string | undefined;
  row: CompareRow;
}

/** One chart: figures of one kind and one period, either totals or parts, never both. */
export interface CompareGroup {
  key: string;
  concept: CompareEntry['concept'];
  whole: boolean;
  /** "Stock: people abroad on a date · December 2023 · totals". */
  heading: string;
  bars: CompareBar[];
  color: string;
  /** The group's own scale, ending on a round tick. */
  axis: ValueAxis;
}

export interface LegendItem {
  label: string;
  color: string;
  shape: SwatchShape;
}

export interface ComparePanel {
  country: string;
  name: string;
  rows: CompareRow[];
  groups: CompareGroup[];
  legend: LegendItem[];
}

export interface CompareModel {
  panels: ComparePanel[];
  /** The legend of every mark drawn on the page (and the image). */
  legend: LegendItem[];
  summary: string[];
  /** Every row shown in the tables: the CSV. */
  rows: CompareRow[];
}

/** A figure as the page writes it: qualifier ("just over"), then the data's doubt and ours. */
export type FigureFormat = (value: number, qualifier: string | undefined) => string;

export function compareModel(
  byCountry: readonly { country: string; rows: readonly CompareRow[] }[],
  formatFigure: FigureFormat,
): CompareModel {
  const textOf = (r: CompareRow) =>
    [
      formatFigure(r.value, r.qualifier),
      ...(r.flag ? [`(${r.flag})`] : []),
      ...(r.conflict ? [`(${t('compare.conflict')})`] : []),
    ].join(' ');
  const panels = byCountry.map(({ country, rows }) => {
    const groups = new Map<string, Omit<CompareGroup, 'axis'>>();
    for (const r of rows.filter(countedInPeople)) {
      const key = `${r.concept}|${r.periodKey}|${r.whole ? 'whole' : 'part'}`;
      let group = groups.get(key);
      if (!group) {
        group = {
          key,
          concept: r.concept,
          whole: r.whole,
          heading: [
            conceptLabel(r.concept),
            r.shown.period,
            t(r.whole ? 'compare.groupTotals' : 'compare.groupParts'),
          ].join(' · '),
          bars: [],
          color: conceptColor(r.concept),
        };
        groups.set(key, group);
      }
      group.bars.push({
        label: r.measure.replace(/^.* — /, ''),
        value: r.value,
        text: textOf(r),
        short: [
          formatFigure(r.value, r.qualifier),
          ...(r.flag ? [`(${r.flag})`] : []),
          ...(r.conflict ? ['≠'] : []),
        ].join(' '),
        concept: r.concept,
        conflict: r.conflict,
        flag: r.flag,
        row: r,
      });
    }
    const list = [...groups.values()].map((g) => ({
      ...g,
      axis: niceAxis(Math.max(0, ...g.bars.map((b) => b.value))),
    }));
    return {
      country,
      name: countryName(country) ?? country,
      rows: [...rows],
      groups: list,
      legend: legendOf(list.flatMap((g) => g.bars)),
    };
  });
  const summary = panels.flatMap((p) =>
    p.groups.map(
      (g) => `${p.name} — ${g.heading}: ${g.bars.map((b) => `${b.label} ${b.text}`).join('; ')}.`,
    ),
  );
  return {
    panels,
    legend: legendOf(panels.flatMap((p) => p.groups.flatMap((g) => g.bars))),
    summary,
    rows: byCountry.flatMap((c) => c.rows),
  };
}

/** The chart draws figures counted in people; shares and rates stay in the tables. */
function countedInPeople(r: CompareRow): boolean {
  return /person|people/i.test(r.unit);
}

/** The legend of exactly the marks drawn: their kinds in a fixed order, and the outline. */
function legendOf(bars: readonly CompareBar[]): LegendItem[] {
  const kinds = new Set(bars.map((b) => b.concept));
  return [
    ...CONCEPTS.filter((c) => kinds.has(c)).map((c) => ({
      label: conceptLabel(c),
      color: conceptColor(c),
      shape: 'bar' as const,
    })),
    ...(bars.some((b) => b.conflict)
      ? [
          {
            label: t('compare.legendConflict'),
            color: CONFLICT_COLOR,
            shape: 'outlined-bar' as const,
          },
        ]
      : []),
  ];
}

/** The short citations of every source the charts draw, once each, in order. */
export function compareSources(model: Pick<CompareModel, 'panels'>): string[] {
  return [
    ...new Set(
      model.panels.flatMap((p) =>
        p.groups.flatMap((g) => g.bars.flatMap((b) => b.row.sources.map((x) => x.label))),
      ),
    ),
  ];
}

/** The CSV of the compare view: every row of its tables. */
export function compareCsvTable(model: CompareModel) {
  return compareDownloadTable(model.rows, conceptLabel, t('compare.conflictNote'));
}
