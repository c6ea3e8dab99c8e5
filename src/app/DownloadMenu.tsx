import { useRef, useState, type RefObject } from 'react';
import type { DatasetMeta, DisplayType } from '../data/metadataSchema';
import { useDatasetTable } from '../data/queries';
import { composeChartSvg, saveBlob, svgToPngBlob } from '../export/chartImage';
import { dataPackage } from '../export/dataPackage';
import { downloadTable } from '../export/downloadTable';
import { toExcelCsv } from '../export/excelCsv';
import { downloadFileName, filterParts } from '../export/fileName';
import { viewDownloadTable, type RowChange } from '../export/viewDownload';
import { t } from '../i18n/i18n';
import { narrowingFilters } from '../view/datasetFilters';
import type { DatasetView } from '../view/datasetView';
import type { ViewState } from '../view/viewState';

interface DownloadMenuProps {
  meta: DatasetMeta;
  slice: DatasetView;
  view: ViewState;
  chartType: DisplayType;
  changes?: readonly (RowChange | undefined)[] | undefined;
  /** The figure holding the drawn chart, for PNG and SVG. */
  chartRef: RefObject<HTMLElement | null>;
  sourceLine: string;
}

const CSV_TYPE = 'text/csv;charset=utf-8';

/**
 * Downloads of what is on screen: the view's CSV (the same Arquero slice the chart draws), the
 * full dataset, a data package with metadata and citation, and the chart as PNG or SVG.
 */
export function DownloadMenu({
  meta,
  slice,
  view,
  chartType,
  changes,
  chartRef,
  sourceLine,
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
      viewUrl: window.location.href,
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
    return composeChartSvg(svg, {
      title: meta.title,
      ...(meta.subtitle ? { subtitle: meta.subtitle } : {}),
      legend: chartLegend(chartRef.current!),
      sourceLine,
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
  const hasChart =
    slice.observations.length > 0 &&
    ['bar', 'grouped-bar', 'stacked-bar', 'line'].includes(chartType);

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

/** The legend drawn beside the chart (ours or recharts'), as label and colour pairs. */
function chartLegend(figure: HTMLElement): { label: string; color: string }[] {
  const items = [...figure.querySelectorAll('.legend li, .recharts-legend-item')];
  return items.map((item) => {
    const mark = item.querySelector('circle, path, rect, line');
    const fill = mark?.getAttribute('fill');
    // Hollow marks (another source's figure) are told by their outline.
    const color =
      fill && !['none', 'white', '#fff', '#ffffff'].includes(fill.toLowerCase())
        ? fill
        : (mark?.getAttribute('stroke') ?? '#555');
    return { label: item.textContent?.trim() ?? '', color };
  });
}
