import type { ColumnTable } from 'arquero';
import writeXlsxFile, { type Cell, type Sheet, type SheetData } from 'write-excel-file/browser';
import { shortCitations } from '../data/citations.ts';
import type { DatasetMeta } from '../data/metadataSchema.ts';
import { t } from '../i18n/i18n.ts';
import { columnValues } from '../lib/tableValues.ts';

export interface WorkbookInput {
  /** The table of the view's CSV (or the whole dataset's): sheet 1, row for row. */
  table: ColumnTable;
  /** What the view shows: the citation sheet's first line. */
  title: string;
  /** Every dataset the figures come from, cited in full. */
  metas: readonly DatasetMeta[];
  /** The filters and period applied, in words ("Year: 2022–2023; Sex: Women"). */
  filters: string;
  viewUrl: string;
  downloadedAt: Date;
  /** What the view says beside its chart: how derived values were computed, figures in doubt. */
  notes?: readonly string[];
}

/** Columns no narrower or wider than this many characters. */
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
/** Decimals Excel can be asked to show: beyond 15 significant digits it shows zeros anyway. */
const MAX_DECIMALS = 20;

/**
 * The workbook of a download: sheet 1 the CSV's rows and columns, sheet 2 the citation. Safe by
 * construction: every text is a string cell (a shared string, `t="s"`), never a formula, so a
 * spreadsheet never evaluates "=1+1" or "@SUM(A1)" and no `'` prefix is needed; every figure is
 * a numeric cell shown with all the decimals it has, none added and none rounded away.
 */
export function workbookSheets(input: WorkbookInput): Sheet<Blob>[] {
  const data = dataSheet(input.table);
  const citation = citationSheet(input);
  return [
    {
      data: data.rows,
      sheet: sheetName(t('xlsx.sheetData')),
      columns: data.widths.map((width) => ({ width })),
      stickyRowsCount: 1,
    },
    {
      data: citation,
      sheet: sheetName(t('xlsx.sheetCitation')),
      columns: [28, 80, 30, 50, 40, 14, 30, 14, 30].map((width) => ({ width })),
    },
  ];
}

/** The .xlsx file's bytes (a zip), built on the page or in the data worker. */
export function xlsxBlob(input: WorkbookInput): Promise<Blob> {
  return writeXlsxFile(workbookSheets(input)).toBlob();
}

function dataSheet(table: ColumnTable): { rows: SheetData; widths: number[] } {
  const names = table.columnNames();
  const columns = names.map((name) => columnValues(table, name).map(cellOf));
  const widths = names.map((name, c) =>
    clampWidth(Math.max(name.length, ...columns[c]!.map((cell) => cell.shown.length))),
  );
  const rows: SheetData = [names.map((name) => text(name, true))];
  for (let row = 0; row < table.numRows(); row++) {
    rows.push(columns.map((values) => values[row]!.cell));
  }
  return { rows, widths };
}

/** A value as a cell, and the text it shows (for the column's width). */
function cellOf(value: unknown): { cell: Cell; shown: string } {
  if (value === null || value === undefined) return { cell: null, shown: '' };
  if (typeof value === 'number') {
    // NaN and Infinity are not figures a spreadsheet can hold: an empty cell, as in the CSV.
    if (!Number.isFinite(value)) return { cell: null, shown: '' };
    const digits = decimalsOf(value);
    return {
      cell: {
        value,
        type: Number,
        // "General" would show 0.564376545 for 0.564376544759999 in a narrow column: a fixed
        // format with the figure's own decimals shows each as the source gives it.
        ...(digits > 0 ? { format: `0.${'0'.repeat(digits)}` } : {}),
      },
      shown: String(value),
    };
  }
  if (value instanceof Date) {
    const iso = Number.isNaN(value.getTime()) ? '' : value.toISOString();
    return { cell: iso ? text(iso) : null, shown: iso };
  }
  const shown = String(value);
  return { cell: text(shown), shown };
}

function text(value: string, bold = false): Cell {
  // `type: String` makes a shared-string cell whatever the text starts with: never a formula.
  return bold ? { value, type: String, fontWeight: 'bold' } : { value, type: String };
}

/** Decimals of a figure as JavaScript writes it (0.1 + 0.2 has 17); none for 1e-7 (shown General). */
function decimalsOf(value: number): number {
  const written = String(value);
  const dot = written.indexOf('.');
  if (dot < 0 || /e/i.test(written)) return 0;
  return Math.min(written.length - dot - 1, MAX_DECIMALS);
}

function clampWidth(chars: number): number {
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, chars + 2));
}

/**
 * Who to cite and for what: the view (title, address, filters, download date), the notes the view
 * gives (how its derived values were computed, figures in doubt), each once, then each dataset with its reference
 * period, licence, caveats and a table of its sources (publisher, title, address, dates, release).
 */
function citationSheet(input: WorkbookInput): SheetData {
  const pair = (label: string, value: string | undefined): Cell[] => [
    text(label, true),
    value ? text(value) : null,
  ];
  const rows: SheetData = [
    pair(t('xlsx.title'), input.title),
    pair(t('xlsx.view'), input.viewUrl),
    pair(t('xlsx.filters'), input.filters || t('export.none')),
    pair(t('xlsx.downloaded'), input.downloadedAt.toISOString().slice(0, 10)),
  ];
  const notes = [...new Set(input.notes ?? [])];
  notes.forEach((note, i) => rows.push(pair(i === 0 ? t('xlsx.notes') : '', note)));
  const allSources = input.metas.flatMap((m) => m.sources);
  for (const meta of input.metas) {
    rows.push([]);
    rows.push(pair(t('xlsx.dataset'), `${meta.title} (${meta.id})`));
    rows.push(pair(t('xlsx.referencePeriod'), meta.referencePeriod));
    rows.push(pair(t('xlsx.license'), meta.license));
    meta.caveats.forEach((caveat, i) => rows.push(pair(i === 0 ? t('xlsx.caveats') : '', caveat)));
    rows.push(SOURCE_HEADERS.map((key) => text(t(key), true)));
    // Lettered as in the CSV's `source` column and the source line ("Asia-Plus (2025a)").
    const labels = shortCitations(meta.sources, allSources);
    meta.sources.forEach((s, i) =>
      rows.push(
        [
          labels[i],
          s.citation,
          s.publisher,
          s.title,
          s.url,
          s.published ?? s.publishedNote,
          s.release,
          s.retrieved,
          s.locator,
        ].map((value) => (value ? text(value) : null)),
      ),
    );
  }
  return rows;
}

const SOURCE_HEADERS = [
  'xlsx.source',
  'xlsx.citation',
  'xlsx.publisher',
  'xlsx.docTitle',
  'xlsx.url',
  'xlsx.published',
  'xlsx.release',
  'xlsx.retrieved',
  'xlsx.locator',
] as const;

/** Excel refuses a sheet name over 31 characters or holding : \ / ? * [ ]. */
function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);
}
