import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fromCSV } from 'arquero';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChunkError } from '../../../src/lib/chunk';
import { validateMetadata } from '../../../src/data/validateMetadata';
import type { CsvWorkerRequest, CsvWorkerResponse } from '../../../src/sources/csvWorker';
import { staticCsvSource } from '../../../src/sources/staticCsvSource';
import { DATA_DIR } from '../../support/fileSystemSource';

/**
 * Code the data source loads on demand (the export code, the Parquet reader, the CSV and schema
 * checks; in the worker also a language's country names) goes through the shared chunk loader:
 * a chunk that fails to arrive is told as code that did not load, the same as on the page (so the
 * reader is offered a reload after a redeploy), never as a fault of the data file asked for, and
 * Retry loads it again rather than keeping the failure.
 */

const ID = 'tajik-migrants-by-sex';
const read = (name: string) => readFileSync(path.join(DATA_DIR, name), 'utf8');
const meta = validateMetadata(`data/${ID}.meta.json`, read(`${ID}.meta.json`));

afterEach(() => {
  vi.doUnmock('../../../src/export/fullExport');
  vi.doUnmock('../../../src/sources/parquetSource');
  vi.unstubAllGlobals();
});

describe('the export code failing to arrive', () => {
  it('in the worker, is answered as code that did not load, not as the data file', async () => {
    vi.doMock('../../../src/export/fullExport', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    vi.stubGlobal('fetch', async () => new Response(read(meta.file)));
    const posted: unknown[] = [];
    const scope: { postMessage: (m: unknown) => void; onmessage?: (e: unknown) => Promise<void> } =
      { postMessage: (m) => posted.push(m) };
    vi.stubGlobal('self', scope);
    vi.resetModules();
    await import('../../../src/sources/csvWorker');
    await scope.onmessage!({
      data: {
        kind: 'run',
        query: 'export',
        id: 3,
        fetchTimeoutMs: 30_000,
        args: { request: { kind: 'csv', meta, locale: 'en' } },
        tables: [
          {
            meta,
            url: `https://example.test/data/${meta.file}`,
            file: `data/${meta.file}`,
            format: 'csv',
          },
        ],
      } satisfies CsvWorkerRequest,
    });
    // (Vitest words a failed mock its own way, naming no URL: the failure is one the worker
    // could not look into. A browser's message names the chunk, which is then asked about.)
    expect(posted.at(-1)).toMatchObject({ id: 3, ok: false, chunk: { failure: 'unknown' } });
    expect(posted.at(-1)).not.toHaveProperty('file');
  });

  it("on the page, the worker's answer is a ChunkError, offering a reload", async () => {
    vi.stubGlobal('fetch', async (url: string) =>
      url.endsWith('index.json')
        ? new Response(JSON.stringify({ datasets: [`${ID}.meta.json`] }))
        : new Response(read(new URL(url).pathname.split('/').pop()!)),
    );
    // The request the page sends, once it has read the catalogue.
    let sent: (message: CsvWorkerRequest) => void;
    const request = new Promise<CsvWorkerRequest>((resolve) => (sent = resolve));
    const worker = {
      onmessage: undefined as ((event: { data: CsvWorkerResponse }) => void) | undefined,
      postMessage: (message: CsvWorkerRequest) => sent(message),
      terminate: () => undefined,
    };
    const source = staticCsvSource({
      baseUrl: 'https://example.test/data/',
      createWorker: () => worker as unknown as Worker,
    });
    const exported = source.exportFull({ kind: 'csv', meta, locale: 'en' });
    const { id } = await request;
    worker.onmessage!({ data: { ready: true } });
    worker.onmessage!({
      data: {
        id,
        ok: false,
        chunk: {
          failure: 'redeployed',
          file: 'assets/fullExport-AbC123.js',
          status: 404,
          detail: '',
        },
      },
    });
    const error = await exported.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChunkError);
    expect(error).toMatchObject({
      failure: 'redeployed',
      file: 'assets/fullExport-AbC123.js',
      status: 404,
    });
  });
});

describe('the Parquet reader failing to arrive', () => {
  it('is loaded again on Retry, not kept as failed', async () => {
    const parquetMeta = {
      ...meta,
      storage: { format: 'parquet' as const, partitionBy: 'sex', url: `${ID}/` },
    };
    const table = fromCSV('sex,value\nmale,1');
    let loads = 0;
    vi.doMock('../../../src/sources/parquetSource', () => {
      if (loads++ === 0) throw new TypeError('Failed to fetch dynamically imported module');
      return { parquetStore: () => ({ loadTable: async () => table }) };
    });
    // A source module of its own, whose code loader has not loaded the reader yet.
    vi.resetModules();
    const fresh = await import('../../../src/sources/staticCsvSource');
    const source = fresh.staticCsvSource({ baseUrl: 'https://example.test/data/' });
    await expect(source.loadTable(parquetMeta)).rejects.toThrow();
    expect(await source.loadTable(parquetMeta)).toBe(table);
    expect(loads).toBe(2);
  });
});
