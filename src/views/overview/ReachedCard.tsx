import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { memo, Suspense, use, type ReactNode } from 'react';
import type { DatasetMeta } from '../../data/metadataSchema.ts';
import { memoPromise } from '../../lib/memoPromise.ts';
import { useDatasetSource, viewQuery } from '../../sources/queries.ts';
import { chosenChartType } from '../../state/chartTypes.ts';
import { defaultViewState } from '../../state/viewState.ts';
import { useHydrated } from '../../ui/useHydrated.ts';
import { whenNear } from '../../ui/useNearViewport.ts';
import { DatasetCard } from '../dataset/DatasetCard.tsx';
import { viewRequest } from '../dataset/model/describeView.ts';

/**
 * An overview card, taken over on its own. Each card is a Suspense boundary, so React takes a
 * written overview over in pieces (selective hydration: the page's frame first, then each card
 * in a task of its own) rather than in one long task. A card whose rows the page does not carry
 * (every card but the first: src/build/renderPage.tsx) keeps its written HTML, readable, until
 * the reader comes within a screen of it and its rows have come through the query registry;
 * then it is taken over, from the same rows the build rendered, and draws. Nothing in it waits
 * on a page made in the browser, nor on the server.
 *
 * Memoised: a render of the overview before a card is taken over must not reach its boundary
 * (React would drop the written HTML and render the card afresh, its chart's room and table gone
 * meanwhile). A card's metadata is one object while the page is open (localizeMeta keeps it).
 */
export const ReachedCard = memo(function ReachedCard({ meta }: { meta: DatasetMeta }) {
  return (
    <Suspense fallback={null}>
      <WhenReached meta={meta}>
        <DatasetCard meta={meta} mode="overview" />
      </WhenReached>
    </Suspense>
  );
});

function WhenReached({ meta, children }: { meta: DatasetMeta; children: ReactNode }) {
  const client = useQueryClient();
  const source = useDatasetSource();
  // False on the server and while a written page is taken over: only then does a card wait.
  const hydrated = useHydrated();
  if (!hydrated && typeof document !== 'undefined') {
    // The rows an overview card draws (DatasetCard: the dataset's default view).
    const query = viewQuery(
      source,
      meta,
      viewRequest(defaultViewState, chosenChartType(meta, defaultViewState.chart)),
    );
    if (client.getQueryData(query.queryKey) === undefined) use(reached(client, query, meta.id));
  }
  return children;
}

/** Cards waiting to be taken over, by dataset: one wait each, whatever the retries. */
const waits = new Map<string, Promise<unknown>>();

/**
 * Settles when the card's written HTML has come near the screen and its rows have been answered
 * (or have failed: the card then shows the error, rendered afresh).
 */
function reached(
  client: QueryClient,
  query: ReturnType<typeof viewQuery>,
  id: string,
): Promise<unknown> {
  return memoPromise(waits, id, () =>
    whenNear(document.querySelector(`.overview > article[data-dataset="${CSS.escape(id)}"]`))
      .then(() => client.fetchQuery(query))
      .catch(() => undefined),
  );
}
