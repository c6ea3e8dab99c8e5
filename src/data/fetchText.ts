import { DatasetError } from './datasetError';

/** How long a data file may take to arrive before the load is given up (and can be retried). */
export const FETCH_TIMEOUT_MS = 30_000;

/**
 * Fetches a data file as text; a missing file, a network failure or no answer in time is a
 * DatasetError for it. Never served from a stale cache entry after a retry: `no-cache` revalidates.
 */
export async function fetchText(
  url: string,
  file: string,
  timeoutMs: number = FETCH_TIMEOUT_MS,
): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, cache: 'no-cache' });
    } catch (error) {
      throw failure(file, error, controller, timeoutMs);
    }
    if (!response.ok) {
      throw new DatasetError(file, `could not be fetched (HTTP ${response.status})`);
    }
    try {
      return await response.text();
    } catch (error) {
      throw failure(file, error, controller, timeoutMs);
    }
  } finally {
    clearTimeout(timer);
  }
}

function failure(
  file: string,
  error: unknown,
  controller: AbortController,
  timeoutMs: number,
): DatasetError {
  const why = controller.signal.aborted
    ? `no answer within ${Math.round(timeoutMs / 1000)} seconds`
    : (error as Error).message;
  return new DatasetError(file, `could not be fetched (${why})`);
}
