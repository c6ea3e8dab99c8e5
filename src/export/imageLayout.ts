import { t } from '../i18n/i18n.ts';
import { sourcePrefix } from '../data/citations.ts';

/**
 * Where everything of a chart image goes, at a fixed size whatever the screen it was asked for
 * on: the title and subtitle wrapped at the top, the legend in rows, one footer line for the
 * sources (and one for flags and derived figures), and the chart in the rest. Pure: text widths
 * come from `measure` (the browser's canvas when drawing, an estimate in tests).
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

export const PADDING = 28;
const GAP = 12;
const LINE_HEIGHT = 1.25;
export const SWATCH = 24;
const SWATCH_GAP = 8;
const ITEM_GAP = 24;
/** Text is kept this much inside the width measured, for a font a little wider than ours. */
const SLACK = 0.95;

/** A panel of small multiples too small to read below this size is drawn in an image of its own. */
export const MIN_CELL = { width: 420, height: 240 };

export interface TextLine {
  text: string;
  x: number;
  /** The baseline. */
  y: number;
  style: TextStyle;
  role: 'title' | 'subtitle' | 'legend' | 'footer' | 'note' | 'caption';
}

export interface LegendEntry {
  label: string;
  color: string;
  shape: string;
}

export interface PlacedLegendEntry<L extends LegendEntry = LegendEntry> {
  item: L;
  x: number;
  /** The top of its row. */
  y: number;
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
  /** The filters and years drawn. */
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

/** Legend entries left to right, a new row where the next would not fit: never overlapping. */
export function legendRows<L extends LegendEntry>(
  items: readonly L[],
  width: number,
  measure: Measure,
): { item: L; x: number; row: number; width: number }[] {
  const placed: { item: L; x: number; row: number; width: number }[] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    const w = Math.min(
      width,
      SWATCH + SWATCH_GAP + measure(item.label, STYLES.legend.size) / SLACK,
    );
    if (x > 0 && x + w > width) {
      row++;
      x = 0;
    }
    placed.push({ item, x, row, width: w });
    x += w + ITEM_GAP;
  }
  return placed;
}

const lineHeight = (style: TextStyle) => style.size * LINE_HEIGHT;

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
 * `panels` cells of `columns` (each with its caption, when given).
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
  const { width, height } = IMAGE_SIZES[format];
  const inner = width - 2 * PADDING;
  const lines: TextLine[] = [];

  let top = PADDING;
  const block = (content: string, style: TextStyle, role: TextLine['role']) => {
    for (const line of wrapText(content, inner, style, measure)) {
      // The baseline sits about one font size below the line's top.
      lines.push({ text: line, x: PADDING, y: top + style.size, style, role });
      top += lineHeight(style);
    }
  };
  block(text.title, STYLES.title, 'title');
  if (text.subtitle) {
    top += 2;
    block(text.subtitle, STYLES.subtitle, 'subtitle');
  }

  // From the bottom up: the sources line, then flags and derived figures, then the legend.
  let bottom = height - PADDING;
  const footer = sourcesLine(text.sources, inner, measure);
  const marks = marksLine(text);
  const marksLines = marks ? wrapText(marks, inner, STYLES.note, measure) : [];
  const footerTop =
    bottom - lineHeight(STYLES.footer) - marksLines.length * lineHeight(STYLES.note);
  let y = footerTop;
  for (const line of marksLines) {
    lines.push({
      text: line,
      x: PADDING,
      y: y + STYLES.note.size,
      style: STYLES.note,
      role: 'note',
    });
    y += lineHeight(STYLES.note);
  }
  lines.push({
    text: footer,
    x: PADDING,
    y: y + STYLES.footer.size,
    style: STYLES.footer,
    role: 'footer',
  });
  bottom = footerTop - GAP;

  const legendRowHeight = lineHeight(STYLES.legend) + 6;
  const rows = legendRows(text.legend, inner, measure);
  const legendCount = rows.length > 0 ? rows[rows.length - 1]!.row + 1 : 0;
  const legendTop = bottom - legendCount * legendRowHeight;
  const legend = rows.map((r) => ({
    item: r.item,
    x: PADDING + r.x,
    y: legendTop + r.row * legendRowHeight,
  }));
  if (legendCount > 0) bottom = legendTop - GAP / 2;

  const chart = { x: PADDING, y: top + GAP, width: inner, height: Math.max(bottom - top - GAP, 0) };
  const cells = gridCells(chart, panels.captions, panels.columns, measure);
  for (const cell of cells) lines.push(...cell.caption);
  return { width, height, lines, legend, legendRowHeight, chart, cells };
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
