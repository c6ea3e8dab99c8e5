import { strFromU8, strToU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetMetaSchema } from '../../../src/data/metadataSchema';
import { resolveMeta } from '../../../src/data/metaText';
import { dataPackage } from '../../../src/export/dataPackage';
import { DATA_DIR } from '../../support/fileSystemSource';

const meta = resolveMeta(
  datasetMetaSchema.parse(
    JSON.parse(readFileSync(path.join(DATA_DIR, 'tajik-migrants-by-sex.meta.json'), 'utf8')),
  ),
);
const csv =
  '\uFEFFyear,sex,value (persons),source_id,source\r\n2023,female,97210,TJ_AP_20240528,Asia-Plus (2024)\r\n';
const csvName = 'tajik-migrants-by-sex_2023_female_2026-11-22.csv';
const viewUrl = 'https://example.org/#/dataset/tajik-migrants-by-sex?sex=female';

function zipOf(input: Partial<Parameters<typeof dataPackage>[0]> = {}): Uint8Array {
  return dataPackage({
    csv,
    csvName,
    meta,
    filters: { sex: ['female'] },
    time: [2023, 2023],
    viewUrl,
    downloadedAt: new Date('2026-11-22T10:00:00Z'),
    rows: 1,
    ...input,
  });
}

function unpack(input: Partial<Parameters<typeof dataPackage>[0]> = {}) {
  return Object.fromEntries(
    Object.entries(unzipSync(zipOf(input))).map(([name, bytes]) => [name, strFromU8(bytes)]),
  );
}

describe('dataPackage', () => {
  it('holds the CSV unchanged, the metadata, its Frictionless descriptor, references and a README', () => {
    const files = unpack();
    expect(Object.keys(files).sort()).toEqual(
      [
        csvName,
        'README.md',
        'citation.bib',
        'citation.ris',
        'datapackage.json',
        'metadata.json',
      ].sort(),
    );
    // Byte for byte, BOM included (decoding to a string would drop the BOM).
    expect(Array.from(unzipSync(zipOf())[csvName]!)).toEqual(Array.from(strToU8(csv)));
  });

  it('keeps the whole metadata and records what was downloaded', () => {
    const metadata = JSON.parse(unpack()['metadata.json']!) as Record<string, unknown>;
    expect(metadata).toMatchObject({ id: meta.id, title: meta.title, license: meta.license });
    expect(metadata.sources).toEqual(meta.sources);
    expect(metadata.download).toEqual({
      filters: { sex: ['female'] },
      time: [2023, 2023],
      viewUrl,
      downloadedAt: '2026-11-22T10:00:00.000Z',
      rows: 1,
      file: csvName,
    });
  });

  it('records a download without a time range as null', () => {
    const metadata = JSON.parse(unpack({ time: undefined, filters: {} })['metadata.json']!) as {
      download: { time: unknown; filters: unknown };
    };
    expect(metadata.download.time).toBeNull();
    expect(metadata.download.filters).toEqual({});
  });

  it('explains the download in the README: contents, filters, citation, licence, caveats', () => {
    const readme = unpack()['README.md']!;
    expect(readme).toMatch(/^# Tajik labour migrants who went abroad, by sex\n/);
    expect(readme).toContain(meta.description);
    expect(readme).toContain(`\`${csvName}\`: 1 row,`);
    expect(readme).toContain('Filters applied: Year: 2023; Sex: Women');
    expect(readme).toContain(viewUrl);
    expect(readme).toContain('## How to cite');
    expect(readme).toContain(`- Asia-Plus (2024): ${meta.sources[0]!.citation}`);
    expect(readme).toContain(meta.license);
    for (const caveat of meta.caveats) expect(readme).toContain(`- ${caveat}`);
    expect(readme).toContain('computed by this dashboard');
    expect(readme).not.toMatch(/\{\w+\}/);
  });

  it('says when no filter was applied', () => {
    const readme = unpack({ filters: {}, time: undefined })['README.md']!;
    expect(readme).toContain('Filters applied: none');
  });

  it('carries the references ready to import: the source, then the view as downloaded', () => {
    const files = unpack();
    expect(files['citation.bib']).toMatch(
      /^@misc\{tj_ap_20240528,\n {2}author = \{\{Asia-Plus\}\},/,
    );
    expect(files['citation.bib']).toContain(`  url = {${viewUrl}},\n  urldate = {2026-11-22},`);
    const ris = files['citation.ris']!;
    expect(ris.match(/^TY {2}- /gm)).toHaveLength(2);
    expect(ris).toContain(`UR  - ${viewUrl}\r\nY2  - 2026/11/22/\r\n`);
    expect(ris.endsWith('ER  - \r\n')).toBe(true);
  });
});
