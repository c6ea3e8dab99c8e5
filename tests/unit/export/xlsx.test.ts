import { table, type ColumnTable } from 'arquero';
import { strFromU8, unzipSync } from 'fflate';
import { createRequire } from 'node:module';
import path from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { cspSafeXlsx } from '../../../src/build/cspSafeXlsx';
import { describeFilters } from '../../../src/export/dataPackage';
import { parseExcelCsv, toExcelCsv } from '../../../src/export/excelCsv';
import { viewDerivedColumns, viewDownloadTable } from '../../../src/export/viewDownload';
import { xlsxBlob, type WorkbookInput } from '../../../src/export/xlsx';
import type { DatasetMeta } from '../../../src/data/metadataSchema';
import { loadLocale, setActiveLocale } from '../../../src/i18n/i18n';
import { rowObjects } from '../../../src/lib/tableValues';
import { defaultUnView, type UnViewState } from '../../../src/state/viewState';
import { UN_DATASET_ID, UN_TOTALS_ID } from '../../../src/views/un/model/unDatasets';
import { unViewDownloadTable } from '../../../src/views/un/model/unDownload';
import { unModel } from '../../../src/views/un/model/unModel';
import { unViewRequest } from '../../../src/views/un/model/unViewRequest';
import { fileSystemSource } from '../../support/fileSystemSource';
import { viewAt } from '../../support/viewAt';

const downloadedAt = new Date('2026-12-07T10:00:00Z');
const viewUrl = 'https://example.org/dashboard/?view=dataset&id=x';

/** The workbook written and read back as a spreadsheet program would: each sheet's cells. */
async function written(input: WorkbookInput) {
  const bytes = Buffer.from(await (await xlsxBlob(input)).arrayBuffer());
  const sheets = await readXlsxFile(bytes, { trim: false });
  return { sheets, parts: unzipSync(new Uint8Array(bytes)) };
}

/** The CSV the same view downloads, read back as text cells (header first). */
function csvCells(download: ColumnTable): (string | null)[][] {
  const back = parseExcelCsv(toExcelCsv(download));
  const names = back.columnNames();
  return [names, ...rowObjects(back).map((r) => names.map((n) => r[n] as string | null))];
}

/** Sheet 1 holds exactly the CSV's cells: a figure as a number that reads as the CSV's text. */
function expectSameAsCsv(data: unknown[][], download: ColumnTable) {
  const csv = csvCells(download);
  expect(data).toHaveLength(csv.length);
  data.forEach((row, r) => {
    const cells = csv[r]!.map((_, c) => row[c] ?? null);
    csv[r]!.forEach((text, c) => {
      const cell = cells[c];
      if (text === null) expect(cell).toBeNull();
      else if (typeof cell === 'number') expect(String(cell)).toBe(text);
      else expect(cell).toBe(text);
    });
    // A numeric column of the table is a numeric cell in the sheet.
    if (r > 0) {
      download.columnNames().forEach((name, c) => {
        const value = download.get(name, r - 1) as unknown;
        if (typeof value === 'number' && Number.isFinite(value)) {
          expect(typeof cells[c], `${name} row ${r}`).toBe('number');
        }
      });
    }
  });
}

async function datasetWorkbook(address: string) {
  const { meta, slice, model } = await viewAt(address);
  const changes = slice.observations.map((o) => model.changes.get(o));
  const download = viewDownloadTable(meta, slice, changes);
  const input: WorkbookInput = {
    table: download,
    title: model.title,
    metas: [meta],
    filters: describeFilters(slice.filters, undefined, meta),
    viewUrl,
    downloadedAt,
    notes: [
      ...new Set(viewDerivedColumns(slice, changes).map((d) => d.how)),
      ...model.flags.map((f) => f.text),
    ],
  };
  return { meta, download, model, ...(await written(input)) };
}

beforeAll(async () => {
  await Promise.all([loadLocale('en'), loadLocale('ru')]);
  setActiveLocale('en');
});

