import { strFromU8, unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { downloadTable } from '../../../src/export/downloadTable';
import { toExcelCsv } from '../../../src/export/excelCsv';
import { buildFullExport } from '../../../src/export/fullExport';
import { setActiveLocale } from '../../../src/i18n/i18n';
import { fileSystemSource } from '../../support/fileSystemSource';
import { checkDataPackage } from '../../support/frictionlessCheck';

const source = fileSystemSource();
const metaOf = (id: string) => source.loadMetadata(`${id}.meta.json`);

describe('buildFullExport (what the data worker builds for a full download)', () => {
  it('writes a whole table’s CSV as the page wrote it, in UTF-8, in the language asked', async () => {
    const meta = await metaOf('uzbek-migrants-by-destination');
    const table = await source.loadTable(meta);
    setActiveLocale('en');
    const bytes = await buildFullExport({ kind: 'csv', meta, locale: 'ru' }, source.loadTable);
    // The byte-order mark kept: the file starts with it.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    // Country names in Russian: the worker has no page language of its own.
    expect(text).toContain('Россия');
    expect(text).toBe(toExcelCsv(downloadTable(table, meta)));
    // A Blob made from the string holds exactly these bytes.
    expect(bytes).toEqual(new TextEncoder().encode(text));
    setActiveLocale('en');
  });

  it('writes a whole table as an Excel workbook, figures as numbers, in the language asked', async () => {
    const meta = await metaOf('tajik-migrants-series');
    const table = await source.loadTable(meta);
    const bytes = await buildFullExport(
      {
        kind: 'xlsx',
        meta,
        locale: 'ru',
        viewUrl: 'https://example.org/?view=dataset&id=tajik-migrants-series',
        downloadedAt: new Date('2026-11-24T03:00:00Z'),
      },
      source.loadTable,
    );
    const [data, citation] = await readXlsxFile(Buffer.from(bytes));
    expect([data!.sheet, citation!.sheet]).toEqual(['Данные', 'Цитирование']);
    // Every row of the table, its figures as numbers: 412,123 in January–November 2005 first.
    expect(data!.data).toHaveLength(table.numRows() + 1);
    const header = data!.data[0] as string[];
    expect(data!.data[1]![header.indexOf('value')]).toBe(412123);
    expect(citation!.data.flat()).toContain(meta.sources[0]!.citation);
    setActiveLocale('en');
  });

  it('zips every dataset’s whole table with its metadata and a README', async () => {
    const metas = await Promise.all(['remittances', 'unemployment'].map(metaOf));
    const downloadedAt = new Date('2026-11-24T03:00:00Z');
    const zip = unzipSync(
      await buildFullExport(
        {
          kind: 'zip',
          metas,
          locale: 'en',
          title: 'Compare',
          description: 'Two datasets.',
          viewUrl: 'https://example.org/?view=compare',
          downloadedAt,
        },
        source.loadTable,
      ),
    );
    expect(Object.keys(zip).sort()).toEqual([
      'README.md',
      'citation.bib',
      'citation.ris',
      'datapackage.json',
      'metadata.json',
      'remittances_full_2026-11-24.csv',
      'unemployment_full_2026-11-24.csv',
    ]);
    const remittances = await source.loadTable(metas[0]!);
    expect(zip['remittances_full_2026-11-24.csv']).toEqual(
      new TextEncoder().encode(toExcelCsv(downloadTable(remittances, metas[0]!))),
    );
    const metadata = JSON.parse(strFromU8(zip['metadata.json']!));
    expect(metadata.download.files).toEqual([
      { file: 'remittances_full_2026-11-24.csv', rows: remittances.numRows() },
      {
        file: 'unemployment_full_2026-11-24.csv',
        rows: (await source.loadTable(metas[1]!)).numRows(),
      },
    ]);
    expect(strFromU8(zip['README.md']!)).toContain('Compare');
    // The Frictionless descriptor: one resource per dataset, each CSV typed by its metadata.
    const descriptor = JSON.parse(strFromU8(zip['datapackage.json']!));
    expect(
      checkDataPackage(descriptor, (file) => (zip[file] ? strFromU8(zip[file]) : undefined)),
    ).toEqual([]);
    expect(descriptor.resources.map((r: { name: string }) => r.name)).toEqual([
      'remittances',
      'unemployment',
    ]);
  });
});
