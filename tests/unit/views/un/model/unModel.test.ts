import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  REMAINDER,
  unPageView,
  withLocalNames,
  unPanelSpecs,
} from '../../../../../src/views/un/model/unStockView';
import { unModel, type UnModel } from '../../../../../src/views/un/model/unModel';
import { unViewDownloadTable } from '../../../../../src/views/un/model/unDownload';
import { formatNumber } from '../../../../../src/i18n/format';
import { loadLocale, setActiveLocale, type Locale } from '../../../../../src/i18n/i18n';
import { rowObjects } from '../../../../../src/lib/tableValues';
import {
  CENTRAL_ASIA,
  defaultUnView,
  MAX_UN_VS,
  UN_TOP_CHOICES,
  UN_YEARS,
  unDisplays,
  unSexes,
  type UnViewState,
} from '../../../../../src/state/viewState';
import { fileSystemSource } from '../../../../support/fileSystemSource';
import { TEST_TIMEOUT } from '../../../../testTimeout';

// The real UN tables the view draws, read once: the 2020 revision's bilateral stocks by sex (the
// Central Asian part) and its published totals by destination, by sex, with the types of data.
const source = fileSystemSource();
const meta = await source.loadMetadata('un-ims2020-bilateral-central-asia.meta.json');
const table = await source.loadTable(meta);
const totalsMeta = await source.loadMetadata('un-ims2020-totals-by-destination.meta.json');
const totals = await source.loadTable(totalsMeta);
/** Every figure of the table, by origin, destination, year and sex: what a mark must be. */
const rows = new Map(
  rowObjects(table)
    .filter((r) => typeof r.stock === 'number')
    .map((r) => [
      `${String(r.origin_iso3)}|${String(r.destination_iso3)}|${Number(r.year)}|${String(r.sex)}`,
      r.stock as number,
    ]),
);
/** What the table holds whole: the destinations of these origins, the origins of these. */
const held = { origin: meta.subset!.origins, destination: meta.subset!.destinations };

const words = {
  sourceText: 'Source: UN DESA',
  bilateralSourceText: 'Source: UN DESA',
  noDataColor: '#ccc',
  countedIn: meta.countedIn!,
};

function modelOf(un: UnViewState, locale: Locale = 'en'): UnModel {
  setActiveLocale(locale);
  const view = withLocalNames(unPageView(table, totals, un, meta.subset), locale);
  return unModel(view, un.show, words);
}

beforeAll(async () => {
  await Promise.all([loadLocale('ru'), loadLocale('uz')]);
});
afterAll(() => setActiveLocale('en'));

const keysOf = (items: readonly { country: string; year: number }[]) =>
  items.map((p) => `${p.country} ${p.year}`);

