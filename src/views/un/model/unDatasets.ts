/**
 * The UN tables the UN view draws (named here, so the first view can ask for them early): one
 * revision, the 2020 (International Migrant Stock 2020, by sex), the whole origin × destination
 * table (every country and area), stored as Parquet partitions by origin and by destination: a
 * view of one country, in either direction, reads its partition alone. The 2019 revision stays a dataset of its own; its figures are never
 * drawn in the same line as these.
 */
export const UN_DATASET_ID = 'un-ims2020-bilateral-by-sex';
/**
 * The UN's published totals by destination (by sex, with its type-of-data codes and notes): the
 * shares' base in "who lives in Y", and what each destination's figure rests on in either
 * direction. The 2020 revision's totals by origin are not shipped: "where do people born in X
 * live" shares are of the sum over the destinations (derived).
 */
export const UN_TOTALS_ID = 'un-ims2020-totals-by-destination';
