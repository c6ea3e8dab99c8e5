import type { ColumnTable } from 'arquero';
import { useState } from 'react';
import { BarChartView } from '../../charts/BarChartView.tsx';
import { lineChartRows } from '../../charts/lineChartRows.ts';
import { loadDrawing } from '../../charts/drawings.tsx';
import type { ImageLegendItem, ImageRequest } from '../../export/chartImage.ts';
import type { ImageFormat, ImageText } from '../../export/imageLayout.ts';
import { ChunkError, chunk } from '../../lib/chunk.ts';
import { codeErrorText } from '../../ui/CodePart.tsx';
import { Disclosure } from '../../ui/Disclosure.tsx';
import type { ChartModel } from '../dataset/model/chartModel.ts';
import { eventsWithin, type ChartEvent } from '../dataset/model/timelineEvents.ts';
import type { DatasetMeta } from '../../data/metadataSchema.ts';
import { useDatasetSource } from '../../sources/queries.ts';
import { downloadFileName, filterParts } from '../../export/fileName.ts';
import type { RowChange } from '../../export/viewDownload.ts';
import { activeLocale, t } from '../../i18n/i18n.ts';
import { chartTypes } from '../../state/chartTypes.ts';
import { narrowingFilters } from '../dataset/model/datasetFilters.ts';
import type { DatasetView } from '../dataset/model/datasetView.ts';
import type { ViewState } from '../../state/viewState.ts';

interface DownloadMenuProps {
  meta: DatasetMeta;
  slice: DatasetView;
  /** What the chart draws: its legend and the words for its filters go into the image. */
  model: ChartModel;
  view: ViewState;
  changes?: readonly (RowChange | undefined)[] | undefined;
  /** The short citations of the sources drawn, for the image's source line. */
  sources: readonly string[];
  /** The address of this view, recorded in the data package. */
  viewUrl: string;
  /** The list itself, in a card's Download tab, rather than behind a Download disclosure. */
  inline?: boolean;
  /** Agreements and events the card draws on its line chart: the image draws them too. */
  events?: readonly ChartEvent[] | undefined;
}

const CSV_TYPE = 'text/csv;charset=utf-8';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The export code, loaded on first use (see downloadActions.ts). */
const exportChunk = chunk('downloadActions', () => import('./downloadActions.ts'));
const exportCode = () => exportChunk.load();
/** The Excel writer (write-excel-file), loaded only when an .xlsx is asked for. */
const xlsxCode = chunk('xlsx', () => import('../../export/xlsx.ts'));

/**
 * The words around a dataset card's chart in its image: its title, the dataset's subtitle (as the
 * image's description, left out where the chart needs the room) and the filters and period drawn
 * (always, so a pasted image says what it shows), its legend, the sources of the figures and of
 * the events drawn, and its flags. Pure, so a test can lay out every view's image.
 */
export function datasetImageText(
  model: ChartModel,
  sources: readonly string[],
  drawnEvents: readonly ChartEvent[] = [],
): ImageText<ImageLegendItem> {
  return {
    title: model.title,
    description: model.subtitle,
    subtitle: model.drawn,
    legend: model.legend,
    sources: [...new Set([...sources, ...drawnEvents.map((e) => e.source).filter(Boolean)])],
    flagged: model.flags.length,
    derived: model.marks.filter((m) => m.observation.derived).length,
    note: drawnEvents.length > 0 ? t('image.events', { count: drawnEvents.length }) : undefined,
  };
}

/**
 * Downloads of a dataset card: the view's CSV (the same Arquero slice the chart draws), the
 * full dataset, a data package with metadata and citation, and the chart as PNG or SVG.
 */
