import { afterAll, describe, expect, it } from 'vitest';
import type { ChartModel } from '../../../../../src/views/dataset/model/chartModel';
import { buildBarSeries, REST_OF_TOTAL } from '../../../../../src/views/dataset/model/barSeries';
import { parseCsvTable } from '../../../../../src/data/parseCsvTable';
import { setActiveLocale } from '../../../../../src/i18n/i18n';
import { readObservations } from '../../../../../src/model/observations';
import { decimals } from '../../../../../src/views/dataset/model/yearOnYear';
import { sampleMeta } from '../../../../support/sampleMeta';
import { viewAt } from '../../../../support/viewAt';

/**
 * Issue 25, the dataset view: each defect a reader found in the app, at its address, through the
 * model and the summary as the page makes them from the real data/ files.
 */

afterAll(() => setActiveLocale('en'));

const REMITTANCES = '?view=dataset&id=remittances';
const REMITTANCES_GDP =
  '?view=dataset&id=remittances&indicator=remittances_pct_gdp&unit=percent+of+GDP';
const TAJIK_TASS = '?view=dataset&id=tajik-migrants-series&chart=line&source=TJ_TASS_20240213';
const UZBEK_STOCKS =
  '?view=dataset&id=uzbek-migrants-series&chart=line&indicator=migrants_abroad_stock&destination=all~RUS~KAZ~TUR~KOR~other';
const UZBEK_ORGANISED =
  '?view=dataset&id=uzbek-migrants-series&chart=line&indicator=organised_departures&destination=all~RUS';
const UZBEK_UNEMPLOYMENT = '?view=dataset&id=unemployment&chart=line&country=UZB';
const TAJIK_DESTINATIONS =
  '?view=dataset&id=tajik-migrants-series&chart=line&destination=all~RUS~KAZ~other';
const TAJIK_SHARES =
  '?view=dataset&id=tajik-migrants-series&measure=share&chart=grouped-bar&destination=all~RUS~KAZ&time=2022';

/** Each line's joins as "from→to kind", by line label. */
function joinsOf(model: ChartModel): Record<string, string[]> {
  return Object.fromEntries(
    model.lines!.series.map((s) => [
      s.label,
      s.joins.map((j) => `${j.from.x}→${j.to.x} ${j.kind}`),
    ]),
  );
}

