/**
 * RFC 4180 records with their fields exactly as written, so that the checks can say which record
 * has too many or too few fields (a CSV parser that pads or drops them would hide the mistake).
 */
export interface CsvRecords {
  header: string[];
  /** Data records in file order; `rows[0]` is row 1, the first after the header. */
  rows: string[][];
}

/** Where a quoted field was opened and never closed: the record number (0 = header). */
export class UnclosedQuoteError extends Error {
  constructor(readonly record: number) {
    super(`quote opened in record ${record} is never closed`);
  }
}

export function readCsvRecords(text: string): CsvRecords {
  const records: string[][] = [];
  let fields: string[] = [];
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // Each pass reads one field and the separator after it (comma, line end or end of text).
  while (i < n) {
    let field: string;
    if (text[i] === '"') {
      let value = '';
      let from = i + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote === -1) throw new UnclosedQuoteError(records.length);
        value += text.slice(from, quote);
        if (text[quote + 1] === '"') {
          value += '"';
          from = quote + 2;
        } else {
          i = quote + 1;
          break;
        }
      }
      // Anything between the closing quote and the separator is kept, as spreadsheets do.
      let end = i;
      while (end < n && text[end] !== ',' && text[end] !== '\n' && text[end] !== '\r') end++;
      field = value + text.slice(i, end);
      i = end;
    } else {
      let end = i;
      while (end < n && text[end] !== ',' && text[end] !== '\n' && text[end] !== '\r') end++;
      field = text.slice(i, end);
      i = end;
    }
    fields.push(field);
    if (i >= n) break;
    if (text[i] === ',') {
      i++;
      if (i >= n) fields.push('');
      continue;
    }
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    records.push(fields);
    fields = [];
  }
  if (fields.length > 0) records.push(fields);
  // Blank lines at the end are a file's trailing newlines, not rows.
  while (records.length > 0 && isBlank(records[records.length - 1]!)) records.pop();
  const [header = [], ...rows] = records;
  return { header, rows };
}

export function isBlank(record: readonly string[]): boolean {
  return record.length === 1 && record[0]!.trim() === '';
}
