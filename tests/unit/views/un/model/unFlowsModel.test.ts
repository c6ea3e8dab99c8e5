import { describe, expect, it } from 'vitest';
import { flowsModel } from '../../../../../src/views/un/model/unFlowsModel';
import { unPageView } from '../../../../../src/views/un/model/unStockView';
import { defaultUnView } from '../../../../../src/state/viewState';
import { fileSystemSource } from '../../../../support/fileSystemSource';

const source = fileSystemSource();
// The table the UN view draws: the 2020 revision, both sexes (the default).
const meta = await source.loadMetadata('un-ims2020-bilateral-central-asia.meta.json');
const table = await source.loadTable(meta);

describe('flows (Sankey) model', () => {
  const view = unPageView(table, undefined, { ...defaultUnView, vs: ['TJK', 'KGZ'], top: 5 });
  const model = flowsModel(view.panels, 'origin');

  it('draws each bar of each origin as one band, with the same figures', () => {
    for (const panel of view.panels) {
      const from = model.nodes.findIndex((n) => n.key === `from:${panel.country}`);
      const bands = new Map(
        model.links
          .filter((l) => l.source === from && !l.derived)
          .map((l) => [model.nodes[l.target]!.code, l.value]),
      );
      for (const bar of panel.top.filter((r) => !r.derived)) {
        expect(bands.get(bar.partner)).toBe(bar.stock);
      }
    }
    const uzbRus = model.links.find(
      (l) => model.nodes[l.source]!.code === 'UZB' && model.nodes[l.target]!.code === 'RUS',
    );
    expect(uzbRus?.value).toBe(1146175);
  });

  it('gives every origin a band to each destination drawn where the UN has a figure, so a sum is over all', () => {
    // ?vs=TJK~KGZ&show=flows: Israel is among the ten largest of Uzbekistan and Tajikistan, not
    // of Kyrgyzstan; the Kyrgyz-born in Israel get their own band, not a place in Kyrgyzstan's
    // "all other countries", so Israel's sum is over all three.
    const ten = flowsModel(
      unPageView(table, undefined, { ...defaultUnView, vs: ['TJK', 'KGZ'] }).panels,
      'origin',
    );
    const israel = ten.nodes.findIndex((n) => n.key === 'to:ISR');
    const bands = ten.links.filter((l) => l.target === israel);
    expect(bands.map((l) => l.country).sort()).toEqual(['KGZ', 'TJK', 'UZB']);
    expect(ten.nodes[israel]!.total).toBe(bands.reduce((s, l) => s + l.value, 0));
    for (const n of model.nodes.filter((n) => n.side === 'to' && n.summed)) {
      const i = model.nodes.indexOf(n);
      expect(new Set(model.links.filter((l) => l.target === i).map((l) => l.country)).size).toBe(3);
    }
  });

  it('marks the "all other countries" band as derived, and the bands add up to the origin total', () => {
    const uzb = model.links.filter((l) => l.country === 'UZB');
    expect(uzb.filter((l) => l.derived).map((l) => model.nodes[l.target]!.code)).toEqual([
      'remainder',
    ]);
    expect(uzb.reduce((s, l) => s + l.value, 0)).toBe(2027823);
  });

  it('keeps a country that is both origin and destination as two nodes, so nothing loops', () => {
    const keys = model.nodes.map((n) => n.key);
    expect(keys).toContain('from:KGZ');
    expect(new Set(keys).size).toBe(keys.length);
    expect(model.links.every((l) => model.nodes[l.source]!.side === 'from')).toBe(true);
    expect(model.links.every((l) => model.nodes[l.target]!.side === 'to')).toBe(true);
  });
});
