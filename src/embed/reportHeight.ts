import { HEIGHT_MESSAGE } from './embedSnippet.ts';

/**
 * Tells the host page the embedded document's height whenever it changes, so the iframe sizes
 * itself. Returns a function that stops it.
 */
export function reportHeightToHost(target: Window = window.parent): () => void {
  if (target === window) return () => {};
  let last = 0;
  const send = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    target.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  const observer = new ResizeObserver(send);
  observer.observe(document.documentElement);
  send();
  return () => observer.disconnect();
}