describe('a line is one series: joins and changes stay within one source series', () => {
  it('remittances: the World Bank series draws each line alone, its change within it', async () => {
    const { model, summary } = await viewAt(REMITTANCES);
    // WB_WDI (rank 1) has every year from its first: one stretch of one series, nothing joined.
    for (const line of model.lines!.series) {
      expect(line.joins).toEqual([]);
      expect(line.segments).toHaveLength(1);
      expect(new Set(line.segments[0]!.map((p) => p.observation.sourceId))).toEqual(
        new Set(['WB_WDI']),
      );
    }
    expect(summary).toContain(
      'Tajikistan: from 0.07856 USD billion in 2002 to 6.802 USD billion in 2024, a change of +6.723 (derived).',
    );
  });

  it('remittances: a change of figures given with many decimals carries no float noise', async () => {
    const { model } = await viewAt(REMITTANCES);
    const changes = [...model.changes.values()];
    expect(changes.length).toBeGreaterThan(50);
    for (const c of changes) expect(decimals(c.change)).toBeLessThanOrEqual(c.digits);
    // The ILO model for Kyrgyzstan, 1992 to 1993: 1.248 − 1.1 is 0.148 (in floats 0.14800000000000002).
    const unemployment = (await viewAt('?view=dataset&id=unemployment&chart=line&country=KGZ'))
      .model;
    const kg1993 = unemployment
      .lines!.series.flatMap((s) => s.segments.flat())
      .find((p) => p.x === 1993 && p.observation.sourceId === 'WB_WDI')!.observation;
    expect(unemployment.changes.get(kg1993)).toMatchObject({ change: 0.148, points: true });
  });

  it('remittances as the news reported them: no "other source" join across missing years, no change across sources', async () => {
    // Without the World Bank's own series the figures have the gaps a reader first met.
    const { model, summary } = await viewAt(REMITTANCES, 'en', ['WB_WDI']);
    const joins = joinsOf(model);
    // Tajikistan 2010 (Asia-Plus, World Bank series) and 2021 (ADB): eleven years apart, no join.
    expect(joins.Tajikistan).toEqual(['2023→2024 source']);
    // Uzbekistan 2018 (> 5) and 2022 (16.9) are of different series four years apart: no join.
    expect(joins.Uzbekistan).toEqual(['2022→2024 gap']);
    const text = summary.join(' ');
    expect(text).not.toContain('+3.5');
    expect(text).not.toMatch(/from 2\.3 USD billion in 2010 to/);
    expect(summary).toContain(
      'Tajikistan: from 2.9 USD billion in 2021 to 5.3 USD billion in 2022, a change of +2.4 (derived).',
    );
    expect(summary).toContain(
      'Tajikistan: the line is in 3 stretches (2010; 2021–2022; 2024), each of one source series; no change is computed across them.',
    );
  });

  it('Tajik migrants from TASS: no change from 2011 to 2023 across the change of source', async () => {
    const { model, summary } = await viewAt(TAJIK_TASS);
    expect(Object.values(joinsOf(model))[0]).not.toContain('2020→2022 source');
    const text = summary.join(' ');
    expect(text).not.toContain('-83,017');
    // 2023's 652,014 is flagged (less than January–September alone): 2022 stands alone.
    expect(text).not.toContain('-123,564');
    expect(summary).toContain('Labour migrants who left: 775,578 persons in 2022.');
    expect(summary).toContain(
      'In doubt, so compared with nothing: Labour migrants who left, 2023, 652,014 persons (conflicts with another figure for the same year).',
    );
  });

  it('Uzbek stocks: no change from the isolated November 2019 figure', async () => {
    const { summary } = await viewAt(UZBEK_STOCKS);
    expect(summary.join(' ')).not.toContain('-1,502,000');
    expect(summary).toContain(
      'Russia (end of year): from 1,200,000 persons in 2023 to 698,000 persons in 2024, a change of -502,000 (derived).',
    );
  });

  it('Uzbek organised departures: no change from the 2021 figure of another source', async () => {
    const { model, summary } = await viewAt(UZBEK_ORGANISED);
    expect(joinsOf(model).Russia).toEqual([]);
    expect(summary.join(' ')).not.toContain('+53,208');
    expect(summary.join(' ')).not.toContain('+23,570');
  });

  it('Uzbek unemployment: no change from the November 2019 point, a rate changes in points', async () => {
    const { summary } = await viewAt(UZBEK_UNEMPLOYMENT);
    expect(summary.join(' ')).not.toContain('-2.5');
    expect(summary).toContain(
      'Uzbekistan: ministry (survey-based) rate, 2018 method: from 10.5 percent in 2020 to 5.5 percent in 2024, a change of -5.0 percentage points (derived).',
    );
    const ru = (await viewAt(UZBEK_UNEMPLOYMENT, 'ru')).summary.join(' ');
    expect(ru).toMatch(/изменение −?-?5,0 п\. п\. \(в процентных пунктах, расчётное\)/);
    const uz = (await viewAt(UZBEK_UNEMPLOYMENT, 'uz')).summary.join(' ');
    expect(uz).toMatch(/oʻzgarish −?-?5,0 foiz punkti \(hisoblangan\)/);
  });

  it('remittances as a share of GDP: changes within a stretch, in percentage points', async () => {
    // As the news reported them (without the World Bank's own series, which has no gaps).
    const { summary } = await viewAt(REMITTANCES_GDP, 'en', ['WB_WDI']);
    const text = summary.join(' ');
    expect(text).not.toMatch(/Tajikistan: from 31 percent of GDP in 2010 to 45/);
    expect(text).not.toContain('+14 (derived)');
    expect(summary).toContain(
      'Tajikistan: from 31 percent of GDP in 2010 to 51 percent of GDP in 2022, a change of +20 percentage points (derived).',
    );
  });
});

describe('a figure in doubt is never a headline, and nothing is derived from it', () => {
  it('names the doubtful Russia 2022 figure as in doubt, never as the largest', async () => {
    const { summary } = await viewAt(TAJIK_DESTINATIONS);
    expect(summary.join(' ')).not.toContain('Largest: Russia, 2022, 793,791');
    expect(summary).toContain(
      'In doubt, so compared with nothing: Russia, 2022, 793,791 persons (doubtful: above the total it is part of).',
    );
  });

  it('derives no share from it', async () => {
    const { model, slice, summary } = await viewAt(TAJIK_SHARES);
    expect(summary.join(' ')).not.toContain('102.3');
    expect(model.marks.some((m) => m.observation.flag)).toBe(false);
    // The row stays in the table with its doubt, without a share.
    const russia = slice.observations.find((o) => o.dims.destination === 'RUS')!;
    expect(russia.flag).toBe('doubtful');
    expect(russia.value).toBeNull();
    expect(model.flags.map((f) => f.observation)).toContain(russia);
  });
});