export function DownloadMenu({
  meta,
  slice,
  model,
  view,
  changes,
  sources,
  viewUrl,
  inline,
  events = [],
}: DownloadMenuProps) {
  // The image draws the chart anew at its own size, from the same model, with its legend,
  // filters, sources and flags in words around it.
  const chartImage = async (): Promise<ImageRequest> => {
    // Line charts' and stacks' code loads with their card (drawings.tsx); asked for here through
    // the same chunk.
    const LineChartView = model.lines ? await loadDrawing('line') : undefined;
    const Bars = model.bars?.stacked ? await loadDrawing('stacked-bar') : BarChartView;
    const drawing =
      model.lines && LineChartView ? (
        <LineChartView
          model={{ ...model, lines: model.lines }}
          meta={meta}
          events={[...events]}
          animate={false}
        />
      ) : model.bars ? (
        <Bars
          model={{ ...model, bars: model.bars }}
          meta={meta}
          horizontal={model.type === 'bar' && meta.display.horizontal === true}
          animate={false}
        />
      ) : null;
    // The events drawn, numbered as on the page, said in the footer, their sources cited.
    const drawnEvents = model.lines
      ? eventsWithin(
          events,
          lineChartRows(model.lines).rows.map((r) => r.x),
        )
      : [];
    return { text: datasetImageText(model, sources, drawnEvents), panels: [{ drawing }] };
  };
  const hasChart = slice.observations.length > 0 && chartTypes[model.type].image;
  return (
    <ViewDownloadMenu
      fileId={meta.id}
      meta={meta}
      parts={filterParts(narrowingFilters(slice.controls, slice.filters), view.time)}
      title={model.title}
      viewTable={async () => (await exportCode()).viewDownloadTable(meta, slice, changes)}
      notes={async () => [
        ...new Set((await exportCode()).viewDerivedColumns(slice, changes).map((d) => d.how)),
        ...model.flags.map((f) => f.text),
      ]}
      rows={slice.rows.length}
      filters={slice.filters}
      time={view.time}
      viewUrl={viewUrl}
      chartImage={hasChart ? chartImage : undefined}
      inline={inline}
    />
  );
}

interface ViewDownloadMenuProps {
  /** The first word of every file name: the dataset's id, or the view's name. */
  fileId: string;
  /** The one dataset the view draws from: its full table and a data package are offered. */
  meta?: DatasetMeta | undefined;
  /**
   * A view over several datasets (compare): its full data is a zip of every dataset's whole
   * table, and its data package cites every dataset; `title` and `description` open the README.
   */
  several?: { metas: readonly DatasetMeta[]; title: string; description: string } | undefined;
  /** Other datasets the view's figures come from (the UN's published totals), cited in the .xlsx. */
  alsoCited?: readonly DatasetMeta[] | undefined;
  /** Words for the file names (`<id>_<parts>_<date>.csv`). */
  parts: string[];
  /** What the view shows: the Excel file's citation sheet opens with it. */
  title: string;
  /** The table of exactly what the view shows: its CSV, and the Excel file's first sheet. */
  viewTable: () => ColumnTable | Promise<ColumnTable>;
  /** What the view says beside its chart (figures in doubt, how a value was derived). */
  notes: () => readonly string[] | Promise<readonly string[]>;
  rows: number;
  /** The view's filters and period, recorded in the data package. */
  filters: Readonly<Record<string, readonly string[]>>;
  time?: readonly [number, number] | undefined;
  viewUrl: string;
  /** What the chart image draws (drawings and the words around them); absent without an image. */
  chartImage?: (() => ImageRequest | undefined | Promise<ImageRequest | undefined>) | undefined;
  inline?: boolean | undefined;
}

/**
 * The Download menu of any view (a dataset card, the UN view, the compare view): CSV of the view,
 * full dataset, data package, and PNG/SVG when the view has a chart image.
 */