describe('the Excel download of a dataset view (issue 27)', () => {
  it('holds the Tajik departures as numbers, row for row as the CSV', async () => {
    const { sheets, download } = await datasetWorkbook('?view=dataset&id=tajik-migrants-series');
    expect(sheets.map((s) => s.sheet)).toEqual(['Data', 'Citation']);
    const data = sheets[0]!.data;
    expectSameAsCsv(data, download);
    const header = data[0] as string[];
    const value = header.indexOf('value');
    const period = header.indexOf('period');
    // 775,578 Tajik citizens left in 2022 (Asia-Plus, TASS): a number, not text.
    const row2022 = data.find((r) => r[0] === 2022 && r[period] === 'calendar year')!;
    expect(row2022[value]).toBe(775578);
  });

  it('keeps every decimal the source gives: unemployment rates and changes in points', async () => {
    const { sheets, download, parts } = await datasetWorkbook(
      '?view=dataset&id=unemployment&chart=line&country=UZB',
    );
    const data = sheets[0]!.data;
    expectSameAsCsv(data, download);
    const header = data[0] as string[];
    expect(header).toContain('value (percent)');
    expect(header).toContain('change_pp');
    expect(header).toContain('derived_note');
    const row = data.find((r) => r[header.indexOf('period')] === '2021')!;
    expect(row[header.indexOf('value (percent)')]).toBe(9.6);
    expect(row[header.indexOf('change_pp')]).toBe(-0.9);
    // One decimal shown for 9.6, none for 8: the figure's own decimals, never rounded.
    const styles = strFromU8(parts['xl/styles.xml']!);
    expect(styles).toContain('formatCode="0.0"');
    // The header row stays in view as the rows scroll.
    const sheet1 = strFromU8(parts['xl/worksheets/sheet1.xml']!);
    expect(sheet1).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(sheet1).toMatch(/<col [^>]*width=/);
  });

  it('shows the World Bank figures with all their decimals', async () => {
    const { sheets, download, parts } = await datasetWorkbook('?view=dataset&id=remittances');
    expectSameAsCsv(sheets[0]!.data, download);
    const figures = sheets[0]!.data.flat().filter((c): c is number => typeof c === 'number');
    // Tajikistan 2005, current US$ in billions as the World Bank gives it.
    expect(figures).toContain(0.564376544759999);
    expect(strFromU8(parts['xl/styles.xml']!)).toContain(`formatCode="0.${'0'.repeat(15)}"`);
  });

  it('cites every source in full with the view, its filters and the notes', async () => {
    const { sheets, meta, model } = await datasetWorkbook(
      '?view=dataset&id=tajik-migrants-by-sex&measure=share&sex=female',
    );
    const citation = sheets[1]!.data;
    const value = (label: string) => citation.find((r) => r[0] === label)?.[1];
    expect(value('Title')).toBe(model.title);
    expect(value('This view in the dashboard')).toBe(viewUrl);
    expect(value('Filters applied')).toBe('Sex: Women');
    expect(value('Downloaded')).toBe('2026-12-07');
    expect(value('Dataset')).toBe(`${meta.title} (${meta.id})`);
    expect(value('Data refer to')).toBe(meta.referencePeriod);
    // Each way of deriving a value said once (not once per combination of rows).
    const first = citation.findIndex((r) => r[0] === 'Notes (derived values, flagged figures)');
    const notes: unknown[] = [];
    for (let i = first; citation[i]?.[1]; i++) notes.push(citation[i]![1]);
    expect(notes[0]).toMatch(/^Derived: the figure divided by the stated total/);
    expect(new Set(notes).size).toBe(notes.length);
    const header = citation.findIndex((r) => r[0] === 'Source');
    expect(citation[header]).toEqual([
      'Source',
      'Full citation',
      'Publisher',
      'Title of the document',
      'Web address',
      'Published',
      'Release',
      'Retrieved',
      'Where in the document',
    ]);
    const sources = citation.slice(header + 1, header + 1 + meta.sources.length);
    expect(sources.map((r) => r[1])).toEqual(meta.sources.map((s) => s.citation));
    const asiaPlus = meta.sources.find((s) => s.id === 'TJ_AP_20240528')!;
    const row = sources.find((r) => r[1] === asiaPlus.citation)!;
    expect(row.slice(2, 9)).toEqual([
      asiaPlus.publisher,
      asiaPlus.title,
      asiaPlus.url ?? null,
      asiaPlus.published ?? null,
      asiaPlus.release ?? null,
      asiaPlus.retrieved,
      asiaPlus.locator,
    ]);
  });

  it('names its sheets and labels in the reader’s language', async () => {
    setActiveLocale('ru');
    try {
      const { meta, slice, model } = await viewAt('?view=dataset&id=tajik-migrants-by-sex', 'ru');
      const { sheets } = await written({
        table: viewDownloadTable(meta, slice),
        title: model.title,
        metas: [meta],
        filters: '',
        viewUrl,
        downloadedAt,
      });
      expect(sheets.map((s) => s.sheet)).toEqual(['Данные', 'Цитирование']);
      expect(sheets[1]!.data.map((r) => r[0])).toContain('Дата загрузки');
    } finally {
      setActiveLocale('en');
    }
  });
});

