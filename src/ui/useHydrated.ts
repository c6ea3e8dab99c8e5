import { useSyncExternalStore } from 'react';

const never = () => () => undefined;

/**
 * False while a page is written at build (src/build/prerenderPages.ts) and while the browser
 * takes over that HTML (hydration, whose first render must match it); true on the render after,
 * and from the first render of a page made in the browser. What the server cannot know (the
 * screen's width) or cannot draw (recharts draws nothing there) waits for it.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
