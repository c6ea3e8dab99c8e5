import type { SeriesPoint } from './lineSeries.ts';

/** A rectangle on the chart, px: a label's box, a mark's, the plot area. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A part-year figure's period written beside its diamond, whole, where it has room. */
export interface PartLabel {
  point: SeriesPoint;
  text: string;
  box: Box;
}

/** Average glyph width of system-ui as a share of the font size (Cyrillic runs a little wider). */
const GLYPH = 0.65;
/** The diamond's half-width and the gap between it and its label, px. */
const MARK = 7;
const GAP = 4;

export const PART_LABEL_FONT = 11;

const intersects = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const inside = (a: Box, plot: Box) =>
  a.x >= plot.x &&
  a.y >= plot.y &&
  a.x + a.width <= plot.x + plot.width &&
  a.y + a.height <= plot.y + plot.height;

/**
 * Where each part-year label goes ("январь–ноябрь 2023"): to the right of its diamond, else to
 * the left, above or below, the first place inside the plot that covers no other label and no
 * diamond. A label with no such place is not written (never cut short, never on top of another):
 * its diamond stays, and the tooltip and the table give its period.
 */
export function layoutPartLabels(
  partial: readonly SeriesPoint[],
  at: (p: SeriesPoint) => { x: number; y: number } | undefined,
  plot: Box,
  fontSize = PART_LABEL_FONT,
): PartLabel[] {
  const placed: PartLabel[] = [];
  const marks = partial.flatMap((p) => {
    const c = at(p);
    return c ? [{ point: p, c }] : [];
  });
  const markBoxes = marks.map(({ c }) => ({
    x: c.x - MARK,
    y: c.y - MARK,
    width: 2 * MARK,
    height: 2 * MARK,
  }));
  const height = Math.ceil(fontSize * 1.3);
  for (const { point, c } of marks) {
    const text = point.observation.period ?? '';
    if (!text) continue;
    const width = Math.ceil(text.length * fontSize * GLYPH);
    const off = MARK + GAP;
    const candidates: Box[] = [
      { x: c.x + off, y: c.y - height / 2, width, height },
      { x: c.x - off - width, y: c.y - height / 2, width, height },
      { x: c.x - width / 2, y: c.y - off - height, width, height },
      { x: c.x - width / 2, y: c.y + off, width, height },
      { x: c.x + off, y: c.y - off - height, width, height },
      { x: c.x - off - width, y: c.y - off - height, width, height },
      { x: c.x + off, y: c.y + off, width, height },
      { x: c.x - off - width, y: c.y + off, width, height },
    ];
    const box = candidates.find(
      (b) =>
        inside(b, plot) &&
        !placed.some((l) => intersects(l.box, b)) &&
        !markBoxes.some((m) => intersects(m, b)),
    );
    if (box) placed.push({ point, text, box });
  }
  return placed;
}
