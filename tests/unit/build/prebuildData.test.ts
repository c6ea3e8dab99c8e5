import { fromArrow } from 'arquero';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { listMetadataFiles } from '../../../src/build/dataDirPlugin';
import { prebuildDatasets } from '../../../src/build/prebuildData';
import { parseCatalog } from '../../../src/data/catalog';
import { DATA_DIR, fileSystemSource } from '../../support/fileSystemSource';

const copyOfData = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'prebuild-'));
  cpSync(DATA_DIR, dir, { recursive: true });
  return dir;
};

describe('the build prepares every dataset once', () => {
  it('writes Arrow that decodes to the same rows as the CSV checked in the browser, and one catalogue of metadata', async () => {
    const files = prebuildDatasets(DATA_DIR, ['tajik-migrants-by-sex.meta.json']);
    const byName = new Map(files.map((f) => [f.fileName, f.source]));
    expect([...byName.keys()].sort()).toEqual([
      'index.json',
      'index.json.br',
      'index.json.gz',
      'tajik-migrants-by-sex.arrow',
      'tajik-migrants-by-sex.arrow.br',
      'tajik-migrants-by-sex.arrow.gz',
    ]);
    const catalog = parseCatalog(
      'data/index.json',
      new TextDecoder().decode(byName.get('index.json') as Uint8Array),
    );
    const source = fileSystemSource();
    const meta = await source.loadMetadata('tajik-migrants-by-sex.meta.json');
    expect(catalog.prebuilt?.['tajik-migrants-by-sex.meta.json']?.meta).toEqual(meta);
    const fromCsv = await source.loadTable(meta);
    const fromGz = fromArrow(
      gunzipSync(byName.get('tajik-migrants-by-sex.arrow.gz') as Uint8Array),
    );
    expect(fromGz.objects()).toEqual(fromCsv.objects());
    expect(catalog.prebuilt?.['tajik-migrants-by-sex.meta.json']?.rows).toBe(fromCsv.numRows());
  });

  it('fails on a broken CSV with the message the browser would show: file, row, column', () => {
    const dir = copyOfData();
    const csv = readFileSync(path.join(dir, 'tajik-migrants-by-sex.csv'), 'utf8').split('\n');
    const [header, first, ...rest] = csv;
    const cells = first!.split(',');
    const valueAt = header!.split(',').indexOf('value');
    cells[valueAt] = '12 000';
    writeFileSync(
      path.join(dir, 'tajik-migrants-by-sex.csv'),
      [header, cells.join(','), ...rest].join('\n'),
    );
    expect(() => prebuildDatasets(dir, listMetadataFiles(dir))).toThrow(
      'data/tajik-migrants-by-sex.csv, row 1, column "value": expected a whole number, got "12 000"',
    );
  });

  it('fails on broken metadata naming the file', () => {
    const dir = copyOfData();
    writeFileSync(path.join(dir, 'tajik-migrants-by-sex.meta.json'), '{"id": ');
    expect(() => prebuildDatasets(dir, listMetadataFiles(dir))).toThrow(
      /^data\/tajik-migrants-by-sex\.meta\.json: not valid JSON/,
    );
  });
});

describe('the build refuses what the page must never draw', () => {
  it.each([
    [
      'two rows with the same keys',
      (csv: string) => csv.replace('2023,female,97210', '2023,male,97210'),
      'data/tajik-migrants-by-sex.csv, row 4: has the same year, sex, source_id as row 3 (2023, "male", "TJ_AP_20240528"): two figures for one point, and only one would be drawn',
    ],
    [
      'a year past the default range',
      (csv: string) => csv.replace('2022,total', '99999,total'),
      'data/tajik-migrants-by-sex.csv, row 1, column "year": "99999" is above 2100: the years a time column may hold (the metadata can declare min and max)',
    ],
  ])('stops on %s, naming file, row and column', (_, change, message) => {
    const dir = copyOfData();
    const file = path.join(dir, 'tajik-migrants-by-sex.csv');
    writeFileSync(file, change(readFileSync(file, 'utf8')));
    expect(() => prebuildDatasets(dir, listMetadataFiles(dir))).toThrow(message);
  });

  it('stops on metadata nested 5,000 levels deep naming the file, not with a stack overflow', () => {
    const dir = copyOfData();
    const file = path.join(dir, 'tajik-migrants-by-sex.meta.json');
    const text = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      text.replace('"caveats": [', `"caveats": [${'['.repeat(5000)}${']'.repeat(5000)},`),
    );
    expect(() => prebuildDatasets(dir, listMetadataFiles(dir))).toThrow(
      'data/tajik-migrants-by-sex.meta.json: caveats[0][0]…: nested more than 32 levels deep (metadata needs a handful)',
    );
  });
});
