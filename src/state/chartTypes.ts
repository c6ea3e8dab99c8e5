import { columnByName, timeColumn } from '../data/labels.ts';
import { chartTypes, type DisplayType } from '../data/chartTypeRegistry.ts';
import { displaysWithoutMeasure } from '../data/metadataNames.ts';
import type { DatasetMeta } from '../data/metadataSchema.ts';

/** What each chart type draws (the registry, src/data/chartTypeRegistry.ts), and the view's rules. */
export { chartTypes, type ChartTypeInfo } from '../data/chartTypeRegistry.ts';

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

/** The column along a bar chart's category axis: the declared one for `bar`, else the years. */
export function barAxis(meta: DatasetMeta, type: DisplayType): string | undefined {
  const time = timeColumn(meta)?.name;
  return (type === 'bar' ? meta.display.x : undefined) ?? time ?? meta.display.x;
}

/**
 * Whether the view shows one period only: a dataset whose time column is a single choice (the UN
 * table's year), or bars along a category axis, where figures of different years must never
 * stand side by side as one comparison.
 */
export function showsOnePeriod(meta: DatasetMeta, type: DisplayType): boolean {
  const time = timeColumn(meta);
  if (!time) return false;
  if (time.filter === 'single') return true;
  if (!chartTypes[type].bars) return false;
  const axis = barAxis(meta, type);
  return axis !== undefined && columnByName(meta, axis)?.time !== true;
}
