import { useMemo } from 'react';
import type { DatasetMeta } from '../../data/metadataSchema.ts';
import { useDatasetView } from '../../sources/queries.ts';
import { chosenChartType } from '../../state/chartTypes.ts';
import { viewRequest } from './model/describeView.ts';
import { datasetUnapplied } from './model/unapplied.ts';
import { useViewStore } from '../../state/viewStore.ts';

/**
 * What the address asks for that the dataset's data cannot give, once the data is in: named for
 * the notice. (The view is the card's own query: nothing loads twice. The UN view checks its
 * countries itself, from the figures the worker sends.)
 */
export function useUnapplied(
  explored: DatasetMeta | undefined,
  timeline: DatasetMeta | undefined,
): string[] {
  const view = useViewStore((s) => s.view);
  const explorerView = useDatasetView(
    view.page === 'dataset' ? explored : undefined,
    viewRequest(view, explored ? chosenChartType(explored, view.chart) : 'table'),
  );
  // The view drawn while the current choice is answered does not speak for the address.
  const slice = explorerView.query.isPlaceholderData ? undefined : explorerView.view;
  const unapplied = useMemo(() => {
    if (view.page !== 'dataset' || !explored || !slice) return [];
    return datasetUnapplied(explored, view, slice, timeline !== undefined);
  }, [view, explored, slice, timeline]);

  return unapplied;
}