describe('the UN model: the defects it was made for', () => {
  it('?view=un&lang=ru&vs=TJK&vsyear=1990: Uzbekistan and Tajikistan, each in 2020 and in 1990', () => {
    const un = { ...defaultUnView, vs: ['TJK'], vsYear: 1990 };
    const model = modelOf(un, 'ru');
    const expected = ['UZB 2020', 'TJK 2020', 'UZB 1990', 'TJK 1990'];
    expect(keysOf(model.panels)).toEqual(expected);
    expect(keysOf(model.map.maps)).toEqual(expected);
    // The flows too: one Sankey per year, each with both countries.
    const flows = modelOf({ ...un, show: 'flows' }, 'ru').flows;
    expect(flows.map((f) => f.year)).toEqual([2020, 1990]);
    for (const f of flows) {
      expect(f.model.nodes.filter((n) => n.side === 'from').map((n) => n.code)).toEqual([
        'UZB',
        'TJK',
      ]);
    }
    expect(model.title).toContain('Таджикистан');
    expect(model.title).toContain('1990');
    expect(
      model.panels.find((p) => p.country === 'TJK' && p.year === 1990)!.bars.length,
    ).toBeGreaterThan(0);
  });

  it('?view=un&vs=TJK~KGZ&show=flows: Israel is the sum over all three origins, or no sum at all', () => {
    const un: UnViewState = { ...defaultUnView, vs: ['TJK', 'KGZ'], show: 'flows' };
    const { model, text } = modelOf(un, 'ru').flows[0]!;
    const israel = model.nodes.findIndex((n) => n.key === 'to:ISR');
    const bands = model.links.filter((l) => l.target === israel);
    expect(bands.map((l) => l.country).sort()).toEqual(['KGZ', 'TJK', 'UZB']);
    const sum = ['UZB', 'TJK', 'KGZ'].reduce((s, c) => s + rows.get(`${c}|ISR|2020|both`)!, 0);
    expect(model.nodes[israel]!.total).toBe(sum);
    expect(text.nodes[israel]!.figure).not.toContain('23');
    // Turkey: a figure only if it is the sum over every origin drawn.
    const turkey = model.nodes.findIndex((n) => n.key === 'to:TUR');
    const intoTurkey = model.links.filter((l) => l.target === turkey);
    if (model.nodes[turkey]!.summed) expect(intoTurkey).toHaveLength(3);
    expect(intoTurkey.map((l) => l.country)).toContain('UZB');
  });

  it('?view=un&measure=share&show=map: the bins are of shares, and the bar axis ends on a round tick', () => {
    const un: UnViewState = { ...defaultUnView, measure: 'share', show: 'map' };
    const model = modelOf(un);
    expect(model.map.bins.at(-1)!.from).toBeLessThanOrEqual(100);
    expect(model.map.legendTitle).toContain('%');
    expect(model.map.binLabels.every((l) => l.includes('%'))).toBe(true);
    const russia = model.map.maps[0]!.figures.find((f) => f.iso3 === 'RUS')!;
    expect(russia.value).toBe(russia.share);
    const { axis } = model.panels[0]!;
    // Russia's 56.5 % (1,146,175 of 2,027,823) under an axis that ends at 60, not at 56.5.
    expect(axis.max).toBe(60);
    expect(axis.ticks).toEqual([0, 20, 40, 60]);
    // The trend draws shares too.
    const trend = model.panels[0]!.trend;
    expect(
      Math.max(...trend.rows.flatMap((r) => trend.lines.map((l) => r[l.key] ?? 0))),
    ).toBeLessThanOrEqual(100);
  });

  it('while a new choice is answered, the title, panels and sentences are those of the figures drawn', () => {
    // The page still holds Tajikistan's figures while Kyrgyzstan's are computed: the model is of
    // the figures it has (view.asked), not of the state the controls already show.
    const view = withLocalNames(
      unPageView(table, totals, { ...defaultUnView, country: 'TJK' }, meta.subset),
      'en',
    );
    const model = unModel(view, 'bars', words);
    expect(model.state.country).toBe('TJK');
    expect(model.title).toContain('Tajikistan');
    expect(keysOf(model.panels)).toEqual(['TJK 2020']);
  });

  it('a remainder is derived, names the rows it sums, and says "derived" once', () => {
    const model = modelOf({ ...defaultUnView, top: 5 });
    const rest = model.panels[0]!.bars.find((b) => b.partner === REMAINDER)!;
    expect(rest.derived).toBe(true);
    expect(rest.stockText.match(/derived/g)).toHaveLength(1);
    expect(rest.label).not.toContain('derived');
    const mark = model.marks.find((m) => m.derived)!;
    expect(mark.from.length).toBeGreaterThan(5);
    expect(mark.from.reduce((s, c) => s + rows.get(`UZB|${c}|2020|both`)!, 0)).toBe(mark.stock);
  });
});

