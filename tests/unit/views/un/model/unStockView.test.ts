import { describe, expect, it } from 'vitest';
import { unCountryView, unPageView } from '../../../../../src/views/un/model/unStockView';
import { defaultUnView } from '../../../../../src/state/viewState';
import { fileSystemSource } from '../../../../support/fileSystemSource';

// The real UN DESA 2019 table (the 2019 revision, a dataset of its own): the figures SOURCES.md
// records as checks. The model reads any revision's table; the view draws the 2020 revision's.
const source = fileSystemSource();
const meta = await source.loadMetadata('un-migrant-stock-2019.meta.json');
const table = await source.loadTable(meta);

describe('unCountryView', () => {
  it('born in Uzbekistan, 2019: 1,986,227 abroad, 1,146,535 in Russia, 294,395 in Kazakhstan', () => {
    const view = unCountryView(table, { direction: 'origin', year: 2019, top: 10 }, 'UZB');
    expect(view.yearTotal).toBe(1986227);
    expect(view.top.slice(0, 2).map((r) => [r.partner, r.stock])).toEqual([
      ['RUS', 1146535],
      ['KAZ', 294395],
    ]);
    // Ten countries and one derived remainder, which together make the total.
    expect(view.top).toHaveLength(11);
    expect(view.top.at(-1)).toMatchObject({ partner: 'remainder', derived: true });
    expect(view.top.reduce((sum, r) => sum + r.stock, 0)).toBe(1986227);
    expect(view.top[0]!.share).toBeCloseTo((1146535 / 1986227) * 100, 10);
  });

  it('who lives in Russia: people born in Uzbekistan among them, the same 1,146,535', () => {
    const view = unCountryView(table, { direction: 'destination', year: 2019, top: 20 }, 'RUS');
    expect(view.top.find((r) => r.partner === 'UZB')?.stock).toBe(1146535);
  });

  it('follows the five largest destinations over 1990–2019, with gaps where the UN has none', () => {
    const view = unCountryView(table, { direction: 'origin', year: 2019, top: 10 }, 'TJK');
    expect(view.lineKeys).toHaveLength(5);
    expect(view.overTime.map((r) => r.year)).toEqual([1990, 1995, 2000, 2005, 2010, 2015, 2019]);
  });
});

describe('published totals beside the derived sum', () => {
  it('who lives in Kazakhstan, 2019: 3,705,556 published, 3,434,949 summed; shares of the published', async () => {
    const totalsMeta = await source.loadMetadata('un-migrant-stock-totals-2019.meta.json');
    const totals = await source.loadTable(totalsMeta);
    const view = unPageView(table, totals, {
      ...defaultUnView,
      year: 2019,
      direction: 'destination',
      country: 'KAZ',
    });
    const kaz = view.panels[0]!;
    expect(kaz.publishedTotal).toBe(3705556);
    expect(kaz.yearTotal).toBe(3434949);
    expect(kaz.shareBase).toBe('published');
    const uzb = kaz.top.find((r) => r.partner === 'UZB')!;
    expect(uzb.share).toBeCloseTo((uzb.stock / 3705556) * 100, 10);
  });

  it('born in Uzbekistan, 2019: the UN publishes 1,986,227 (WORLD row), the same as the sum; shares of it', async () => {
    const totalsMeta = await source.loadMetadata('un-emigrant-totals-2019.meta.json');
    const totals = await source.loadTable(totalsMeta);
    const view = unPageView(table, totals, { ...defaultUnView, year: 2019, vs: ['KGZ'] });
    const [uzb, kgz] = view.panels;
    expect(uzb!.publishedTotal).toBe(1986227);
    expect(uzb!.yearTotal).toBe(1986227);
    expect(uzb!.shareBase).toBe('published');
    expect(kgz!.publishedTotal).toBe(754981);
    expect(uzb!.top[0]!.share).toBeCloseTo((1146535 / 1986227) * 100, 10);
  });

  it('without a published total, shares of the derived sum', () => {
    const view = unPageView(table, undefined, defaultUnView);
    expect(view.panels[0]!.publishedTotal).toBeUndefined();
    expect(view.panels[0]!.shareBase).toBe('derived');
  });

  it('puts every country beside the first', () => {
    const view = unPageView(table, undefined, { ...defaultUnView, vs: ['TJK', 'KGZ'] });
    expect(view.panels.map((p) => p.country)).toEqual(['UZB', 'TJK', 'KGZ']);
  });

  it('draws each country asked about in each year asked for (vs=TJK&vsyear=1990: four panels)', () => {
    const view = unPageView(table, undefined, {
      ...defaultUnView,
      year: 2019,
      vs: ['TJK'],
      vsYear: 1990,
    });
    expect(view.panels.map((p) => `${p.country} ${p.year}`)).toEqual([
      'UZB 2019',
      'TJK 2019',
      'UZB 1990',
      'TJK 1990',
    ]);
  });
});
