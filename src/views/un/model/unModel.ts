import { flowsText, flowsModel, type FlowsDrawing, type FlowsModel } from './unFlowsModel.ts';
import { binLabel } from './unBinLabel.ts';
import { mapPanels, type MapDrawing } from './unMapModel.ts';
import { countryName } from '../../../i18n/countryName.ts';
import { formatDerived, formatList, formatNumber } from '../../../i18n/format.ts';
import { t } from '../../../i18n/i18n.ts';
import { countryColors } from '../../../model/countryColors.ts';
import { niceAxis, type ValueAxis } from '../../../model/niceAxis.ts';
import {
  REMAINDER,
  unPanelSpecs,
  type UnCountryView,
  type UnPageView,
  type UnTypeOfData,
} from './unStockView.ts';
import type { UnSex, UnViewState } from '../../../state/viewState.ts';

/**
 * The UN view's one model: from the figures the worker computed (unPageView) and the view state,
 * every mark the page draws (bars, trends, maps, flows), the words beside them, the summary
 * sentences and the rows of the CSV. The chart rules hold here, so that no drawing can break them:
 * every panel the title names is drawn (each country asked about × each year asked for); every
 * mark is one row of the UN table or a derived figure naming the rows it sums; the measure chosen
 * (people, or the share of a stated total) holds for bars, trends, maps and flows alike; a sum is
 * over one stated set; value axes end on a round tick.
 */

/** One mark of a drawing, as the CSV writes it: one UN row, or a derived sum of several. */
export interface UnMark {
  /** The country the mark's panel is about, and its year. */
  country: string;
  year: number;
  /** Origin and destination of the row (ISO3); null for "all other countries". */
  origin: string | null;
  destination: string | null;
  stock: number;
  /** Per cent of the panel's total (derived); null without a total. */
  share: number | null;
  /** The figure drawn, in the measure chosen. */
  value: number | null;
  /** Summed by us ("all other countries"). */
  derived: boolean;
  /** Whose figure: both sexes, men or women (the table's `sex`). */
  sex: UnSex;
  /** What the destination's figure rests on, where the UN's totals table says (not for a sum). */
  type: UnTypeOfData | undefined;
  /** The partners whose rows the mark is: one, or every one summed. */
  from: string[];
  /** What the share is of, in words ("UN published total 1,986,227"). */
  shareOf: string;
  /** The shares are of the UN's published total (cited with the bilateral table). */
  publishedBase: boolean;
}

export interface UnBar {
  partner: string;
  label: string;
  /** The figure drawn, in the measure chosen (a bar without a share is not drawn: 0 here). */
  value: number;
  stock: number;
  share: number | null;
  derived: boolean;
  /** The figure as the tooltip and table say it, "derived" where it is. */
  text: string;
  /** The stock as the table says it, "(derived)" once where it is. */
  stockText: string;
  shareText: string;
  /** The UN's type-of-data code of the bar's destination ("B R"), where the UN gives one. */
  dataType: string | undefined;
}

export interface UnTrend {
  heading: string;
  lines: { key: string; label: string; color: string }[];
  /** One row per UN year: `year`, then each line's figure in the measure chosen (null: none). */
  rows: Record<string, number | null>[];
  years: number[];
  axis: ValueAxis;
  measure: UnViewState['measure'];
}

export interface UnPanel {
  country: string;
  year: number;
  heading: string;
  /** The panel's total in words, published and summed, "derived" where it is. */
  total: string;
  /**
   * What the panel country's figures rest on, in words ("Type of data: B R: foreign-born …"),
   * with the UN's note: in "who lives in Y", where the UN's totals table gives them.
   */
  typeOfData: string | undefined;
  color: string;
  bars: UnBar[];
  /** The bars' scale: the same for every panel, ending on a round tick. */
  axis: ValueAxis;
  measure: UnViewState['measure'];
  /** The name of what the bars count ("Number of people", "Share of the total (%) (derived)"). */
  measureLabel: string;
  trend: UnTrend;
  /** Some bar has a type-of-data code (the table shows the column). */
  hasTypes: boolean;
}

