import { useEffect, useMemo } from 'react';
import type { DatasetMeta } from '../data/metadataSchema';
import { useDatasetTable, useDatasetView } from '../sources/queries';
import { chosenChartType } from '../view/chartTypes';
import { viewRequest } from '../view/datasetView';
import { unCountries } from '../view/unStockView';
import { datasetUnapplied, unUnapplied } from '../view/unapplied';
import { defaultUnView } from '../view/viewState';
import { useViewStore } from '../view/viewStore';
import { UN_DATASET_ID } from './unDatasets';

/**
 * What the address asks for that the data cannot give, once the data is in: named for the
 * notice. A UN country the table does not have is replaced by the default country, so that the
 * select shows the country drawn. (The views and tables are the cards' own queries: nothing loads twice.)
 */
export function useUnapplied(
  explored: DatasetMeta | undefined,
  timeline: DatasetMeta | undefined,
  loaded: readonly DatasetMeta[],
): string[] {
  const view = useViewStore((s) => s.view);
  const update = useViewStore((s) => s.update);
  const explorerView = useDatasetView(
    view.page === 'dataset' ? explored : undefined,
    viewRequest(view, explored ? chosenChartType(explored, view.chart) : 'table'),
  );
  // The view drawn while the current choice is answered does not speak for the address.
  const slice = explorerView.query.isPlaceholderData ? undefined : explorerView.view;
  const unMeta = view.page === 'un' ? loaded.find((m) => m.id === UN_DATASET_ID) : undefined;
  const unTable = useDatasetTable(unMeta).data;

  const unapplied = useMemo(() => {
    if (view.page !== 'dataset' || !explored || !slice) return [];
    return datasetUnapplied(explored, view, slice, timeline !== undefined);
  }, [view, explored, slice, timeline]);

  const countries = useMemo(
    () => (unTable ? unCountries(unTable, view.un.direction) : undefined),
    [unTable, view.un.direction],
  );
  useEffect(() => {
    if (view.page !== 'un' || !countries) return;
    const missing = unUnapplied(view.un, countries);
    if (missing.length === 0) return;
    useViewStore.setState((s) => ({ ignored: [...s.ignored, ...missing] }));
    const un = view.un;
    update(
      {
        un: {
          ...un,
          country: countries.includes(un.country) ? un.country : defaultUnView.country,
          vs: un.vs.filter((c) => countries.includes(c)),
        },
      },
      'replace',
    );
  }, [view.page, view.un, countries, update]);

  return unapplied;
}
