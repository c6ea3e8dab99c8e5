/**
 * A problem with one dataset file, located as precisely as we can: the file, and where known the
 * data row (1 = first row after the header) and the column. The message is shown to the user as is.
 */
export class DatasetError extends Error {
  readonly file: string;
  readonly row: number | undefined;
  readonly column: string | undefined;
  readonly detail: string;

  constructor(file: string, detail: string, where: { row?: number; column?: string } = {}) {
    const place = [
      file,
      where.row !== undefined ? `row ${where.row}` : undefined,
      where.column !== undefined ? `column "${where.column}"` : undefined,
    ]
      .filter(Boolean)
      .join(', ');
    super(`${place}: ${detail}`);
    this.name = 'DatasetError';
    this.file = file;
    this.row = where.row;
    this.column = where.column;
    this.detail = detail;
  }
}
