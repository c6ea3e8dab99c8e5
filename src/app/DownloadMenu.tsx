import { useRef, useState, type RefObject } from 'react';
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
}

const CSV_TYPE = 'text/csv;charset=utf-8';

/**
 * Downloads of what is on screen: the view's CSV (the same Arquero slice the chart draws), the
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
}: DownloadMenuProps) {
  const full = useDatasetTable(meta);
  const [status, setStatus] = useState('');
  const menu = useRef<HTMLDetailsElement>(null);
  const parts = filterParts(narrowingFilters(slice.controls, slice.filters), view.time);
  const now = () => new Date();
  const done = (file: string) => {
    setStatus(t('download.done', { file }));
    if (menu.current) menu.current.open = false;
  };

  const viewCsv = () => toExcelCsv(viewDownloadTable(meta, slice, changes));
  const downloadCsv = () => {
    const file = downloadFileName(meta.id, parts, now(), 'csv');
    saveBlob(new Blob([viewCsv()], { type: CSV_TYPE }), file);
    done(file);
  };
  const downloadFull = () => {
    if (!full.data) return;
    const file = downloadFileName(meta.id, ['full'], now(), 'csv');
    saveBlob(new Blob([toExcelCsv(downloadTable(full.data, meta))], { type: CSV_TYPE }), file);
    done(file);
  };
  const downloadPackage = () => {
    const at = now();
    const csvName = downloadFileName(meta.id, parts, at, 'csv');
    const zip = dataPackage({
      csv: viewCsv(),
      csvName,
      meta,
      filters: slice.filters,
      ...(view.time ? { time: view.time } : {}),
      viewUrl,
      downloadedAt: at,
      rows: slice.rows.length,
    });
    const file = downloadFileName(meta.id, parts, at, 'zip');
    saveBlob(new Blob([zip as BlobPart], { type: 'application/zip' }), file);
    done(file);
  };
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
  const downloadSvg = () => {
    const svg = chartSvg();
    if (!svg) return;
    const file = downloadFileName(meta.id, parts, now(), 'svg');
    saveBlob(new Blob([svg], { type: 'image/svg+xml' }), file);
    done(file);
  };
  const downloadPng = async () => {
    const svg = chartSvg();
    if (!svg) return;
    const file = downloadFileName(meta.id, parts, now(), 'png');
    saveBlob(await svgToPngBlob(svg, 1200, 675), file);
    done(file);
  };
  const hasChart = slice.observations.length > 0 && chartTypes[model.type].image;

  return (
    <details className="download-menu" ref={menu}>
      <summary>{t('download.menu')}</summary>
      <ul>
        <li>
          <button type="button" onClick={downloadCsv}>
            {t('download.csv')}
          </button>
        </li>
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
        {hasChart ? (
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
    </details>
  );
}
