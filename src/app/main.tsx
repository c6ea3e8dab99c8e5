import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { catalogQuery, DatasetSourceProvider } from '../sources/queries.ts';
import { staticCsvSource } from '../sources/staticCsvSource.ts';
import { browserLocale, loadLocale, setActiveLocale } from '../i18n/i18n.ts';
import { parseViewState } from '../state/urlCodec.ts';
import { syncViewWithUrl, useViewStore } from '../state/viewStore.ts';
import csvWorkerUrl from 'worker-url:../sources/csvWorker.ts';
import { App } from './App.tsx';
import { preloadExploreControls } from '../views/dataset/DatasetCard.tsx';
import { applyThemeChoice } from './useTheme.ts';
import { prefetchView } from './prefetchView.ts';
import './styles.css';

const source = staticCsvSource({
  // Data files sit beside the page, so any static host (or sub-folder) serves the site.
  baseUrl: new URL('data/', document.baseURI).href,
  // Built into the page's bundle, so the worker and the page share one copy of Arquero.
  createWorker: () => new Worker(csvWorkerUrl, { type: 'module' }),
});

// The catalogue is asked for at once (the built page's HTML has it on the way already:
// preloadCatalog); on the UN page the data worker, which computes the view's figures, starts
// loading now too, while the page loads its language and code.
const queryClient = new QueryClient();
void queryClient.prefetchQuery(catalogQuery(source));
const { state: asked } = parseViewState(window.location.search);
if (asked.page === 'un') source.startWorker();

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

// The address is read: its data is asked for now, not once React has rendered the components.
// (Not before the language is set: a view's text is written in it, and kept in the cache.)
void prefetchView(queryClient, source, view, locale);
if (view.page === 'dataset') preloadExploreControls();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <DatasetSourceProvider value={source}>
        <App />
      </DatasetSourceProvider>
    </QueryClientProvider>
  </StrictMode>,
);
