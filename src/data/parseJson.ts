import { DatasetError } from './datasetError.ts';
import { looksLikeHtml } from './dataText.ts';

/** A data file's JSON, or a DatasetError saying why not (empty, a web page, a syntax error). */
export function parseJson(file: string, text: string): unknown {
  if (text.trim() === '') throw new DatasetError(file, 'is empty');
  if (looksLikeHtml(text)) {
    throw new DatasetError(
      file,
      'is a web page, not JSON: the server sent HTML instead of the file (is the file missing?)',
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DatasetError(file, `not valid JSON (${cut((error as Error).message)})`);
  }
}

/** Parser messages can quote the input; keep them short. */
function cut(message: string): string {
  return message.length > 160 ? `${message.slice(0, 160)}…` : message;
}
