import { cachedAsyncBuffer, type AsyncBuffer } from 'hyparquet';
import { DatasetError } from '../data/datasetError.ts';
import { FETCH_TIMEOUT_MS } from '../data/fetchText.ts';

/**
 * One Parquet partition on a static host, as hyparquet reads it: byte ranges fetched with
 * `Range` requests, each answer checked, so a host that misbehaves is a clear error naming the
 * file rather than a garbled table. The size comes from the manifest (no HEAD request); a file
 * smaller than hyparquet's first footer read (512 kB) is fetched once, whole, and read from
 * memory. A host that ignores `Range` (200, the whole file) works too.
 */
export function partitionBuffer(
  url: string,
  file: string,
  byteLength: number,
  timeoutMs: number = FETCH_TIMEOUT_MS,
): AsyncBuffer {
  let whole: Promise<ArrayBuffer> | undefined;

  async function fetchRange(start: number, end: number): Promise<ArrayBuffer> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    const failed = (error: unknown) =>
      new DatasetError(
        file,
        `could not be fetched (${
          controller.signal.aborted
            ? `no answer within ${Math.round(timeoutMs / 1000)} seconds`
            : (error as Error).message
        })`,
      );
    try {
      let response: Response;
      try {
        response = await fetch(url, {
          headers: { Range: `bytes=${start}-${end - 1}` },
          signal: controller.signal,
          cache: 'no-cache',
        });
      } catch (error) {
        throw failed(error);
      }
      if (response.status === 416) {
        throw new DatasetError(
          file,
          `is shorter than the ${byteLength} bytes its manifest gives: the manifest and the Parquet files come from different builds (copy the folder whole)`,
        );
      }
      if (!response.ok) {
        throw new DatasetError(file, `could not be fetched (HTTP ${response.status})`);
      }
      if (response.status === 200) {
        // The host ignores Range and sends the whole file: keep it for every later read.
        whole = response.arrayBuffer().then(
          (bytes) => {
            if (bytes.byteLength !== byteLength)
              throw sizeMismatch(file, bytes.byteLength, byteLength);
            return bytes;
          },
          (error: unknown) => Promise.reject(failed(error)),
        );
        return (await whole).slice(start, end);
      }
      if (response.status !== 206) {
        throw new DatasetError(
          file,
          `answered a range request with HTTP ${response.status} instead of 206 Partial Content`,
        );
      }
      // Content-Range is readable only where CORS exposes it (the README asks hosts to).
      const range = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(
        response.headers.get('Content-Range') ?? '',
      );
      if (range && (Number(range[1]) !== start || Number(range[2]) !== end - 1)) {
        throw new DatasetError(
          file,
          `the host sent bytes ${range[1]}–${range[2]} when asked for bytes ${start}–${end - 1}`,
        );
      }
      if (range && range[3] !== '*' && Number(range[3]) !== byteLength) {
        throw sizeMismatch(file, Number(range[3]), byteLength);
      }
      let bytes: ArrayBuffer;
      try {
        bytes = await response.arrayBuffer();
      } catch (error) {
        throw failed(error);
      }
      if (bytes.byteLength !== end - start) {
        throw new DatasetError(
          file,
          `the host sent ${bytes.byteLength} bytes when asked for bytes ${start}–${end - 1} (${end - start} bytes)`,
        );
      }
      return bytes;
    } finally {
      clearTimeout(timer);
    }
  }

  return cachedAsyncBuffer({
    byteLength,
    slice: (start, end = byteLength) =>
      whole ? whole.then((bytes) => bytes.slice(start, end)) : fetchRange(start, end),
  });
}

function sizeMismatch(file: string, size: number, expected: number): DatasetError {
  return new DatasetError(
    file,
    `is ${size} bytes where its manifest gives ${expected}: the manifest and the Parquet files come from different builds (copy the folder whole)`,
  );
}
