import { useEffect, useState, type RefObject } from 'react';

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
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(ref.current);
    const print = () => setNear(true);
    window.addEventListener('beforeprint', print);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', print);
    };
  }, [near, ref]);
  return near;
}
