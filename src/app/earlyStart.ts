import csvWorkerUrl from 'worker-url:../sources/csvWorker.ts';

/**
 * On the UN page, the data worker starts before the rest of the page's code is evaluated: main.tsx
 * imports this module first, and evaluating React, the views and the charts takes about 100 ms,
 * while the worker needs longer still to load and compile its own code before it can fetch the UN
 * table. (The catalogue is asked for earlier still, by the HTML: preloadCatalog.)
 */

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
