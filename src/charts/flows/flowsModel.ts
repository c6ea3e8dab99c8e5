import type { UnCountryView } from '../../view/unStockView';
import { REMAINDER } from '../../view/unStockView';

/**
 * The Sankey's data: one band per figure of the bars (each origin's top partners and its derived
 * "all other countries"), so the flows say exactly what the bars say. Origins sit on the left,
 * destinations on the right; a country that is both gets two nodes, so no band loops back.
 */

export interface FlowNode {
  /** `from:UZB`, `to:RUS`, `to:remainder`. */
  key: string;
  code: string;
  side: 'from' | 'to';
}

export interface FlowLink {
  source: number;
  target: number;
  value: number;
  derived: boolean;
  /** The panel country the band belongs to (for its colour). */
  country: string;
}

export interface FlowsModel {
  nodes: FlowNode[];
  links: FlowLink[];
}

export function flowsModel(
  panels: readonly Pick<UnCountryView, 'country' | 'top'>[],
  direction: 'origin' | 'destination',
): FlowsModel {
  const nodes: FlowNode[] = [];
  const index = new Map<string, number>();
  const node = (side: 'from' | 'to', code: string) => {
    const key = `${side}:${code}`;
    let i = index.get(key);
    if (i === undefined) {
      i = nodes.push({ key, code, side }) - 1;
      index.set(key, i);
    }
    return i;
  };
  const links: FlowLink[] = [];
  for (const panel of panels) {
    for (const row of panel.top) {
      if (!(row.stock > 0)) continue;
      const [from, to] =
        direction === 'origin' ? [panel.country, row.partner] : [row.partner, panel.country];
      // Remainders of different countries are different sums: one node per side is enough, as
      // each band still carries its own value.
      links.push({
        source: node('from', from),
        target: node('to', to),
        value: row.stock,
        derived: row.derived || row.partner === REMAINDER,
        country: panel.country,
      });
    }
  }
  return { nodes, links };
}