export interface UnModel {
  /** The choices the model draws: those its figures were computed for, and how they are drawn. */
  state: UnViewState;
  /** The page's title: every country and year of the panels. */
  title: string;
  /** The title of the drawing shown, for its image: the flows have their own. */
  imageTitle: string;
  /** What the drawing shows beyond the title, for an embed. */
  drawn: string;
  measureLabel: string;
  panels: UnPanel[];
  map: MapDrawing;
  /** One Sankey per year asked for. */
  flows: FlowsDrawing[];
  /** The sentences that say what the drawing shown says, flags and "derived" included. */
  summary: string[];
  /** The marks of the drawing shown (bars, map or flows): the CSV's rows. */
  marks: UnMark[];
  /** The note under the drawing: what the shares are of, and what is summed. */
  note: string;
  /** Whose figures, in words: "both sexes", "men", "women". */
  sexWords: string;
  /** The countries asked about that the table cannot answer for, named; not drawn. */
  unavailable: string[];
  /** The image's legend for the drawing shown. */
  legend: { label: string; color: string; shape: 'bar' | 'hatch' }[];
  nameOf: (code: string) => string;
  colorOf: (code: string) => string;
}

export interface UnModelWords {
  /** "Source: …" of every table drawn, and of the bilateral table alone (the flows). */
  sourceText: string;
  bilateralSourceText: string;
  noDataColor: string;
  /** Areas the figures count in another country (the metadata's `countedIn`: area → country). */
  countedIn?: Readonly<Record<string, string>>;
  /** The UN's type-of-data code and note in words, from the totals table's labels. */
  typeLabel?: (code: string) => string | undefined;
  noteLabel?: (note: string) => string | undefined;
}

const SEX_WORDS = {
  both: 'un.sexWordsBoth',
  male: 'un.sexWordsMale',
  female: 'un.sexWordsFemale',
} as const;

/** Whose figures, in words, as titles and sentences say it ("women"). */
export function unSexWords(sex: UnSex): string {
  return t(SEX_WORDS[sex]);
}

const SHOW_LABELS = {
  bars: 'un.showBars',
  map: 'un.showMap',
  flows: 'un.showFlows',
} as const;

/** A country's name in the interface language: Intl's, else the UN table's, else its code. */
export function unNameOf(view: Pick<UnPageView, 'names' | 'localNames'> | undefined) {
  return (code: string): string =>
    code === REMAINDER
      ? t('un.remainder')
      : (view?.localNames?.get(code) ?? countryName(code) ?? view?.names.get(code) ?? code);
}

/**
 * The page's title: every country asked about and every year asked for, the panels of
 * unPanelSpecs (so no panel the title names can be missing).
 */
export function unTitle(
  un: UnViewState,
  nameOf: (code: string) => string,
  /** The countries drawn, where the table cannot answer for every one asked about. */
  available?: readonly string[],
): string {
  const asked = unPanelSpecs(un, available);
  // Nothing the table holds was asked for: the title says what was asked (the page says why
  // nothing is drawn).
  const specs = asked.length > 0 ? asked : unPanelSpecs(un);
  return t('un.titleSex', {
    title: t(un.direction === 'origin' ? 'un.mapTitleOrigin' : 'un.mapTitleDestination', {
      country: formatList([...new Set(specs.map((p) => p.country))].map(nameOf)),
      year: formatList([...new Set(specs.map((p) => String(p.year)))]),
    }),
    sex: unSexWords(un.sex),
  });
}

/**
 * The model of the figures `view` holds, drawn as `show`: its choices are those the figures were
 * computed for (view.asked), so that while a new choice is being answered the drawing, its title
 * and its sentences still agree with each other.
 */
