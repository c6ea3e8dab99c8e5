import type { ColumnTable } from 'arquero';
import type { DatasetMeta } from '../data/metadataSchema.ts';
import { loadLocale, setActiveLocale, type Locale } from '../i18n/i18n.ts';
import { viewPackage } from './dataPackage.ts';
import { downloadTable } from './downloadTable.ts';
import { toExcelCsv } from './excelCsv.ts';
import { downloadFileName } from './fileName.ts';
import { chunk } from '../lib/chunk.ts';

/** The Excel writer, loaded with the first whole table asked for as .xlsx. */
const xlsxCode = chunk('xlsxFull', () => import('./xlsx.ts'));

/**
 * The long exports: a whole table as CSV or Excel workbook, or the zip of several whole tables
 * (the compare view's "full data"). Built in the data worker, where the tables are held, so the page never runs a
 * task as long as the table (see `DatasetSource.exportFull`); on the page only when no worker runs.
 */
export type FullExportRequest =
  | { kind: 'csv'; meta: DatasetMeta; locale: Locale }
  /** The whole table as an Excel workbook, with its citation sheet. */
  | { kind: 'xlsx'; meta: DatasetMeta; locale: Locale; viewUrl: string; downloadedAt: Date }
  | {
      kind: 'zip';
      metas: DatasetMeta[];
      locale: Locale;
      /** The README's title and first paragraph. */
      title: string;
      description: string;
      viewUrl: string;
      downloadedAt: Date;
    };

/**
 * The file's bytes, exactly as the page would have saved them (`new Blob([csv])` is the CSV's
 * UTF-8). Country names and the README's words are in the request's language.
 */
export async function buildFullExport(
  request: FullExportRequest,
  loadTable: (meta: DatasetMeta) => Promise<ColumnTable>,
): Promise<Uint8Array> {
  await loadLocale(request.locale).catch(() => undefined);
  setActiveLocale(request.locale);
  const csvOf = async (meta: DatasetMeta) => {
    const table = await loadTable(meta);
    return { csv: toExcelCsv(downloadTable(table, meta)), rows: table.numRows() };
  };
  if (request.kind === 'csv') return new TextEncoder().encode((await csvOf(request.meta)).csv);
  if (request.kind === 'xlsx') {
    const { meta } = request;
    const [table, { xlsxBlob }] = await Promise.all([loadTable(meta), xlsxCode.load()]);
    const blob = await xlsxBlob({
      table: downloadTable(table, meta),
      title: meta.title,
      metas: [meta],
      filters: '',
      viewUrl: request.viewUrl,
      downloadedAt: request.downloadedAt,
    });
    return new Uint8Array(await blob.arrayBuffer());
  }
  const files = [];
  for (const meta of request.metas) {
    files.push({
      name: downloadFileName(meta.id, ['full'], request.downloadedAt, 'csv'),
      ...(await csvOf(meta)),
      meta,
    });
  }
  return viewPackage({
    title: request.title,
    description: request.description,
    files,
    metas: request.metas,
    filters: {},
    viewUrl: request.viewUrl,
    downloadedAt: request.downloadedAt,
  });
}
