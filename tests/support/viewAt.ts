import { escape } from 'arquero';
import { buildChartModel, type ChartModel } from '../../src/views/dataset/model/chartModel';
import { chartSummary } from '../../src/views/dataset/model/chartSummary';
import type { DatasetMeta } from '../../src/data/metadataSchema';
import { localizeMeta } from '../../src/data/metaText';
import { loadLocale, setActiveLocale, type Locale } from '../../src/i18n/i18n';
import { datasetView, type DatasetView } from '../../src/views/dataset/model/datasetView';
import { parseViewState } from '../../src/state/urlCodec';
import { fileSystemSource } from './fileSystemSource';

const source = fileSystemSource();

export interface ViewAt {
  meta: DatasetMeta;
  slice: DatasetView;
  model: ChartModel;
  summary: string[];
}

/**
 * What the dataset view at an address of the app (`?view=dataset&id=…`) draws and says, in a
 * language, made as the page makes it: the real data/ files, the URL codec, the view and the model.
 * `without` leaves out the rows of some sources, to test a rule on the figures the others give
 * (the news-reported remittances without the World Bank's own series fill no gaps).
 */
export async function viewAt(
  address: string,
  locale: Locale = 'en',
  without: readonly string[] = [],
): Promise<ViewAt> {
  await loadLocale(locale);
  setActiveLocale(locale);
  const { state } = parseViewState(address);
  const base = await source.loadMetadata(`${state.dataset}.meta.json`);
  const meta = localizeMeta(base, locale);
  const whole = await source.loadTable(base);
  const table =
    without.length === 0
      ? whole
      : whole.filter(escape((row: { source_id: string }) => !without.includes(row.source_id)));
  const type = state.chart ?? meta.display.type;
  const slice = datasetView(table, meta, state, type);
  const model = buildChartModel(meta, slice, type, {
    preferredSource: state.source,
    sort: state.sort,
  });
  return { meta, slice, model, summary: chartSummary(model, locale) };
}
