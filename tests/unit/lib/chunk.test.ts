import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CHUNK_TIMEOUT_MS,
  ChunkError,
  chunk,
  chunkFile,
  declaredUrl,
  diagnose,
  urlIn,
} from '../../../src/lib/chunk';

const SITE = 'https://stats.example/dashboard/';
const URL_ = `${SITE}assets/UnStockPage-De-ahqD8.js`;
const CHROME = new TypeError(`Failed to fetch dynamically imported module: ${URL_}`);

/** An importer whose built text names its chunk, as Vite writes it. */
const built = (
  load: () => Promise<unknown>,
  text = '()=>g(()=>import(`./UnStockPage-De-ahqD8.js`),__vite__mapDeps([1]),import.meta.url)',
) => Object.assign(load, { toString: () => text });

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('where a chunk comes from', () => {
  it.each([
    ['a built importer (template literal)', 'function(){return g(()=>import(`./A-x_1.js`),[])}'],
    ['double quotes', '() => import("./A-x_1.js")'],
    ['single quotes', "() => import('./A-x_1.js')"],
  ])('reads the file from %s', (_, text) => {
    const importer = Object.assign(() => Promise.resolve(), { toString: () => text });
    expect(declaredUrl(importer, `${SITE}assets/index-abc.js`)).toBe(`${SITE}assets/A-x_1.js`);
  });

  it('names no file for an importer that does not say', () => {
    expect(declaredUrl(() => Promise.resolve(1), `${SITE}assets/index.js`)).toBeUndefined();
  });

  it("reads the URL from the browser's error, without a retry's query", () => {
    expect(urlIn(CHROME)).toBe(URL_);
    expect(
      urlIn(new TypeError(`Failed to fetch dynamically imported module: ${URL_}?retry=2`)),
    ).toBe(URL_);
    expect(urlIn(new SyntaxError('Unexpected end of input'))).toBeUndefined();
  });

  it('names the file as under the site', () => {
    expect(chunkFile(`${URL_}?retry=1`, SITE)).toBe('assets/UnStockPage-De-ahqD8.js');
  });
});

describe('why a chunk did not load', () => {
  const answer = (status: number, type: string) =>
    vi.fn(() => Promise.resolve(new Response('x', { status, headers: { 'content-type': type } })));

  it.each([
    [404, 'text/plain', 'redeployed'],
    [410, 'text/plain', 'redeployed'],
    [200, 'text/html; charset=utf-8', 'redeployed'],
    [500, 'text/plain', 'http'],
    [403, 'text/plain', 'http'],
    [200, 'text/javascript', 'damaged'],
  ])('HTTP %i with %s: %s', async (status, type, failure) => {
    const fetch = answer(status, type);
    vi.stubGlobal('fetch', fetch);
    const error = await diagnose(CHROME, URL_);
    expect(error).toBeInstanceOf(ChunkError);
    expect(error.failure).toBe(failure);
    if (failure === 'http') expect(error.status).toBe(status);
    // Asked for past every cache, so the answer is the site's, not a stored one.
    expect(fetch).toHaveBeenCalledWith(URL_, { cache: 'no-store' });
  });

  it('a fetch that fails while the browser says it is online: the site could not be reached', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    expect((await diagnose(CHROME, URL_)).failure).toBe('unreachable');
  });

  it('an offline browser: offline, without asking the network', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    vi.stubGlobal('navigator', { onLine: false });
    expect((await diagnose(CHROME, URL_)).failure).toBe('offline');
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('a chunk', () => {
  it('is loaded once for every caller', async () => {
    const importer = vi.fn(() => Promise.resolve({ value: 1 }));
    const part = chunk('one', importer, (m) => m.value);
    expect(await Promise.all([part.load(), part.load()])).toEqual([1, 1]);
    expect(importer).toHaveBeenCalledTimes(1);
  });

  it('that fails is an error naming the file and why, and the next load tries again', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('', { status: 500 })));
    let calls = 0;
    const importer = built(() => (calls++ === 0 ? Promise.reject(CHROME) : Promise.resolve(2)));
    const part = chunk('two', importer);
    const error = await part.load().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChunkError);
    expect((error as ChunkError).failure).toBe('http');
    expect((error as ChunkError).file).toMatch(/UnStockPage-De-ahqD8\.js$/);
    // (Here the importer has no real file to ask for afresh: a load after a failure is still a
    // new attempt; the browser tests check the fresh URL.)
    await expect(part.load()).rejects.toBeInstanceOf(ChunkError);
  });

  it('that never arrives fails at the limit, without asking the network why', async () => {
    vi.useFakeTimers();
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const part = chunk(
      'slow',
      built(() => new Promise(() => {})),
    );
    const loading = part.load().catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(CHUNK_TIMEOUT_MS - 1);
    let settled = false;
    void loading.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = (await loading) as ChunkError;
    expect(error.failure).toBe('timeout');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('that arrives after the limit is used by the next load, not asked for again', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('fetch', vi.fn());
    const importer = vi.fn(
      () => new Promise((resolve) => setTimeout(() => resolve({ late: true }), 35_000)),
    );
    const part = chunk('late', built(importer));
    const first = part.load().catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(CHUNK_TIMEOUT_MS);
    expect(((await first) as ChunkError).failure).toBe('timeout');
    await vi.advanceTimersByTimeAsync(5_000);
    await expect(part.load()).resolves.toEqual({ late: true });
    expect(importer).toHaveBeenCalledTimes(1);
  });
});
