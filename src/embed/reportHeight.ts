import { datawrapperHeightMessage, HEIGHT_MESSAGE } from './embedSnippet.ts';

/**
 * Tells the host page the embedded document's height whenever it changes, so the iframe sizes
 * itself: our own message (the snippet's script listens for it) and Datawrapper's
 * `{"datawrapper-height": {"<chart id>": height}}`, which many CMSs' pages already listen for.
 * `chartId`: embedChartId of the view. Returns a function that stops it.
 */
export function reportHeightToHost(chartId: string, target: Window = window.parent): () => void {
  if (target === window) return () => {};
  let last = 0;
  const send = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    target.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
    target.postMessage(datawrapperHeightMessage(chartId, height), '*');
  };
  const observer = new ResizeObserver(send);
  observer.observe(document.documentElement);
  send();
  return () => observer.disconnect();
}

export { embedChartId } from './embedSnippet.ts';
