import { DatasetError } from './datasetError.ts';

/** How long a data file may take to arrive before the load is given up (and can be retried). */
export const FETCH_TIMEOUT_MS = 30_000;

/**
 * Addresses whose last copy failed (to arrive, or its checks): fetched again past every cache
 * (`reload`), so that Retry does not get the same bad copy back. Others revalidate (`no-cache`).
 */
const failed = new Set<string>();

/** Marks a file's copy as bad (it arrived but failed its checks): the next fetch reloads it. */
export function distrustCopy(url: string): void {
  failed.add(url);
}

/**
 * Fetches a data file as text; a missing file, a network failure or no answer in time is a
 * DatasetError for it. Never served from a stale cache entry: `no-cache` revalidates, and a file
 * that failed is reloaded from the server.
 */
export function fetchText(
  url: string,
  file: string,
  timeoutMs: number = FETCH_TIMEOUT_MS,
): Promise<string> {
  return fetchBody(url, file, timeoutMs, (response) => response.text());
}

/** The same, for a binary file. */
export function fetchBytes(
  url: string,
  file: string,
  timeoutMs: number = FETCH_TIMEOUT_MS,
): Promise<Uint8Array> {
  return fetchBody(url, file, timeoutMs, async (response) => new Uint8Array(await response.arrayBuffer()));
}

/**
 * A file the build wrote gzip-compressed (`name.gz`), as its original bytes. Any static host
 * serves it small; a host that adds `Content-Encoding: gzip` for `.gz` files has the browser
 * unpack it already, which the gzip magic number tells apart.
 */
export async function fetchGzipped(
  url: string,
  file: string,
  timeoutMs: number = FETCH_TIMEOUT_MS,
): Promise<Uint8Array> {
  const bytes = await fetchBytes(url, file, timeoutMs);
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  try {
    const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch (error) {
    distrustCopy(url);
    throw new DatasetError(file, `could not be unpacked (${(error as Error).message})`);
  }
}

async function fetchBody<T>(
  url: string,
  file: string,
  timeoutMs: number,
  read: (response: Response) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  const stop = waitLimit(timeoutMs, () => controller.abort());
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        signal: controller.signal,
        cache: failed.has(url) ? 'reload' : 'no-cache',
      });
    } catch (error) {
      throw failure(file, error, controller, timeoutMs);
    }
    if (!response.ok) {
      throw new DatasetError(file, `could not be fetched (HTTP ${response.status})`);
    }
    try {
      return await read(response);
    } catch (error) {
      throw failure(file, error, controller, timeoutMs);
    }
  } catch (error) {
    failed.add(url);
    throw error;
  } finally {
    stop();
  }
}

/** How often the time waited for a file is counted. */
const TICK_MS = 1_000;

/**
 * Calls `expire` after `timeoutMs` spent waiting, counting only time this thread was free to
 * receive the file: while it is busy with another file (a long parse in the worker), no timer
 * runs, and a tick that comes late counts as one tick. So a big file never makes another one's
 * fetch time out, which arrived meanwhile. Returns the function that stops the count.
 */
function waitLimit(timeoutMs: number, expire: () => void): () => void {
  const tick = Math.min(TICK_MS, timeoutMs);
  let waited = 0;
  let last = Date.now();
  const timer = setInterval(() => {
    const now = Date.now();
    waited += Math.min(Math.max(now - last, 0), 2 * tick);
    last = now;
    if (waited >= timeoutMs) {
      clearInterval(timer);
      expire();
    }
  }, tick);
  return () => clearInterval(timer);
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
