/**
 * The names of metadata the page reads at run time: which displays there are (from the chart-type
 * registry, chartTypeRegistry.ts) and which column
 * names the address bar keeps for itself. Kept apart from the schema (metadataSchema.ts), so the
 * page can use them without loading the validator: the build checks the metadata of the datasets
 * it sees, and only a dataset it did not see loads the schema (see staticCsvSource).
 */

import { chartTypes, displayTypes, type DisplayType } from './chartTypeRegistry.ts';

/**
 * Names the address bar uses for the view itself: a dimension column of the same name could not
 * be filtered from the URL, so the schema refuses it.
 */
export const reservedColumnNames = [
  'view',
  'theme',
  'id',
  'time',
  'chart',
  'source',
  'measure',
  'sort',
  'events',
  'embed',
  'lang',
] as const;

export { displayTypes, type DisplayType } from './chartTypeRegistry.ts';

/** Displays of events and memberships: they have no measure column. */
export const displaysWithoutMeasure: readonly DisplayType[] = displayTypes.filter(
  (type) => !chartTypes[type].measure,
);
