import { chunk } from '../../lib/chunk.ts';

/**
 * The Cite panel's code (with the APA, BibTeX and RIS writers), loaded when a reader first asks
 * to cite: a card's Cite tab, or the Cite menu of the UN and compare views (CiteMenu.tsx).
 */
export const citePanel = chunk(
  'CitePanel',
  () => import('./CitePanel.tsx'),
  (m) => m.CitePanel,
);
