import type { QueryClient } from '@tanstack/react-query';
import type { DatasetSource } from '../sources/datasetSource';
import type { DatasetMeta } from '../data/metadataSchema';
import { catalogQuery, metadataQuery, tableQuery } from '../sources/queries';
import type { ViewState } from '../view/viewState';
import { UN_DATASET_ID, UN_ORIGIN_TOTALS_ID, UN_TOTALS_ID } from './unDatasets';

/** The tables a view draws at once: every card's on the overview, one on a dataset's page. */
function drawsAtOnce(view: ViewState, meta: DatasetMeta): boolean {
  switch (view.page) {
    case 'overview':
      return true;
    case 'dataset':
      return meta.id === view.dataset;
    case 'un':
      return [UN_DATASET_ID, UN_TOTALS_ID, UN_ORIGIN_TOTALS_ID].includes(meta.id);
    default:
      return false;
  }
}

/**
 * Starts the address's data requests as soon as it is read, before React renders: the catalogue,
 * then each metadata file as the catalogue arrives, then each table the view draws as its
 * metadata arrives. They go into the query cache under the hooks' own keys, so the components
 * find them running (or done) instead of starting a chain of requests one render at a time.
 * Failures are left in the cache for the components to show.
 */
export function prefetchView(client: QueryClient, source: DatasetSource, view: ViewState): void {
  const ignore = () => undefined;
  client.fetchQuery(catalogQuery(source)).then((files) => {
    for (const file of files) {
      client.fetchQuery(metadataQuery(source, file)).then((meta) => {
        if (drawsAtOnce(view, meta)) void client.prefetchQuery(tableQuery(source, meta));
      }, ignore);
    }
  }, ignore);
}