export function unModel(view: UnPageView, show: UnViewState['show'], words: UnModelWords): UnModel {
  const un: UnViewState = { ...view.asked, show };
  const nameOf = unNameOf(view);
  const share = un.measure === 'share';
  const derived = t('chart.derived');
  const measureLabel = share ? `${t('un.share')} (${derived})` : t('un.absolute');
  /** A figure in the measure chosen, "derived" where it is. */
  const format = (value: number, isDerived = false) =>
    share
      ? `${formatDerived(value)} % (${derived})`
      : `${formatNumber(value)}${isDerived ? ` (${derived})` : ''}`;
  const colorOf = countryColors([un.country, ...un.vs, ...view.panels.flatMap((p) => p.lineKeys)]);
  const sexWords = unSexWords(un.sex);
  const title = unTitle(
    un,
    nameOf,
    view.panels.map((p) => p.country),
  );
  const withSex = (text: string) => t('un.titleSex', { title: text, sex: sexWords });
  const heading = (p: { country: string; year: number }) =>
    withSex(t('un.panelTitle', { country: nameOf(p.country), year: p.year }));
  const valueOf = (r: { stock: number; share: number | null }) => (share ? r.share : r.stock);

  const axis = niceAxis(
    Math.max(0, ...view.panels.flatMap((p) => p.top.map((r) => valueOf(r) ?? 0))),
  );
  const panels: UnPanel[] = view.panels.map((p) => {
    const bars = p.top.map((r) => ({
      partner: r.partner,
      label: nameOf(r.partner),
      value: valueOf(r) ?? 0,
      stock: r.stock,
      share: r.share,
      derived: r.derived,
      text: share && r.share === null ? '–' : format(valueOf(r)!, r.derived),
      stockText: `${formatNumber(r.stock)}${r.derived ? ` (${derived})` : ''}`,
      shareText: r.share === null ? '–' : formatDerived(r.share),
      dataType:
        un.direction === 'origin' ? (p.types.get(r.partner)?.dataType ?? undefined) : undefined,
    }));
    const series = share ? p.overTimeShare : p.overTime;
    const trendMax = Math.max(0, ...series.flatMap((row) => p.lineKeys.map((k) => row[k] ?? 0)));
    return {
      country: p.country,
      year: p.year,
      heading: heading(p),
      total: totalSentence(p, un.direction, nameOf, sexWords),
      typeOfData:
        un.direction === 'destination' ? typeSentence(p.types.get(p.country), words) : undefined,
      color: colorOf(p.country),
      bars,
      hasTypes: bars.some((b) => b.dataType !== undefined),
      axis,
      measure: un.measure,
      measureLabel,
      trend: {
        heading: `${t('un.overTime')}: ${heading(p)}`,
        lines: p.lineKeys.map((key) => ({ key, label: nameOf(key), color: colorOf(key) })),
        rows: series,
        years: [...view.years],
        axis: niceAxis(trendMax),
        measure: un.measure,
      },
    };
  });

  const maps = mapPanels(view.panels, un.measure);
  const map: MapDrawing = {
    ...maps,
    legendTitle: withSex(share ? t('map.legendShare') : t('map.legend')),
    binLabels: maps.bins.map((b) => binLabel(b, un.measure)),
    captions: maps.maps.map(heading),
    title,
    sourceText: words.sourceText,
    nameOf,
    format: (f) => (f.value === null ? '–' : format(f.value)),
    notes: Object.entries(words.countedIn ?? {}).map(([area, country]) =>
      t('map.countedIn', { area: nameOf(area), country: nameOf(country) }),
    ),
  };

  // One Sankey per year asked for, as the bars and maps draw one panel per country and year.
  const years = [...new Set(view.panels.map((p) => p.year))];
  const flowsByYear = years.map((year) => {
    const flowPanels = view.panels.filter((p) => p.year === year);
    const list = formatList(flowPanels.map((p) => nameOf(p.country)));
    const flows = flowsModel(flowPanels, un.direction, un.measure);
    const drawing: FlowsDrawing = {
      year,
      model: flows,
      text: flowsText(flows, year, {
        nameOf,
        format: (v) => format(v),
        sum: t('flows.sum'),
        derived,
      }),
      title: withSex(
        un.direction === 'origin'
          ? t('un.flowsTitle', { origins: list, year })
          : t('un.flowsTitleDestination', { countries: list, year }),
      ),
      sourceText: words.bilateralSourceText,
      linkColors: flows.links.map((l) => colorOf(l.country)),
      nodeColors: flows.nodes.map((n) => (n.side === 'from' ? colorOf(n.code) : undefined)),
    };
    return { year, flowPanels, drawing };
  });
  const flowPanels = flowsByYear[0]?.flowPanels ?? [];

  const marks =
    un.show === 'flows'
      ? flowsByYear.flatMap((f) => flowMarks(f.flowPanels, f.drawing.model, un))
      : marksOf(view.panels, un);
  const summary = [
    ...(un.show === 'flows' ? [] : [title]),
    ...(un.show === 'flows'
      ? flowsByYear.flatMap((f) => [
          f.drawing.title,
          ...flowsSummary(f.drawing, f.flowPanels, un, nameOf, (v) => format(v)),
        ])
      : view.panels.flatMap((p, i) => {
          const largest =
            un.show === 'map'
              ? maps.maps[i]!.figures.find((f) => f.value !== null)
              : panels[i]!.bars.find((b) => !b.derived);
          const figure =
            largest === undefined
              ? undefined
              : 'iso3' in largest
                ? { name: nameOf(largest.iso3), text: format(largest.value!) }
                : { name: largest.label, text: largest.text };
          return [
            `${panels[i]!.total}.`,
            ...(figure
              ? [
                  t('un.summaryLargest', {
                    panel: heading(p),
                    partner: figure.name,
                    value: figure.text,
                  }),
                ]
              : []),
          ];
        })),
  ];
  const note = [
    view.panels[0]?.shareBase !== 'published'
      ? t('un.shareDerived')
      : un.direction === 'origin'
        ? t('un.shareOfPublishedOrigin')
        : t('un.shareOfPublished'),
    t('un.remainderDerived'),
    ...(un.show === 'flows' ? [t('un.flowsNote')] : []),
    ...(un.sex === 'both' ? [] : [t('un.sexNote', { sex: sexWords })]),
  ].join(' ');
  const legend =
    un.show === 'map'
      ? [
          ...maps.bins.map((b, i) => ({
            label: map.binLabels[i]!,
            color: b.color,
            shape: 'bar' as const,
          })),
          { label: t('map.noData'), color: words.noDataColor, shape: 'hatch' as const },
          ...map.notes.map((label) => ({
            label,
            color: words.noDataColor,
            shape: 'hatch' as const,
          })),
        ]
      : // Every country drawn (the image draws every panel), once each.
        (un.show === 'flows'
          ? flowPanels
          : view.panels.filter(
              (p, i) => view.panels.findIndex((q) => q.country === p.country) === i,
            )
        ).map((p) => ({
          label: withSex(nameOf(p.country)),
          color: colorOf(p.country),
          shape: 'bar' as const,
        }));
  return {
    state: un,
    title,
    imageTitle: un.show === 'flows' ? (flowsByYear[0]?.drawing.title ?? title) : title,
    drawn: [
      t('un.topDrawn', { top: un.top }),
      measureLabel,
      sexWords,
      t(SHOW_LABELS[un.show]),
    ].join(' · '),
    measureLabel,
    panels,
    map,
    flows: flowsByYear.map((f) => f.drawing),
    summary,
    marks,
    note,
    sexWords,
    unavailable: view.unavailable.map(nameOf),
    legend,
    nameOf,
    colorOf,
  };
}

