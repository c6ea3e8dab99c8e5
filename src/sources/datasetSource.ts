import type { ColumnTable } from 'arquero';
import type { SelectedView, ViewRequest } from '../views/dataset/model/datasetView.ts';
import type { DatasetMeta } from '../data/metadataSchema.ts';
import type { FullExportRequest } from '../export/fullExport.ts';
import type { UnPageView, UnViewRequest } from '../views/un/model/unStockView.ts';

/**
 * Where datasets come from. Charts and transforms only ever see what this returns: metadata,
 * Arquero tables and the rows a view draws. A built site reads Arrow files the build checked; a
 * CSV dropped into `data/` is fetched and checked in the browser; a table too large for the page
 * stays in a worker, and a dataset on a static host as partitioned Parquet is read by range
 * requests (see `storage` in the metadata). Every source answers the same questions.
 */
export interface DatasetSource {
  /** The metadata file names of every dataset on offer. */
  listDatasets(): Promise<string[]>;
  /** One dataset's metadata, validated. Rejects with a DatasetError. */
  loadMetadata(metaFile: string): Promise<DatasetMeta>;
  /** One dataset's rows, with declared types, every cell checked. Rejects with a DatasetError. */
  loadTable(meta: DatasetMeta): Promise<ColumnTable>;
  /**
   * The rows one view draws, selected where the table lives: only they cross to the page.
   * Rejects with a DatasetError, as loadTable does.
   */
  selectView(meta: DatasetMeta, request: ViewRequest): Promise<SelectedView>;
  /**
   * The UN view's figures (unPageView) from the bilateral table and, when given, the UN's
   * published totals in the view's direction, computed where the tables live: only the figures
   * drawn cross to the page. Rejects with a DatasetError.
   */
  selectUnView(
    table: DatasetMeta,
    totals: DatasetMeta | undefined,
    request: UnViewRequest,
  ): Promise<UnPageView>;
  /** A whole table's CSV or a zip of whole tables, built where the tables live: the file's bytes. */
  exportFull(request: FullExportRequest): Promise<Uint8Array>;
}
