import type { CSSProperties, ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { MIN_IMAGE_FONT, TextFloor } from '../ui/imageText.ts';

/** A drawing to draw at a fixed size, out of sight. */
export interface OffscreenDrawing {
  node: ReactNode;
  width: number;
  height: number;
}

/** How many frames a drawing may take to settle (recharts lays out, then grows its bars). */
const MAX_FRAMES = 900;
/** Frames the markup must stay the same before it counts as drawn: an animation has ended. */
const STILL_FRAMES = 3;

// The drawing fills its cell: recharts measures its wrapper, so a height set here (over the
// drawing's own, inline) is the height it lays its axes out in. The HTML legend, captions and
// flag notes are drawn by the image itself, as SVG text.
const RULES = `
.chart-image-render { font-size: 16px; line-height: 1.25; color: var(--text); }
.chart-image-cell { overflow: hidden; }
.chart-image-cell figure { margin: 0; }
.chart-image-cell .recharts-wrapper { width: 100% !important; height: var(--cell-height) !important; }
.chart-image-cell .chart-legend, .chart-image-cell figcaption, .chart-image-cell .flag-notes,
.chart-image-cell .recharts-tooltip-wrapper { display: none !important; }
`;

/**
 * Draws each drawing (a chart component with its model, nothing else) into a hidden container
 * of its cell's size, waits until every one is drawn and still, and hands its main `<svg>` to
 * `take`; the container is removed afterwards, whatever happens. The screen's size plays no part:
 * a phone and a desktop make the same image.
 */
export async function drawOffscreen<T>(
  drawings: readonly OffscreenDrawing[],
  take: (svgs: (SVGSVGElement | undefined)[]) => T,
): Promise<T> {
  const host = document.createElement('div');
  host.className = 'chart-image-render';
  host.setAttribute('aria-hidden', 'true');
  // Out of sight but laid out (display: none would give recharts a size of 0).
  host.style.cssText = 'position: fixed; left: -30000px; top: 0; pointer-events: none;';
  // A constructed sheet, not a <style> element: the site's CSP allows no inline styles.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(RULES);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const mount = document.createElement('div');
  host.append(mount);
  document.body.append(host);
  const root = createRoot(mount);
  try {
    flushSync(() =>
      root.render(
        // Drawings that place their own labels place them at the size the image draws them.
        <TextFloor.Provider value={MIN_IMAGE_FONT}>
          {drawings.map((d, i) => (
            <div
              key={i}
              className="chart-image-cell"
              style={
                {
                  width: d.width,
                  height: d.height,
                  '--cell-height': `${d.height}px`,
                } as CSSProperties
              }
            >
              {d.node}
            </div>
          ))}
        </TextFloor.Provider>,
      ),
    );
    const cells = Array.from(mount.children) as HTMLElement[];
    let last = '';
    let still = 0;
    for (let frame = 0; frame < MAX_FRAMES; frame++) {
      await nextFrame();
      const svgs = cells.map(mainSvg);
      const markup = svgs
        .map((s) => (s ? `${s.getAttribute('width')}${s.innerHTML}` : ''))
        .join('|');
      const ready = svgs.every((s) => s && s.getBoundingClientRect().width > 0);
      still = ready && markup === last ? still + 1 : 0;
      last = markup;
      if (still >= STILL_FRAMES) return take(svgs);
    }
    throw new Error('The chart could not be drawn for the image.');
  } finally {
    root.unmount();
    host.remove();
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  }
}

/** The drawing's own `<svg>`: the widest one in the cell, not a legend's small icon. */
function mainSvg(cell: HTMLElement): SVGSVGElement | undefined {
  let best: SVGSVGElement | undefined;
  let bestWidth = 0;
  for (const svg of Array.from(cell.querySelectorAll<SVGSVGElement>('svg'))) {
    if (svg.parentElement?.closest('svg')) continue;
    const width = svg.getBoundingClientRect().width;
    if (width > bestWidth) {
      best = svg;
      bestWidth = width;
    }
  }
  return bestWidth >= cell.getBoundingClientRect().width / 2 ? best : undefined;
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}