export function ViewDownloadMenu({
  fileId,
  meta,
  several,
  alsoCited,
  parts,
  title,
  viewTable,
  notes,
  rows,
  filters,
  time,
  viewUrl,
  chartImage,
  inline,
}: ViewDownloadMenuProps) {
  const source = useDatasetSource();
  const [status, setStatus] = useState('');
  const now = () => new Date();
  // The menu stays open and the button keeps focus: a keyboard user is where they were, and can
  // take another file; the status line says which file was saved.
  const done = (file: string) => setStatus(t('download.done', { file }));
  // A download whose code or data does not come says why on the status line; another click
  // tries again (the code under a fresh URL).
  const run = (download: () => Promise<void>) => () =>
    void download().catch((error: unknown) =>
      setStatus(
        t('download.failed', {
          reason:
            error instanceof ChunkError
              ? codeErrorText(error)
              : error instanceof Error
                ? error.message
                : String(error),
        }),
      ),
    );

  const viewCsv = async () => {
    const [{ toExcelCsv }, table] = await Promise.all([exportCode(), viewTable()]);
    return toExcelCsv(table);
  };
  const downloadCsv = async () => {
    const file = downloadFileName(fileId, parts, now(), 'csv');
    const [{ saveBlob }, csv] = await Promise.all([exportCode(), viewCsv()]);
    saveBlob(new Blob([csv], { type: CSV_TYPE }), file);
    done(file);
  };
  // The CSV's rows and columns as numbers and text, with a sheet citing every source.
  const downloadXlsx = async () => {
    const at = now();
    const file = downloadFileName(fileId, parts, at, 'xlsx');
    const [{ saveBlob, describeFilters }, { xlsxBlob }, table, shownNotes] = await Promise.all([
      exportCode(),
      xlsxCode.load(),
      viewTable(),
      notes(),
    ]);
    const blob = await xlsxBlob({
      table,
      title,
      metas: [...(meta ? [meta] : (several?.metas ?? [])), ...(alsoCited ?? [])],
      filters: describeFilters(filters, time, meta),
      viewUrl,
      downloadedAt: at,
      notes: shownNotes,
    });
    saveBlob(blob, file);
    done(file);
  };
  // A whole table's file is written where the table is held (the data worker), not on the page:
  // the page stays responsive while it is built, and says so.
  const downloadFull = async () => {
    if (!meta) return;
    const file = downloadFileName(fileId, ['full'], now(), 'csv');
    setStatus(t('download.preparing', { file }));
    const [{ saveBlob }, csv] = await Promise.all([
      exportCode(),
      source.exportFull({ kind: 'csv', meta, locale: activeLocale() }),
    ]);
    saveBlob(new Blob([csv as BlobPart], { type: CSV_TYPE }), file);
    done(file);
  };
  const downloadFullXlsx = async () => {
    if (!meta) return;
    const at = now();
    const file = downloadFileName(fileId, ['full'], at, 'xlsx');
    setStatus(t('download.preparing', { file }));
    const [{ saveBlob }, bytes] = await Promise.all([
      exportCode(),
      source.exportFull({
        kind: 'xlsx',
        meta,
        locale: activeLocale(),
        viewUrl,
        downloadedAt: at,
      }),
    ]);
    saveBlob(new Blob([bytes as BlobPart], { type: XLSX_TYPE }), file);
    done(file);
  };
  const downloadPackage = async () => {
    if (!meta) return;
    const at = now();
    const csvName = downloadFileName(fileId, parts, at, 'csv');
    const [{ saveBlob, dataPackage }, csv] = await Promise.all([exportCode(), viewCsv()]);
    const zip = dataPackage({
      csv,
      csvName,
      meta,
      filters,
      ...(time ? { time } : {}),
      viewUrl,
      downloadedAt: at,
      rows,
    });
    const file = downloadFileName(fileId, parts, at, 'zip');
    saveBlob(new Blob([zip as BlobPart], { type: 'application/zip' }), file);
    done(file);
  };
  const downloadSeveralFull = async () => {
    if (!several) return;
    const at = now();
    const file = downloadFileName(fileId, ['full'], at, 'zip');
    setStatus(t('download.preparing', { file }));
    const [{ saveBlob }, zip] = await Promise.all([
      exportCode(),
      source.exportFull({
        kind: 'zip',
        metas: [...several.metas],
        title: several.title,
        description: several.description,
        locale: activeLocale(),
        viewUrl,
        downloadedAt: at,
      }),
    ]);
    saveBlob(new Blob([zip as BlobPart], { type: 'application/zip' }), file);
    done(file);
  };
  const downloadSeveralPackage = async () => {
    if (!several) return;
    const at = now();
    const [{ saveBlob, viewPackage }, csv] = await Promise.all([exportCode(), viewCsv()]);
    const zip = viewPackage({
      ...several,
      files: [{ name: downloadFileName(fileId, parts, at, 'csv'), csv, rows }],
      filters,
      viewUrl,
      downloadedAt: at,
    });
    const file = downloadFileName(fileId, parts, at, 'zip');
    saveBlob(new Blob([zip as BlobPart], { type: 'application/zip' }), file);
    done(file);
  };
  // A chart image at a fixed size, drawn anew whatever the screen: one file, or a zip of several
  // where small multiples would be too small in one.
  const downloadImage = (kind: 'png' | 'svg', format: ImageFormat) => async () => {
    const [{ chartImages, imageFile, saveBlob }, request] = await Promise.all([
      exportCode(),
      chartImage?.(),
    ]);
    if (!request) return;
    const at = now();
    const { blob, name } = await imageFile(await chartImages(request, format), kind, (k, ext) =>
      downloadFileName(fileId, [k ? `${format}-${k}` : format, ...parts], at, ext),
    );
    saveBlob(blob, name);
    done(name);
  };
  const list = (
    <>
      <ul>
        <li>
          <button type="button" onClick={run(downloadCsv)}>
            {t('download.csv')}
          </button>
        </li>
        <li>
          <button type="button" onClick={run(downloadXlsx)}>
            {t('download.xlsx')}
          </button>
        </li>
        {meta ? (
          <>
            <li>
              <button type="button" onClick={run(downloadFull)}>
                {t('download.full')}
              </button>
            </li>
            <li>
              <button type="button" onClick={run(downloadFullXlsx)}>
                {t('download.fullXlsx')}
              </button>
            </li>
            <li>
              <button type="button" onClick={run(downloadPackage)}>
                {t('download.package')}
              </button>
            </li>
          </>
        ) : null}
        {several ? (
          <>
            <li>
              <button type="button" onClick={run(downloadSeveralFull)}>
                {t('download.fullSeveral')}
              </button>
            </li>
            <li>
              <button type="button" onClick={run(downloadSeveralPackage)}>
                {t('download.package')}
              </button>
            </li>
          </>
        ) : null}
        {chartImage
          ? (['png', 'svg'] as const).flatMap((kind) =>
              (['slide', 'square'] as const).map((format) => (
                <li key={`${kind}-${format}`}>
                  <button type="button" onClick={run(downloadImage(kind, format))}>
                    {t(kind === 'png' ? 'download.png' : 'download.svg')} (
                    {t(format === 'slide' ? 'download.imageSlide' : 'download.imageSquare')})
                  </button>
                </li>
              )),
            )
          : null}
      </ul>
      <p role="status" className="download-status">
        {status}
      </p>
    </>
  );
  // Fetch the export code as the menu opens (or the tab is reached), so a click finds it loaded.
  const prefetch = () => void exportCode().catch(() => undefined);
  return inline ? (
    <div className="download-menu download-inline" onFocus={prefetch} onPointerEnter={prefetch}>
      {list}
    </div>
  ) : (
    <Disclosure
      className="download-menu"
      summary={t('download.menu')}
      onToggle={(open) => (open ? prefetch() : undefined)}
    >
      {list}
    </Disclosure>
  );
}
