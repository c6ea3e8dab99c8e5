import { legendSwatchMarkup, type SwatchShape } from '../ui/legendSwatch.ts';
import { ink, resolveThemeVars, shownTheme, themeTokens, type Theme } from '../ui/theme.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const PADDING = 40;
const GAP = 16;
/** Average glyph width of system-ui as a share of the font size: enough to wrap lines by count. */
const GLYPH_WIDTH = 0.55;
const LINE_HEIGHT = 1.3;

export interface ChartImageText {
  title: string;
  subtitle?: string;
  legend: { label: string; color: string; shape: SwatchShape }[];
  sourceLine: string;
  note?: string;
  /**
   * The theme the image is drawn in: the one shown on the page, so what a presenter sees is what
   * lands on the slide (a dark slide, a dark chart). By default, the theme on the page.
   */
  theme?: Theme;
}

/** One drawing of a composed image: a panel of small multiples, with its own caption. */
export interface ChartPart {
  svg: SVGSVGElement;
  caption?: string;
}

interface TextStyle {
  size: number;
  fill: string;
  bold?: boolean;
}

// Colours are the theme's properties, resolved to its values when the image is finished.
const TITLE: TextStyle = { size: 34, fill: ink.text, bold: true };
const SUBTITLE: TextStyle = { size: 20, fill: ink.muted };
const LEGEND: TextStyle = { size: 16, fill: ink.text };
const SOURCE: TextStyle = { size: 15, fill: ink.text };
const NOTE: TextStyle = { size: 14, fill: ink.muted };
const CAPTION: TextStyle = { size: 18, fill: ink.text, bold: true };

/**
 * A standalone SVG of a chart at presentation size, with its title, legend and source line drawn
 * in, so a pasted image still says what it shows and where the figures come from. Every piece of
 * text is an escaped `<text>` node: titles and labels come from data and must never become markup.
 * Several drawings (small multiples, one per country) are laid out in `columns`, each under its
 * caption, sharing the one title, legend and source line.
 */
export function composeChartSvg(
  chart: SVGSVGElement | readonly ChartPart[],
  text: ChartImageText,
  size: { width: number; height: number } = { width: 1200, height: 675 },
  columns = 1,
): string {
  const { width, height } = size;
  const inner = width - 2 * PADDING;
  const body: string[] = [];

  let top = PADDING;
  for (const [content, style] of [
    [text.title, TITLE],
    [text.subtitle, SUBTITLE],
  ] as const) {
    if (!content) continue;
    const block = textBlock(content, style, PADDING, top, inner);
    body.push(block.markup);
    top = block.bottom + GAP / 2;
  }

  // The footer is laid out from the bottom up: the chart gets whatever height is left.
  const footer = [
    { content: text.sourceLine, style: SOURCE },
    { content: text.note ?? '', style: NOTE },
  ].filter((f) => f.content !== '');
  const footerHeight = footer.reduce(
    (sum, f) =>
      sum + wrap(f.content, charsPerLine(inner, f.style.size)).length * lineHeight(f.style),
    0,
  );
  let footerTop = height - PADDING - footerHeight;
  const footerStart = footerTop;
  for (const f of footer) {
    const block = textBlock(f.content, f.style, PADDING, footerTop, inner);
    body.push(block.markup);
    footerTop = block.bottom;
  }

  const legend = legendRows(text.legend, inner);
  const legendTop = footerStart - (legend.length > 0 ? GAP + legend.length * legendRowHeight() : 0);
  legend.forEach((row, index) => {
    const rowTop = legendTop + index * legendRowHeight();
    for (const item of row) body.push(legendItem(item, PADDING + item.x, rowTop));
  });

  const chartTop = top + GAP;
  const chartHeight = Math.max(legendTop - GAP - chartTop, 0);
  if ('length' in chart) body.push(...partsGrid(chart, chartTop, inner, chartHeight, columns));
  else body.push(nestedChart(chart, PADDING, chartTop, inner, chartHeight));

  const theme = text.theme ?? shownTheme();
  // A standalone file has no page to resolve var(--…) in: every colour becomes its value.
  return resolveThemeVars(
    [
      `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`,
      ` font-family="system-ui, sans-serif">`,
      `<rect width="${width}" height="${height}" fill="${themeTokens[theme].surface}"/>`,
      ...body,
      '</svg>',
    ].join(''),
    theme,
  );
}

