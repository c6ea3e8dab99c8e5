/**
 * What the Download menu runs: drawing the chart image, writing CSV, zipping a data package.
 * DownloadMenu loads this module when the menu is first opened (or a download is asked for), so a
 * page that only shows charts does not download the export code (fflate, the image composer).
 */
export { composeChartSvg, saveBlob, svgSize, svgToPngBlob } from '../export/chartImage';
export { dataPackage, viewPackage } from '../export/dataPackage';
export { downloadTable } from '../export/downloadTable';
export { toExcelCsv } from '../export/excelCsv';
export { viewDownloadTable } from '../export/viewDownload';