describe('no bar is derived from a figure in doubt', () => {
  const meta = sampleMeta({
    columns: [
      ...sampleMeta().columns.filter((c) => c.name !== 'country'),
      {
        name: 'sex',
        type: 'string',
        role: 'dimension',
        label: 'Sex',
        values: ['total', 'male', 'female'],
        total: 'total',
      },
      { name: 'flag', type: 'string', role: 'flag', label: 'Flag', nullable: true },
    ],
  });
  const bars = (flag: string) =>
    buildBarSeries(
      readObservations(
        parseCsvTable(
          'data/sample.csv',
          'year,period,period_type,sex,value,qualifier,source_id,flag\n' +
            `2023,calendar year,year,total,100,,MINISTRY,${flag}\n` +
            '2023,calendar year,year,male,60,,MINISTRY,\n',
          meta,
        ),
        meta,
      ),
      meta,
      'year',
      { stacked: true },
    );

  it('draws the rest of a stated total only where the total is not in doubt', () => {
    expect(bars('').rows[0]!.cells[REST_OF_TOTAL]?.value).toBe(40);
    expect(bars('doubtful').rows[0]!.cells[REST_OF_TOTAL]).toBeUndefined();
  });
});

describe('the chart and its notes agree', () => {
  it('the Tajik remittances line passes through the 2023 figure its caveat names', async () => {
    const { meta, model } = await viewAt(REMITTANCES);
    const drawn = model
      .lines!.series.find((s) => s.label === 'Tajikistan')!
      .segments.flat()
      .find((p) => p.x === 2023)!;
    const said = /main line shows (\d+(?:\.\d+)?)/.exec(meta.caveats[1]!)?.[1];
    expect(Number(said)).toBe(drawn.value);
  });
});

describe('several figures at one year, and series names', () => {
  it('tells figures of different dates at one year apart by shape and legend', async () => {
    const { model } = await viewAt(UZBEK_STOCKS);
    const at2022 = model.lines!.series.filter((s) => s.segments.flat().some((p) => p.x === 2022));
    const periods = new Set(at2022.map((s) => s.period));
    expect(periods).toEqual(new Set(['as of 1 Jan 2022', 'Q1 2022', 'end of year']));
    const shapeOf = new Map(at2022.map((s) => [s.period, s.marker]));
    expect(new Set(shapeOf.values()).size).toBe(3);
    for (const [period, shape] of shapeOf) {
      expect(model.legend).toContainEqual(
        expect.objectContaining({ label: `figure at a date: ${period}`, shape }),
      );
    }
  });

  it('names a series by what it counts, never by its unit, in every language', async () => {
    for (const [locale, unit] of [
      ['en', 'Persons'],
      ['ru', 'Человек'],
      ['uz', 'Kishi'],
    ] as const) {
      const { model, summary } = await viewAt(
        '?view=dataset&id=uzbek-migrants-series&chart=line',
        locale,
      );
      for (const line of model.lines!.series)
        expect(line.label).not.toMatch(new RegExp(`^${unit}`, 'i'));
      expect(summary.join(' ')).not.toMatch(new RegExp(`: ${unit}\\b`, 'i'));
    }
    const { summary } = await viewAt('?view=dataset&id=uzbek-migrants-series&chart=line');
    expect(summary[0]).toMatch(
      /^Largest: Citizens working abroad \(stock at a date\) \(Q1 2022\), 2022/,
    );
  });
});

describe('text', () => {
  it('says "derived" once', async () => {
    const { summary } = await viewAt(TAJIK_SHARES);
    expect(summary.join(' ')).not.toContain('(derived) (derived)');
    expect(summary.join(' ')).toContain('(derived)');
  });

  it('lists each figure in doubt once, naming a country once', async () => {
    const remittances = (await viewAt(REMITTANCES)).model.flags.map((f) => f.text);
    expect(new Set(remittances).size).toBe(remittances.length);
    // Six flagged rows, five figures: 4.6, the World Bank's 4.634 and 5.7 (two outlets, one note)
    // for Tajikistan in 2023, 16.9 and 13.5 for Uzbekistan in 2022.
    expect(remittances).toHaveLength(5);
    expect(remittances.some((f) => f.includes('4.63'))).toBe(true);
    const unemployment = (await viewAt(UZBEK_UNEMPLOYMENT)).model.flags.map((f) => f.text);
    expect(unemployment.join(' ')).not.toContain('Uzbekistan, Uzbekistan');
    // The basis (national definition or ILO model) is named too: the WDI series added it.
    expect(unemployment[0]).toMatch(
      /^Uzbekistan: ministry \(survey-based\) rate, 2018 method, National definition \(ministry, statistics office, register\), 2023/,
    );
    // Every country's lines, the World Bank's among them: the country named once in each label.
    const labels = (await viewAt('?view=dataset&id=unemployment')).model.lines!.series.map(
      (s) => s.label,
    );
    expect(labels).toContain('Uzbekistan: ministry (survey-based) rate, 2018 method');
    expect(labels).toContain(
      'Uzbekistan · ILO modelled estimate (World Bank WDI): one model for every country',
    );
    for (const label of labels)
      expect(label).not.toMatch(/(Uzbekistan|Tajikistan|Kyrgyzstan)\b.*\b\1\b/);
  });
});
