import { table as makeTable, type ColumnTable } from 'arquero';
import { readCsvRecords, isBlank, UnclosedQuoteError } from './csvRecords.ts';
import { DatasetError } from './datasetError.ts';
import { listValues, looksLikeHtml, quoteValue, stripUnpairedBidi } from './dataText.ts';
import type { ColumnMeta, DatasetMeta } from './metadataSchema.ts';

type Cell = string | number | null;

/** The longest cell kept: the longest note in our data is about 500 characters. */
export const MAX_CELL_LENGTH = 10_000;

/** The years a time column may hold when the metadata declares no `min`/`max`. */
export const DEFAULT_YEARS = { min: 1900, max: 2100 } as const;

// C0 and C1 controls except tab and line ends (a quoted note may span lines), and DEL.
// eslint-disable-next-line no-control-regex -- control characters are what is refused
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

const count = (n: number) => n.toLocaleString('en');

/** "U+0000", for a character that cannot be shown. */
function codePoint(text: string): string {
  return `U+${text.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A column's checks prepared once, not per cell: declared values as a Set, the allowed range. */
interface ColumnCheck {
  column: ColumnMeta;
  values: ReadonlySet<string> | undefined;
  min: number | undefined;
  max: number | undefined;
  /** Why the range applies, for the message. */
  rangeWhy: string;
}

function columnCheck(column: ColumnMeta, meta: DatasetMeta): ColumnCheck {
  const count = column.role === 'measure' && (meta.concept === 'flow' || meta.concept === 'stock');
  const years = column.time === true && column.type !== 'string';
  const min = column.min ?? (years ? DEFAULT_YEARS.min : count ? 0 : undefined);
  const max = column.max ?? (years ? DEFAULT_YEARS.max : undefined);
  const declared = column.min !== undefined || column.max !== undefined;
  const rangeWhy = declared
    ? 'the range the metadata declares'
    : years
      ? 'the years a time column may hold (the metadata can declare min and max)'
      : `a count of ${meta.concept === 'flow' ? 'departures or arrivals' : 'people'} is never below zero`;
  return { column, values: column.values && new Set(column.values), min, max, rangeWhy };
}

/** Converts one raw CSV cell to the column's declared type, or says what is wrong with it. */
function convertCell(raw: string, check: ColumnCheck): Cell | { error: string } {
  const { column } = check;
  if (raw.length > MAX_CELL_LENGTH) {
    return {
      error: `holds ${count(raw.length)} characters; a cell may hold at most ${count(MAX_CELL_LENGTH)}`,
    };
  }
  const control = CONTROL.exec(raw);
  if (control) {
    return {
      error: `contains a control character (${codePoint(control[0])}) at character ${control.index + 1}: a damaged or binary file?`,
    };
  }
  const text = raw.trim();
  if (text === '') {
    return column.nullable ? null : { error: 'is empty, and the column does not allow empty cells' };
  }
  if (column.type === 'string') {
    if (check.values && !check.values.has(text)) {
      return {
        error: `${quoteValue(text)} is not one of the declared values (${listValues(column.values!)})`,
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
  if (!Number.isFinite(value)) {
    return { error: `${quoteValue(text)} is too large to be a number` };
  }
  if (column.type === 'integer' && !Number.isInteger(value)) {
    return { error: `expected a whole number, got ${quoteValue(text)}` };
  }
  if (column.type === 'integer' && !Number.isSafeInteger(value)) {
    return {
      error: `${quoteValue(text)} is beyond ${count(Number.MAX_SAFE_INTEGER)}, the largest whole number kept exactly (it would be rounded)`,
    };
  }
  if (check.min !== undefined && value < check.min) {
    return { error: `${quoteValue(text)} is below ${check.min}: ${check.rangeWhy}` };
  }
  if (check.max !== undefined && value > check.max) {
    return { error: `${quoteValue(text)} is above ${check.max}: ${check.rangeWhy}` };
  }
  return value;
}

/**
 * The header, checked: no empty name, no name twice, exactly the declared columns. Returns where
 * each declared column is in the header. Linear in the header's length (a Map, not a search per
 * name): a 200,000-column header is refused in milliseconds.
 */
export function headerPositions(
  file: string,
  header: readonly string[],
  columns: readonly ColumnMeta[],
): number[] {
  const names = header.map((name) => name.trim());
  const at = new Map<string, number>();
  names.forEach((name, i) => {
    if (name === '') throw new DatasetError(file, `header field ${i + 1} has no column name`);
    const first = at.get(name);
    if (first !== undefined) {
      throw new DatasetError(
        file,
        `the header names this column twice (fields ${first + 1} and ${i + 1})`,
        { column: name },
      );
    }
    at.set(name, i);
  });
  const positions = columns.map((column) => {
    const position = at.get(column.name);
    if (position === undefined) {
      throw new DatasetError(file, 'is declared in the metadata but missing from the CSV header', {
        column: column.name,
      });
    }
    return position;
  });
  if (names.length > columns.length) {
    const declared = new Set(columns.map((c) => c.name));
    const extra = names.find((name) => !declared.has(name))!;
    throw new DatasetError(file, 'is in the CSV but not declared in the metadata', {
      column: extra,
    });
  }
  return positions;
}

/**
 * The columns that tell rows apart where the dataset has a measure: two rows alike in all of
 * them would give one bar or point two figures, and one would not be drawn.
 */
const KEY_ROLES: readonly ColumnMeta['role'][] = ['dimension', 'source', 'period', 'period_type'];

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
  const columns = meta.columns;
  const positions = headerPositions(file, header, columns);
  if (rows.length === 0) {
    throw new DatasetError(file, 'has a header but no rows of data');
  }
  const sources = new Set(meta.sources.map((s) => s.id));
  const checks = columns.map((column) => columnCheck(column, meta));
  const outputs = checks.map(() => new Array<Cell>(rows.length));
  const keyColumns = columns.some((c) => c.role === 'measure')
    ? checks.flatMap((c, j) => (KEY_ROLES.includes(c.column.role) ? [j] : []))
    : [];
  const keys = new Map<string, number>();
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
    for (let j = 0; j < checks.length; j++) {
      const column = checks[j]!.column;
      const cell = convertCell(record[positions[j]!]!, checks[j]!);
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
    if (keyColumns.length > 0) {
      const key = JSON.stringify(keyColumns.map((j) => outputs[j]![i]));
      const first = keys.get(key);
      if (first !== undefined) {
        const names = keyColumns.map((j) => columns[j]!.name);
        throw new DatasetError(
          file,
          `has the same ${names.join(', ')} as row ${first} (${keyColumns.map((j) => quoteValue(outputs[j]![i])).join(', ')}): two figures for one point, and only one would be drawn`,
          { row },
        );
      }
      keys.set(key, row);
    }
  }
  return makeTable(Object.fromEntries(columns.map((c, j) => [c.name, outputs[j]!])));
}
