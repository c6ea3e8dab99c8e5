import { t } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/messages.en.ts';
import { sourcePrefix } from '../data/citations.ts';
import { POINT_MARKERS } from '../ui/legendSwatch.ts';

/**
 * Where everything of a chart image goes, at a fixed size whatever the screen it was asked for
 * on: the title and subtitle wrapped at the top, the legend in rows under the chart or in a column
 * beside it, one footer line for the sources (and one for flags and derived figures), and the
 * chart in the rest — at least 60 % of the picture. Pure: text widths come from `measure` (the
 * browser's canvas when drawing, an estimate in tests).
 */

export type ImageFormat = 'slide' | 'square';

export const IMAGE_SIZES: Record<ImageFormat, { width: number; height: number }> = {
  slide: { width: 1200, height: 675 },
  square: { width: 1080, height: 1080 },
};

/** The width of `text` at `size` px (bold or not), in px. */
export type Measure = (text: string, size: number, bold?: boolean) => number;

/**
 * An estimate of system-ui's width, for tests and as a floor: wide enough for Cyrillic, whose
 * letters run wider than Latin ones.
 */
export const estimateWidth: Measure = (text, size, bold) =>
  text.length * size * (bold ? 0.62 : 0.56);

export interface TextStyle {
  size: number;
  bold?: boolean;
  muted?: boolean;
}

// No text below 14 px at 1×: a slide is read from the back of a room.
export const STYLES = {
  title: { size: 28, bold: true },
  subtitle: { size: 17, muted: true },
  caption: { size: 16, bold: true },
  legend: { size: 15 },
  footer: { size: 14 },
  note: { size: 14, muted: true },
} as const satisfies Record<string, TextStyle>;

/**
 * Smaller, still 14 px or more: for an image whose legend or title would otherwise leave the
 * chart under 60 % of the picture (a legend of many kinds of marks).
 */
export const COMPACT_STYLES = {
  ...STYLES,
  title: { size: 24, bold: true },
  subtitle: { size: 15, muted: true },
  legend: { size: 14 },
} as const satisfies Record<keyof typeof STYLES, TextStyle>;

/** How one image is tried: its text sizes, whether the description is set, its margin. */
interface Arrangement {
  styles: typeof STYLES | typeof COMPACT_STYLES;
  description: boolean;
  padding: number;
  /**
   * What neighbouring legend entries share said once, marks named in short, flags on the
   * sources' line.
   */
  grouped: boolean;
}

export const PADDING = 28;
/** The margin of a compact image: still clear of a slide's edge. */
const TIGHT_PADDING = 16;
const GAP = 12;
export const LINE_HEIGHT = 1.25;
export const SWATCH = 24;
const SWATCH_GAP = 8;
const ITEM_GAP = 24;
/** Text is kept this much inside the width measured, for a font a little wider than ours. */
const SLACK = 0.95;

/** The chart's least share of the picture: a slide is for the chart, not for its words. */
export const MIN_CHART_SHARE = 0.6;

/** A panel of small multiples too small to read below this size is drawn in an image of its own. */
export const MIN_CELL = { width: 420, height: 240 };

export interface TextLine {
  text: string;
  x: number;
  /** The baseline. */
  y: number;
  style: TextStyle;
  role: 'title' | 'subtitle' | 'legend' | 'legend-heading' | 'footer' | 'note' | 'caption';
}

export interface LegendEntry {
  label: string;
  color: string;
  shape: string;
  /** The entry says what a kind of mark means (a dash, a ring), not which series a line is. */
  mark?: true | undefined;
}

/**
 * What a kind of mark means, in short, by its shape: in a compact image the swatch shows the mark
 * ("┄", "◯"), so its words need not describe it again.
 */
const SHORT_MARKS: Record<string, MessageKey> = {
  diamond: 'image.legendPartial',
  triangle: 'image.legendAlternative',
  'dashed-line': 'image.legendPointInTime',
  gap: 'image.legendGap',
  'source-join': 'image.legendSourceJoin',
  flag: 'image.legendFlag',
};

