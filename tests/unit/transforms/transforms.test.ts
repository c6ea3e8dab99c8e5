import { table } from 'arquero';
import { describe, expect, it } from 'vitest';
import { partnerStocks, topPartners, totalByYear } from '../../../src/transforms/bilateralStocks';
import { filterByValues } from '../../../src/transforms/filterByValues';
import { filterTimeRange } from '../../../src/transforms/filterTimeRange';
import { shareOfTotal } from '../../../src/transforms/shareOfTotal';
import { topNWithRemainder } from '../../../src/transforms/topNWithRemainder';
import { yearOnYearChange } from '../../../src/transforms/yearOnYearChange';

// Figures from seed 003 (Asia-Plus, 28 May 2024) and seed 002 (Kamilov 2025).
const tajik = table({
  year: [2022, 2023, 2023, 2023],
  sex: ['total', 'total', 'male', 'female'],
  value: [775578, 652014, 554804, 97210],
});

describe('filterByValues', () => {
  it('keeps the rows whose values are selected, comparing as text', () => {
    const women = filterByValues(tajik, { sex: ['female'], year: ['2023'] });
    expect(women.objects()).toEqual([{ year: 2023, sex: 'female', value: 97210 }]);
  });
  it('returns nothing when a filter selects nothing', () => {
    expect(filterByValues(tajik, { sex: [] }).numRows()).toBe(0);
  });
  it('ignores filters on columns the table does not have', () => {
    expect(filterByValues(tajik, { destination: ['RUS'] }).numRows()).toBe(4);
  });
});

describe('filterTimeRange', () => {
  it('keeps both ends of the range', () => {
    expect(filterTimeRange(tajik, 'year', [2023, 2023]).numRows()).toBe(3);
    expect(filterTimeRange(tajik, 'year', [2020, 2022]).numRows()).toBe(1);
  });
});

describe('yearOnYearChange', () => {
  it('computes the 2022 → 2023 change of Tajik departures: −123,564, −15.93 %', () => {
    const totals = filterByValues(tajik, { sex: ['total'] });
    const changed = yearOnYearChange(totals, 'year', 'value').objects() as Record<
      string,
      number | null
    >[];
    expect(changed[0]!.change).toBeNull();
    expect(changed[1]!.change).toBe(-123564);
    expect(changed[1]!.change_pct).toBeCloseTo(-15.932, 3);
  });
  it('gives no change across a gap in the years', () => {
    const gap = table({ year: [2018, 2020], value: [484176, 129807] });
    expect(yearOnYearChange(gap, 'year', 'value').array('change')).toEqual([null, null]);
  });
  it('works within groups', () => {
    const two = table({ sex: ['a', 'a', 'b', 'b'], year: [1, 2, 1, 2], value: [1, 3, 10, 5] });
    const out = yearOnYearChange(two, 'year', 'value', ['sex']).objects() as Record<
      string,
      unknown
    >[];
    expect(out.map((r) => r.change)).toEqual([null, 2, null, -5]);
  });
});

describe('shareOfTotal', () => {
  it('derives shares of a stated total', () => {
    const byDestination = table({
      destination: ['RUS', 'KAZ', 'other'],
      value: [627028, 18418, 6568],
    });
    const shares = shareOfTotal(byDestination, 'value', { total: 652014 }).array(
      'share',
    ) as number[];
    expect(shares[0]).toBeCloseTo(96.168, 3);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 9);
  });
  it('derives shares of the sum within groups', () => {
    const t = table({ g: ['x', 'x', 'y'], v: [1, 3, 5] });
    expect(shareOfTotal(t, 'v', { groupBy: ['g'] }).array('share')).toEqual([25, 75, 100]);
  });
});

describe('topNWithRemainder', () => {
  it('keeps the largest rows and sums the rest into a derived row', () => {
    const t = table({ c: ['a', 'b', 'c', 'd'], v: [5, 20, 1, 10] });
    expect(topNWithRemainder(t, 'c', 'v', 2, 'rest').objects()).toEqual([
      { c: 'b', v: 20, derived: false },
      { c: 'd', v: 10, derived: false },
      { c: 'rest', v: 6, derived: true },
    ]);
  });
  it('adds no remainder when nothing is left over', () => {
    const t = table({ c: ['a'], v: [5] });
    expect(topNWithRemainder(t, 'c', 'v', 3, 'rest').numRows()).toBe(1);
  });
});

describe('bilateral stocks', () => {
  const un = table({
    year: [2019, 2019, 2019, 2015],
    destination_iso3: ['RUS', 'KAZ', 'UZB', 'RUS'],
    destination: ['Russian Federation', 'Kazakhstan', 'Uzbekistan', 'Russian Federation'],
    origin_iso3: ['UZB', 'UZB', 'TJK', 'UZB'],
    origin: ['Uzbekistan', 'Uzbekistan', 'Tajikistan', 'Uzbekistan'],
    stock: [1146535, 294395, 100, null],
  });
  it('gives the destinations of one origin, without empty stocks', () => {
    const stocks = partnerStocks(un, { direction: 'origin', country: 'UZB' });
    expect(stocks.objects()).toEqual([
      { year: 2019, partner: 'RUS', partner_name: 'Russian Federation', stock: 1146535 },
      { year: 2019, partner: 'KAZ', partner_name: 'Kazakhstan', stock: 294395 },
    ]);
    expect(totalByYear(stocks).objects()).toEqual([{ year: 2019, total: 1440930 }]);
    expect(topPartners(stocks, 2019, 1)).toEqual(['RUS']);
  });
  it('gives the origins living in one destination', () => {
    const stocks = partnerStocks(un, { direction: 'destination', country: 'UZB' });
    expect(stocks.array('partner')).toEqual(['TJK']);
  });
});

describe('shareOfStatedTotal', () => {
  it('gives women 14.9 % of the 652,014 who left Tajikistan in 2023 (derived), and no share without a stated total', async () => {
    const { shareOfStatedTotal } = await import('../../../src/transforms/shareOfStatedTotal');
    const shares = shareOfStatedTotal(tajik, 'value', 'sex', 'total', ['year']).objects() as Record<
      string,
      number | null
    >[];
    // To one decimal, as every view of it shows it.
    expect(shares.map((r) => r.share)).toEqual([100, 100, 85.1, 14.9]);
    const noTotal = table({ year: [2024], sex: ['female'], value: [1] });
    expect(shareOfStatedTotal(noTotal, 'value', 'sex', 'total', ['year']).array('share')).toEqual([
      null,
    ]);
  });
  it('keeps shares within one source: a total from one report is not used for another', async () => {
    const { shareOfStatedTotal } = await import('../../../src/transforms/shareOfStatedTotal');
    const t = table({ dest: ['all', 'RUS', 'RUS'], src: ['A', 'A', 'B'], value: [200, 100, 150] });
    expect(shareOfStatedTotal(t, 'value', 'dest', 'all', ['src']).array('share')).toEqual([
      100,
      50,
      null,
    ]);
  });
});