describe('the UN model by sex (2020 revision)', () => {
  it('?view=un&sex=female: Uzbek-born women in Russia, 2020, are the 546,864 of the UN table; shares of all Uzbek-born women abroad', () => {
    const model = modelOf({ ...defaultUnView, sex: 'female' });
    const russia = model.panels[0]!.bars.find((b) => b.partner === 'RUS')!;
    expect(russia.stock).toBe(546864);
    expect(russia.stock).toBe(rows.get('UZB|RUS|2020|female'));
    // Of the 976,407 Uzbek-born women abroad (the sum over destinations, derived): never of
    // both sexes (2,027,823) nor of men.
    expect(russia.share).toBeCloseTo((546864 / 976407) * 100, 10);
    expect(model.panels[0]!.total).toContain(formatNumber(976407));
    expect(model.title).toBe('Where people born in Uzbekistan live, 2020 (women)');
    expect(model.panels[0]!.heading).toContain('(women)');
    expect(model.summary.join(' ')).toContain('women');
    expect(model.legend[0]!.label).toContain('women');
    expect(model.note).toContain('women alone');
    const csv = rowObjects(unViewDownloadTable(model, meta, totalsMeta));
    expect(new Set(csv.map((r) => r.sex))).toEqual(new Set(['female']));
    const row = csv.find((r) => r.destination_iso3 === 'RUS')!;
    expect(Object.entries(row).find(([k]) => k.startsWith('stock'))![1]).toBe(546864);
    expect(row).toMatchObject({ sex: 'female', data_type: 'B' });
  });

  it('men and women are their own series: both sexes are the UN table, men + women add up to it', () => {
    const [both, male, female] = unSexes.map((sex) =>
      modelOf({ ...defaultUnView, sex }).panels[0]!.bars.find((b) => b.partner === 'RUS')!,
    );
    expect([both!.stock, male!.stock, female!.stock]).toEqual([1146175, 599311, 546864]);
    expect(male!.stock + female!.stock).toBe(both!.stock);
    const title = (sex: UnViewState['sex'], locale: Locale) =>
      modelOf({ ...defaultUnView, sex }, locale).title;
    expect(title('male', 'ru')).toContain('(мужчины)');
    expect(title('female', 'uz')).toContain('(ayollar)');
    expect(title('both', 'en')).toContain('(both sexes)');
  });

  it('who lives in Russia, 2020 (men): shares of the UN total of men, 5,712,089, with what it rests on (type B)', () => {
    const model = modelOf({
      ...defaultUnView,
      direction: 'destination',
      country: 'RUS',
      sex: 'male',
    });
    const panel = model.panels[0]!;
    expect(panel.total).toContain(formatNumber(5712089));
    const uzb = panel.bars.find((b) => b.partner === 'UZB')!;
    expect(uzb.stock).toBe(599311);
    expect(uzb.share).toBeCloseTo((599311 / 5712089) * 100, 10);
    expect(panel.typeOfData).toBe('What the UN’s figure rests on (type of data): B.');
  });

  it('the map says where the UN counts an area in another country: Kosovo in Serbia, in every language', () => {
    const notes = (locale: Locale) => modelOf({ ...defaultUnView, show: 'map' }, locale).map.notes;
    expect(notes('en')).toEqual(['Kosovo: counted in Serbia in the UN figures']);
    expect(notes('ru')[0]).toContain('Косово');
    expect(notes('uz')[0]).toContain('Kosovo');
    // The image's legend too, beside "No data".
    const legend = modelOf({ ...defaultUnView, show: 'map' }).legend.map((l) => l.label);
    expect(legend.slice(-2)).toEqual(['No data', 'Kosovo: counted in Serbia in the UN figures']);
  });

  it('the trend is of one revision, 1990–2020, every five years', () => {
    const trend = modelOf(defaultUnView).panels[0]!.trend;
    expect(trend.years).toEqual([1990, 1995, 2000, 2005, 2010, 2015, 2020]);
    expect(trend.rows.map((r) => r.year)).toEqual(trend.years);
    // The UN's 2015 and 2020 figures for Uzbek-born in Russia: they stand still (type B).
    expect(trend.rows.find((r) => r.year === 2015)!.RUS).toBe(1146803);
    expect(trend.rows.find((r) => r.year === 2020)!.RUS).toBe(1146175);
  });

  it('where do people born in Germany live: not in the Central Asian part; nothing drawn, and said', () => {
    const model = modelOf({ ...defaultUnView, country: 'DEU', vs: ['TJK'] });
    expect(keysOf(model.panels)).toEqual(['TJK 2020']);
    expect(model.unavailable).toEqual(['Germany']);
    expect(model.title).not.toContain('Germany');
    const none = modelOf({ ...defaultUnView, country: 'DEU' });
    expect(none.panels).toEqual([]);
    expect(none.marks).toEqual([]);
    expect(none.unavailable).toEqual(['Germany']);
    // Who lives in Uzbekistan: only its Central Asian origins are in the part, so not offered.
    const destination = unPageView(
      table,
      totals,
      { ...defaultUnView, direction: 'destination' },
      meta.subset,
    );
    expect(destination.countries).toEqual(['KAZ', 'RUS']);
    expect(destination.unavailable).toEqual(['UZB']);
  });
});

