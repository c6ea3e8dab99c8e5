import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { catalogQuery, DatasetSourceProvider } from '../sources/queries.ts';
import { staticCsvSource } from '../sources/staticCsvSource.ts';
import { browserLocale, loadLocale, setActiveLocale } from '../i18n/i18n.ts';
import { parseViewState, serializeViewState, siteRoot } from '../state/urlCodec.ts';
import { syncViewWithUrl, useViewStore } from '../state/viewStore.ts';
import csvWorkerUrl from 'worker-url:../sources/csvWorker.ts';
import { App } from './App.tsx';
import { preloadExploreControls } from '../views/dataset/DatasetCard.tsx';
import { applyThemeChoice } from './useTheme.ts';
import { prefetchView } from './prefetchView.ts';
import { chunk } from '../lib/chunk.ts';
import './styles.css';

const source = staticCsvSource({
  // Data files sit in the site's folder, so any static host (or sub-folder) serves the site; a
  // page written at build (`datasets/<id>/`) finds them there too.
  baseUrl: new URL(`${siteRoot(window.location.pathname)}data/`, window.location.origin).href,
  // Built into the page's bundle, so the worker and the page share one copy of Arquero.
  createWorker: () => new Worker(csvWorkerUrl, { type: 'module' }),
});

// A page written at build (src/build/prerenderPages.ts) whose address asks for nothing more: it
// already shows this view, and React takes its HTML over (below).
const written = document.getElementById('page-data') !== null && window.location.search === '';
// Else the catalogue is asked for at once (the built page's HTML has it on the way already:
// preloadCatalog); on the UN page the data worker, which computes the view's figures, starts
// loading now too, while the page loads its language and code. A written page carries what its
// take-over needs: these wait until it is taken over, rather than compete with its code.
const queryClient = new QueryClient();
if (!written) void queryClient.prefetchQuery(catalogQuery(source));
const { state: asked } = parseViewState(window.location.search, window.location.pathname);
const startWorker = () => {
  if (asked.page === 'un') source.startWorker();
};
if (!written) startWorker();

// The first view is drawn in its language, not in English and then again: load it first.
const locale = asked.lang ?? browserLocale();
await loadLocale(locale).catch(() => undefined);
setActiveLocale(locale);

// Read again in the language now loaded: the address notice is written in it.
syncViewWithUrl();
const { view } = useViewStore.getState();
applyThemeChoice(view.theme);
// Only an embed tells its host its height: the code loads for embeds alone. Without it the
// iframe keeps the snippet's height (480 px), and the chart is still all there.
if (view.embed)
  void import('../embed/reportHeight.ts').then(
    (m) => m.reportHeightToHost(m.embedChartId(view)),
    () => undefined,
  );

// A page written at build (src/build/prerenderPages.ts) already shows this view, in this
// language: React takes its HTML over, from the data and code it was made with. Any other view
// (a query choosing more, another language) is rendered afresh. Not awaited here: the code parts
// it loads import this module, which must have finished running first.
// Its code comes only with such a page.
const takeOverCode = chunk('takeOverPage', () => import('./takeOverPage.ts'));
// Only the page's own address: any query (an embed, a filter, another language or theme) asks
// for more than the page was written with, and first-paint.js has hidden it meanwhile.
const takeOver = written
  ? takeOverCode
      .load()
      .then((m) => m.takeOverPage(queryClient, source, serializeViewState(view), locale))
      .catch(() => false)
  : Promise.resolve(false);

// The address is read: its data is asked for now, not once React has rendered the components.
// (Not before the language is set: a view's text is written in it, and kept in the cache.) A page
// taken over carries its views' rows: its tables, and the query code, are not fetched for it.
const prefetch = () => void prefetchView(queryClient, source, view, locale);
if (!written) prefetch();
if (view.page === 'dataset') preloadExploreControls();

const root = document.getElementById('root')!;
const app = (
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <DatasetSourceProvider value={source}>
        <App />
      </DatasetSourceProvider>
    </QueryClientProvider>
  </StrictMode>
);
void takeOver.then((takenOver) => {
  if (written) {
    if (!takenOver) prefetch();
    startWorker();
  }
  if (takenOver) hydrateRoot(root, app);
  else {
    // Another view than the page's written one: its HTML goes, rather than show meanwhile.
    root.replaceChildren();
    createRoot(root).render(app);
  }
  // Shown again (first-paint.js hid a written page while another view was on its way).
  document.documentElement.style.removeProperty('visibility');
});