describe('the Excel download is safe by construction (README "Downloads")', () => {
  it('gives back text that looks like a formula as the same text, never a formula', async () => {
    const texts = ['=1+1', '@SUM(A1)', '+49 30 1234', '-2+3', ';=1+1', "'=quoted", '\t=tab'];
    const meta = (await viewAt('?view=dataset&id=tajik-migrants-by-sex')).meta;
    const { sheets, parts } = await written({
      table: table({ note: texts, value: texts.map((_, i) => -123564 + i) }),
      title: '=HYPERLINK("http://example.org","x")',
      metas: [meta],
      filters: '@filters',
      viewUrl,
      downloadedAt,
    });
    const data = sheets[0]!.data;
    expect(data.slice(1).map((r) => r[0])).toEqual(texts);
    // A negative figure stays a number (the CSV's rule), not text.
    expect(data[1]![1]).toBe(-123564);
    expect(sheets[1]!.data[0]![1]).toBe('=HYPERLINK("http://example.org","x")');
    for (const [name, bytes] of Object.entries(parts)) {
      if (name.startsWith('xl/worksheets/')) expect(strFromU8(bytes)).not.toMatch(/<f[ >]/);
    }
  });
});

describe('the Excel download of the UN view (issue 27)', () => {
  it('holds the bars of the UN view as the CSV does, citing both tables', async () => {
    const source = fileSystemSource();
    const meta: DatasetMeta = await source.loadMetadata(`${UN_DATASET_ID}.meta.json`);
    const totalsMeta = await source.loadMetadata(`${UN_TOTALS_ID}.meta.json`);
    const un: UnViewState = { ...defaultUnView, direction: 'origin', country: 'TJK', vs: ['UZB'] };
    // The UN view's own query, as every source runs it.
    const view = await source.selectUnView(meta, totalsMeta, unViewRequest(un, 'en'));
    const model = unModel(view, un.show, {
      sourceText: 'Source: UN DESA',
      bilateralSourceText: 'Source: UN DESA',
      noDataColor: '#ccc',
    });
    const download = unViewDownloadTable(model, meta, totalsMeta);
    const { sheets } = await written({
      table: download,
      title: meta.title,
      metas: [meta, totalsMeta],
      filters: 'country: TJK, UZB',
      viewUrl,
      downloadedAt,
      notes: [model.note],
    });
    const data = sheets[0]!.data;
    expectSameAsCsv(data, download);
    const header = data[0] as string[];
    // Tajik-born people living in Russia, as the UN table gives them.
    const russia = data.find(
      (r) =>
        r[header.indexOf('origin_iso3')] === 'TJK' &&
        r[header.indexOf('destination_iso3')] === 'RUS',
    )!;
    const stock = rowObjects(await source.loadTable(meta)).find(
      (r) =>
        r.origin_iso3 === 'TJK' &&
        r.destination_iso3 === 'RUS' &&
        r.sex === 'both' &&
        r.year === russia[0],
    )!.value;
    expect(russia[header.findIndex((h) => h.startsWith('stock'))]).toBe(stock);
    const cited = sheets[1]!.data.filter((r) => r[0] === 'Dataset').map((r) => r[1]);
    expect(cited).toEqual([`${meta.title} (${meta.id})`, `${totalsMeta.title} (${totalsMeta.id})`]);
    expect(sheets[1]!.data.flat()).toContain(model.note);
  });
});

describe('the Excel writer runs under the Content Security Policy', () => {
  it('zips without a worker from a blob: URL, which worker-src forbids', async () => {
    const entry = createRequire(import.meta.url).resolve('write-excel-file/browser');
    const file = path.join(path.dirname(entry), '../modules/export/writeXlsxFileBrowser.js');
    const plugin = cspSafeXlsx();
    const load = plugin.load as (id: string) => string | null;
    const patched = load.call(plugin, file)!;
    expect(patched).toContain('generateXlsxFileSync(arg1, arg2, arg3');
    expect(patched).not.toContain('generateXlsxFileAsync(');
    // A data sheet well over fflate's 160 kB worker threshold is written all the same.
    const n = 20_000;
    const meta = (await viewAt('?view=dataset&id=tajik-migrants-by-sex')).meta;
    const { sheets, parts } = await written({
      table: table({ year: Array.from({ length: n }, (_, i) => 2000 + (i % 25)) }),
      title: 'long',
      metas: [meta],
      filters: '',
      viewUrl,
      downloadedAt,
    });
    expect(parts['xl/worksheets/sheet1.xml']!.length).toBeGreaterThan(160_000);
    expect(sheets[0]!.data).toHaveLength(n + 1);
  });
});