/** States a user can reach through the controls or the address. */
const others = ['RUS', 'KAZ', 'DEU', 'USA', 'UKR', 'ISR', 'TUR', 'AFG'];
const states: fc.Arbitrary<{ un: UnViewState; locale: Locale }> = fc
  .record({
    direction: fc.constantFrom('origin' as const, 'destination' as const),
    country: fc.constantFrom(...CENTRAL_ASIA, ...others),
    vs: fc.subarray([...CENTRAL_ASIA, ...others], { maxLength: MAX_UN_VS }),
    year: fc.constantFrom(...UN_YEARS),
    vsYear: fc.option(fc.constantFrom(...UN_YEARS), { nil: undefined }),
    top: fc.constantFrom(...UN_TOP_CHOICES),
    measure: fc.constantFrom('absolute' as const, 'share' as const),
    sex: fc.constantFrom(...unSexes),
    show: fc.constantFrom(...unDisplays),
    locale: fc.constantFrom('en' as const, 'ru' as const, 'uz' as const),
  })
  .map(({ locale, ...un }) => ({
    un: { ...un, vs: un.vs.filter((c) => c !== un.country) },
    locale,
  }));

/** The figure of a mark in the table: origin × destination × year × sex. */
const rowOf = (
  origin: string | null,
  destination: string | null,
  year: number,
  sex: UnViewState['sex'],
) => rows.get(`${origin}|${destination}|${year}|${sex}`);

/** A tick step is 1, 2 or 5 × a power of ten; the axis starts at 0 and ends on its last tick. */
function expectRoundAxis(axis: { max: number; ticks: number[] }, values: readonly number[]) {
  expect(axis.ticks[0]).toBe(0);
  expect(axis.ticks.at(-1)).toBe(axis.max);
  for (const v of values) expect(v).toBeLessThanOrEqual(axis.max);
  const step = axis.ticks[1]! - axis.ticks[0]!;
  const mantissa = step / 10 ** Math.floor(Math.log10(step));
  expect([1, 2, 5, 10].some((m) => Math.abs(mantissa - m) < 1e-9)).toBe(true);
}

