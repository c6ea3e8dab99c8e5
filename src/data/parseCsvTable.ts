import { table as makeTable, type ColumnTable } from 'arquero';
import { readCsvRecords, isBlank, UnclosedQuoteError } from './csvRecords.ts';
import { DatasetError } from './datasetError.ts';
import { listValues, looksLikeHtml, quoteValue, stripUnpairedBidi } from './dataText.ts';
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
      return {
        error: `${quoteValue(text)} is not one of the declared values (${listValues(column.values)})`,
      };
    }
    return stripUnpairedBidi(text);
  }
  // Numbers are written plainly in our CSVs: no thousands separators, "." for decimals.
  if (!/^-?\d+(\.\d+)?$/.test(text)) {
    return {
      error: `expected ${column.type === 'integer' ? 'a whole number' : 'a number'}, got ${quoteValue(text)}`,
    };
  }
  const value = Number(text);
  if (column.type === 'integer' && !Number.isInteger(value)) {
    return { error: `expected a whole number, got ${quoteValue(text)}` };
  }
  return value;
}

/** The header, checked: not a web page, not empty, no name twice, exactly the declared columns. */
function checkHeader(file: string, header: string[], meta: DatasetMeta): number[] {
  const names = header.map((name) => name.trim());
  names.forEach((name, i) => {
    if (name === '') throw new DatasetError(file, `header field ${i + 1} has no column name`);
    const first = names.indexOf(name);
    if (first !== i) {
      throw new DatasetError(
        file,
        `the header names this column twice (fields ${first + 1} and ${i + 1})`,
        { column: name },
      );
    }
  });
  for (const column of meta.columns) {
    if (!names.includes(column.name)) {
      throw new DatasetError(file, 'is declared in the metadata but missing from the CSV header', {
        column: column.name,
      });
    }
  }
  const extra = names.find((name) => !meta.columns.some((c) => c.name === name));
  if (extra !== undefined) {
    throw new DatasetError(file, 'is in the CSV but not declared in the metadata', {
      column: extra,
    });
  }
  return meta.columns.map((c) => names.indexOf(c.name));
}

/**
 * Parses a dataset's CSV into an Arquero table with the declared column types, checking the file
 * and every cell: a web page or empty file, a header that repeats or misses a column, a row with
 * more or fewer fields than the header, a file with no rows, a cell of the wrong type, a source id
 * the metadata does not list. The first problem raises a DatasetError naming file, row and column.
 */
export function parseCsvTable(file: string, text: string, meta: DatasetMeta): ColumnTable {
  if (text.replace(/^\ufeff/, '').trim() === '') {
    throw new DatasetError(file, 'is empty: no header and no rows');
  }
  if (looksLikeHtml(text)) {
    throw new DatasetError(
      file,
      'is a web page, not CSV: the server sent HTML instead of the file (is the file missing?)',
    );
  }
  let records;
  try {
    records = readCsvRecords(text);
  } catch (error) {
    if (!(error instanceof UnclosedQuoteError)) throw error;
    throw new DatasetError(
      file,
      'a quoted field starts here and its closing quote is missing',
      error.record === 0 ? {} : { row: error.record },
    );
  }
  const { header, rows } = records;
  const positions = checkHeader(file, header, meta);
  if (rows.length === 0) {
    throw new DatasetError(file, 'has a header but no rows of data');
  }
  const sources = new Set(meta.sources.map((s) => s.id));
  const outputs = meta.columns.map(() => new Array<Cell>(rows.length));
  // Row by row, so the error reported is the first problem in reading order.
  for (let i = 0; i < rows.length; i++) {
    const record = rows[i]!;
    const row = i + 1;
    if (isBlank(record)) throw new DatasetError(file, 'is an empty line', { row });
    if (record.length > header.length) {
      throw new DatasetError(
        file,
        `has ${record.length} fields but the header has ${header.length}: field ${header.length + 1} (${quoteValue(record[header.length])}) has no column (an unquoted comma?)`,
        { row },
      );
    }
    if (record.length < header.length) {
      throw new DatasetError(
        file,
        `has ${record.length} fields but the header has ${header.length}: this field is missing`,
        { row, column: header[record.length]!.trim() },
      );
    }
    for (let j = 0; j < meta.columns.length; j++) {
      const column = meta.columns[j]!;
      const cell = convertCell(record[positions[j]!]!, column);
      if (cell !== null && typeof cell === 'object') {
        throw new DatasetError(file, cell.error, { row, column: column.name });
      }
      if (column.role === 'source' && typeof cell === 'string' && !sources.has(cell)) {
        throw new DatasetError(
          file,
          `${quoteValue(cell)} is not a source listed in the metadata (${listValues([...sources])})`,
          { row, column: column.name },
        );
      }
      outputs[j]![i] = cell;
    }
  }
  return makeTable(Object.fromEntries(meta.columns.map((c, j) => [c.name, outputs[j]!])));
}
