import { escape, type ColumnTable } from 'arquero';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DatasetMeta } from '../../../src/data/metadataSchema';
import { fileSystemSource } from '../../support/fileSystemSource';

/**
 * The seed figures the project started from (issue 2), checked against data/: each must be
 * there, exactly, with the source it was copied from.
 */
const source = fileSystemSource();

async function load(id: string): Promise<{ meta: DatasetMeta; table: ColumnTable }> {
  const meta = await source.loadMetadata(`${id}.meta.json`);
  return { meta, table: await source.loadTable(meta) };
}

function rows(table: ColumnTable, where: Record<string, string | number>) {
  return table
    .filter(
      escape((r: Record<string, unknown>) => Object.entries(where).every(([k, v]) => r[k] === v)),
    )
    .objects() as Record<string, unknown>[];
}

describe('seed figures in data/', () => {
  it('Uzbek labour migrants by destination, % (Kamilov 2025)', async () => {
    const { meta, table } = await load('uzbek-migrants-by-destination');
    const shares = Object.fromEntries(rows(table, {}).map((r) => [r.destination, r.share]));
    expect(shares).toEqual({
      RUS: 70.2,
      KAZ: 13.4,
      KGZ: 8.7,
      TUR: 3.8,
      AFG: 1.1,
      KOR: 0.6,
      ARE: 0.4,
    });
    expect(meta.caveats.join(' ')).toMatch(/98\.2/);
    expect(meta.sources[0]!.citation).toMatch(/Kamilov/);
  });

  it('Uzbek labour migrants by sector, % (Kamilov 2025), with no invented "other"', async () => {
    const { table } = await load('uzbek-migrants-by-sector');
    const shares = Object.fromEntries(rows(table, {}).map((r) => [r.sector, r.share]));
    expect(shares).toEqual({ construction: 51.6, agriculture: 12.3, industry: 9.2, trade: 8.5 });
  });

  it('Tajik labour migrants by year and sex (Asia-Plus, 28 May 2024)', async () => {
    const { meta, table } = await load('tajik-migrants-by-sex');
    const figures = rows(table, {}).map((r) => [r.year, r.sex, r.value, r.source_id]);
    expect(figures).toEqual([
      [2022, 'total', 775578, 'TJ_AP_20240528'],
      [2023, 'total', 652014, 'TJ_AP_20240528'],
      [2023, 'male', 554804, 'TJ_AP_20240528'],
      [2023, 'female', 97210, 'TJ_AP_20240528'],
    ]);
    expect(meta.caveats.join(' ')).toMatch(/123,564/);
    expect(meta.sources[0]!.url).toContain('asiaplustj.info');
  });

  it('Tajik labour migrants by destination, 2023 (Asia-Plus, 28 May 2024)', async () => {
    const { table } = await load('tajik-migrants-by-destination');
    const figures = Object.fromEntries(
      rows(table, { year: 2023 }).map((r) => [r.destination, r.value]),
    );
    expect(figures).toEqual({ RUS: 627028, KAZ: 18418, other: 6568 });
  });

  it('Uzbekistan labour market (Kamilov 2025, citing the Ministry of Employment)', async () => {
    const { table } = await load('uzbekistan-labour-market');
    const figure = (indicator: string, period?: string) =>
      rows(table, { indicator, ...(period ? { period } : {}) }).map((r) => [r.value, r.qualifier]);
    expect(figure('unemployment_rate', '2023')).toEqual([[6.8, null]]);
    expect(figure('unemployment_rate', 'end of 2024')).toEqual([[5.8, null]]);
    expect(figure('employed')).toEqual([[14213000, null]]);
    expect(figure('employed_share_of_active')).toEqual([[94, null]]);
    expect(figure('job_seekers')).toEqual([[900000, 'about']]);
    expect(figure('working_abroad')).toEqual([[1900000, 'estimated']]);
    expect(figure('left_for_work', 'Q1 2023')).toEqual([[486100, null]]);
  });
});

/** The seed each timeline source is (SEEDS.md); the texts are copied in tests/fixtures/shared-seeds. */
const SEED_OF_SOURCE: Record<string, string> = {
  WIKIPEDIA_CIS_MOBILITY: '000_d2d4467aa2c6921e.txt',
  RFERL_20071005: '001_1c4f3e1624822166.txt',
  KAMILOV_2025: '002_ac8ea4f449177cb6.txt',
  TJ_AP_20240528: '003_ef12b86ff2ac2527.txt',
  OTS_MIGRATION_2024: '004_113f5d3cf6a8029c.txt',
};

const seedText = (file: string) =>
  readFileSync(`tests/fixtures/shared-seeds/${file}`, 'utf8').replace(/\s+/g, ' ');

describe('agreements timeline against the seed texts', () => {
  it('quotes every seed word for word (an ellipsis marks a cut)', async () => {
    const { meta } = await load('migration-agreements-timeline');
    expect(meta.sources.map((s) => s.id).sort()).toEqual(Object.keys(SEED_OF_SOURCE).sort());
    for (const cited of meta.sources) {
      const text = seedText(SEED_OF_SOURCE[cited.id]!);
      const pieces = cited.quote!.split('…').map((piece) => piece.replace(/\s+/g, ' ').trim());
      for (const piece of pieces.filter(Boolean)) expect(text, cited.id).toContain(piece);
    }
  });

  it('has the events of seeds 002 and 003, dated no more precisely than the seed', async () => {
    const { table } = await load('migration-agreements-timeline');
    const event = (date: string) =>
      rows(table, { date }).map((r) => [r.event_type, r.organisation, r.parties, r.source_id]);
    // Seed 002: "In 2017, the Consultative Meetings of the Heads of State of Central Asia were initiated"
    expect(event('2017')).toEqual([['establishment', 'central_asia', null, 'KAMILOV_2025']]);
    // Seed 002: "in December 2024, the Uzbek side reported on the prospects of further simplification"
    expect(event('2024-12')).toEqual([['statement', 'eaeu', 'UZB', 'KAMILOV_2025']]);
    // Seed 003: "the interstate program of joint measures to address illegal migration for the period of 2019-2023"
    expect(event('2019/2023')).toEqual([['concept', 'cis', null, 'TJ_AP_20240528']]);
    // Seed 003: "Rahmon with his Russian counterpart Vladimir Putin in Moscow on May 9" (a 2024 story)
    expect(event('2024-05-09')).toEqual([['meeting', 'bilateral', 'TJK RUS', 'TJ_AP_20240528']]);
    expect(rows(table, { year: 2019 }).map((r) => r.date)).toEqual(['2019/2023']);
    expect(table.numRows()).toBe(31);
  });
});
