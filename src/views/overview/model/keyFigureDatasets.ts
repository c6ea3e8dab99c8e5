/**
 * The datasets the overview's key figures read (see keyFigures.ts), apart from the model so the
 * page knows which to load without carrying the model's code in the first view.
 */
export const KEY_FIGURE_DATASETS = {
  tajikSeries: 'tajik-migrants-series',
  uzbekSeries: 'uzbek-migrants-series',
  uzbekLabour: 'uzbekistan-labour-market',
  remittances: 'wdi-remittances',
  unBilateral: 'un-ims2020-bilateral-central-asia',
} as const;

/** Every dataset a key figure reads. */
export const keyFigureDatasetIds: readonly string[] = Object.values(KEY_FIGURE_DATASETS);
