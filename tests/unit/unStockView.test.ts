import { describe, expect, it } from 'vitest';
import { unCountryView } from '../../src/view/unStockView';
import { fileSystemSource } from '../support/fileSystemSource';

// The real UN DESA 2019 table: the figures SOURCES.md records as checks.
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
