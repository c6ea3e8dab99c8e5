import type { QueryClient } from '@tanstack/react-query';
import type { DatasetSource } from '../sources/datasetSource.ts';
import type { DatasetMeta } from '../data/metadataSchema.ts';
import { byDeclaredOrder } from '../data/datasetOrder.ts';
import { localizeMeta } from '../data/metaText.ts';
import type { Locale } from '../i18n/i18n.ts';
import { preloadDrawing } from '../charts/drawings.tsx';
import { catalogQuery, metadataQuery, unViewQuery, viewQuery } from '../sources/queries.ts';
import { chosenChartType } from '../state/chartTypes.ts';
import { viewRequest } from '../views/dataset/model/describeView.ts';
import { unViewRequest } from '../views/un/model/unViewRequest.ts';
import { defaultViewState, type ViewState } from '../state/viewState.ts';
import { UN_DATASET_ID, UN_TOTALS_ID } from '../views/un/model/unDatasets.ts';

/**
 * Overview cards whose rows are asked for before React renders: those a first screen shows. The
 * others load as the reader scrolls towards them (DatasetCard, useNearViewport).
 */
const OVERVIEW_FIRST_CARDS = 3;

/**
 * The view state the one dataset of a dataset page draws, or none for another dataset.
 */
function cardView(view: ViewState, meta: DatasetMeta): ViewState | undefined {
  if (view.page === 'dataset' && meta.id === view.dataset) return view;
  return undefined;
}

/**
 * Starts the address's data requests as soon as it is read, before React renders: the catalogue,
 * then each metadata file as the catalogue arrives, then, as the metadata a view needs arrives,
 * the very query that view runs (a dataset card's rows and the code of its drawing, the UN view's
 * figures), so a table held in the worker is asked for there rather than decoded on the page.
 * They go into the query cache under the hooks' own keys, so the components find them running
 * (or done) instead of starting a chain of requests one render at a time. Failures are left in the cache for the components.
 * The promise settles (never rejects) once every request started here has: the page does not
 * wait for it, the tests do.
 */
export function prefetchView(
  client: QueryClient,
  source: DatasetSource,
  view: ViewState,
  locale: Locale = 'en',
): Promise<void> {
  const ignore = () => undefined;
  const settled = (started: Promise<unknown>[]) => Promise.allSettled(started).then(ignore);
  const metadata = (file: string) => client.fetchQuery(metadataQuery(source, file));
  return client.fetchQuery(catalogQuery(source)).then((files) => {
    const started: Promise<unknown>[] = [];
    if (view.page === 'un') {
      const find = (id: string) => files.find((file) => file === `${id}.meta.json`);
      const [tableFile, totalsFile] = [find(UN_DATASET_ID), find(UN_TOTALS_ID)];
      if (!tableFile) return;
      started.push(
        Promise.all([metadata(tableFile), totalsFile ? metadata(totalsFile) : undefined]).then(
          ([meta, totals]) =>
            client.prefetchQuery(unViewQuery(source, meta, totals, unViewRequest(view.un, locale))),
        ),
      );
    }
    const prefetchCard = (meta: DatasetMeta, card: ViewState) => {
      const shown = localizeMeta(meta, locale);
      const type = chosenChartType(shown, card.chart);
      return Promise.all([
        client.prefetchQuery(viewQuery(source, shown, viewRequest(card, type))),
        preloadDrawing(client, type),
      ]);
    };
    const metas = files.map((file) => metadata(file));
    if (view.page === 'overview') {
      // The first cards in the order the overview shows them, once every card's place is known.
      started.push(
        Promise.allSettled(metas).then((results) =>
          settled(
            results
              .flatMap((r, i) =>
                r.status === 'fulfilled' ? [{ file: files[i]!, meta: r.value }] : [],
              )
              .sort(byDeclaredOrder)
              .slice(0, OVERVIEW_FIRST_CARDS)
              .map(({ meta }) => prefetchCard(meta, defaultViewState)),
          ),
        ),
      );
    } else {
      for (const pending of metas) {
        started.push(
          pending.then((meta) => {
            const card = cardView(view, meta);
            return card && prefetchCard(meta, card);
          }),
        );
      }
    }
    return settled(started);
  }, ignore);
}
