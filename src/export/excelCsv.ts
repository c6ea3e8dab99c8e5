import { fromCSV, table, type ColumnTable } from 'arquero';
import { columnValues } from '../lib/tableValues.ts';

/** Excel reads a CSV as UTF-8 only when it starts with a byte-order mark; without it Cyrillic breaks. */
const BOM = '\uFEFF';

/**
 * Text a spreadsheet could run as a formula (OWASP, CSV injection): a cell starting with
 * = + - @ tab or CR, or with ; or | (Excel with Russian or Uzbek settings splits a CSV at `;`, so
 * `;=1+1` would start a new cell with `=`; `|` starts a DDE call in some spreadsheets). Leading
 * quotes are included so that text which already starts with `'` and a trigger gets one more:
 * writing then always adds exactly one quote, and reading removes exactly one, so every text
 * value survives the round trip.
 */
const FORMULA_START = /^'*[=+\-@\t\r;|]/;
const NEUTRALISED = /^'+[=+\-@\t\r;|]/;
/**
 * Fields that are quoted: those holding the comma separator, a quote or a line break (RFC 4180),
 * and those holding a semicolon, which a semicolon-locale spreadsheet would otherwise split into
 * cells of which the second could start with `=`.
 */
const NEEDS_QUOTES = /[",;\r\n]/;

/**
 * The table as a CSV that Excel opens cleanly: BOM, CRLF line ends, RFC 4180 quoting, numbers
 * without grouping, empty fields for missing values, and formula injection neutralised in text
 * cells only (a real number like -123564 must stay a number).
 */
export function toExcelCsv(source: ColumnTable): string {
  const names = source.columnNames();
  const columns = names.map((name) => columnValues(source, name));
  const lines = [names.map(textField).join(',')];
  for (let row = 0; row < source.numRows(); row++) {
    lines.push(columns.map((values) => field(values[row])).join(','));
  }
  return BOM + lines.map((line) => `${line}\r\n`).join('');
}

/**
 * Reads a file written by `toExcelCsv` back: every value as text (or null when empty), with the
 * neutralising quote removed. Numbers come back as their text, as a spreadsheet would show them.
 */
export function parseExcelCsv(text: string): ColumnTable {
  const parsed = fromCSV(text.startsWith(BOM) ? text.slice(BOM.length) : text, {
    autoType: false,
  });
  const data: Record<string, (string | null)[]> = {};
  for (const name of parsed.columnNames()) {
    data[unneutralise(name)] = columnValues<string | null>(parsed, name).map((value) =>
      value === null ? null : unneutralise(value),
    );
  }
  return table(data);
}

function field(value: unknown): string {
  if (value === null || value === undefined) return '';
  // NaN and Infinity are not figures a spreadsheet can hold; an empty cell says "no value".
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  return textField(String(value));
}

function textField(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function unneutralise(text: string): string {
  return NEUTRALISED.test(text) ? text.slice(1) : text;
}
