import { fromArrow } from 'arquero';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { listMetadataFiles } from '../../src/build/dataDirPlugin';
import { prebuildDatasets } from '../../src/build/prebuildData';
import { parseCatalog } from '../../src/data/catalog';
import { DATA_DIR, fileSystemSource } from '../support/fileSystemSource';

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
