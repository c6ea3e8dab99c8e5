import csvWorkerUrl from 'worker-url:../sources/csvWorker.ts';
import { fetchText } from '../data/fetchText';

/**
 * What the page starts before the rest of its code is evaluated: main.tsx imports this module
 * first, and evaluating React, the views and the charts takes over a hundred milliseconds. The
 * catalogue's request goes out now, and on the UN page the data worker starts now, since it
 * needs about as long again to load and compile its own code before it can fetch the UN table.
 */

/** Data files sit beside the page, so any static host (or sub-folder) serves the site. */
export const dataUrl = new URL('data/', document.baseURI).href;

/** `data/index.json`, asked for now; read, and any failure reported, by the dataset source. */
export const catalogText = fetchText(new URL('index.json', dataUrl).href, 'data/index.json');
catalogText.catch(() => undefined);

// Built into the page's bundle, so the worker and the page share one copy of Arquero.
const createDataWorker = () => new Worker(csvWorkerUrl, { type: 'module' });

// The address's first `view` counts, as in parseViewState, which is not evaluated yet.
let early =
  new URLSearchParams(window.location.search).get('view') === 'un' ? createDataWorker() : undefined;

/** The data worker: the one started early, once; a new one after that. */
export function dataWorker(): Worker {
  const worker = early ?? createDataWorker();
  early = undefined;
  return worker;
}

/** Stops a worker started early for a page that turned out not to need it. */
export function releaseEarlyWorker(): void {
  early?.terminate();
  early = undefined;
}
