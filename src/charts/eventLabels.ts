/** A rectangle on the chart, px. */
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** An event's number over its dashed line, where it covers no other number. */
export interface EventLabel {
  /** Its number, as in the list under the chart (from 1). */
  n: number;
  /** The middle of its box, and its baseline. */
  x: number;
  y: number;
  box: Box;
}

/** Digit width of system-ui as a share of the font size, with room to spare. */
const DIGIT = 0.62;
const GAP = 3;

/** The room over the plot one row of event numbers needs, px. */
export const eventRowHeight = (fontSize: number) => Math.ceil(fontSize * 1.2);

/**
 * Where each event's number goes: over its line, just above the plot; a number that would cover
 * one already placed (two events in one year, or in neighbouring years on a narrow chart) goes a
 * row lower, never on top of another. Kept inside the plot's width.
 */
export function layoutEventLabels(
  years: readonly number[],
  xOf: (year: number) => number | undefined,
  plot: Box,
  fontSize: number,
): EventLabel[] {
  const height = eventRowHeight(fontSize);
  const placed: EventLabel[] = [];
  years.forEach((year, i) => {
    const center = xOf(year);
    if (center === undefined) return;
    const n = i + 1;
    const width = Math.ceil(String(n).length * fontSize * DIGIT) + 2;
    const x = Math.min(Math.max(center - width / 2, plot.x), plot.x + plot.width - width);
    for (let row = 0; ; row++) {
      const box = { x, y: plot.y - height - 1 + row * height, width, height };
      const clear = placed.every(
        (p) =>
          box.x + box.width + GAP <= p.box.x ||
          p.box.x + p.box.width + GAP <= box.x ||
          box.y + box.height <= p.box.y ||
          p.box.y + p.box.height <= box.y,
      );
      if (clear) {
        placed.push({ n, x: x + width / 2, y: box.y + fontSize * 0.9, box });
        return;
      }
    }
  });
  return placed;
}
