import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { t } from '../i18n/i18n.ts';

/**
 * The height an embed aims at, at 640 px wide and wider: its drawing is shown to the height that
 * leaves its title, tabs, source line and buttons room within it (Datawrapper's and Our World in
 * Data's embeds are about this tall). tests/browser/embed.spec.ts holds every view to ~700 px.
 */
export const EMBED_HEIGHT = 660;
/** About the height of "Show the whole chart" with its margins. */
const TOGGLE_HEIGHT = 40;

/**
 * In an embed, a drawing that would make the page taller than `budget` px (a long list of bars,
 * a matrix, a timeline, a legend of many series) is shown to the height that fits, never below
 * `min` px, with "Show the whole chart" to open the rest: an embed stays a chart, a title and a
 * source line, not a page. `budget` undefined: the drawing as it is.
 */
export function ChartClamp({
  budget,
  min,
  children,
}: {
  budget: number | undefined;
  min: number;
  children: ReactNode;
}) {
  const id = useId();
  const outer = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  // The height shown, once the drawing is known to be taller than the room it has.
  const [max, setMax] = useState<number | undefined>();
  const [open, setOpen] = useState(false);
  // The drawing's height when last measured: a test waits for it to match the drawing's.
  const [measured, setMeasured] = useState<number | undefined>();
  useEffect(() => {
    const box = outer.current;
    const drawing = content.current;
    if (budget === undefined || !box || !drawing) return;
    // Measured as the drawing arrives and as the width changes, not as the reader opens a
    // disclosure below it: opening "In words" does not shrink the chart.
    let width = window.innerWidth;
    const measure = () => {
      const page = document.documentElement.getBoundingClientRect().height;
      // The rest of the page, with the button this adds under a drawing cut short.
      const button = toggle.current ? 0 : TOGGLE_HEIGHT;
      const rest = page - box.getBoundingClientRect().height + button;
      const room = Math.max(min, Math.floor(budget - rest));
      const height = drawing.getBoundingClientRect().height;
      const tall = height > room + 1;
      setMeasured(Math.round(height));
      setMax((shown) => (tall ? (shown !== undefined ? Math.min(shown, room) : room) : undefined));
    };
    const resized = () => {
      if (window.innerWidth === width) return;
      width = window.innerWidth;
      setMax(undefined);
      requestAnimationFrame(measure);
    };
    const observer = new ResizeObserver(measure);
    observer.observe(drawing);
    window.addEventListener('resize', resized);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', resized);
    };
  }, [budget, min]);
  const clamped = max !== undefined && !open;
  return (
    <>
      <div
        id={id}
        ref={outer}
        className={clamped ? 'chart-clamp clamped' : 'chart-clamp'}
        style={clamped ? { maxHeight: max } : undefined}
        data-measured={measured}
      >
        <div ref={content}>{children}</div>
      </div>
      {max !== undefined ? (
        <button
          ref={toggle}
          type="button"
          className="chart-clamp-toggle"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen(!open)}
        >
          {t('embed.wholeChart')}
        </button>
      ) : null}
    </>
  );
}
