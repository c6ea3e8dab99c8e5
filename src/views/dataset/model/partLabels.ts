import type { LineSeriesModel, SeriesPoint } from './lineSeries.ts';

/** A rectangle on the chart, px: a label's box, a mark's, the plot area. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A stretch of drawn line, px. */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
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

/** Whether a line crosses a box: an end inside it, or the line through one of its sides. */
export function crosses(s: Segment, b: Box): boolean {
  const within = (x: number, y: number) =>
    x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height;
  if (within(s.x1, s.y1) || within(s.x2, s.y2)) return true;
  const corners: [number, number][] = [
    [b.x, b.y],
    [b.x + b.width, b.y],
    [b.x + b.width, b.y + b.height],
    [b.x, b.y + b.height],
  ];
  const side = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) =>
    Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));
  return corners.some(([ax, ay], i) => {
    const [bx, by] = corners[(i + 1) % 4]!;
    return (
      side(s.x1, s.y1, s.x2, s.y2, ax, ay) !== side(s.x1, s.y1, s.x2, s.y2, bx, by) &&
      side(ax, ay, bx, by, s.x1, s.y1) !== side(ax, ay, bx, by, s.x2, s.y2)
    );
  });
}

/** The lines drawn and their joins, px, that a label must not be written over. */
export function lineSegments(
  lines: LineSeriesModel,
  at: (p: SeriesPoint) => { x: number; y: number } | undefined,
): Segment[] {
  const pairs = lines.series.flatMap((s) => [
    ...s.segments.flatMap((points) => points.slice(1).map((p, i) => [points[i]!, p] as const)),
    ...s.joins.map((j) => [j.from, j.to] as const),
  ]);
  return pairs.flatMap(([a, b]) => {
    const [p, q] = [at(a), at(b)];
    return p && q ? [{ x1: p.x, y1: p.y, x2: q.x, y2: q.y }] : [];
  });
}

const inside = (a: Box, plot: Box) =>
  a.x >= plot.x &&
  a.y >= plot.y &&
  a.x + a.width <= plot.x + plot.width &&
  a.y + a.height <= plot.y + plot.height;

/**
 * Where each part-year label goes ("январь–ноябрь 2023"): to the right of its diamond, else to
 * the left, above or below, the first place inside the plot that covers no other label, no mark
 * and no line. A label with no such place is not written (never cut short, never on top of another):
 * its diamond stays, and the tooltip and the table give its period.
 */
export function layoutPartLabels(
  lines: LineSeriesModel,
  at: (p: SeriesPoint) => { x: number; y: number } | undefined,
  plot: Box,
  fontSize = PART_LABEL_FONT,
): PartLabel[] {
  const placed: PartLabel[] = [];
  const marks = lines.partial.flatMap((p) => {
    const c = at(p);
    return c ? [{ point: p, c }] : [];
  });
  // Every mark drawn (diamonds, the lines' dots, other sources' triangles) and every line.
  const markBoxes = [
    ...lines.partial,
    ...lines.series.flatMap((s) => s.segments.flat()),
    ...lines.alternatives,
  ].flatMap((p) => {
    const c = at(p);
    return c ? [{ x: c.x - MARK, y: c.y - MARK, width: 2 * MARK, height: 2 * MARK }] : [];
  });
  const segments = lineSegments(lines, at);
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
        !markBoxes.some((m) => intersects(m, b)) &&
        !segments.some((line) => crosses(line, b)),
    );
    if (box) placed.push({ point, text, box });
  }
  return placed;
}