export interface PlacedLegendEntry<L extends LegendEntry = LegendEntry> {
  item: L;
  x: number;
  /** The top of its row. */
  y: number;
  /** Its label, wrapped to the room it has (one line unless the legend is a narrow column). */
  lines: string[];
  /** What its group shares, written before its swatch (the first entry of a group only). */
  heading?: string | undefined;
  /** How far its swatch is from `x`: the heading's width and a gap, or 0. */
  indent: number;
}

export interface Cell {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Its caption, wrapped to its width. */
  caption: TextLine[];
}

export interface ImageText<L extends LegendEntry = LegendEntry> {
  title: string;
  /**
   * What the dataset holds, in a line (its subtitle): set before the filters when there is room,
   * left to the data when it would leave the chart under 60 % of the picture.
   */
  description?: string | undefined;
  /** The filters and years drawn: always in the image. */
  subtitle?: string | undefined;
  legend: readonly L[];
  /** Short citations of every source drawn, in order. */
  sources: readonly string[];
  /** Figures the data calls into doubt, drawn in this image. */
  flagged?: number | undefined;
  /** Figures computed by the dashboard (shares, sums), drawn in this image. */
  derived?: number | undefined;
  /** A short note of the view's own (a map's disclaimer). */
  note?: string | undefined;
}

export interface ImageLayout<L extends LegendEntry = LegendEntry> {
  width: number;
  height: number;
  lines: TextLine[];
  legend: PlacedLegendEntry<L>[];
  legendStyle: TextStyle;
  /** The height of a one-line legend row; a wrapped label adds a legend line per line. */
  legendRowHeight: number;
  /** The chart's area: the cells together, with their gaps. */
  chart: { x: number; y: number; width: number; height: number };
  cells: Cell[];
}

