/** The UN tables the UN view draws (named here, so the first view can ask for them early). */
export const UN_DATASET_ID = 'un-migrant-stock-2019';
export const UN_TOTALS_ID = 'un-migrant-stock-totals-2019';
export const UN_ORIGIN_TOTALS_ID = 'un-emigrant-totals-2019';
