import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { prebuildDatasets } from '../../../src/build/prebuildData';
import { parseCsvTable } from '../../../src/data/parseCsvTable';
import { validateMetadata } from '../../../src/data/validateMetadata';
import type { ParquetManifest } from '../../../src/sources/parquetManifest';

/**
 * `npm run data:import`: the publishers' files in, data/ CSV and metadata out, checks on the way.
 * Run as a maintainer runs it (a child process), on the files in tests/fixtures/official-data.
 */
const FIXTURES = 'tests/fixtures/official-data';
const work = mkdtempSync(path.join(tmpdir(), 'data-import-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function dataImport(args: string[], out: string) {
  const run = spawnSync('node', ['scripts/data-import.mjs', ...args, '--out', out], {
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** The dataset as the app reads it: the same validation and parsing as in the browser. */
function load(dir: string, id: string) {
  const metaFile = `${id}.meta.json`;
  const meta = validateMetadata(metaFile, readFileSync(path.join(dir, metaFile), 'utf8'));
  const table = parseCsvTable(meta.file, readFileSync(path.join(dir, meta.file), 'utf8'), meta);
  return { meta, rows: table.objects() as Record<string, unknown>[] };
}

describe('the fixtures are the files PROVENANCE.md names', () => {
  it('each file has the sha256 listed', () => {
    const provenance = readFileSync(`${FIXTURES}/PROVENANCE.md`, 'utf8');
    const listed = [...provenance.matchAll(/^\| `([^`]+)` \|.*\| `([0-9a-f]{64})` \|$/gm)];
    const files = readdirSync(FIXTURES).filter((f) => !/\.(md|json)$/.test(f));
    expect(listed.map((m) => m[1]).sort()).toEqual(files.sort());
    for (const [, file, hash] of listed) expect(sha256(`${FIXTURES}/${file}`), file).toBe(hash);
  });
});

describe('data/ is what the importer makes of the publishers’ files', () => {
  const commands = JSON.parse(readFileSync(`${FIXTURES}/commands.json`, 'utf8')) as string[][];
  const fixtures = new Set(readdirSync(FIXTURES));
  const out = path.join(work, 'data');
  // The datasets of reported figures the WDI import adds the World Bank's series to: a second
  // import replaces the World Bank's rows and leaves the others as they are.
  mkdirSync(out, { recursive: true });
  for (const id of ['remittances', 'unemployment']) {
    for (const file of [`${id}.csv`, `${id}.meta.json`])
      copyFileSync(`data/${file}`, path.join(out, file));
  }

  it.each(commands.map((c) => [c[0]!, c] as const))('%s', (_, command) => {
    const args = command.map((a) => (fixtures.has(a) ? `${FIXTURES}/${a}` : a));
    const run = dataImport(args, out);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const written = [...run.stdout.matchAll(/wrote \S+\/([a-z0-9-]+)\.csv/g)].map((m) => m[1]!);
    expect(written.length).toBeGreaterThan(0);
    for (const id of written) {
      for (const file of [`${id}.csv`, `${id}.meta.json`]) {
        expect(readFileSync(path.join(out, file), 'utf8'), file).toBe(
          readFileSync(`data/${file}`, 'utf8'),
        );
      }
      load(out, id);
    }
  });
});

describe('UN DESA International Migrant Stock 2020, by destination and sex (the real workbook)', () => {
  const { meta, rows } = load('data', 'un-ims2020-totals-by-destination');
  const stock = (iso3: string, year: number, sex: string) =>
    rows.find((r) => r.destination_iso3 === iso3 && r.year === year && r.sex === sex)?.stock;

  it("gives the UN's figures, by sex, with the type of data and notes beside them", () => {
    expect(rows).toHaveLength(232 * 7 * 3);
    expect(stock('RUS', 2020, 'both')).toBe(11636911);
    expect(stock('KAZ', 2020, 'both')).toBe(3732073);
    expect(stock('UZB', 2020, 'both')).toBe(1162007);
    const world = (sex: string) =>
      rows
        .filter((r) => r.year === 2020 && r.sex === sex)
        .reduce((s, r) => s + ((r.stock as number | null) ?? 0), 0);
    expect(world('both')).toBe(280598105);
    const kaz = rows.find((r) => r.destination_iso3 === 'KAZ' && r.year === 2020)!;
    const dataType = meta.columns.find((c) => c.name === 'data_type')!;
    expect(dataType.valueLabels?.[String(kaz.data_type)]).toBe(
      'B R: foreign-born population, refugees added',
    );
    expect(dataType.valueLabels?.I).toBe('I: no data, estimate imputed');
    // Bonaire, Sint Eustatius and Saba: the UN's note 16, and no figures by sex.
    const bes = rows.find(
      (r) => r.destination_iso3 === 'BES' && r.year === 1990 && r.sex === 'male',
    )!;
    const note = meta.columns.find((c) => c.name === 'un_note')!;
    expect(note.valueLabels?.[String(bes.un_note)]).toMatch(
      /^UN note 16: .*former Netherlands Antilles/,
    );
    expect(bes.stock).toBeNull();
    expect(bes.status).toBe('not available');
  });

  it('names the Channel Islands and says where Kosovo is counted', () => {
    const code = meta.columns.find((c) => c.name === 'destination_iso3')!;
    expect(rows.some((r) => r.destination_iso3 === 'CHI')).toBe(true);
    expect(code.valueLabels?.CHI).toBe('Channel Islands');
    expect(meta.caveats.some((c) => /Kosovo .*counts it in Serbia/.test(c))).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// A small workbook in the UN's origin × destination layout, written here.

type Cell = string | number | null;

/** A minimal valid .xlsx (one sheet, inline strings): an xlsx is a zip of XML parts. */
function writeXlsx(file: string, sheet: string, rows: Cell[][]) {
  const col = (i: number) =>
    i < 26
      ? String.fromCharCode(65 + i)
      : String.fromCharCode(64 + Math.floor(i / 26), 65 + (i % 26));
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const sheetXml = rows
    .map((row, r) => {
      const cells = row
        .map((v, c) => {
          const ref = `${col(c)}${r + 1}`;
          if (v === null) return '';
          if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
          return `<c r="${ref}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`;
        })
        .join('');
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join('');
  const ns = 'http://schemas.openxmlformats.org';
  const parts = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="${ns}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${ns}/officeDocument/2006/relationships"><sheets><sheet name="${esc(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${ns}/spreadsheetml/2006/main"><sheetData>${sheetXml}</sheetData></worksheet>`,
  };
  writeFileSync(
    file,
    zipSync(Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, strToU8(xml)]))),
  );
}

const YEARS = [2015, 2020];
/**
 * Made-up figures in the UN's layout (a test of the reader and its checks, not data): men and
 * women per destination × origin × year; each destination's total (origin WORLD, 900) is its
 * listed origins plus 50 men and 30 women from origins the table does not list.
 */
const PAIRS: [string, [string, [number, number][]][]][] = [
  [
    '643',
    [
      [
        '860',
        [
          [900, 700],
          [1000, 800],
        ],
      ],
      [
        '762',
        [
          [400, 100],
          [500, 150],
        ],
      ],
      [
        '2003',
        [
          [20, 10],
          [25, 12],
        ],
      ],
    ],
  ],
  [
    '398',
    [
      [
        '860',
        [
          [300, 250],
          [320, 260],
        ],
      ],
      [
        '762',
        [
          [60, 40],
          [70, 45],
        ],
      ],
    ],
  ],
];
const NAMES: Record<string, string> = {
  '900': 'WORLD',
  '643': 'Russian Federation',
  '398': 'Kazakhstan',
  '860': 'Uzbekistan',
  '762': 'Tajikistan',
  '2003': 'Other',
  '5500': 'Central Asia',
};
const TYPES: Record<string, string> = { '643': 'B', '398': 'B R' };

function bilateralRows(): Cell[][] {
  const line = (d: string, o: string, cells: [number, number][]): Cell[] => [
    null,
    NAMES[d]!,
    null,
    Number(d),
    TYPES[d] ?? null,
    NAMES[o]!,
    Number(o),
    ...cells.map(([m, f]) => m + f),
    ...cells.map(([m]) => m),
    ...cells.map(([, f]) => f),
  ];
  const sum = (list: [number, number][][]) =>
    YEARS.map((_, y) => [
      list.reduce((s, c) => s + c[y]![0], 0),
      list.reduce((s, c) => s + c[y]![1], 0),
    ]) as [number, number][];
  const total = (origins: [string, [number, number][]][]) =>
    sum([...origins.map(([, c]) => c), YEARS.map(() => [50, 30] as [number, number])]);
  const data: Cell[][] = [];
  data.push(line('900', '900', sum(PAIRS.map(([, origins]) => total(origins)))));
  for (const [d, origins] of PAIRS) {
    data.push(line(d, '900', total(origins)));
    // A region of origin: not a country, left out.
    data.push(line(d, '5500', sum(origins.filter(([o]) => o !== '2003').map(([, c]) => c))));
    for (const [o, cells] of origins) data.push(line(d, o, cells));
  }
  // A region of destination: left out.
  data.push(line('5500', '860', PAIRS[0]![1][0]![1]));
  const blank = (): Cell[] => Array.from({ length: 13 }, () => null);
  const titles = blank();
  titles[7] = 'International migrant stock at mid-year, both sexes combined';
  titles[9] = 'International migrant stock at mid-year, males';
  titles[11] = 'International migrant stock at mid-year, females';
  return [
    blank(),
    [null, 'International Migrant Stock 2020: Destination and origin'],
    [
      null,
      'Table 1: International migrant stock at mid-year by sex and by region, country or area of destination and origin, 1990-2020',
    ],
    [null, 'POP/DB/MIG/Stock/Rev.2020'],
    blank(),
    blank(),
    blank(),
    titles,
    blank(),
    blank(),
    [
      'Index',
      'Region, development group, country or area of destination',
      'Notes of destination',
      'Location code of destination',
      'Type of data of destination',
      'Region, development group, country or area of origin',
      'Location code of origin',
      ...YEARS,
      ...YEARS,
      ...YEARS,
    ],
    ...data,
  ];
}

describe('the UN origin × destination layout (a small workbook written by the test)', () => {
  const importBilateral = (rows: Cell[][], name: string) => {
    const file = path.join(work, `${name}.xlsx`);
    writeXlsx(file, 'Table 1', rows);
    const out = path.join(work, name);
    return { ...dataImport(['un-bilateral', file, '--retrieved', '2026-12-07'], out), out };
  };

  it('keeps country pairs, by sex, with the UN’s “Other” origin; drops regions', () => {
    const run = importBilateral(bilateralRows(), 'good');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const { meta, rows } = load(run.out, 'un-ims2020-bilateral-by-sex');
    expect(meta.sources[0]!.release).toBe(
      'International Migrant Stock 2020 (POP/DB/MIG/Stock/Rev.2020)',
    );
    expect(meta.sources[0]!.nextRelease).toMatch(/2024 revision .* not yet included/);
    // 5 pairs × 2 years × 3 sexes; no region, no WORLD.
    expect(rows).toHaveLength(5 * 2 * 3);
    expect(new Set(rows.map((r) => r.origin_iso3))).toEqual(new Set(['UZB', 'TJK', 'XXX']));
    expect(new Set(rows.map((r) => r.destination_iso3))).toEqual(new Set(['RUS', 'KAZ']));
    // "Where do Tajik women live?": one filter away.
    const tajikWomen = rows.filter(
      (r) => r.origin_iso3 === 'TJK' && r.sex === 'female' && r.year === 2020,
    );
    expect(tajikWomen.map((r) => [r.destination_iso3, r.stock])).toEqual([
      ['KAZ', 45],
      ['RUS', 150],
    ]);
  });

  it('stores the whole table as Parquet partitions by origin and by destination, as the build writes them', () => {
    const run = importBilateral(bilateralRows(), 'stored');
    expect(run.status).toBe(0);
    const { meta } = load(run.out, 'un-ims2020-bilateral-by-sex');
    expect(meta.storage).toEqual({
      format: 'parquet',
      partitionBy: ['origin_iso3', 'destination_iso3'],
      url: 'un-ims2020-bilateral-by-sex/',
    });
    // The build reads the metadata as written: one file per origin and one per destination.
    const built = prebuildDatasets(run.out, ['un-ims2020-bilateral-by-sex.meta.json']);
    const manifest = JSON.parse(
      built.find((f) => f.fileName === 'un-ims2020-bilateral-by-sex/manifest.json')!
        .source as string,
    ) as ParquetManifest;
    expect(
      manifest.partitionings.map(({ by, partitions }) => [
        by,
        partitions.map((p) => [p.value, p.rows]),
      ]),
    ).toEqual([
      [
        'origin_iso3',
        [
          ['TJK', 12],
          ['UZB', 12],
          ['XXX', 6],
        ],
      ],
      [
        'destination_iso3',
        [
          ['KAZ', 12],
          ['RUS', 18],
        ],
      ],
    ]);
  });

  /** Change one cell of the good workbook (1-based row, 0-based column). */
  const broken = (row: number, column: number, value: Cell) => {
    const rows = bilateralRows();
    rows[row - 1]![column] = value;
    return rows;
  };
  // Row 12 is WORLD × WORLD, row 13 Russia × WORLD, 15 Russia × Uzbekistan, 16 Russia × Tajikistan.
  it.each([
    [
      'both sexes ≠ men + women',
      broken(15, 8, 1801),
      'bad1.xlsx, row 15, column "I (2020, both sexes)": both sexes 1801 ≠ males 1000 + females 800',
    ],
    [
      "a destination's listed origins above its total",
      broken(13, 12, 900),
      'bad2.xlsx, row 13, column "M (2020, females)": the listed origins of Russian Federation add up to 962, more than its total 900',
    ],
    [
      'the world above the sum of its destinations',
      broken(12, 7, 4000),
      'bad3.xlsx, row 12, column "H (2015, both sexes)": WORLD 4000 ≠ the sum of the 2 destinations (2940)',
    ],
    [
      'a code with no ISO 3166 code',
      broken(15, 3, 999),
      'bad4.xlsx, row 15, column "D (Location code of destination)": location code 999 has no ISO 3166 alpha-3 code',
    ],
    [
      'text in a figure',
      broken(16, 10, 'n/a'),
      'bad5.xlsx, row 16, column "K (2020, males)": expected a whole number of persons, found "n/a"',
    ],
  ])('fails on %s, naming file, row and column, and writes nothing', (_, rows, message) => {
    const name = /^(bad\d)/.exec(message)![1]!;
    const run = importBilateral(rows, name);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(`data:import: ${message}`);
    expect(existsSync(run.out)).toBe(false);
  });
});

describe('a World Bank WDI download (the CSV of the indicator page)', () => {
  /** The layout of API_<indicator>_DS2_en_csv_v2_*.csv, with Tajikistan's figures from the fixture. */
  function wdiCsv(cell?: string) {
    const excerpt = readFileSync(`${FIXTURES}/sl_uem_totl_zs.excerpt.csv`, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','))
      .filter(([economy]) => economy === 'tjk');
    const years = excerpt.map(([, year]) => year!);
    const values = excerpt.map(([, , value]) => value!);
    if (cell !== undefined) values[3] = cell;
    const q = (cells: string[]) => cells.map((c) => `"${c}"`).join(',') + ',';
    return [
      q(['Data Source', 'World Development Indicators']),
      '',
      q(['Last Updated Date', '2025-07-01']),
      '',
      q(['Country Name', 'Country Code', 'Indicator Name', 'Indicator Code', ...years]),
      q([
        'Tajikistan',
        'TJK',
        'Unemployment, total (% of total labor force) (modeled ILO estimate)',
        'SL.UEM.TOTL.ZS',
        ...values,
      ]),
      q([
        'World',
        'WLD',
        'Unemployment, total (% of total labor force) (modeled ILO estimate)',
        'SL.UEM.TOTL.ZS',
        ...values.map(() => ''),
      ]),
    ].join('\n');
  }

  it('reads the release from the file and keeps every figure as printed', () => {
    const file = path.join(work, 'API_SL.UEM.TOTL.ZS_DS2_en_csv_v2.csv');
    writeFileSync(file, wdiCsv());
    const out = path.join(work, 'wdi');
    const run = dataImport(['wdi', file, '--retrieved', '2026-12-07'], out);
    expect(run.stderr).toBe('');
    const { meta, rows } = load(out, 'wdi-unemployment');
    expect(meta.sources[0]!.release).toBe('World Development Indicators, release of 2025-07-01');
    expect(meta.sources[0]!.citation).toContain(
      'release: World Development Indicators, release of 2025-07-01',
    );
    const ours = load('data', 'wdi-unemployment').rows.filter((r) => r.country === 'TJK');
    expect(rows).toEqual(ours);
  });

  it('fails on a figure that is not a number, naming the row and the year', () => {
    const file = path.join(work, 'API_bad.csv');
    writeFileSync(file, wdiCsv('12;5'));
    const run = dataImport(['wdi', file], path.join(work, 'wdi-bad'));
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      'data:import: API_bad.csv, row 6, column "1994": expected a number, found "12;5"',
    );
  });
});

describe("the World Bank's figures in the datasets of reported figures", () => {
  /** The figures of one indicator in the fixture, as printed: "tjk|2021" → "2921713106.9770000000". */
  const excerpt = (name: string) =>
    new Map(
      readFileSync(`${FIXTURES}/${name}.excerpt.csv`, 'utf8')
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split(','))
        .map(([economy, year, value]) => [`${economy!.toUpperCase()}|${year}`, Number(value)]),
    );

  it('remittances: the main line is the World Bank’s, the news figures stay beside it', () => {
    const { meta, rows } = load('data', 'remittances');
    const wdi = meta.sources.find((s) => s.id === 'WB_WDI')!;
    // Rank 1 ranks first under the documented rule; every news source ranks lower.
    expect(wdi.rank).toBe(1);
    expect(meta.sources.filter((s) => s.id !== 'WB_WDI').every((s) => s.rank > 1)).toBe(true);
    const usd = excerpt('bx_trf_pwkr_cd_dt');
    const pct = excerpt('bx_trf_pwkr_dt_gd_zs');
    const ours = rows.filter((r) => r.source_id === 'WB_WDI');
    for (const r of ours) {
      const key = `${r.country}|${r.year}`;
      if (r.indicator === 'remittances_received') {
        // US$ shown in billions: the same figure, the decimal point moved.
        expect(Math.abs((r.value as number) * 1e9 - usd.get(key)!)).toBeLessThan(1e-3);
      } else expect(r.value).toBe(pct.get(key));
    }
    const countries = ['TJK', 'KGZ', 'UZB'];
    expect(ours).toHaveLength(
      [...usd.keys(), ...pct.keys()].filter((k) => countries.includes(k.split('|')[0]!)).length,
    );
    // Tajikistan 2021: the World Bank's 2.92… billion beside the news' 2.9 (Daryo, citing the ADB).
    const tjk2021 = rows.filter(
      (r) => r.country === 'TJK' && r.year === 2021 && r.indicator === 'remittances_received',
    );
    expect(tjk2021.map((r) => [r.source_id, r.value])).toEqual(
      expect.arrayContaining([
        ['WB_WDI', Number('2.9217131069769902229')],
        ['TJ_DARYO_20240719', 2.9],
      ]),
    );
  });

  it('unemployment: the ILO modelled rate is its own series, never joined to a national one', () => {
    const { meta, rows } = load('data', 'unemployment');
    const ilo = rows.filter((r) => r.source_id === 'WB_WDI');
    const uem = excerpt('sl_uem_totl_zs');
    expect(ilo.length).toBe([...uem.keys()].filter((k) => /^(TJK|KGZ|UZB)\|/.test(k)).length);
    for (const r of ilo) {
      expect(r.series).toBe('ilo_modelled');
      expect(r.basis).toBe('ilo_modelled');
      expect(r.value).toBe(uem.get(`${r.country}|${r.year}`));
    }
    expect(rows.filter((r) => r.series === 'ilo_modelled' && r.source_id !== 'WB_WDI')).toEqual([]);
    // Uzbekistan's 2018 method break is the ministry's: it does not cut the ILO line.
    expect(meta.breaks).toEqual([
      expect.objectContaining({ where: { country: 'UZB', basis: 'national' }, before: 2018 }),
    ]);
  });
});
