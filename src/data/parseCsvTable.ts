import { fromCSV, table as makeTable, type ColumnTable } from 'arquero';
import { DatasetError } from './datasetError';
import type { ColumnMeta, DatasetMeta } from './metadataSchema';

type Cell = string | number | null;

/** Converts one raw CSV cell to the column's declared type, or says what is wrong with it. */
function convertCell(raw: string, column: ColumnMeta): Cell | { error: string } {
  const text = raw.trim();
  if (text === '') {
    return column.nullable ? null : { error: 'is empty, and the column does not allow empty cells' };
  }
  if (column.type === 'string') {
    if (column.values && !column.values.includes(text)) {
      return { error: `"${text}" is not one of the declared values (${column.values.join(', ')})` };
    }
    return text;
  }
  // Numbers are written plainly in our CSVs: no thousands separators, "." for decimals.
  if (!/^-?\d+(\.\d+)?$/.test(text)) {
    return { error: `expected ${column.type === 'integer' ? 'a whole number' : 'a number'}, got "${text}"` };
  }
  const value = Number(text);
  if (column.type === 'integer' && !Number.isInteger(value)) {
    return { error: `expected a whole number, got "${text}"` };
  }
  return value;
}

/**
 * Parses a dataset's CSV into an Arquero table with the declared column types, checking every
 * cell. The first bad cell raises a DatasetError naming file, row and column.
 */
export function parseCsvTable(file: string, text: string, meta: DatasetMeta): ColumnTable {
  // Every column is read as text first, so that conversion and its errors are ours to word.
  const parse = Object.fromEntries(meta.columns.map((c) => [c.name, (v: string) => v]));
  let raw: ColumnTable;
  try {
    raw = fromCSV(text, { autoType: false, parse });
  } catch (error) {
    throw new DatasetError(file, `could not be read as CSV (${(error as Error).message})`);
  }
  const header = raw.columnNames();
  for (const column of meta.columns) {
    if (!header.includes(column.name)) {
      throw new DatasetError(file, 'is declared in the metadata but missing from the CSV header', {
        column: column.name,
      });
    }
  }
  const extra = header.find((name) => !meta.columns.some((c) => c.name === name));
  if (extra !== undefined) {
    throw new DatasetError(file, 'is in the CSV but not declared in the metadata', {
      column: extra,
    });
  }
  const rows = raw.numRows();
  const inputs = meta.columns.map((c) => raw.array(c.name) as ArrayLike<string | null>);
  const outputs = meta.columns.map(() => new Array<Cell>(rows));
  // Row by row, so the error reported is the first bad cell in reading order.
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < meta.columns.length; j++) {
      const column = meta.columns[j]!;
      const cell = convertCell(inputs[j]![i] ?? '', column);
      if (cell !== null && typeof cell === 'object') {
        throw new DatasetError(file, cell.error, { row: i + 1, column: column.name });
      }
      outputs[j]![i] = cell;
    }
  }
  return makeTable(Object.fromEntries(meta.columns.map((c, j) => [c.name, outputs[j]!])));
}
