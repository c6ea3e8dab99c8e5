/** The share of a chart's width its category labels may take: the bars keep the rest. */
const LABEL_SHARE = 0.4;
/** The share of a chart's width its bars keep beside the labels and the figures written by them. */
const BAR_SHARE = 0.3;
/** Average glyph width of system-ui as a share of the font size (Cyrillic runs a little wider). */
const GLYPH = 0.65;
/** The tick line and the gap between it and the label, px. */
const TICK = 14;

/**
 * The spaces recharts wraps text at: not the no-break spaces that group a Russian or Uzbek
 * figure's digits ("754 981" is one word).
 */
const BREAKING_SPACES = /[ \f\n\r\t\v\u2028\u2029]+/;

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
  reserved = 0,
): number {
  const word = Math.ceil(longestWord(labels) * fontSize * GLYPH) + TICK;
  // Figures written beside the bars (`reserved` px) cannot wrap their words: the labels, which
  // can, give way so the bars keep BAR_SHARE of the frame.
  const share = Math.min(
    preferred,
    Math.round(frameWidth * LABEL_SHARE),
    Math.round(frameWidth * (1 - BAR_SHARE)) - reserved,
  );
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
  for (const word of label.split(BREAKING_SPACES).filter(Boolean)) {
    const needed = used === 0 ? word.length : used + 1 + word.length;
    if (needed <= perLine || used === 0) used = needed;
    else {
      lines += 1;
      used = word.length;
    }
  }
  return lines;
}

/** The least right margin: the grid's last line stays whole (recharts keeps the last tick's figure
 * on the chart by itself). */
const EDGE = 8;
/** Recharts' gap between a bar's end and the figure written beside it, px. */
const LABEL_OFFSET = 5;

/**
 * The right margin a horizontal bar chart needs for the figures written beside its bars, on a
 * plot that is what the frame leaves once the label column and this margin are taken: each
 * figure on one line after its bar where the plot still keeps BAR_SHARE of the frame, else each
 * figure's longest word (recharts wraps the rest). A fixed 80 px left a
 * phone's bars a quarter of the chart.
 */
export function valueLabelRoom(
  frameWidth: number,
  axisWidth: number,
  left: number,
  bars: readonly { value: number; text: string }[],
  axisMax: number,
  fontSize = 16,
): number {
  const free = frameWidth - left - axisWidth;
  const reachOf = (value: number) => (axisMax > 0 ? Math.min(1, Math.max(0, value / axisMax)) : 0);
  const need = (roomOf: (text: string) => number) =>
    Math.max(
      0,
      ...bars.map(({ value, text }) => {
        // The bar ends at `reach` of the plot, and the plot is `free` less the margin m:
        // (free − m) · (1 − reach) + m ≥ room.
        const reach = reachOf(value);
        // A bar of nothing has its figure at the plot's start: no margin makes more room for it.
        return reach > 0 ? (roomOf(text) - free * (1 - reach)) / reach : 0;
      }),
    );
  const words = need((text) => figureRoom([text], fontSize));
  const lines = need((text) => LABEL_OFFSET + Math.ceil(text.length * fontSize * GLYPH));
  // Wrapped anyway, a figure is better served by a wider plot than by a wider margin.
  const room = lines <= free - frameWidth * BAR_SHARE ? lines : words;
  return Math.max(EDGE, Math.ceil(room));
}

/** The room the widest word of the figures written beside bars takes after its bar, px. */
export function figureRoom(texts: readonly string[], fontSize = 16): number {
  return LABEL_OFFSET + Math.ceil(longestWord(texts) * fontSize * GLYPH);
}

/** The letters in the longest word of some texts: recharts wraps at spaces, never inside a word. */
function longestWord(texts: readonly string[]): number {
  return Math.max(0, ...texts.flatMap((t) => t.split(BREAKING_SPACES).map((w) => w.length)));
}
