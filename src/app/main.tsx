import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DatasetSourceProvider } from '../data/queries';
import { staticCsvSource } from '../data/staticCsvSource';
import { reportHeightToHost } from '../embed/reportHeight';
import { browserLocale, isLocale, loadLocale, setActiveLocale } from '../i18n/i18n';
import { syncViewWithUrl, useViewStore } from '../view/viewStore';
import { App } from './App';
import './styles.css';

const source = staticCsvSource({
  // Data files sit beside the page, so any static host (or sub-folder) serves the site.
  baseUrl: new URL('data/', document.baseURI).href,
  createWorker: () =>
    new Worker(new URL('../data/csvWorker.ts', import.meta.url), { type: 'module' }),
});

// The first view is drawn in its language, not in English and then again: load it first.
const asked = new URLSearchParams(window.location.search).get('lang');
const locale = isLocale(asked) ? asked : browserLocale();
await loadLocale(locale).catch(() => undefined);
setActiveLocale(locale);

syncViewWithUrl();
if (useViewStore.getState().view.embed) reportHeightToHost();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={new QueryClient()}>
      <DatasetSourceProvider value={source}>
        <App />
      </DatasetSourceProvider>
    </QueryClientProvider>
  </StrictMode>,
);
