import { createContext, useContext } from 'react';
import { useHydrated } from './useHydrated.ts';

/**
 * The room a chart takes, kept until it draws (useChartDrawn), so nothing below it moves when it
 * does. An SVG's own height attribute: the site's Content-Security-Policy refuses style
 * attributes in HTML.
 */
export function ChartRoom({ height }: { height: number }) {
  return <svg className="chart-room" width="100%" height={height} aria-hidden="true" />;
}

/**
 * True where the charts inside are to wait in their room: an overview card the reader has not
 * come near yet, so that taking a written page over does not draw every card's chart at once.
 */
export const ChartsWait = createContext(false);

/**
 * Whether a chart draws now: not where a page is written at build or taken over (recharts draws
 * nothing on the server, and the first render must be the page's HTML: useHydrated), nor while
 * it waits (ChartsWait).
 */
export function useChartDrawn(): boolean {
  const hydrated = useHydrated();
  const waits = useContext(ChartsWait);
  return hydrated && !waits;
}
