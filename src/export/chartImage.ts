import { zipSync } from 'fflate';
import type { ReactNode } from 'react';
import { legendSwatchMarkup, type SwatchShape } from '../ui/legendSwatch.ts';
import { ink, resolveThemeVars, shownTheme, themeTokens, type Theme } from '../ui/theme.ts';
import { t } from '../i18n/i18n.ts';
import { MIN_IMAGE_FONT } from '../ui/imageText.ts';
import { drawOffscreen } from './drawOffscreen.tsx';
import {
  estimateWidth,
  layoutImage,
  LINE_HEIGHT,
  planImages,
  SWATCH,
  type ImageFormat,
  type ImageLayout,
  type ImageText,
  type Measure,
  type TextLine,
} from './imageLayout.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface ImageLegendItem {
  label: string;
  color: string;
  shape: SwatchShape;
}

/** One drawing of an image (a panel of small multiples has its caption). */
export interface ImagePanel {
  /** The view's drawing with its model, as the page draws it. */
  drawing: ReactNode;
  caption?: string | undefined;
  /** How many category rows it draws (bars of a bar chart): a cell needs room for each. */
  rows?: number | undefined;
}

/** What a view hands over for its image: the words around the chart, and the drawings. */
export interface ImageRequest {
  text: ImageText<ImageLegendItem>;
  panels: readonly ImagePanel[];
  /**
   * The theme the image is drawn in: the one shown on the page, so what a presenter sees is what
   * lands on the slide (a dark slide, a dark chart). By default, the theme on the page.
   */
  theme?: Theme | undefined;
}

/** A finished image, as a standalone SVG. */
export interface ChartImage {
  svg: string;
  width: number;
  height: number;
}

/**
 * The view's chart as images of a fixed size (a slide, or a square): each drawing is drawn anew
 * at its cell's size, out of sight, and the title, legend and sources are set around it. Small
 * multiples that would be too small to read in one image go into several, each complete.
 */
export async function chartImages(
  request: ImageRequest,
  format: ImageFormat,
  measure: Measure = canvasMeasure(),
): Promise<ChartImage[]> {
  const probe = layoutImage(request.text, format, measure);
  const { perImage, columns } = planImages(request.panels, probe.chart, measure);
  const groups: ImagePanel[][] = [];
  for (let i = 0; i < request.panels.length; i += perImage) {
    groups.push(request.panels.slice(i, i + perImage));
  }
  const images: ChartImage[] = [];
  for (const [n, panels] of groups.entries()) {
    const part =
      groups.length > 1 ? t('image.part', { n: n + 1, count: groups.length }) : undefined;
    const subtitle = [request.text.subtitle, part].filter(Boolean).join(' — ');
    const layout = layoutImage({ ...request.text, subtitle }, format, measure, {
      captions: panels.map((p) => p.caption),
      columns: Math.min(columns, panels.length),
    });
    const svg = await drawOffscreen(
      panels.map((p, i) => ({
        node: p.drawing,
        width: layout.cells[i]!.width,
        height: layout.cells[i]!.height,
      })),
      (svgs) => composeChartSvg(layout, svgs, request.theme),
    );
    images.push({ svg, width: layout.width, height: layout.height });
  }
  return images;
}

/**
 * The standalone SVG of one laid-out image: its text, legend and the drawings in their cells.
 * Every piece of text is an escaped `<text>` node: titles and labels come from data and must
 * never become markup.
 */
