import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The width of an element, followed as it changes; `initial` until it is laid out (and in jsdom,
 * which lays nothing out). Charts size their label columns from it: recharts' ResponsiveContainer
 * would bring its own code into the first view.
 */
export function useWidth(ref: RefObject<HTMLElement | null>, initial: number): number {
  const [width, setWidth] = useState(initial);
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return;
    const set = (measured: number) => setWidth(Math.round(measured) || initial);
    set(node.getBoundingClientRect().width);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) set(entry.contentRect.width);
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [ref, initial]);
  return width;
}
