import { describe, expect, it } from 'vitest';
import world from 'world-atlas/countries-110m.json';
import {
  binOf,
  figuresWithoutShape,
  joinShapes,
  m49OfIso3,
  mapBins,
} from '../../../../../src/views/un/model/unMapModel';

const geometries = (
  world as unknown as {
    objects: { countries: { geometries: { id?: string; properties: { name: string } }[] } };
  }
).objects.countries.geometries;
const shapes = geometries.map((g) => ({ id: g.id, name: g.properties.name }));

describe('map join: ISO3 ↔ UN M49', () => {
  it('maps the ISO3 codes of the region to the M49 ids of the topology', () => {
    expect(m49OfIso3('KAZ')).toBe('398');
    expect(m49OfIso3('UZB')).toBe('860');
    expect(m49OfIso3('AFG')).toBe('004');
    expect(shapes.find((s) => s.id === '398')?.name).toBe('Kazakhstan');
  });

  it('gives each shape its figure, and shapes without one no data (not zero)', () => {
    const { shapes: joined } = joinShapes(shapes, [
      { iso3: 'RUS', stock: 1146535, share: 57.7, value: 1146535 },
      { iso3: 'KAZ', stock: 294395, share: 14.8, value: 294395 },
    ]);
    expect(joined.find((s) => s.iso3 === 'RUS')?.figure?.stock).toBe(1146535);
    const france = joined.find((s) => s.iso3 === 'FRA')!;
    expect(france.figure).toBeUndefined();
    expect(france.bin).toBeUndefined();
    // Kosovo, N. Cyprus, Somaliland have no M49 code in Natural Earth: no ISO3, no figure.
    expect(joined.filter((s) => s.m49 === undefined).map((s) => s.shapeName)).toEqual(
      expect.arrayContaining(['Kosovo']),
    );
  });

  it('lists the figures the map cannot draw (no shape at this scale)', () => {
    const { shapes: joined } = joinShapes(shapes, [
      { iso3: 'RUS', stock: 10, share: null, value: 10 },
      { iso3: 'MLT', stock: 43, share: null, value: 43 },
    ]);
    expect(
      figuresWithoutShape(joined, [
        { iso3: 'RUS', stock: 10, share: null, value: 10 },
        { iso3: 'MLT', stock: 43, share: null, value: 43 },
      ]).map((f) => f.iso3),
    ).toEqual(['MLT']);
  });
});

describe('map bins', () => {
  it('splits by powers of ten from the smallest figure to the largest, darkest on top', () => {
    const bins = mapBins([1200, 45000, 1146535]);
    expect(bins.map((b) => [b.from, b.to])).toEqual([
      [1000, 10000],
      [10000, 100000],
      [100000, 1000000],
      [1000000, undefined],
    ]);
    expect(bins.at(-1)!.color).toBe('var(--map-5)');
    expect(binOf(bins, 1146535)).toBe(3);
    expect(binOf(bins, 99999)).toBe(1);
  });

  it('keeps at most six bins, the lowest open below', () => {
    const bins = mapBins([3, 40, 500, 6000, 70000, 800000, 9000000]);
    expect(bins).toHaveLength(6);
    expect(bins[0]).toMatchObject({ from: 0, to: 100 });
    expect(binOf(bins, 3)).toBe(0);
  });

  it('has no bins without figures', () => {
    expect(mapBins([])).toEqual([]);
  });
});
