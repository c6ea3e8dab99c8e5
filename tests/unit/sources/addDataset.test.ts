import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, fileSystemSource } from '../../support/fileSystemSource';

describe('adding a dataset', () => {
  it('needs a CSV and a metadata file in data/, nothing else', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'data-'));
    cpSync(DATA_DIR, dir, { recursive: true });
    const before = await fileSystemSource(dir).listDatasets();
    // A new dataset, written as a newcomer would: Kyrgyz figures from the existing sources.
    const meta = JSON.parse(
      readFileSync(path.join(dir, 'tajik-migrants-by-destination.meta.json'), 'utf8'),
    );
    meta.id = 'sixth-dataset';
    meta.file = 'sixth-dataset.csv';
    writeFileSync(path.join(dir, 'sixth-dataset.meta.json'), JSON.stringify(meta));
    writeFileSync(
      path.join(dir, 'sixth-dataset.csv'),
      readFileSync(path.join(dir, 'tajik-migrants-by-destination.csv'), 'utf8'),
    );
    const source = fileSystemSource(dir);
    const after = await source.listDatasets();
    expect(after).toEqual([...before, 'sixth-dataset.meta.json'].sort());
    const loaded = await source.loadMetadata('sixth-dataset.meta.json');
    expect((await source.loadTable(loaded)).numRows()).toBe(3);
  });
});
