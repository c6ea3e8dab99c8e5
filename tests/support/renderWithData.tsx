import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { DatasetSource } from '../../src/sources/datasetSource';
import { DatasetSourceProvider } from '../../src/sources/queries';
import { fileSystemSource } from './fileSystemSource';

/** Renders a component with react-query and a dataset source (the repo's data/ by default). */
export function renderWithData(ui: ReactElement, source: DatasetSource = fileSystemSource()) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <DatasetSourceProvider value={source}>{ui}</DatasetSourceProvider>
    </QueryClientProvider>,
  );
}
