import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DatasetSourceProvider } from '../data/queries';
import { staticCsvSource } from '../data/staticCsvSource';
import { reportHeightToHost } from '../embed/reportHeight';
import { syncViewWithUrl, useViewStore } from '../view/viewStore';
import { App } from './App';
import { applyThemeChoice } from './useTheme';
import './styles.css';

const source = staticCsvSource({
  // Data files sit beside the page, so any static host (or sub-folder) serves the site.
  baseUrl: new URL('data/', document.baseURI).href,
  createWorker: () =>
    new Worker(new URL('../data/csvWorker.ts', import.meta.url), { type: 'module' }),
});

syncViewWithUrl();
applyThemeChoice(useViewStore.getState().view.theme);
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
