import { DatasetError } from './datasetError';

/** Fetches a data file as text; a missing file or a network failure is a DatasetError for it. */
export async function fetchText(url: string, file: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new DatasetError(file, `could not be fetched (${(error as Error).message})`);
  }
  if (!response.ok) {
    throw new DatasetError(file, `could not be fetched (HTTP ${response.status})`);
  }
  return response.text();
}
