import { chunk } from '../lib/chunk.ts';

/**
 * The check and decoding of a built Arrow file (src/data/builtTable.ts), loaded beside the first
 * such file the page or the data worker fetches: a page written at build carries its views' rows
 * and needs none before its take-over.
 */
export const builtTableCode = chunk('builtTable', () => import('../data/builtTable.ts'));