/** Greedy word wrap by measured width; a word wider than the line is broken where it must be. */
export function wrapText(text: string, width: number, style: TextStyle, measure: Measure) {
  const fits = (s: string) => measure(s, style.size, style.bold) <= width * SLACK;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const joined = line ? `${line} ${word}` : word;
    if (fits(joined)) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    // A word wider than the line (a long URL): broken into pieces that fit, none lost.
    let rest = word;
    while (!fits(rest) && rest.length > 1) {
      let n = rest.length - 1;
      while (n > 1 && !fits(rest.slice(0, n))) n--;
      lines.push(rest.slice(0, n));
      rest = rest.slice(n);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * One line for the sources: as many short citations as fit, then "and 17 more — full list in the
 * data"; every name when they all fit.
 */
export function sourcesLine(
  sources: readonly string[],
  width: number,
  measure: Measure,
  style: TextStyle = STYLES.footer,
): string {
  const fits = (s: string) => measure(s, style.size, style.bold) <= width * SLACK;
  const all = `${sourcePrefix(sources.length)} ${sources.join('; ')}`;
  if (sources.length === 0 || fits(all)) return all;
  for (let shown = sources.length - 1; shown >= 1; shown--) {
    const line = t('image.sourcesSome', {
      prefix: sourcePrefix(sources.length),
      names: sources.slice(0, shown).join('; '),
      count: sources.length - shown,
    });
    if (fits(line)) return line;
  }
  return t('image.sourcesCount', { count: sources.length });
}

/** The flags and derived figures of the image, in short ("◇ 2 figures in doubt — see the data"). */
export function marksLine(text: Pick<ImageText, 'flagged' | 'derived' | 'note'>): string {
  return [
    text.flagged ? t('image.flagged', { count: text.flagged }) : '',
    text.derived ? t('image.derived', { count: text.derived }) : '',
    text.note ?? '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/** A legend entry's words in a grouped legend: a heading said once before its group, its label. */
export interface GroupedLabel {
  /** The part the entries of its group share, written once before the group's first swatch. */
  heading?: string | undefined;
  label: string;
}

const isMarker = (item: LegendEntry) => (POINT_MARKERS as readonly string[]).includes(item.shape);
/** A series' name in two parts: what tells it apart (a country) and what it is, or neither. */
function nameParts(label: string): { lead: string; rest: string } | undefined {
  const match = /^(.{1,40}?)(?: · |: )(.+)$/.exec(label);
  return match ? { lead: match[1]!, rest: match[2]! } : undefined;
}
/** "ILO modelled estimate:", or with a dash where the words hold a colon already. */
const headingOf = (words: string) => (words.includes(':') ? `${words} —` : `${words}:`);

/**
 * The legend's words with what neighbouring entries share said once, as a heading before them:
 * three countries' "ILO modelled estimate (…)" lines become "ILO modelled estimate (…): ━ Kyrgyzstan
 * ━ Tajikistan ━ Uzbekistan"; a country's two series "Uzbekistan: ━ official rate ━ survey rate";
 * dates of figures "figure at a date: ■ end of 2015 ○ May 2017". Nothing is cut: each entry's
 * heading and label together say its whole name.
 */
export function groupedLabels(items: readonly LegendEntry[]): GroupedLabel[] {
  const out: GroupedLabel[] = items.map((item) => {
    const short = item.mark && !isMarker(item) ? SHORT_MARKS[item.shape] : undefined;
    return { label: short ? t(short) : item.label };
  });
  const parts = items.map((item) => nameParts(item.label));
  const taken = items.map(() => false);
  /** Runs of two or more neighbours with the same key, grouped under `heading`. */
  const group = (
    key: (i: number) => string | undefined,
    label: (i: number) => string,
    heading: (k: string) => string,
  ) => {
    for (let i = 0; i < items.length;) {
      const k = taken[i] ? undefined : key(i);
      let j = i + 1;
      while (k !== undefined && j < items.length && !taken[j] && key(j) === k) j++;
      if (k !== undefined && j - i >= 2) {
        for (let n = i; n < j; n++) {
          out[n] = { heading: n === i ? heading(k) : undefined, label: label(n) };
          taken[n] = true;
        }
      }
      i = j;
    }
  };
  const series = (i: number) => !isMarker(items[i]!) && !(items[i] as { mark?: boolean }).mark;
  // What several series are (one model for every country), then what one country has several of.
  group(
    (i) => (series(i) ? parts[i]?.rest : undefined),
    (i) => parts[i]!.lead,
    headingOf,
  );
  group(
    (i) => (series(i) ? parts[i]?.lead : undefined),
    (i) => parts[i]!.rest,
    headingOf,
  );
  // Marks of figures at a date: their shared lead-in ("figure at a date: ").
  const leadIn = (i: number) =>
    isMarker(items[i]!) ? /^([^:]{1,40}): /.exec(items[i]!.label)?.[1] : undefined;
  group(leadIn, (i) => items[i]!.label.slice(leadIn(i)!.length + 2), headingOf);
  return out;
}

/** The room between a group's heading and its first swatch. */
const HEADING_GAP = 8;

/**
 * Legend entries left to right, each as wide as its label (and its group's heading, before the
 * first of the group), a new row where the next would not fit: never overlapping. A label wider
 * than the whole width is wrapped onto lines of its own.
 */
export function legendRows<L extends LegendEntry>(
  items: readonly L[],
  width: number,
  measure: Measure,
  style: TextStyle = STYLES.legend,
  grouped = false,
): {
  item: L;
  x: number;
  row: number;
  width: number;
  lines: string[];
  heading?: string | undefined;
  indent: number;
}[] {
  const placed: ReturnType<typeof legendRows<L>> = [];
  let x = 0;
  let row = 0;
  const shown: GroupedLabel[] = grouped
    ? groupedLabels(items)
    : items.map((i) => ({ label: i.label }));
  for (const [k, item] of items.entries()) {
    const { heading, label: text } = shown[k]!;
    const indent = heading ? measure(heading, style.size) / SLACK + HEADING_GAP : 0;
    const room = width - SWATCH - SWATCH_GAP - indent;
    const label = measure(text, style.size) / SLACK;
    const lines = label <= room ? [text] : wrapText(text, room, style, measure);
    const w = indent + SWATCH + SWATCH_GAP + Math.min(label, room);
    if (x > 0 && x + w > width) {
      row++;
      x = 0;
    }
    placed.push({ item, x, row, width: w, lines, heading, indent });
    x += w + ITEM_GAP;
  }
  return placed;
}

const lineHeight = (style: TextStyle) => style.size * LINE_HEIGHT;
/** A legend row: a line of its text, and room between rows for the swatches (less in compact). */
const legendRow = (style: TextStyle) =>
  lineHeight(style) + (style.size < STYLES.legend.size ? 3 : 6);

/** The legend's entries at their offsets from its top left, and its height. */
function placeLegend<L extends LegendEntry>(
  items: readonly L[],
  width: number,
  measure: Measure,
  style: TextStyle,
  grouped: boolean,
) {
  const rows = legendRows(items, width, measure, style, grouped);
  const entries: PlacedLegendEntry<L>[] = [];
  let y = 0;
  for (let row = 0, i = 0; i < rows.length; row++) {
    const inRow = rows.filter((r) => r.row === row);
    for (const r of inRow) {
      entries.push({
        item: r.item,
        x: r.x,
        y,
        lines: r.lines,
        heading: r.heading,
        indent: r.indent,
      });
    }
    const most = Math.max(...inRow.map((r) => r.lines.length));
    y += legendRow(style) + (most - 1) * lineHeight(style);
    i += inRow.length;
  }
  return { entries, height: y };
}

/** The longest word of the legend: a column narrower than it would break words. */
function longestLegendWord(
  items: readonly LegendEntry[],
  measure: Measure,
  style: TextStyle,
): number {
  const words = items.flatMap((i) => i.label.split(/\s+/));
  return Math.max(0, ...words.map((w) => measure(w, style.size) / SLACK));
}

/** The height a cell needs to be readable: room for each category row, or for a plot. */
export function minCellHeight(rows: number | undefined): number {
  return rows ? Math.max(MIN_CELL.height * 0.6, rows * 26 + 50) : MIN_CELL.height;
}

/** The height of a cell's caption, wrapped to the cell's width. */
function captionHeight(caption: string | undefined, width: number, measure: Measure): number {
  if (!caption) return 0;
  return wrapText(caption, width, STYLES.caption, measure).length * lineHeight(STYLES.caption) + 4;
}

/**
 * How small multiples go into images of this size: the fewest images whose cells (each under its
 * caption) are all readable (MIN_CELL wide, room for their rows), as a grid of `columns`. One
 * image when they fit; one per panel at worst — never a strip taller than the image.
 */
export function planImages(
  panels: readonly { caption?: string | undefined; rows?: number | undefined }[],
  area: { width: number; height: number },
  measure: Measure,
): { perImage: number; columns: number } {
  for (let perImage = panels.length; perImage > 1; perImage--) {
    let best: { columns: number; score: number } | undefined;
    for (let columns = 1; columns <= perImage; columns++) {
      const rows = Math.ceil(perImage / columns);
      const w = (area.width - (columns - 1) * GAP * 2) / columns;
      const h = (area.height - (rows - 1) * GAP) / rows;
      if (w < MIN_CELL.width) continue;
      // Every image of this many panels must fit: the panels are taken in order.
      const fits = panels.every(
        (p) => h - captionHeight(p.caption, w, measure) >= minCellHeight(p.rows),
      );
      if (!fits) continue;
      // The most even cells: neither a strip of slivers nor a column of ribbons.
      const score = Math.min(w / h, h / w);
      if (!best || score > best.score) best = { columns, score };
    }
    if (best) return { perImage, columns: best.columns };
  }
  return { perImage: 1, columns: 1 };
}

/**
 * The layout of one image: text from the top and the bottom, the chart in between, split into
 * `panels` cells of `columns` (each with its caption, when given). Of the arrangements below, in
 * this order, the first that leaves the chart at least 60 % of the picture: the description and
 * the filters over the chart and the legend in rows under it; the legend in a column beside the
 * chart (only where that gives the chart more room); then both again with the description left
 * to the data (the filters stay); then compact: titles at 24 px, legend at 14 px, a 16 px margin,
 * what neighbouring legend entries share said once (groupedLabels), marks named in short beside
 * their swatch, and flags on the sources' line. Where none does, the one with the largest chart.
 * Nothing else is ever left out and no text is below 14 px.
 */
export function layoutImage<L extends LegendEntry>(
  text: ImageText<L>,
  format: ImageFormat,
  measure: Measure,
  panels: { captions: readonly (string | undefined)[]; columns: number } = {
    captions: [undefined],
    columns: 1,
  },
): ImageLayout<L> {
  const tries: Arrangement[] = [
    ...(text.description
      ? [{ styles: STYLES, description: true, padding: PADDING, grouped: false }]
      : []),
    { styles: STYLES, description: false, padding: PADDING, grouped: false },
    { styles: COMPACT_STYLES, description: false, padding: TIGHT_PADDING, grouped: true },
  ];
  let best: ImageLayout<L> | undefined;
  for (const how of tries) {
    // The legend goes beside the chart only where that leaves the chart more room.
    const layout = (['under', 'beside'] as const)
      .map((at) => arrange(text, format, measure, panels, how, at))
      .filter((l): l is ImageLayout<L> => l !== undefined)
      .reduce((a, b) => (chartShare(b) > chartShare(a) ? b : a));
    if (chartShare(layout) >= MIN_CHART_SHARE) return layout;
    if (!best || chartShare(layout) > chartShare(best)) best = layout;
  }
  // The legend under the chart always has a layout: `best` is set.
  return best as ImageLayout<L>;
}

/** The drawings' share of the picture: their cells' area over the image's. */
export function chartShare(layout: Pick<ImageLayout, 'cells' | 'width' | 'height'>): number {
  const area = layout.cells.reduce((sum, c) => sum + c.width * c.height, 0);
  return area / (layout.width * layout.height);
}

function arrange<L extends LegendEntry>(
  text: ImageText<L>,
  format: ImageFormat,
  measure: Measure,
  panels: { captions: readonly (string | undefined)[]; columns: number },
  { styles, description, padding, grouped }: Arrangement,
  legendAt: 'under' | 'beside',
): ImageLayout<L> | undefined {
  const { width, height } = IMAGE_SIZES[format];
  const inner = width - 2 * padding;
  const lines: TextLine[] = [];

  let top = padding;
  const block = (content: string, style: TextStyle, role: TextLine['role']) => {
    for (const line of wrapText(content, inner, style, measure)) {
      // The baseline sits about one font size below the line's top.
      lines.push({ text: line, x: padding, y: top + style.size, style, role });
      top += lineHeight(style);
    }
  };
  block(text.title, styles.title, 'title');
  const subtitle = [description ? text.description : undefined, text.subtitle]
    .filter(Boolean)
    .join(' — ');
  if (subtitle) {
    top += 2;
    block(subtitle, styles.subtitle, 'subtitle');
  }

  // From the bottom up: the sources line, then flags and derived figures, then the legend. In a
  // compact image, flags and derived figures share the sources' line where they take under half.
  let bottom = height - padding;
  const marks = marksLine(text);
  const marksWidth = marks ? measure(marks, STYLES.note.size) / SLACK : 0;
  const sideBySide = grouped && marks !== '' && marksWidth <= inner * 0.45;
  const footer = sourcesLine(
    text.sources,
    sideBySide ? inner - marksWidth - 2 * GAP : inner,
    measure,
  );
  const marksLines = marks && !sideBySide ? wrapText(marks, inner, STYLES.note, measure) : [];
  const footerTop =
    bottom - lineHeight(STYLES.footer) - marksLines.length * lineHeight(STYLES.note);
  let y = footerTop;
  for (const line of marksLines) {
    lines.push({
      text: line,
      x: padding,
      y: y + STYLES.note.size,
      style: STYLES.note,
      role: 'note',
    });
    y += lineHeight(STYLES.note);
  }
  lines.push({
    text: footer,
    x: padding,
    y: y + STYLES.footer.size,
    style: STYLES.footer,
    role: 'footer',
  });
  if (sideBySide) {
    lines.push({
      text: marks,
      x: padding + inner - marksWidth * SLACK,
      y: y + STYLES.footer.size,
      style: STYLES.note,
      role: 'note',
    });
  }
  bottom = footerTop - GAP;

  let chart: ImageLayout['chart'];
  let legend: PlacedLegendEntry<L>[];
  if (legendAt === 'under') {
    const placed = placeLegend(text.legend, inner, measure, styles.legend, grouped);
    const legendTop = bottom - placed.height;
    legend = placed.entries.map((e) => ({ ...e, x: padding + e.x, y: legendTop + e.y }));
    if (placed.entries.length > 0) bottom = legendTop - GAP / 2;
    chart = { x: padding, y: top + GAP, width: inner, height: Math.max(bottom - top - GAP, 0) };
  } else {
    if (text.legend.length === 0) return undefined;
    // The narrowest column that holds the whole legend beside the chart: the chart keeps the
    // most room. A column narrower than a word would break the word.
    const room = bottom - top - GAP;
    const least = SWATCH + SWATCH_GAP + longestLegendWord(text.legend, measure, styles.legend);
    let column: { width: number; placed: ReturnType<typeof placeLegend<L>> } | undefined;
    for (let w = Math.max(160, Math.ceil(least)); w <= inner / 2; w += 20) {
      const placed = placeLegend(text.legend, w, measure, styles.legend, grouped);
      if (placed.height <= room) {
        column = { width: w, placed };
        break;
      }
    }
    if (!column) return undefined;
    const left = padding + inner - column.width;
    legend = column.placed.entries.map((e) => ({ ...e, x: left + e.x, y: top + GAP + e.y }));
    chart = {
      x: padding,
      y: top + GAP,
      width: inner - column.width - 2 * GAP,
      height: Math.max(room, 0),
    };
  }

  const cells = gridCells(chart, panels.captions, panels.columns, measure);
  for (const cell of cells) lines.push(...cell.caption);
  return {
    width,
    height,
    lines,
    legend,
    legendStyle: styles.legend,
    legendRowHeight: legendRow(styles.legend),
    chart,
    cells,
  };
}

function gridCells(
  area: ImageLayout['chart'],
  captions: readonly (string | undefined)[],
  columns: number,
  measure: Measure,
): Cell[] {
  const cols = Math.max(1, Math.min(columns, captions.length));
  const rows = Math.ceil(captions.length / cols);
  const colGap = GAP * 2;
  const cellWidth = (area.width - (cols - 1) * colGap) / cols;
  const cellHeight = (area.height - (rows - 1) * GAP) / Math.max(rows, 1);
  const wrapped = captions.map((c) => (c ? wrapText(c, cellWidth, STYLES.caption, measure) : []));
  return captions.map((_, i) => {
    const x = area.x + (i % cols) * (cellWidth + colGap);
    const y = area.y + Math.floor(i / cols) * (cellHeight + GAP);
    // The drawings of a row start level, under the row's longest caption.
    const row = Math.floor(i / cols);
    const rowLines = Math.max(...wrapped.slice(row * cols, row * cols + cols).map((w) => w.length));
    const captionHeight = rowLines > 0 ? rowLines * lineHeight(STYLES.caption) + 4 : 0;
    return {
      x: Math.round(x),
      y: Math.round(y + captionHeight),
      width: Math.floor(cellWidth),
      height: Math.floor(cellHeight - captionHeight),
      caption: wrapped[i]!.map((text, k) => ({
        text,
        x,
        y: y + STYLES.caption.size + k * lineHeight(STYLES.caption),
        style: STYLES.caption,
        role: 'caption' as const,
      })),
    };
  });
}
