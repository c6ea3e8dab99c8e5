/** The share of a chart's width its category labels may take: the bars keep the rest. */
const LABEL_SHARE = 0.4;
/** Average glyph width of system-ui as a share of the font size (Cyrillic runs a little wider). */
const GLYPH = 0.65;
/** The tick line and the gap between it and the label, px. */
const TICK = 14;

/**
 * The width of a horizontal bar chart's label column: the width the chart asks for where there is
 * room, no more than 40 % of the frame on a phone (a fixed 260 px column once left the bars no
 * room at all), and never narrower than the longest word, which recharts cannot wrap and would
 * cut off at the chart's edge.
 */
export function categoryAxisWidth(
  frameWidth: number,
  preferred: number,
  labels: readonly string[],
  fontSize = 16,
): number {
  const longestWord = Math.max(0, ...labels.flatMap((l) => l.split(/\s+/).map((w) => w.length)));
  const word = Math.ceil(longestWord * fontSize * GLYPH) + TICK;
  const share = Math.min(preferred, Math.round(frameWidth * LABEL_SHARE));
  // A word too long even for that still leaves the bars 40 % of the frame.
  return Math.min(Math.max(word, share), Math.round(frameWidth * (1 - LABEL_SHARE)));
}

/**
 * How many lines recharts wraps a label into at a label column's width: words laid greedily at
 * the average glyph width, so a bar can be given the height its label needs.
 */
export function labelLines(label: string, axisWidth: number, fontSize = 16): number {
  const perLine = Math.max(1, Math.floor((axisWidth - TICK) / (fontSize * GLYPH)));
  let lines = 1;
  let used = 0;
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const needed = used === 0 ? word.length : used + 1 + word.length;
    if (needed <= perLine || used === 0) used = needed;
    else {
      lines += 1;
      used = word.length;
    }
  }
  return lines;
}
