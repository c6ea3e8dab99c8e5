import { timeColumn } from '../data/labels';
import { displaysWithoutMeasure, type DatasetMeta, type DisplayType } from '../data/metadataSchema';

/** The chart types a dataset's shape allows, its own display first. */
export function availableChartTypes(meta: DatasetMeta): DisplayType[] {
  // Events and memberships have one drawing each: no measure to put on an axis.
  if (displaysWithoutMeasure.includes(meta.display.type)) return [meta.display.type];
  const hasTime = timeColumn(meta) !== undefined;
  const base: DisplayType[] =
    meta.display.type === 'figures'
      ? ['figures']
      : hasTime
        ? ['line', 'grouped-bar', 'stacked-bar']
        : ['bar', 'stacked-bar'];
  return [...new Set<DisplayType>([meta.display.type, ...base, 'table'])];
}

export function chosenChartType(
  meta: DatasetMeta,
  requested: DisplayType | undefined,
): DisplayType {
  return requested && availableChartTypes(meta).includes(requested) ? requested : meta.display.type;
}
