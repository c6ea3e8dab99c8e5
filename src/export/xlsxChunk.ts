import { chunk } from '../lib/chunk.ts';

/**
 * The Excel writer (write-excel-file and the workbook layout), loaded only when an .xlsx is asked
 * for: by the Download menu for a view, by the full export (in the data worker) for a whole table.
 */
export const xlsxCode = chunk('xlsx', () => import('./xlsx.ts'));
