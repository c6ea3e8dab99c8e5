import { describe, expect, it } from 'vitest';
import { valueLabel } from '../../../src/data/labels';
import type { DatasetMeta } from '../../../src/data/metadataSchema';
import { rowObjects } from '../../../src/lib/tableValues';
import { fileSystemSource } from '../../support/fileSystemSource';

/**
 * What the data audit of issue 26 found, over every dataset in data/: the vintage of official
 * figures, disagreements flagged on both sides, a name for every country code, and the UN's
 * revisions and territorial notes said where the figures are.
 */
const source = fileSystemSource();
const PORTAL = 'https://www.migrationdataportal.org/themes/international-migrant-stocks-overview';

async function everyDataset() {
  const files = await source.listDatasets();
  return Promise.all(
    files.map(async (file) => {
      const meta = await source.loadMetadata(file);
      return { meta, rows: rowObjects(await source.loadTable(meta)) };
    }),
  );
}
const datasets = await everyDataset();
const officialPublisher = /Population Division|^World Bank|^KNOMAD/;
const isUn = (meta: DatasetMeta) =>
  meta.sources.some((s) => s.publisher.includes('Population Division'));
const official = (meta: DatasetMeta) =>
  meta.sources.some((s) => officialPublisher.test(s.publisher));

describe('vintage: every official dataset says which release it is, when it was retrieved, and what comes next', () => {
  it('the UN, World Bank and KNOMAD datasets', () => {
    const ids = datasets.filter((d) => official(d.meta)).map((d) => d.meta.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'un-ims2020-totals-by-destination',
        'un-ims2020-bilateral-central-asia',
        'un-migrant-stock-2019',
        'wdi-remittances',
        'wdi-unemployment',
        'knomad-remittance-corridors-2021',
        'remittances',
        'unemployment',
      ]),
    );
    for (const { meta } of datasets.filter((d) => official(d.meta))) {
      for (const s of meta.sources.filter((s) => officialPublisher.test(s.publisher))) {
        expect(s.release, `${meta.id} ${s.id}`).toBeTruthy();
        expect(s.nextRelease, `${meta.id} ${s.id}`).toBeTruthy();
        expect(s.retrieved, `${meta.id} ${s.id}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        // The release is part of the citation a reader copies.
        expect(s.citation, `${meta.id} ${s.id}`).toContain(`release: `);
      }
    }
    const wdi = datasets.find((d) => d.meta.id === 'wdi-remittances')!.meta.sources[0]!;
    expect(wdi.release).toMatch(/^World Development Indicators, /);
    const un = datasets.find((d) => d.meta.id === 'un-ims2020-totals-by-destination')!.meta;
    expect(un.sources[0]!.citation).toContain('release: UN DESA, International Migrant Stock 2020');
  });

  it('no source says "n.d.": a release the source dates is dated, an undated one says so in words', () => {
    const vague: string[] = [];
    for (const { meta } of datasets) {
      for (const s of meta.sources) {
        for (const [field, text] of Object.entries({ citation: s.citation, release: s.release })) {
          if (text && /\bn\.\s?d\.?(?=[\s).;,]|$)/.test(text))
            vague.push(`${meta.id} ${s.id} ${field}`);
        }
      }
    }
    expect(vague).toEqual([]);
    const wdi = datasets.find((d) => d.meta.id === 'wdi-remittances')!.meta.sources[0]!;
    expect(wdi.citation).toMatch(/^World Bank \(release date not stated in the copy read\)\. /);
    expect(wdi.release).toMatch(/records no release date/);
    // When the next release comes is what the World Bank documents, with the page that says so.
    expect(wdi.nextRelease).toContain(
      'https://datatopics.worldbank.org/world-development-indicators/release-note/dec-2024.html',
    );
  });

  it('a statistics office citing its own figures names the release, and what comes next', () => {
    const own = datasets.flatMap(({ meta }) =>
      meta.sources
        .filter((s) => s.primary?.startsWith(s.publisher))
        .map((s) => ({ id: `${meta.id} ${s.id}`, s })),
    );
    expect(own.map((o) => o.id)).toEqual(
      expect.arrayContaining(['unemployment KG_STAT_4934', 'unemployment KG_STAT_4934_OLD']),
    );
    for (const { id, s } of own) {
      expect(s.release, id).toBeTruthy();
      expect(s.nextRelease, id).toBeTruthy();
      expect(s.citation, id).toContain('release: ');
    }
  });

  it('every source is dated, or says why not; every source says when it was retrieved', () => {
    for (const { meta } of datasets) {
      for (const s of meta.sources) {
        expect(s.published ?? s.publishedNote, `${meta.id} ${s.id}`).toBeTruthy();
        expect(s.retrieved, `${meta.id} ${s.id}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it('the KNOMAD matrix: the licence says what was checked, and claims none the publisher did not state', () => {
    const { meta } = datasets.find((d) => d.meta.id === 'knomad-remittance-corridors-2021')!;
    expect(meta.license).toMatch(/^Not stated by the publisher: /);
    expect(meta.license).toContain(
      'https://blogs.worldbank.org/en/peoplemove/bilateral-remittance-matrix-new',
    );
    expect(meta.license).toContain('https://www.worldbank.org/en/about/legal/Permissions');
    expect(meta.license).toContain('no licence is claimed here');
    expect(meta.sources[0]!.citation).not.toMatch(/CC BY/);
  });

  it('every UN dataset says the 2024 revision exists and is not yet included, citing IOM', () => {
    const un = datasets.filter((d) => isUn(d.meta));
    expect(un.length).toBeGreaterThanOrEqual(5);
    for (const { meta } of un) {
      expect(
        meta.caveats.some((c) => c.includes('2024 revision') && c.includes(PORTAL)),
        meta.id,
      ).toBe(true);
      for (const s of meta.sources) expect(s.nextRelease, meta.id).toContain(PORTAL);
    }
  });
});

describe('disagreements are flagged on both sides, within and across datasets', () => {
  const rows: Record<string, unknown>[] = datasets.flatMap(({ meta, rows }) =>
    meta.columns.some((c) => c.role === 'flag') ? rows.map((r) => ({ ...r, id: meta.id })) : [],
  );
  const yearOf = (r: Record<string, unknown>) =>
    String(r.year ?? /\d{4}/.exec(String(r.period))?.[0]);

  it('a figure flagged "conflict" names a source whose figure, the same year, is flagged too', () => {
    const conflicts = rows.filter((r) => r.flag === 'conflict');
    expect(conflicts.length).toBeGreaterThan(10);
    const oneSided = conflicts.filter((r) => {
      const named = (String(r.note).match(/\b[A-Z]+(?:_[A-Z0-9]+)+\b/g) ?? []).filter(
        (id) => id !== r.source_id,
      );
      return !rows.some(
        (o) =>
          o !== r &&
          named.includes(String(o.source_id)) &&
          o.flag === 'conflict' &&
          yearOf(o) === yearOf(r),
      );
    });
    expect(oneSided.map((r) => `${r.id}: ${r.source_id} ${yearOf(r)} ${r.value}`)).toEqual([]);
  });

  it("Tajikistan's remittances in 2023: the World Bank's 4.634 billion and the ADB's 5.7, each flagged naming the other", () => {
    const tjk2023 = rows.filter(
      (r) =>
        r.id === 'remittances' &&
        r.country === 'TJK' &&
        r.year === 2023 &&
        r.indicator === 'remittances_received',
    );
    const worldBank = tjk2023.filter((r) => r.source_id === 'WB_WDI');
    const adb = tjk2023.filter((r) => r.value === 5.7);
    expect(worldBank).toHaveLength(1);
    expect(String(worldBank[0]!.value)).toMatch(/^4\.633754/);
    expect(adb.map((r) => r.source_id).sort()).toEqual(['TJ_BUFFETT_2024', 'TJ_DARYO_20240719']);
    for (const r of [...worldBank, ...adb]) expect(r.flag).toBe('conflict');
    expect(String(worldBank[0]!.note)).toContain('TJ_DARYO_20240719');
    for (const r of adb) expect(String(r.note)).toContain('WB_WDI');
  });

  it("Kamilov's figures and the series they disagree with, across two datasets", () => {
    const find = (id: string, match: Record<string, string>) =>
      rows.filter(
        (r) => r.id === id && Object.entries(match).every(([k, v]) => String(r[k]) === v),
      );
    const pairs = [
      [
        find('uzbekistan-labour-market', { indicator: 'left_for_work', value: '486100' }),
        find('uzbek-migrants-series', { indicator: 'departures_in_year', value: '233200' }),
      ],
      [
        find('uzbekistan-labour-market', { indicator: 'working_abroad', value: '1900000' }),
        find('uzbek-migrants-series', { year: '2024', destination: 'all', value: '1350000' }),
      ],
    ];
    for (const [kamilov = [], other = []] of pairs) {
      expect(kamilov).toHaveLength(1);
      expect(other).toHaveLength(1);
      expect(kamilov[0]!.flag).toBe('conflict');
      expect(other[0]!.flag).toBe('conflict');
      expect(String(kamilov[0]!.note)).toContain(String(other[0]!.source_id));
      expect(String(other[0]!.note)).toContain('KAMILOV_2025');
    }
  });

  it('the "2 million 600 / 2 million 200" reading is marked as an editorial correction', () => {
    const corrected = rows.filter((r) => r.flag === 'corrected');
    expect(corrected.map((r) => r.value).sort()).toEqual([2200000, 2600000]);
    for (const r of corrected) expect(String(r.note)).toMatch(/^Editorial correction: /);
  });
});

describe('every country code is shown with a name', () => {
  it('no blank or bare code in any column of country codes (the Channel Islands among them)', () => {
    const unnamed: string[] = [];
    for (const { meta, rows } of datasets) {
      for (const column of meta.columns.filter((c) => c.codes === 'iso3')) {
        for (const code of new Set(rows.map((r) => r[column.name]))) {
          const name = valueLabel(column, code, 'en');
          if (!code || name === '' || name === code) {
            unnamed.push(`${meta.id}.${column.name}: ${JSON.stringify(code)}`);
          }
        }
      }
    }
    expect(unnamed).toEqual([]);
  });
});

describe("the UN's own notes, where the figures are", () => {
  it('every UN dataset says that Kosovo is counted in Serbia', () => {
    for (const { meta } of datasets.filter((d) => isUn(d.meta))) {
      expect(
        meta.caveats.some((c) => /Kosovo .*counts it in Serbia/.test(c)),
        meta.id,
      ).toBe(true);
    }
  });

  it('the 2019 totals: the Caribbean Netherlands have 1990–2005 figures, and the 2010 break is marked', () => {
    const { meta, rows } = datasets.find((d) => d.meta.id === 'un-migrant-stock-totals-2019')!;
    const bes = rows.filter((r) => r.destination_iso3 === 'BES');
    expect(bes.find((r) => r.year === 1990)!.stock).toBe(38410);
    expect(bes.find((r) => r.year === 2005)!.stock).toBe(62205);
    expect(bes.find((r) => r.year === 2010)!.stock).toBe(11445);
    // No caveat says these figures are missing; one says what they are.
    expect(meta.caveats.some((c) => /Bonaire.*none/.test(c))).toBe(false);
    expect(meta.caveats.some((c) => c.includes('38,410') && c.includes('62,205'))).toBe(true);
    expect(meta.breaks).toContainEqual(
      expect.objectContaining({ where: { destination_iso3: 'BES' }, before: 2010 }),
    );
  });
});
