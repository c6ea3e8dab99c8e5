import { toArrowIPC } from 'arquero';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseCsvTable } from '../../../src/data/parseCsvTable';
import { validateMetadata } from '../../../src/data/validateMetadata';
import type { CsvWorkerRequest, CsvWorkerResponse } from '../../../src/sources/csvWorker';
import { staticCsvSource } from '../../../src/sources/staticCsvSource';
import { DATA_DIR } from '../../support/fileSystemSource';

/**
 * One file's work does not count against another file's time limit: a request that waits in the
 * worker behind a big file is not given up while the worker keeps answering. Time here is the
 * fake clock's, moved by the test: nothing waits for real time.
 */

const IDS = ['tajik-migrants-by-sex', 'uzbek-migrants-by-sector'];
const read = (name: string) => readFileSync(path.join(DATA_DIR, name), 'utf8');

/** A worker the test answers for: it records the requests and the page's handlers. */
function fakeWorker() {
  const posted: CsvWorkerRequest[] = [];
  const worker = {
    terminated: false,
    onmessage: undefined as ((event: { data: CsvWorkerResponse }) => void) | undefined,
    onerror: undefined as unknown,
    onmessageerror: undefined as unknown,
    postMessage: (message: CsvWorkerRequest) => posted.push(message),
    terminate() {
      this.terminated = true;
    },
    send(data: CsvWorkerResponse) {
      this.onmessage!({ data });
    },
  };
  return { worker, posted };
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('a slow file in the worker', () => {
  it('does not make the file queued behind it time out', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.stubGlobal('fetch', async (url: string) => {
      const name = new URL(url).pathname.split('/').pop()!;
      if (name === 'index.json') {
        return new Response(JSON.stringify({ datasets: IDS.map((id) => `${id}.meta.json`) }));
      }
      return new Response(read(name));
    });
    const { worker, posted } = fakeWorker();
    const source = staticCsvSource({
      baseUrl: 'https://example.test/data/',
      createWorker: () => worker as unknown as Worker,
      fetchTimeoutMs: 1_000,
    });
    const metas = await Promise.all(IDS.map((id) => source.loadMetadata(`${id}.meta.json`)));
    const loads = metas.map((meta) => source.loadTable(meta));
    await vi.advanceTimersByTimeAsync(0);
    worker.send({ ready: true });
    expect(posted.map((p) => p.kind)).toEqual(['parse', 'parse']);
    const answer = (i: number) => {
      const meta = validateMetadata(`data/${IDS[i]}.meta.json`, read(`${IDS[i]}.meta.json`));
      const table = parseCsvTable(`data/${meta.file}`, read(meta.file), meta);
      worker.send({ id: posted[i]!.id, ok: true, arrow: toArrowIPC(table) as Uint8Array });
    };
    // The first file takes 20 s of its 31 s; the second then takes 20 s of its own: 40 s after
    // it was asked for, but never 31 s without the worker answering.
    await vi.advanceTimersByTimeAsync(20_000);
    answer(0);
    await vi.advanceTimersByTimeAsync(20_000);
    answer(1);
    const tables = await Promise.all(loads);
    expect(tables.map((t) => t.numRows())).toEqual([4, expect.any(Number)]);
    expect(worker.terminated).toBe(false);
  });

  it('still gives up a worker that answers nothing for a whole allowance', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.stubGlobal('fetch', async (url: string) => {
      const name = new URL(url).pathname.split('/').pop()!;
      if (name === 'index.json')
        return new Response(JSON.stringify({ datasets: [`${IDS[0]}.meta.json`] }));
      return new Response(read(name));
    });
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    const { worker } = fakeWorker();
    const source = staticCsvSource({
      baseUrl: 'https://example.test/data/',
      createWorker: () => worker as unknown as Worker,
      fetchTimeoutMs: 1_000,
    });
    const meta = await source.loadMetadata(`${IDS[0]}.meta.json`);
    const load = source.loadTable(meta);
    await vi.advanceTimersByTimeAsync(0);
    worker.send({ ready: true });
    await vi.advanceTimersByTimeAsync(31_000);
    // Given up: the page parses the file itself.
    expect(worker.terminated).toBe(true);
    expect((await load).numRows()).toBe(4);
    expect(info).toHaveBeenCalledWith(expect.stringContaining('it did not answer'));
  });
});