/** What a destination's figures rest on, in words: the UN's type of data and its note. */
function typeSentence(type: UnTypeOfData | undefined, words: UnModelWords): string | undefined {
  if (!type?.dataType) return undefined;
  const note = type.note ? words.noteLabel?.(type.note) : undefined;
  return [
    t('un.typeOfData', { type: words.typeLabel?.(type.dataType) ?? type.dataType }),
    ...(note ? [note] : []),
  ].join(' ');
}

/** The panel's total: the UN's published total where there is one, beside the derived sum. */
function totalSentence(
  p: UnCountryView,
  direction: UnViewState['direction'],
  nameOf: (code: string) => string,
  sexWords: string,
): string {
  const values = {
    country: nameOf(p.country),
    year: t('un.titleSex', { title: String(p.year), sex: sexWords }),
    value: p.yearTotal !== undefined ? formatNumber(p.yearTotal) : '–',
  };
  if (p.publishedTotal !== undefined) {
    return t(direction === 'origin' ? 'un.totalAbroadPublished' : 'un.totalInPublished', {
      ...values,
      published: formatNumber(p.publishedTotal),
    });
  }
  return `${t(direction === 'origin' ? 'un.totalAbroad' : 'un.totalIn', values)} (${t('chart.derived')})`;
}

/** What the shares of a panel are of, in words. */
function shareOf(p: UnCountryView): string {
  if (p.shareBase === 'published' && p.publishedTotal !== undefined) {
    return t('export.unShareOfPublished', { total: formatNumber(p.publishedTotal) });
  }
  return t('export.unShareOfSum', {
    total: p.yearTotal === undefined ? '–' : formatNumber(p.yearTotal),
  });
}

