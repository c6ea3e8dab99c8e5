import { chunk } from '../../lib/chunk.ts';

/**
 * The full citations of a dataset's sources: a card's Sources tab (shown on a click, or by an
 * address naming one of them) and the Sources page. Their code loads with the first of these,
 * not with the first view (a page written at build loads it before React takes the page over).
 */
export const sourceCitations = chunk(
  'SourceCitations',
  () => import('./SourceCitations.tsx'),
  (m) => m.SourceCitations,
);
