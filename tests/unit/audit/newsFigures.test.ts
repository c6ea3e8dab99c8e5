import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rowObjects } from '../../../src/lib/tableValues';
import { formatFigure } from '../../../src/model/formatFigure';
import { fileSystemSource } from '../../support/fileSystemSource';

/**
 * The Kyrgyz and Russian figures reported in the news (issue 26): every figure is a number its
 * source's quote gives, and every quote stands word for word in the page it is copied from
 * (tests/fixtures/news-figures, one text per source id, with checksums).
 */
const FIXTURES = 'tests/fixtures/news-figures';
const source = fileSystemSource();
const load = async (id: string) => {
  const meta = await source.loadMetadata(`${id}.meta.json`);
  return { meta, rows: rowObjects(await source.loadTable(meta)) };
};
const kyrgyz = await load('kyrgyz-migrants-series');
const russia = await load('russia-mvd-foreign-citizens');

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

const SCALES: [RegExp, number][] = [
  [/^(thousand|тыс|мингта|минг)/i, 1_000],
  [/^(million|млн|миллион)/i, 1_000_000],
];

/**
 * The numbers a quote gives, as written: "6 174 777", "964,600" and "3.757.303" group thousands;
 * "835,8 мингта", "1,76 млн" and "6.3 million" are decimals with a scale word. Exact for the
 * figures here (a decimal times its scale is a whole number, rounded only to undo float noise).
 */
function numbersIn(quote: string): number[] {
  const found: number[] = [];
  const token = /\d+(?:[ \u00a0.,]\d+)*/g;
  for (const match of quote.matchAll(token)) {
    const text = match[0];
    const groups = text.split(/[ \u00a0.,]/);
    const grouped = groups.length > 1 && groups.slice(1).every((g) => g.length === 3);
    const after = quote.slice(match.index + text.length).trimStart();
    const scale = SCALES.find(([word]) => word.test(after))?.[1] ?? 1;
    const value = grouped ? Number(groups.join('')) : Number(text.replace(',', '.'));
    found.push(Math.round(value * scale));
  }
  return found;
}

describe('the pages the figures are copied from', () => {
  it('each file has the sha256 PROVENANCE.md lists', () => {
    const provenance = readFileSync(`${FIXTURES}/PROVENANCE.md`, 'utf8');
    const listed = [...provenance.matchAll(/^\| `([^`]+)` \|.*\| `([0-9a-f]{64})` \|$/gm)];
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt'));
    expect(listed.map((m) => m[1]).sort()).toEqual(files.sort());
    for (const [, file, hash] of listed) expect(sha256(`${FIXTURES}/${file}`), file).toBe(hash);
  });
});

describe.each([
  ['kyrgyz-migrants-series', kyrgyz],
  ['russia-mvd-foreign-citizens', russia],
])('%s: figures as the sources give them', (_, { meta, rows }) => {
  it("every source's quote stands word for word in its page", () => {
    for (const s of meta.sources) {
      const page = squeeze(readFileSync(`${FIXTURES}/${s.id}.txt`, 'utf8'));
      for (const part of s.quote!.split(' … ')) expect(page, s.id).toContain(squeeze(part));
    }
  });

  it("every figure is a number its source's quote gives, with the quote's own qualifier", () => {
    const wrong = rows.filter((r) => {
      const quote = meta.sources.find((s) => s.id === r.source_id)!.quote!;
      return !numbersIn(quote).includes(Number(r.value));
    });
    expect(wrong.map((r) => `${String(r.source_id)}: ${String(r.value)}`)).toEqual([]);
    for (const r of rows.filter((r) => r.qualifier)) {
      const quote = meta.sources.find((s) => s.id === r.source_id)!.quote!.toLowerCase();
      const words: Record<string, RegExp> = {
        about: /about|около/,
        almost: /almost|почти/,
        'at least': /at least/,
        'more than': /более/,
        over: /over/,
      };
      expect(quote, `${String(r.source_id)} ${String(r.value)}`).toMatch(
        words[String(r.qualifier)]!,
      );
    }
  });

  it('every source says when it was published, or that the page does not show it', () => {
    for (const s of meta.sources) {
      expect(s.published ?? s.publishedNote, s.id).toBeTruthy();
      expect(s.retrieved, s.id).toBe('2026-12-07');
    }
  });
});

describe('the figures a reader asks for', () => {
  const one = (rows: Record<string, unknown>[], match: Record<string, unknown>) => {
    const found = rows.filter((r) => Object.entries(match).every(([k, v]) => r[k] === v));
    expect(found, JSON.stringify(match)).toHaveLength(1);
    return found[0]!;
  };

  it("Kyrgyzstan's 2022 census: 964,600 in labour migration, in the country or abroad", () => {
    const r = one(kyrgyz.rows, { indicator: 'census_labour_migration', year: 2022 });
    expect(r.value).toBe(964600);
    expect(String(r.note)).toMatch(/includes labour migration inside the country/);
    expect(one(kyrgyz.rows, { indicator: 'census_absent_abroad', destination: 'all' }).value).toBe(
      876900,
    );
  });

  it('"at least" stays with its figure in every language: ≥ 596,253', () => {
    const r = one(kyrgyz.rows, { year: 2020, destination: 'RUS' });
    expect(r.qualifier).toBe('at least');
    expect(formatFigure(Number(r.value), String(r.qualifier), 'en')).toBe('≥ 596,253');
    // Russian and Uzbek group thousands with a (non-breaking) space.
    for (const locale of ['ru', 'uz'] as const)
      expect(formatFigure(Number(r.value), String(r.qualifier), locale)).toMatch(/^≥ 596\s253$/);
  });

  it('the two mid-2024 counts of Kyrgyz citizens in Russia disagree, and both say so', () => {
    const ministry = one(kyrgyz.rows, { source_id: 'KG_24KG_294919', destination: 'RUS' });
    const russian = one(kyrgyz.rows, { year: 2024, source_id: 'KG_24KG_312641' });
    expect([ministry.value, russian.value]).toEqual([411226, 350916]);
    expect([ministry.flag, russian.flag]).toEqual(['conflict', 'conflict']);
    expect(String(ministry.note)).toContain('KG_24KG_312641');
    expect(String(russian.note)).toContain('KG_24KG_294919');
  });

  it("the Interior Ministry's counts: people present, registrations, patents by citizenship", () => {
    expect(one(russia.rows, { indicator: 'present', period: 'as of 1 Sep 2024' }).value).toBe(
      6174777,
    );
    const patents2021 = russia.rows.filter(
      (r) => r.indicator === 'patents' && r.year === 2021 && r.period === 'calendar year',
    );
    expect(Object.fromEntries(patents2021.map((r) => [r.citizenship, r.value]))).toEqual({
      all: 2221826,
      UZB: 1316569,
      TJK: 787000,
    });
    expect(patents2021.find((r) => r.citizenship === 'TJK')!.qualifier).toBe('almost');
    expect(
      one(russia.rows, { indicator: 'registrations', year: 2022, period: 'Jan-Mar' }).value,
    ).toBe(3757303);
    // Patents, registrations and people are never one unit.
    for (const r of russia.rows) {
      const unit = { patents: 'patents', registrations: 'registrations' }[String(r.indicator)];
      expect(r.unit, String(r.indicator)).toBe(unit ?? 'persons');
    }
  });
});
