import { strFromU8, unzipSync } from 'fflate';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  cpSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogueFile } from '../../../src/build/dataPackageFile';
import { listMetadataFiles } from '../../../src/build/dataDirPlugin';
import { localizeMeta } from '../../../src/data/metaText';
import { dataPackage, viewPackage } from '../../../src/export/dataPackage';
import { tableResource } from '../../../src/export/frictionless';
import { downloadTable } from '../../../src/export/downloadTable';
import { toExcelCsv } from '../../../src/export/excelCsv';
import { escape, table } from 'arquero';
import { loadLocale, setActiveLocale } from '../../../src/i18n/i18n';
import { checkDataPackage } from '../../support/frictionlessCheck';
import { DATA_DIR, loadEveryDataset, type LoadedDataset } from '../../support/fileSystemSource';
import { TEST_TIMEOUT } from '../../testTimeout';

const readIn = (dir: string) => (file: string) => {
  const full = path.join(dir, file);
  return existsSync(full) ? readFileSync(full, 'utf8') : undefined;
};

interface Descriptor {
  name: string;
  licenses?: unknown[];
  resources: {
    name: string;
    path: string;
    title: string;
    schema: { fields: { name: string; type: string; constraints?: { required?: boolean } }[] };
    sources: { title: string; path?: string }[];
    licenses: { name?: string; path?: string; title?: string }[];
  }[];
}

let loaded: LoadedDataset[] = [];
beforeAll(async () => {
  loaded = await loadEveryDataset();
  await loadLocale('ru');
}, TEST_TIMEOUT);

describe('data/datapackage.json: the Frictionless catalogue beside the data', () => {
  const metaFiles = listMetadataFiles(DATA_DIR);
  const catalogue = JSON.parse(catalogueFile(DATA_DIR, metaFiles)) as Descriptor;

  it('is a valid tabular data package whose every CSV loads with its schema', () => {
    expect(checkDataPackage(catalogue, readIn(DATA_DIR))).toEqual([]);
  });

  it('lists every dataset in data/ as a resource: its CSV, title, typed fields, sources and licence', () => {
    expect(catalogue.resources.map((r) => r.path)).toEqual(loaded.map((d) => d.meta.file));
    for (const { meta } of loaded) {
      const resource = catalogue.resources.find((r) => r.name === meta.id)!;
      expect(resource.title).toBe(meta.title);
      // Every figure keeps its source: each citation, with its address.
      expect(resource.sources.map((s) => s.title)).toEqual(meta.sources.map((s) => s.citation));
      for (const column of meta.columns) {
        const field = resource.schema.fields.find((f) => f.name === column.name)!;
        expect(field.type).toBe(column.time ? 'year' : column.type);
        expect(field.constraints?.required ?? false).toBe(!column.nullable);
      }
      const licence = resource.licenses[0]!;
      expect(licence.title ?? licence.name).toBeTruthy();
    }
    // The World Bank's licence by its id; a news dataset's terms in the metadata's own words.
    const wdi = catalogue.resources.find((r) => r.name === 'wdi-remittances')!;
    expect(wdi.licenses).toEqual([
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title: 'Creative Commons Attribution 4.0',
      },
    ]);
    const bySex = catalogue.resources.find((r) => r.name === 'tajik-migrants-by-sex')!;
    expect(bySex.licenses[0]).toMatchObject({ path: 'tajik-migrants-by-sex.meta.json' });
    // Terms differ between datasets: each resource says its own, the package none.
    expect(catalogue.licenses).toBeUndefined();
  });

  it('lists a dataset dropped into data/ with no code change', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'datapackage-'));
    cpSync(DATA_DIR, dir, { recursive: true });
    const meta = JSON.parse(
      readFileSync(path.join(dir, 'tajik-migrants-by-sex.meta.json'), 'utf8'),
    );
    meta.id = 'tajik-migrants-by-sex-copy';
    meta.file = 'tajik-migrants-by-sex-copy.csv';
    writeFileSync(path.join(dir, 'tajik-migrants-by-sex-copy.meta.json'), JSON.stringify(meta));
    copyFileSync(path.join(dir, 'tajik-migrants-by-sex.csv'), path.join(dir, meta.file));
    const grown = JSON.parse(catalogueFile(dir, listMetadataFiles(dir))) as Descriptor;
    expect(grown.resources.map((r) => r.name)).toContain('tajik-migrants-by-sex-copy');
    expect(checkDataPackage(grown, readIn(dir))).toEqual([]);
  });

  it('the check finds what the readers would refuse (so that it can fail)', () => {
    const broken = structuredClone(catalogue);
    const fields = broken.resources[0]!.schema.fields;
    fields.reverse();
    expect(checkDataPackage(broken, readIn(DATA_DIR)).join('\n')).toMatch(
      /header .* is not the fields/,
    );
    const wrongType = structuredClone(catalogue);
    const tajik = wrongType.resources.find((r) => r.name === 'tajik-migrants-series')!;
    tajik.schema.fields.find((f) => f.name === 'period')!.type = 'integer';
    expect(checkDataPackage(wrongType, readIn(DATA_DIR)).join('\n')).toMatch(
      /period: ".*" is not a integer/,
    );
    const outside = structuredClone(catalogue);
    outside.resources[0]!.path = '../secrets.csv';
    expect(checkDataPackage(outside, readIn(DATA_DIR)).join('\n')).toMatch(/not a relative path/);
    const noLicence = structuredClone(catalogue);
    noLicence.resources[0]!.licenses = [{ title: 'Some terms' }];
    expect(checkDataPackage(noLicence, readIn(DATA_DIR)).join('\n')).toMatch(
      /neither name nor path/,
    );
  });
});

