import { useState, type RefObject } from 'react';
import { Disclosure } from '../ui/Disclosure';
import type { ChartModel } from '../charts/chartModel';
import type { DatasetMeta } from '../data/metadataSchema';
import { useDatasetTable } from '../data/queries';
import { composeChartSvg, saveBlob, svgToPngBlob } from '../export/chartImage';
import { dataPackage } from '../export/dataPackage';
import { downloadTable } from '../export/downloadTable';
import { toExcelCsv } from '../export/excelCsv';
import { downloadFileName, filterParts } from '../export/fileName';
import { viewDownloadTable, type RowChange } from '../export/viewDownload';
import { t } from '../i18n/i18n';
import { chartTypes } from '../view/chartTypes';
import { narrowingFilters } from '../view/datasetFilters';
import type { DatasetView } from '../view/datasetView';
import type { ViewState } from '../view/viewState';

interface DownloadMenuProps {
  meta: DatasetMeta;
  slice: DatasetView;
  /** What the chart draws: its legend and the words for its filters go into the image. */
  model: ChartModel;
  view: ViewState;
  changes?: readonly (RowChange | undefined)[] | undefined;
  /** The figure holding the drawn chart, for PNG and SVG. */
  chartRef: RefObject<HTMLElement | null>;
  sourceLine: string;
  /** The address of this view, recorded in the data package. */
  viewUrl: string;
  /** The list itself, in a card's Download tab, rather than behind a Download disclosure. */
  inline?: boolean;
}

const CSV_TYPE = 'text/csv;charset=utf-8';

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
  chartRef,
  sourceLine,
  viewUrl,
  inline,
}: DownloadMenuProps) {
  const chartSvg = (): string | undefined => {
    // The drawing itself, not one of the legend's small icons (also `recharts-surface`).
    const svg = chartRef.current?.querySelector<SVGSVGElement>(
      '.recharts-wrapper > svg.recharts-surface',
    );
    if (!svg) return undefined;
    // The subtitle names the filters and period drawn, so a pasted image says what it shows.
    const subtitle = [model.subtitle, model.drawn].filter(Boolean).join(' — ');
    return composeChartSvg(svg, {
      title: model.title,
      ...(subtitle ? { subtitle } : {}),
      legend: model.legend,
      sourceLine,
      ...(model.flags.length > 0
        ? { note: `${t('chart.flagsTitle')}: ${model.flags.map((f) => f.text).join('; ')}` }
        : {}),
    });
  };
  const hasChart = slice.observations.length > 0 && chartTypes[model.type].image;
  return (
    <ViewDownloadMenu
      fileId={meta.id}
      meta={meta}
      parts={filterParts(narrowingFilters(slice.controls, slice.filters), view.time)}
      viewCsv={() => toExcelCsv(viewDownloadTable(meta, slice, changes))}
      rows={slice.rows.length}
      filters={slice.filters}
      time={view.time}
      viewUrl={viewUrl}
      chartSvg={hasChart ? chartSvg : undefined}
      inline={inline}
    />
  );
}

interface ViewDownloadMenuProps {
  /** The first word of every file name: the dataset's id, or the view's name. */
  fileId: string;
  /**
   * The one dataset the view draws from: its full table and a data package are offered. A view
   * over several datasets (compare) offers neither.
   */
  meta?: DatasetMeta | undefined;
  /** Words for the file names (`<id>_<parts>_<date>.csv`). */
  parts: string[];
  /** The CSV of exactly what the view shows. */
  viewCsv: () => string;
  rows: number;
  /** The view's filters and period, recorded in the data package. */
  filters: Readonly<Record<string, readonly string[]>>;
  time?: readonly [number, number] | undefined;
  viewUrl: string;
  /** The chart as a standalone SVG with title, legend and source; absent when there is no image. */
  chartSvg?: (() => string | undefined) | undefined;
  inline?: boolean | undefined;
}

/**
 * The Download menu of any view (a dataset card, the UN view, the compare view): CSV of the view,
 * full dataset, data package, and PNG/SVG when the view has a chart image.
 */
export function ViewDownloadMenu({
  fileId,
  meta,
  parts,
  viewCsv,
  rows,
  filters,
  time,
  viewUrl,
  chartSvg,
  inline,
}: ViewDownloadMenuProps) {
  const full = useDatasetTable(meta);
  const [status, setStatus] = useState('');
  const now = () => new Date();
  // The menu stays open and the button keeps focus: a keyboard user is where they were, and can
  // take another file; the status line says which file was saved.
  const done = (file: string) => setStatus(t('download.done', { file }));

  const downloadCsv = () => {
    const file = downloadFileName(fileId, parts, now(), 'csv');
    saveBlob(new Blob([viewCsv()], { type: CSV_TYPE }), file);
    done(file);
  };
  const downloadFull = () => {
    if (!full.data || !meta) return;
    const file = downloadFileName(fileId, ['full'], now(), 'csv');
    saveBlob(new Blob([toExcelCsv(downloadTable(full.data, meta))], { type: CSV_TYPE }), file);
    done(file);
  };
  const downloadPackage = () => {
    if (!meta) return;
    const at = now();
    const csvName = downloadFileName(fileId, parts, at, 'csv');
    const zip = dataPackage({
      csv: viewCsv(),
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
  const downloadSvg = () => {
    const svg = chartSvg?.();
    if (!svg) return;
    const file = downloadFileName(fileId, parts, now(), 'svg');
    saveBlob(new Blob([svg], { type: 'image/svg+xml' }), file);
    done(file);
  };
  const downloadPng = async () => {
    const svg = chartSvg?.();
    if (!svg) return;
    const file = downloadFileName(fileId, parts, now(), 'png');
    saveBlob(await svgToPngBlob(svg, 1200, 675), file);
    done(file);
  };

  const list = (
    <>
      <ul>
        <li>
          <button type="button" onClick={downloadCsv}>
            {t('download.csv')}
          </button>
        </li>
        {meta ? (
          <>
            <li>
              <button type="button" onClick={downloadFull} disabled={!full.data}>
                {t('download.full')}
              </button>
            </li>
            <li>
              <button type="button" onClick={downloadPackage}>
                {t('download.package')}
              </button>
            </li>
          </>
        ) : null}
        {chartSvg ? (
          <>
            <li>
              <button type="button" onClick={() => void downloadPng()}>
                {t('download.png')}
              </button>
            </li>
            <li>
              <button type="button" onClick={downloadSvg}>
                {t('download.svg')}
              </button>
            </li>
          </>
        ) : null}
      </ul>
      <p role="status" className="download-status">
        {status}
      </p>
    </>
  );
  return inline ? (
    <div className="download-menu download-inline">{list}</div>
  ) : (
    <Disclosure className="download-menu" summary={t('download.menu')}>
      {list}
    </Disclosure>
  );
}
