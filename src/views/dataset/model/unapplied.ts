import type { DatasetMeta } from '../../../data/metadataSchema.ts';
import { t } from '../../../i18n/i18n.ts';
import { availableChartTypes, chartTypes, chosenChartType } from '../../../state/chartTypes.ts';
import type { DatasetView } from './datasetView.ts';
import type { ViewState } from '../../../state/viewState.ts';

/**
 * Parameters of the address that the page read but does not apply to what it draws, named for the
 * notice: a chart type this dataset does not offer, a time range outside its data, a filter value
 * it does not have, a source it does not list, a share without a stated total, sorting without
 * bars, events without a year axis. The controls show what is drawn instead.
 */
export function datasetUnapplied(
  meta: DatasetMeta,
  view: ViewState,
  slice: DatasetView,
  hasTimeline: boolean,
): string[] {
  const notOffered = (param: string) => t('ignored.notOffered', { param });
  const unapplied = slice.ignored.map((param) => t('ignored.notInData', { param }));
  const chart = chosenChartType(meta, view.chart);
  if (view.chart && !availableChartTypes(meta).includes(view.chart)) {
    unapplied.push(notOffered(`chart=${view.chart}`));
  }
  const period = slice.period;
  if (view.time) {
    const [from, to] = view.time;
    const param = `time=${from}..${to}`;
    const drawn =
      period?.kind === 'single'
        ? period.year === to
        : period?.kind === 'range' && period.from === from && period.to === to;
    if (!period) unapplied.push(notOffered(param));
    else if (!drawn) {
      const years = period.options;
      unapplied.push(
        t('ignored.outOfRange', { param, from: years[0]!, to: years[years.length - 1]! }),
      );
    }
  }
  if (view.source && !slice.sources.some((s) => s.id === view.source)) {
    unapplied.push(t('ignored.notInData', { param: `source=${view.source}` }));
  }
  if (view.measure === 'share' && !slice.shareOf) unapplied.push(notOffered('measure=share'));
  if (view.sort !== 'data' && !chartTypes[chart].bars)
    unapplied.push(notOffered(`sort=${view.sort}`));
  if (view.events && !(hasTimeline && chart === 'line' && slice.years.length > 0)) {
    unapplied.push(notOffered('events=1'));
  }
  return unapplied;
}
