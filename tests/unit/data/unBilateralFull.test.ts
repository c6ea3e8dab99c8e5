import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rowObjects } from '../../../src/lib/tableValues';
import { fileSystemSource } from '../../support/fileSystemSource';

/**
 * The UN's whole origin × destination table by sex (International Migrant Stock 2020), shipped as
 * `data/un-ims2020-bilateral-by-sex.csv`: the shared collection's file byte for byte (its
 * checksum, as tests/fixtures/official-data/PROVENANCE.md and the metadata cite it), and the
 * checks the collection's PROVENANCE.md lists for it, made again on the file shipped.
 */
const ID = 'un-ims2020-bilateral-by-sex';
const SHA256 = 'eeeb1f209c80bda3c8ef1d2dcda234b39361f9e00c17effbe7e1b66af5caf95c';
const bytes = readFileSync(`data/${ID}.csv`);
const source = fileSystemSource();
const meta = await source.loadMetadata(`${ID}.meta.json`);
const rows = rowObjects(await source.loadTable(meta)) as {
  year: number;
  destination_iso3: string;
  destination_m49: number;
  origin_iso3: string;
  origin_m49: number;
  sex: 'both' | 'male' | 'female';
  value: number;
}[];
const totalsMeta = await source.loadMetadata('un-ims2020-totals-by-destination.meta.json');
const totals = rowObjects(await source.loadTable(totalsMeta)) as {
  year: number;
  destination_iso3: string | null;
  destination_m49: number;
  sex: string;
  stock: number | null;
}[];

describe('the UN bilateral table by sex, whole', () => {
  it('is the source file byte for byte, as its metadata and the fixtures provenance cite it', () => {
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(SHA256);
    expect(bytes.length).toBe(7_138_388);
    expect(rows).toHaveLength(227_727);
    expect(meta.sources[0]!.citation).toContain(`sha256 ${SHA256}`);
    expect(meta.caveats.join(' ')).toContain(SHA256);
    expect(readFileSync('tests/fixtures/official-data/PROVENANCE.md', 'utf8')).toContain(SHA256);
    // Stored as Parquet partitions by origin and by destination: a view of one country, in
    // either direction, reads one file.
    expect(meta.storage).toEqual({
      format: 'parquet',
      partitionBy: ['origin_iso3', 'destination_iso3'],
      url: `${ID}/`,
    });
  });

  it('both sexes = men + women, for every pair and year (an absent row is 0)', () => {
    const bySex = new Map<string, { both: number; male: number; female: number }>();
    for (const r of rows) {
      const key = `${r.year}|${r.destination_iso3}|${r.origin_iso3}`;
      const cell = bySex.get(key) ?? { both: 0, male: 0, female: 0 };
      cell[r.sex] += r.value;
      bySex.set(key, cell);
    }
    const unequal = [...bySex].filter(([, c]) => c.both !== c.male + c.female);
    expect(unequal).toEqual([]);
    expect(bySex.get('2020|RUS|UZB')).toEqual({ both: 1_146_175, male: 599_311, female: 546_864 });
  });

  it('each UN M49 code is one ISO code and back, in both directions of the table', () => {
    const iso3ByM49 = new Map<number, Set<string>>();
    const m49ByIso3 = new Map<string, Set<number>>();
    const pair = (iso3: string, m49: number) => {
      iso3ByM49.set(m49, (iso3ByM49.get(m49) ?? new Set()).add(iso3));
      m49ByIso3.set(iso3, (m49ByIso3.get(iso3) ?? new Set()).add(m49));
    };
    for (const r of rows) {
      pair(r.destination_iso3, r.destination_m49);
      pair(r.origin_iso3, r.origin_m49);
    }
    expect([...iso3ByM49].filter(([, codes]) => codes.size > 1)).toEqual([]);
    expect([...m49ByIso3].filter(([, codes]) => codes.size > 1)).toEqual([]);
    expect(m49ByIso3.get('CHI')).toEqual(new Set([830]));
    expect(m49ByIso3.get('XXX')).toEqual(new Set([2003]));
  });

  it("the world = the sum of every pair = the sum of the UN's published totals by destination, each year and sex", () => {
    const pairs = new Map<string, number>();
    const splitOnlyHere = new Map<string, number>();
    for (const r of rows) {
      const key = `${r.year}|${r.sex}`;
      pairs.set(key, (pairs.get(key) ?? 0) + r.value);
      // Bonaire, Sint Eustatius and Saba: the one destination the UN's totals do not split by
      // sex ("not available"), though its pairs are.
      if (r.destination_iso3 === 'BES' && r.sex !== 'both') {
        splitOnlyHere.set(key, (splitOnlyHere.get(key) ?? 0) + r.value);
      }
    }
    const published = new Map<string, number>();
    for (const t of totals) {
      const key = `${t.year}|${t.sex}`;
      if (t.stock !== null) published.set(key, (published.get(key) ?? 0) + t.stock);
    }
    expect(pairs.size).toBe(21);
    for (const [key, sum] of pairs) {
      expect(sum, key).toBe((published.get(key) ?? 0) + (splitOnlyHere.get(key) ?? 0));
    }
    // The UN's WORLD row, 2020, to the person.
    expect(pairs.get('2020|both')).toBe(280_598_105);
    expect(pairs.get('2020|male')).toBe(145_655_844);
    expect(pairs.get('2020|female')).toBe(134_942_261);
    expect(splitOnlyHere.get('1990|male')! + splitOnlyHere.get('1990|female')!).toBe(13_010);
  });

  it("no destination's listed origins add up to more than its published total", () => {
    const listed = new Map<string, number>();
    for (const r of rows) {
      const key = `${r.year}|${r.destination_iso3}|${r.sex}`;
      listed.set(key, (listed.get(key) ?? 0) + r.value);
    }
    const over = totals.filter(
      (t) =>
        t.destination_iso3 !== null &&
        t.stock !== null &&
        (listed.get(`${t.year}|${t.destination_iso3}|${t.sex}`) ?? 0) > t.stock,
    );
    expect(over).toEqual([]);
    // Russia as destination, 2020: the UN's published total, to the person.
    expect(listed.get('2020|RUS|both')).toBe(11_636_911);
  });
});
