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

/** What a node or band says, on the chart and in its tooltip (hover and keyboard alike). */
export interface FlowsText {
  /** Per node: its name, and its figure as drawn beside it. */
  nodes: { name: string; figure: string; description: string }[];
  /** Per band: "Uzbekistan → Russia, 2019: 1,146,535". */
  links: string[];
  /**
   * The keyboard path through the chart: each origin, then its bands, then the destinations.
   * Items are `node:<index>` or `link:<index>`.
   */
  order: string[];
}

export function flowsText(
  model: FlowsModel,
  year: number,
  words: {
    nameOf: (code: string) => string;
    formatNumber: (value: number) => string;
    /** "sum, derived": a node fed by several bands shows their sum. */
    sum: string;
    /** "derived": a band summed by us ("all other countries"). */
    derived: string;
  },
): FlowsText {
  const totals = new Map<number, number>();
  const bands = new Map<number, number>();
  for (const l of model.links) {
    for (const end of [l.source, l.target]) {
      totals.set(end, (totals.get(end) ?? 0) + l.value);
      bands.set(end, (bands.get(end) ?? 0) + 1);
    }
  }
  const nodes = model.nodes.map((n, i) => {
    const name = words.nameOf(n.code);
    const figure = `${words.formatNumber(totals.get(i) ?? 0)}${(bands.get(i) ?? 0) > 1 ? ` (${words.sum})` : ''}`;
    return { name, figure, description: `${name}, ${year}: ${figure}` };
  });
  const links = model.links.map(
    (l) =>
      `${nodes[l.source]!.name} → ${nodes[l.target]!.name}, ${year}: ${words.formatNumber(l.value)}${l.derived ? ` (${words.derived})` : ''}`,
  );
  const order: string[] = [];
  model.nodes.forEach((n, i) => {
    if (n.side !== 'from') return;
    order.push(`node:${i}`);
    model.links.forEach((l, k) => {
      if (l.source === i) order.push(`link:${k}`);
    });
  });
  model.nodes.forEach((n, i) => {
    if (n.side === 'to') order.push(`node:${i}`);
  });
  return { nodes, links, order };
}
