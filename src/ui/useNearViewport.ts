import { useEffect, useState, type RefObject } from 'react';

/**
 * Calls `near` once `element` has come within a screen's height of the viewport, or the page is
 * printed (printing counts as seeing everything); returns what stops watching.
 */
function watchNear(element: Element, near: () => void): () => void {
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) near();
    },
    { rootMargin: '100% 0px' },
  );
  observer.observe(element);
  window.addEventListener('beforeprint', near);
  return () => {
    observer.disconnect();
    window.removeEventListener('beforeprint', near);
  };
}

/**
 * Whether an element has come within a screen's height of the viewport (and stays true once it
 * has), for work only a visible element needs: an overview card loads and draws its chart when
 * the reader scrolls towards it, so the first chart is not held up by thirteen others. Printing
 * counts as seeing everything. Without IntersectionObserver (old browsers, jsdom) it is true at
 * once.
 */
export function useNearViewport(ref: RefObject<Element | null>, watch: boolean): boolean {
  const [near, setNear] = useState(() => !watch || typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    if (near || !ref.current) return;
    return watchNear(ref.current, () => setNear(true));
  }, [near, ref]);
  return near;
}

/**
 * Settles once `element` has come within a screen's height of the viewport, as useNearViewport
 * tells: for an element of a written page that React has not taken over yet (no ref to it).
 */
export function whenNear(element: Element | null): Promise<void> {
  if (!element || typeof IntersectionObserver === 'undefined') return Promise.resolve();
  return new Promise((resolve) => {
    const stop = watchNear(element, () => {
      stop();
      resolve();
    });
  });
}