export function composeChartSvg(
  layout: ImageLayout<ImageLegendItem>,
  drawings: readonly (SVGSVGElement | undefined)[],
  theme: Theme = shownTheme(),
): string {
  const { width, height } = layout;
  const body: string[] = layout.lines.map(textElement);
  for (const { item, x: start, y, lines, heading, indent } of layout.legend) {
    // The swatch is drawn in a 24 × 14 box, the same marks as the chart's own legend, level with
    // the label's first line; a group's heading before it.
    const swatchTop = y + (layout.legendRowHeight - 14) / 2;
    if (heading) {
      body.push(
        textElement({
          text: heading,
          x: start,
          y: swatchTop + 12,
          style: layout.legendStyle,
          role: 'legend-heading',
        }),
      );
    }
    const x = start + indent;
    body.push(legendSwatchMarkup(item.shape, item.color, round(x), round(swatchTop)));
    lines.forEach((line, k) =>
      body.push(
        textElement({
          text: line,
          x: x + SWATCH + 8,
          y: swatchTop + 12 + k * layout.legendStyle.size * LINE_HEIGHT,
          style: layout.legendStyle,
          role: 'legend',
        }),
      ),
    );
  }
  layout.cells.forEach((cell, i) => {
    const drawing = drawings[i];
    if (drawing) body.push(nestedChart(drawing, cell.x, cell.y, cell.width, cell.height));
  });
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
 * The files of a download: one image as it is, several in one zip (a browser asks before letting
 * a page save many files at once). `name(k)` names the k-th of several images (from 1); the one
 * image and the zip are `name(undefined)`.
 */
export async function imageFile(
  images: readonly ChartImage[],
  kind: 'png' | 'svg',
  name: (k: number | undefined, extension: 'png' | 'svg' | 'zip') => string,
): Promise<{ blob: Blob; name: string }> {
  const blobs = await Promise.all(
    images.map((image) =>
      kind === 'png'
        ? svgToPngBlob(image.svg, image.width, image.height)
        : new Blob([image.svg], { type: 'image/svg+xml' }),
    ),
  );
  if (blobs.length === 1) return { blob: blobs[0]!, name: name(undefined, kind) };
  const entries = await Promise.all(
    blobs.map(async (blob, k) => [name(k + 1, kind), new Uint8Array(await blob.arrayBuffer())]),
  );
  const zip = zipSync(Object.fromEntries(entries) as Record<string, Uint8Array>);
  return {
    blob: new Blob([zip as BlobPart], { type: 'application/zip' }),
    name: name(undefined, 'zip'),
  };
}

/** Text widths as this browser draws them (the PNG is drawn here); an estimate without a canvas. */
export function canvasMeasure(): Measure {
  const context =
    typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return estimateWidth;
  return (text, size, bold) => {
    context.font = `${bold ? 'bold ' : ''}${size}px system-ui, sans-serif`;
    return context.measureText(text).width;
  };
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

function textElement(line: TextLine): string {
  const weight = line.style.bold ? ' font-weight="bold"' : '';
  const fill = line.style.muted ? ink.muted : ink.text;
  return `<text x="${round(line.x)}" y="${round(line.y)}" font-size="${line.style.size}" fill="${fill}"${weight} data-role="${line.role}">${escapeXml(line.text)}</text>`;
}

/**
 * The drawing, as a copy of its `<svg>` in its cell. It was drawn at the cell's size, so nothing
 * is scaled; a drawing of its own proportions (a map) is fitted in. Each text gets the size the
 * page's style gave it, written in, and never below 14 px in the image; scripts and event
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
  const scale = Math.min(width / vw, height / vh);
  const copy = chart.cloneNode(true) as SVGSVGElement;
  const originals = Array.from(chart.querySelectorAll('text'));
  Array.from(copy.querySelectorAll('text')).forEach((text, i) => {
    const original = originals[i];
    if (!original) return;
    const style = getComputedStyle(original);
    const drawn =
      parseFloat(style.fontSize) || parseFloat(original.getAttribute('font-size') ?? '') || 16;
    // In the image's pixels, never below 14 (a drawing fitted in smaller has its text set larger).
    const size = Math.max(drawn, MIN_IMAGE_FONT / scale);
    text.style.removeProperty('font-size');
    text.setAttribute('font-size', round(size));
    for (const span of Array.from(text.querySelectorAll('tspan'))) {
      span.removeAttribute('font-size');
    }
    if (!text.getAttribute('fill')) text.setAttribute('fill', style.fill || style.color);
    if (Number(style.fontWeight) >= 600) text.setAttribute('font-weight', 'bold');
  });
  for (const unsafe of Array.from(copy.querySelectorAll('script, foreignObject'))) unsafe.remove();
  for (const element of [copy, ...Array.from(copy.querySelectorAll('*'))]) {
    for (const attribute of Array.from(element.attributes)) {
      if (attribute.name.toLowerCase().startsWith('on')) element.removeAttribute(attribute.name);
    }
  }
  // Page CSS (width: 100%, …) would override the size given here; the layout is ours now.
  copy.removeAttribute('style');
  copy.setAttribute('data-role', 'chart');
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