describe(
  'the UN model over generated states (every language, bars, maps and flows)',
  { timeout: TEST_TIMEOUT },
  () => {
    it('draws every panel the title names, each mark one row or a derived sum of named rows, in the measure chosen', () => {
      fc.assert(
        fc.property(states, ({ un, locale }) => {
          const model = modelOf(un, locale);
          const specs = keysOf(unPanelSpecs(un, held[un.direction]));
          // Every country × year asked for that the table holds: a panel, a map, and its name
          // in the title; every other country asked for named as not available.
          expect(keysOf(model.panels)).toEqual(specs);
          expect(model.unavailable).toEqual(
            [...new Set([un.country, ...un.vs])]
              .filter((c) => !held[un.direction].includes(c))
              .map(model.nameOf),
          );
          if (model.panels.length > 0) expect(model.title).toContain(`(${model.sexWords})`);
          expect(keysOf(model.map.maps)).toEqual(specs);
          for (const p of model.panels) {
            expect(model.title).toContain(String(p.year));
            expect(model.title).toContain(model.nameOf(p.country));
          }
          const share = un.measure === 'share';
          for (const p of model.panels) {
            for (const bar of p.bars) {
              expect(bar.value).toBe(share ? (bar.share ?? 0) : bar.stock);
              if (!bar.derived) {
                const [o, d] =
                  un.direction === 'origin' ? [p.country, bar.partner] : [bar.partner, p.country];
                expect(rowOf(o, d, p.year, un.sex)).toBe(bar.stock);
              } else expect(bar.stockText).toMatch(/\(.+\)$/);
            }
            expectRoundAxis(
              p.axis,
              p.bars.map((b) => b.value),
            );
            const trendValues = p.trend.rows.flatMap((r) =>
              p.trend.lines.map((l) => r[l.key] ?? 0),
            );
            expectRoundAxis(p.trend.axis, trendValues);
            if (share) for (const v of trendValues) expect(v).toBeLessThanOrEqual(100);
          }
          // The map: coloured by the measure chosen, every figure in a bin.
          for (const m of model.map.maps) {
            for (const f of m.figures) {
              expect(f.value).toBe(share ? f.share : f.stock);
              if (f.value !== null && f.value > 0) {
                expect(
                  model.map.bins.some(
                    (b) => f.value! >= b.from && (b.to === undefined || f.value! < b.to),
                  ),
                ).toBe(true);
              }
            }
          }
          if (share) expect(model.map.binLabels.every((l) => l.includes('%'))).toBe(true);
          // The flows, one per year: a node's stated sum is over every country drawn that year,
          // never of shares; "all other countries" is the same set for every country drawn.
          expect(model.flows.map((f) => f.year)).toEqual([
            ...new Set(model.panels.map((p) => p.year)),
          ]);
          for (const { model: flows, year } of model.flows) {
            const drawn = model.panels.filter((p) => p.year === year).length;
            flows.nodes.forEach((n, i) => {
              const bands = flows.links.filter((l) => l.source === i || l.target === i);
              if (n.total === undefined) return;
              expect(n.total).toBeCloseTo(
                bands.reduce((s, l) => s + l.value, 0),
                6,
              );
              const partnerSide = n.side === (un.direction === 'origin' ? 'to' : 'from');
              if (partnerSide && bands.length > 1) {
                expect(share).toBe(false);
                expect(new Set(bands.map((l) => l.country)).size).toBe(drawn);
              }
            });
            for (const l of flows.links) expect(l.value).toBe(share ? l.share : l.stock);
            const named = new Set(flows.links.filter((l) => !l.derived).flatMap((l) => l.from));
            for (const l of flows.links.filter((k) => k.derived)) {
              expect(l.from.some((c) => named.has(c))).toBe(false);
            }
          }
        }),
        { numRuns: 40, seed: 20261207 },
      );
    });

    it('says in its sentences and CSV rows what it draws: derived once where derived, sums over a named set', () => {
      fc.assert(
        fc.property(states, ({ un, locale }) => {
          const model = modelOf(un, locale);
          const derivedWord = { en: 'derived', ru: 'расчётн', uz: 'hisoblangan' }[locale];
          for (const sentence of model.summary) {
            expect(sentence.trim()).not.toBe('');
            expect(sentence).not.toMatch(/\(([^()]+)\)\s*\(\1\)/);
          }
          if (un.show !== 'flows') {
            for (const p of model.panels) {
              expect(model.summary.some((s) => s.includes(p.total))).toBe(true);
            }
            // A share is derived: every sentence that states one says so.
            if (un.measure === 'share') {
              for (const s of model.summary.filter((x) => x.includes('%')))
                expect(s).toContain(derivedWord);
            }
          } else {
            // A sum stated in words is over every country drawn, and names them.
            for (const { model: flows, text, year } of model.flows) {
              const drawn = model.panels.filter((p) => p.year === year);
              flows.nodes.forEach((n, i) => {
                if (!n.summed || n.side === (un.direction === 'origin' ? 'from' : 'to')) return;
                const sentence = model.summary.find(
                  (s) =>
                    s.startsWith(`${text.nodes[i]!.name}, ${year}: `) &&
                    s.includes(formatNumber(n.total!)),
                );
                expect(sentence).toBeDefined();
                expect(sentence).toContain(derivedWord);
                for (const p of drawn) expect(sentence).toContain(model.nameOf(p.country));
              });
            }
          }
          const csv = rowObjects(unViewDownloadTable(model, meta, totalsMeta));
          expect(csv).toHaveLength(model.marks.length);
          csv.forEach((row, i) => {
            const mark = model.marks[i]!;
            const stock = row[Object.keys(row).find((k) => k.startsWith('stock'))!];
            expect(stock).toBe(mark.stock);
            expect(row.share_pct).toBe(mark.share);
            expect(row.sex).toBe(un.sex);
            if (mark.derived) {
              expect(String(row.derived_note)).toContain(mark.from.slice(0, 3).join(' '));
              expect(row.origin_iso3 === null || row.destination_iso3 === null).toBe(true);
              expect(
                mark.from.reduce((s, c) => {
                  const [o, d] = un.direction === 'origin' ? [mark.country, c] : [c, mark.country];
                  return s + (rowOf(o, d, mark.year, un.sex) ?? NaN);
                }, 0),
              ).toBe(mark.stock);
            } else {
              expect(
                rowOf(row.origin_iso3 as string, row.destination_iso3 as string, mark.year, un.sex),
              ).toBe(mark.stock);
            }
          });
        }),
        { numRuns: 30, seed: 20261208 },
      );
    });
  },
);
