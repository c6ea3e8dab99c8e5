/**
 * What the Download menu runs: drawing the chart image, writing CSV, zipping a data package.
 * DownloadMenu loads this module when the menu is first opened (or a download is asked for), so a
 * page that only shows charts does not download the export code (fflate, the image composer).
 */
export { chartImages, imageFile, saveBlob } from '../../export/chartImage.ts';
export { dataPackage, describeFilters, viewPackage } from '../../export/dataPackage.ts';
export { downloadTable } from '../../export/downloadTable.ts';
export { toExcelCsv } from '../../export/excelCsv.ts';
export { viewDerivedColumns, viewDownloadTable } from '../../export/viewDownload.ts';
