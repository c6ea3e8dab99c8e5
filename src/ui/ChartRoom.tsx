import { createContext, useContext, useEffect, useState } from 'react';
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

/** Where the last chart to wait for its turn will have drawn: each turn waits for the one before. */
let turns: Promise<void> = Promise.resolve();

/** A turn after every one asked for before; it ends when the function it gives is called. */
function askTurn(): Promise<() => void> {
  let end!: () => void;
  const ended = new Promise<void>((resolve) => (end = resolve));
  const turn = turns.then(() => end);
  turns = turn.then(() => ended);
  return turn;
}

/**
 * True once `wanted` has been true and every chart that asked before has drawn, each in a task of
 * its own: overview cards reached at once (a scroll, a tall screen) draw one after another, not
 * in one long task that holds the page (recharts lays a chart out as it mounts).
 */
export function useDrawTurn(wanted: boolean): boolean {
  const [turn, setTurn] = useState(false);
  useEffect(() => {
    if (!wanted || turn) return;
    let gone = false;
    let end: (() => void) | undefined;
    void askTurn().then((ends) => {
      end = ends;
      if (gone) ends();
      else setTurn(true);
    });
    // Drawn (this effect's dependencies changed), or gone: the next chart's turn, a task later.
    return () => {
      gone = true;
      if (end) setTimeout(end);
    };
  }, [wanted, turn]);
  return turn;
}
