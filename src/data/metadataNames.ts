/**
 * The names of metadata the page reads at run time: which displays there are and which column
 * names the address bar keeps for itself. Kept apart from the schema (metadataSchema.ts), so the
 * page can use them without loading the validator: the build checks the metadata of the datasets
 * it sees, and only a dataset it did not see loads the schema (see staticCsvSource).
 */

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

export const displayTypes = [
  'bar',
  'grouped-bar',
  'stacked-bar',
  'line',
  'figures',
  'table',
  'timeline',
  'matrix',
] as const;

/** Displays of events and memberships: they have no measure column. */
export type DisplayType = (typeof displayTypes)[number];

export const displaysWithoutMeasure: readonly DisplayType[] = ['timeline', 'matrix'];
