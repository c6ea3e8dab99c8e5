/** A rectangle on the chart, px. */
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The numbers of a year's events over its dashed line, where they cover no other label. */
export interface EventLabel {
  /** The events' numbers, as in the list under the chart (from 1): "4", "4, 5", "14–20". */
  text: string;
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

/** Consecutive numbers as a range ("14–20"), two as a pair ("4, 5"). */
function numbers(ns: readonly number[]): string {
  if (ns.length >= 3) return `${ns[0]}–${ns[ns.length - 1]}`;
  return ns.join(', ');
}

/**
 * Where the events' numbers go: one label per year over its line ("4, 5" for two events in one
 * year, which share the line), just above the plot; a label that would cover one already placed
 * (neighbouring years on a narrow chart) goes a row lower, never on top of another. Kept inside
 * the plot's width. `years` are the events' years in their order (numbered from 1).
 */
export function layoutEventLabels(
  years: readonly number[],
  xOf: (year: number) => number | undefined,
  plot: Box,
  fontSize: number,
): EventLabel[] {
  const height = eventRowHeight(fontSize);
  const placed: EventLabel[] = [];
  const byYear = new Map<number, number[]>();
  years.forEach((year, i) => byYear.set(year, [...(byYear.get(year) ?? []), i + 1]));
  for (const [year, ns] of byYear) {
    const center = xOf(year);
    if (center === undefined) continue;
    const text = numbers(ns);
    const width = Math.ceil(text.length * fontSize * DIGIT) + 2;
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
        placed.push({ text, x: x + width / 2, y: box.y + fontSize * 0.9, box });
        break;
      }
    }
  }
  return placed;
}