/** One mark of a panel: the row of the panel's country and a partner, or the remainder. */
function markOf(
  p: UnCountryView,
  partner: string,
  r: { stock: number; share: number | null },
  from: string[],
  un: UnViewState,
): UnMark {
  const other = partner === REMAINDER ? null : partner;
  const [origin, destination] = un.direction === 'origin' ? [p.country, other] : [other, p.country];
  return {
    country: p.country,
    year: p.year,
    origin,
    destination,
    stock: r.stock,
    share: r.share,
    value: un.measure === 'share' ? r.share : r.stock,
    derived: partner === REMAINDER,
    sex: un.sex,
    type: other === null ? undefined : p.types.get(destination!),
    from,
    shareOf: shareOf(p),
    publishedBase: p.shareBase === 'published',
  };
}

/** The marks of the bars (every panel's) or of the maps (every figure of each). */
function marksOf(panels: readonly UnCountryView[], un: UnViewState): UnMark[] {
  return panels.flatMap((p) => {
    if (un.show === 'map') {
      return p.partners
        .filter((q) => /^[A-Z]{3}$/.test(q.partner))
        .map((q) => markOf(p, q.partner, q, [q.partner], un));
    }
    const shown = new Set(p.top.map((q) => q.partner));
    return p.top.map((r) =>
      markOf(
        p,
        r.partner,
        r,
        r.partner === REMAINDER
          ? p.partners.filter((q) => !shown.has(q.partner)).map((q) => q.partner)
          : [r.partner],
        un,
      ),
    );
  });
}

/** The marks of one year's flows: one per band. */
function flowMarks(
  flowPanels: readonly UnCountryView[],
  flows: FlowsModel,
  un: UnViewState,
): UnMark[] {
  return flows.links.map((l) => {
    const p = flowPanels.find((q) => q.country === l.country)!;
    const node = flows.nodes[un.direction === 'origin' ? l.target : l.source]!;
    return markOf(p, node.code, l, l.from, un);
  });
}

/** The flows in sentences: each country's bands, and each sum over every country drawn. */
function flowsSummary(
  drawing: FlowsDrawing,
  flowPanels: readonly UnCountryView[],
  un: UnViewState,
  nameOf: (code: string) => string,
  format: (value: number) => string,
): string[] {
  const { model, text } = drawing;
  const own = un.direction === 'origin' ? 'from' : 'to';
  const countries = formatList(flowPanels.map((p) => nameOf(p.country)));
  return model.nodes.flatMap((n, i) => {
    if (n.total === undefined) return [];
    if (n.side === own) return [`${text.nodes[i]!.description}.`];
    if (!n.summed) return [];
    return [
      t('flows.sumOver', {
        name: text.nodes[i]!.name,
        year: drawing.year,
        value: format(n.total),
        countries,
      }),
    ];
  });
}
