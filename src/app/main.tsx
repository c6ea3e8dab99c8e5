import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DatasetSourceProvider } from '../sources/queries';
import { staticCsvSource } from '../sources/staticCsvSource';
import { browserLocale, isLocale, loadLocale, setActiveLocale } from '../i18n/i18n';
import { syncViewWithUrl, useViewStore } from '../view/viewStore';
import csvWorkerUrl from 'worker-url:../sources/csvWorker.ts';
import { App } from './App';
import { preloadExploreControls } from './DatasetCard';
import { applyThemeChoice } from './useTheme';
import { prefetchView } from './prefetchView';
import './styles.css';

const source = staticCsvSource({
  // Data files sit beside the page, so any static host (or sub-folder) serves the site.
  baseUrl: new URL('data/', document.baseURI).href,
  // Built into the page's bundle, so the worker and the page share one copy of Arquero.
  createWorker: () => new Worker(csvWorkerUrl, { type: 'module' }),
});

// The first view is drawn in its language, not in English and then again: load it first.
const asked = new URLSearchParams(window.location.search).get('lang');
const locale = isLocale(asked) ? asked : browserLocale();
await loadLocale(locale).catch(() => undefined);
setActiveLocale(locale);

syncViewWithUrl();
const { view } = useViewStore.getState();
applyThemeChoice(view.theme);
// Only an embed tells its host its height: the code loads for embeds alone.
if (view.embed) void import('../embed/reportHeight').then((m) => m.reportHeightToHost());

// The address is read: its data is asked for now, not once React has rendered the components.
const queryClient = new QueryClient();
prefetchView(queryClient, source, view);
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