describe('the zip data package carries a datapackage.json for its CSV', () => {
  const unzipTo = (zip: Uint8Array) => {
    const files = Object.fromEntries(
      Object.entries(unzipSync(zip)).map(([name, bytes]) => [name, strFromU8(bytes)]),
    );
    return { files, read: (file: string) => files[file] };
  };

  it.each(['en', 'ru'] as const)(
    'for every dataset, its whole table as downloaded (page in %s): valid, typed, cited',
    (locale) => {
      setActiveLocale(locale);
      try {
        for (const { meta: english, table } of loaded) {
          const meta = localizeMeta(english, locale);
          const csvName = `${meta.id}_full_2026-12-07.csv`;
          const { files, read } = unzipTo(
            dataPackage({
              csv: toExcelCsv(downloadTable(table, meta)),
              csvName,
              meta,
              filters: {},
              viewUrl: `https://example.org/?view=dataset&id=${meta.id}`,
              downloadedAt: new Date('2026-12-07T10:00:00Z'),
              rows: table.numRows(),
            }),
          );
          const descriptor = JSON.parse(files['datapackage.json']!) as Descriptor;
          expect(checkDataPackage(descriptor, read), meta.id).toEqual([]);
          const resource = descriptor.resources[0]!;
          expect(resource.path).toBe(csvName);
          // English for tools, whatever the page's language.
          expect(resource.title).toBe(english.title);
          expect(resource.sources.map((s) => s.title)).toEqual(meta.sources.map((s) => s.citation));
        }
      } finally {
        setActiveLocale('en');
      }
    },
  );

  it('for a table made across datasets (the compare view): fields typed from the cells, every source and licence', () => {
    const metas = loaded
      .filter((d) => ['remittances', 'un-migrant-stock-2019'].includes(d.meta.id))
      .map((d) => d.meta);
    const csv = toExcelCsv(
      table({
        country: ['UZB', 'TJK'],
        year: [2019, 2020],
        value: [1.5, null],
        note: ['-1 in source', 'x'],
      }),
    );
    const { files, read } = unzipTo(
      viewPackage({
        title: 'Compare measures',
        description: 'Two datasets.',
        files: [{ name: 'compare-measures_2026-12-07.csv', csv, rows: 2 }],
        metas,
        filters: {},
        viewUrl: 'https://example.org/?view=compare',
        downloadedAt: new Date('2026-12-07T10:00:00Z'),
      }),
    );
    const descriptor = JSON.parse(files['datapackage.json']!) as Descriptor;
    expect(checkDataPackage(descriptor, read)).toEqual([]);
    const [resource] = descriptor.resources;
    expect(resource!.schema.fields.map((f) => [f.name, f.type])).toEqual([
      ['country', 'string'],
      ['year', 'number'],
      ['value', 'number'],
      ['note', 'string'],
    ]);
    expect(resource!.sources).toHaveLength(
      new Set(metas.flatMap((m) => m.sources.map((s) => s.citation))).size,
    );
    expect(resource!.licenses).toHaveLength(2);
  });

  it('for a view with derived columns: the change is a number, its note text', () => {
    const { meta, table } = loaded.find((d) => d.meta.id === 'tajik-migrants-by-sex')!;
    const withChange = table.derive({ change: escape((d: { value: number }) => d.value - 1000) });
    const csvName = 'tajik-migrants-by-sex_2026-12-07.csv';
    const { files, read } = unzipTo(
      dataPackage({
        csv: toExcelCsv(
          downloadTable(withChange, meta, [{ column: 'change', how: 'value − 1000' }]),
        ),
        csvName,
        meta,
        filters: {},
        viewUrl: 'https://example.org/',
        downloadedAt: new Date('2026-12-07T10:00:00Z'),
        rows: withChange.numRows(),
      }),
    );
    const descriptor = JSON.parse(files['datapackage.json']!) as Descriptor;
    expect(checkDataPackage(descriptor, read)).toEqual([]);
    expect(descriptor.resources[0]!.schema.fields.map((f) => [f.name, f.type])).toEqual([
      ['year', 'year'],
      ['sex', 'string'],
      ['value (persons)', 'integer'],
      ['source_id', 'string'],
      ['source', 'string'],
      ['change', 'number'],
      ['derived_note', 'string'],
    ]);
  });

  it('gives no enum where a value would be written with a leading quote (a formula start)', () => {
    const { meta } = loaded.find((d) => d.meta.id === 'tajik-migrants-by-sex')!;
    const sexField = (values: string[]) =>
      tableResource({
        meta: {
          ...meta,
          multilingual: undefined,
          columns: meta.columns.map((c) => (c.name === 'sex' ? { ...c, values } : c)),
        },
        path: 'x.csv',
        header: ['year', 'sex', 'value', 'source_id'],
        termsPath: 'x.meta.json',
      }).schema.fields[1]!;
    expect(sexField(['total', 'female']).constraints?.enum).toEqual(['total', 'female']);
    expect(sexField(['total', '-'])).not.toHaveProperty('constraints.enum');
  });
});
