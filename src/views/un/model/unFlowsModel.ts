import type { UnCountryView } from './unStockView.ts';
import { REMAINDER } from './unStockView.ts';

/**
 * The Sankey's data. Its destinations (origins, for "who lives in Y") are every partner that is
 * among the largest of some country drawn, and each country gets a band to each of them where the
 * UN has a figure, then one derived band for the rest: so "all other countries" is the same set
 * for every country, and a node's figure, where it is shown, is a sum over one stated set (every
 * country drawn). Origins sit on the left, destinations on the right; a country that is both gets
 * two nodes, so no band loops back.
 */

export interface FlowNode {
  /** `from:UZB`, `to:RUS`, `to:remainder`. */
  key: string;
  code: string;
  side: 'from' | 'to';
  /**
   * The node's figure: its one band's, or the sum of its bands where it has one from every
   * country drawn (derived); undefined where a sum would leave out a country drawn, or would add
   * shares of different totals.
   */
  total: number | undefined;
  /** The figure is a sum of several bands (derived). */
  summed: boolean;
}

export interface FlowLink {
  source: number;
  target: number;
  /** The figure drawn, in the measure chosen: people, or per cent of the country's total. */
  value: number;
  stock: number;
  share: number | null;
  derived: boolean;
  /** The panel country the band belongs to (for its colour). */
  country: string;
  /** The partners whose table rows the band is (one, or those summed into "all other countries"). */
  from: string[];
}

export interface FlowsModel {
  nodes: FlowNode[];
  links: FlowLink[];
  measure: 'absolute' | 'share';
}

export function flowsModel(
  panels: readonly Pick<UnCountryView, 'country' | 'top' | 'partners'>[],
  direction: 'origin' | 'destination',
  measure: 'absolute' | 'share' = 'absolute',
): FlowsModel {
  const drawn = [
    ...new Set(panels.flatMap((p) => p.top.map((r) => r.partner).filter((c) => c !== REMAINDER))),
  ];
  const drawnSet = new Set(drawn);
  const nodes: FlowNode[] = [];
  const index = new Map<string, number>();
  const node = (side: 'from' | 'to', code: string) => {
    const key = `${side}:${code}`;
    let i = index.get(key);
    if (i === undefined) {
      i = nodes.push({ key, code, side, total: undefined, summed: false }) - 1;
      index.set(key, i);
    }
    return i;
  };
  const links: FlowLink[] = [];
  const valueOf = (stock: number, share: number | null) => (measure === 'share' ? share : stock);
  for (const panel of panels) {
    const own = panel.country;
    const band = (partner: string, stock: number, share: number | null, from: string[]) => {
      const value = valueOf(stock, share);
      if (value === null || !(value > 0)) return;
      const [a, b] = direction === 'origin' ? [own, partner] : [partner, own];
      links.push({
        source: node('from', a),
        target: node('to', b),
        value,
        stock,
        share,
        derived: partner === REMAINDER,
        country: own,
        from,
      });
    };
    const byPartner = new Map(panel.partners.map((p) => [p.partner, p]));
    for (const partner of drawn) {
      const figure = byPartner.get(partner);
      if (figure) band(partner, figure.stock, figure.share, [partner]);
    }
    const rest = panel.partners.filter((p) => !drawnSet.has(p.partner));
    if (rest.length > 0) {
      const shares = rest.map((p) => p.share);
      band(
        REMAINDER,
        rest.reduce((s, p) => s + p.stock, 0),
        shares.every((s) => s !== null) ? shares.reduce((s, v) => s + v!, 0) : null,
        rest.map((p) => p.partner),
      );
    }
  }
  // A node of the partners' side sums the bands of every country drawn, or states no figure.
  const countries = panels.length;
  nodes.forEach((n, i) => {
    const bands = links.filter((l) => l.source === i || l.target === i);
    const partnerSide = (direction === 'origin' ? 'to' : 'from') === n.side;
    if (bands.length === 1) n.total = bands[0]!.value;
    else if (partnerSide && bands.length === countries && measure === 'absolute') {
      n.total = bands.reduce((s, l) => s + l.value, 0);
      n.summed = true;
    } else if (!partnerSide && measure === 'absolute') {
      // A country drawn: the sum over its own bands (its partners drawn and the rest).
      n.total = bands.reduce((s, l) => s + l.value, 0);
      n.summed = bands.length > 1;
    }
  });
  return { nodes, links, measure };
}

/** What a node or band says, on the chart and in its tooltip (hover and keyboard alike). */
export interface FlowsText {
  /** Per node: its name, and its figure as drawn beside it ('' where none is stated). */
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
    /** A figure in the model's measure: "1,146,535", "57.7 % (derived)". */
    format: (value: number) => string;
    /** "sum, derived": a node fed by several bands shows their sum. */
    sum: string;
    /** "derived": a band summed by us ("all other countries"). */
    derived: string;
  },
): FlowsText {
  const nodes = model.nodes.map((n) => {
    const name = words.nameOf(n.code);
    const figure =
      n.total === undefined
        ? ''
        : `${words.format(n.total)}${n.summed || n.code === REMAINDER ? ` (${words.sum})` : ''}`;
    return {
      name,
      figure,
      description: figure ? `${name}, ${year}: ${figure}` : `${name}, ${year}`,
    };
  });
  const links = model.links.map(
    (l) =>
      `${nodes[l.source]!.name} → ${nodes[l.target]!.name}, ${year}: ${words.format(l.value)}${l.derived ? ` (${words.derived})` : ''}`,
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

/** What the flows drawing takes: the model, its words and its colours, and nothing else. */
export interface FlowsDrawing {
  year: number;
  model: FlowsModel;
  text: FlowsText;
  title: string;
  /** "Source: …", shown in the tooltip. */
  sourceText: string;
  /** Per band: the colour of the country it belongs to. */
  linkColors: string[];
  /** Per node: the colour of a country drawn (left side), or undefined. */
  nodeColors: (string | undefined)[];
}