/**
 * A PNG of the composed SVG, drawn at `scale` times its size for sharp slides. Browser only. A
 * data: URL rather than a Blob URL, because some browsers taint the canvas for Blob-URL SVGs.
 */
export async function svgToPngBlob(
  svg: string,
  width: number,
  height: number,
  scale = 2,
  background = themeTokens[shownTheme()].surface,
): Promise<Blob> {
  const image = new Image(width, height);
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('The chart image could not be rendered.'));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  });
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw on a canvas.');
  context.fillStyle = background;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be encoded.'))),
      'image/png',
    );
  });
}

/** The width and height a composed SVG declares (1200 × 675 unless it says otherwise). */
export function svgSize(svg: string): { width: number; height: number } {
  const open = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const attribute = (name: string) =>
    Number(new RegExp(`\\s${name}="(\\d+(?:\\.\\d+)?)"`).exec(open)?.[1]);
  return { width: attribute('width') || 1200, height: attribute('height') || 675 };
}

/** Hands a file to the browser's download, as a link with `download` does. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns; revoking at once can cancel the download
  // (FileSaver.js waits 40 s for the same reason).
  setTimeout(() => URL.revokeObjectURL(url), 40_000);
}

/** Escapes the five XML special characters, for text content and attribute values alike. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ENTITIES[c] ?? c);
}

const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Greedy word wrap by character count; a word longer than a line is cut. */
export function wrap(text: string, maxChars: number): string[] {
  const limit = Math.max(1, Math.floor(maxChars));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    let rest = word;
    while (rest.length > limit) {
      if (line) lines.push(line);
      lines.push(rest.slice(0, limit));
      line = '';
      rest = rest.slice(limit);
    }
    if (!line) line = rest;
    else if (line.length + 1 + rest.length <= limit) line += ` ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function charsPerLine(width: number, fontSize: number): number {
  return width / (fontSize * GLYPH_WIDTH);
}

function lineHeight(style: TextStyle): number {
  return style.size * LINE_HEIGHT;
}

function textBlock(
  content: string,
  style: TextStyle,
  x: number,
  top: number,
  width: number,
): { markup: string; bottom: number } {
  const lines = wrap(content, charsPerLine(width, style.size));
  const markup = lines
    .map((line, index) => {
      // The baseline sits about one font size below the line's top.
      const y = top + style.size + index * lineHeight(style);
      return textElement(line, style, x, y);
    })
    .join('');
  return { markup, bottom: top + lines.length * lineHeight(style) };
}

function textElement(content: string, style: TextStyle, x: number, y: number): string {
  const weight = style.bold ? ' font-weight="bold"' : '';
  return `<text x="${round(x)}" y="${round(y)}" font-size="${style.size}" fill="${style.fill}"${weight}>${escapeXml(content)}</text>`;
}

interface PlacedLegendItem {
  label: string;
  color: string;
  shape: SwatchShape;
  x: number;
}

const SWATCH = 24;
const SWATCH_GAP = 8;
const ITEM_GAP = 24;

function legendRowHeight(): number {
  return lineHeight(LEGEND) + 4;
}

/** Legend items left to right, starting a new row when the next would overflow. */
function legendRows(items: ChartImageText['legend'], width: number): PlacedLegendItem[][] {
  const rows: PlacedLegendItem[][] = [];
  let row: PlacedLegendItem[] = [];
  let x = 0;
  for (const item of items) {
    const itemWidth = SWATCH + SWATCH_GAP + item.label.length * LEGEND.size * GLYPH_WIDTH;
    if (row.length > 0 && x + itemWidth > width) {
      rows.push(row);
      row = [];
      x = 0;
    }
    row.push({ ...item, x });
    x += itemWidth + ITEM_GAP;
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

function legendItem(item: PlacedLegendItem, x: number, top: number): string {
  // The swatch is drawn in a 24 × 14 box, the same marks as the chart's own legend.
  const swatchTop = top + (legendRowHeight() - 14) / 2;
  const baseline = swatchTop + 13;
  return (
    legendSwatchMarkup(item.shape, item.color, round(x), round(swatchTop)) +
    textElement(item.label, LEGEND, x + SWATCH + SWATCH_GAP, baseline)
  );
}

/** Small multiples in a grid: each cell its caption, then its drawing scaled into the rest. */
function partsGrid(
  parts: readonly ChartPart[],
  top: number,
  width: number,
  height: number,
  columns: number,
): string[] {
  const cols = Math.max(1, Math.min(columns, parts.length));
  const rows = Math.ceil(parts.length / cols);
  const cellWidth = (width - (cols - 1) * GAP) / cols;
  const cellHeight = (height - (rows - 1) * GAP) / Math.max(rows, 1);
  return parts.flatMap((part, i) => {
    const x = PADDING + (i % cols) * (cellWidth + GAP);
    const y = top + Math.floor(i / cols) * (cellHeight + GAP);
    const caption = part.caption ? textBlock(part.caption, CAPTION, x, y, cellWidth) : undefined;
    const drawingTop = caption ? caption.bottom + 4 : y;
    return [
      ...(caption ? [caption.markup] : []),
      nestedChart(part.svg, x, drawingTop, cellWidth, Math.max(y + cellHeight - drawingTop, 0)),
    ];
  });
}

/**
 * The chart itself, as a copy of its `<svg>` scaled into the middle area. Scripts and event
 * handlers are removed: a saved SVG opened on its own would run them.
 */
function nestedChart(
  chart: SVGSVGElement,
  x: number,
  y: number,
  width: number,
  height: number,
): string {
  const [vx, vy, vw, vh] = viewBoxOf(chart, width, height);
  const copy = chart.cloneNode(true) as SVGSVGElement;
  for (const unsafe of Array.from(copy.querySelectorAll('script, foreignObject'))) unsafe.remove();
  for (const element of [copy, ...Array.from(copy.querySelectorAll('*'))]) {
    for (const attribute of Array.from(element.attributes)) {
      if (attribute.name.toLowerCase().startsWith('on')) element.removeAttribute(attribute.name);
    }
  }
  // Page CSS (width: 100%, …) would override the size given here; the layout is ours now.
  copy.removeAttribute('style');
  copy.setAttribute('x', round(x));
  copy.setAttribute('y', round(y));
  copy.setAttribute('width', round(width));
  copy.setAttribute('height', round(height));
  copy.setAttribute('viewBox', `${vx} ${vy} ${vw} ${vh}`);
  copy.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  return new XMLSerializer().serializeToString(copy);
}

/** The chart's own coordinate system: its viewBox, its width and height, or its size on screen. */
function viewBoxOf(
  chart: SVGSVGElement,
  fallbackWidth: number,
  fallbackHeight: number,
): [number, number, number, number] {
  const box = (chart.getAttribute('viewBox') ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (box.length === 4 && box.every(Number.isFinite) && box[2]! > 0 && box[3]! > 0) {
    return box as [number, number, number, number];
  }
  const width = pixels(chart.getAttribute('width'));
  const height = pixels(chart.getAttribute('height'));
  if (width && height) return [0, 0, width, height];
  const rect = chart.getBoundingClientRect();
  if (rect.width > 0 && rect.height > 0) return [0, 0, rect.width, rect.height];
  return [0, 0, fallbackWidth, Math.max(fallbackHeight, 1)];
}

/** A length attribute in user units ("400" or "400px"); a percentage says nothing about size. */
function pixels(value: string | null): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)(?:px)?\s*$/.exec(value ?? '');
  const n = match ? Number(match[1]) : NaN;
  return n > 0 ? n : undefined;
}

function round(n: number): string {
  return String(Math.round(n * 10) / 10);
}
