import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { prebuildDatasets } from '../../../src/build/prebuildData';
import { decodeBuiltTable } from '../../../src/data/builtTable';
import { parseCatalog, type PrebuiltDataset } from '../../../src/data/catalog';
import { DatasetError } from '../../../src/data/datasetError';
import { staticCsvSource } from '../../../src/sources/staticCsvSource';
import { DATA_DIR } from '../../support/fileSystemSource';
import { defaultViewState } from '../../../src/state/viewState';
import { unViewRequest } from '../../../src/views/un/model/unViewRequest';

/**
 * A built table is checked against what the catalogue says of it when it is decoded (on the page
 * or in the worker): random bytes, garbage inside the file, a truncated file or another table are
 * an error naming this file, and Retry fetches the file again past the browser's cache.
 */

const TOTALS = 'un-migrant-stock-totals-2019';
const SEX = 'tajik-migrants-by-sex';
const UN = 'un-migrant-stock-2019';

function build(ids: string[]) {
  const files = new Map(
    prebuildDatasets(
      DATA_DIR,
      ids.map((id) => `${id}.meta.json`),
    ).map((f) => [f.fileName, f.source as Uint8Array]),
  );
  const catalogText = new TextDecoder().decode(files.get('index.json'));
  const catalog = parseCatalog('data/index.json', catalogText);
  const arrow = (id: string) => gunzipSync(files.get(`${id}.arrow.gz`)!);
  const facts = (id: string) => catalog.prebuilt![`${id}.meta.json`]! as PrebuiltDataset;
  return { files, catalogText, arrow, facts };
}

/** Bytes that are no file at all, the same on every run. */
function noise(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = 20261207;
  for (let i = 0; i < length; i++) bytes[i] = (x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 24;
  return bytes;
}

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    return (error as DatasetError).message;
  }
  return 'no error';
}

describe('a decoded table is the one the catalogue lists', () => {
  const built = build([TOTALS, SEX]);
  const file = `data/${TOTALS}.arrow.gz`;

  it('decodes a sound copy', () => {
    const table = decodeBuiltTable(file, built.arrow(TOTALS), built.facts(TOTALS));
    expect(table.numRows()).toBe(built.facts(TOTALS).rows);
    expect(built.facts(TOTALS).checksum).toMatch(/^fnv1a32:[0-9a-f]{8}$/);
  });

  it.each([
    ['random bytes', () => noise(4000)],
    ['the UN totals cut short', () => built.arrow(TOTALS).slice(0, 2000)],
    [
      'garbage inside the UN totals',
      () => {
        const bytes = built.arrow(TOTALS).slice();
        bytes.set(noise(64), Math.floor(bytes.length / 2));
        return bytes;
      },
    ],
    ['another dataset served in its place', () => built.arrow(SEX)],
  ])('refuses %s, naming the file', (_, bytes) => {
    expect(messageOf(() => decodeBuiltTable(file, bytes(), built.facts(TOTALS)))).toMatch(
      new RegExp(`^data/${TOTALS}\\.arrow\\.gz: is not the table the catalogue lists: `),
    );
  });

  it('says what differs: the checksum of a copy with the same columns and rows', () => {
    const bytes = built.arrow(TOTALS);
    // The catalogue of another build: the file reads, with the columns and rows expected.
    const facts = built.facts(TOTALS);
    expect(
      messageOf(() => decodeBuiltTable(file, bytes, { ...facts, checksum: 'fnv1a32:00000000' })),
    ).toBe(
      `${file}: is not the table the catalogue lists: checksum ${facts.checksum}, expected fnv1a32:00000000 (a damaged copy, or one from another build)`,
    );
  });
});

describe('Retry after a bad copy', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('fetches the file again past the cache, and the good copy loads', async () => {
    const built = build([SEX]);
    const served: Uint8Array[] = [noise(4000), built.arrow(SEX)];
    const asked: { url: string; cache: RequestCache | undefined }[] = [];
    vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
      asked.push({ url, cache: init?.cache });
      if (url.endsWith('index.json')) return new Response(built.catalogText);
      return new Response(served.shift()! as BodyInit);
    });
    const source = staticCsvSource({ baseUrl: 'https://example.test/data/' });
    const meta = await source.loadMetadata(`${SEX}.meta.json`);
    await expect(source.loadTable(meta)).rejects.toThrow(
      `data/${SEX}.arrow.gz: is not the table the catalogue lists: `,
    );
    const table = await source.loadTable(meta);
    expect(table.numRows()).toBe(4);
    const arrowFetches = asked.filter((a) => a.url.endsWith('.arrow.gz'));
    expect(arrowFetches.map((a) => a.cache)).toEqual(['no-cache', 'reload']);
  });
});

/**
 * The UN view's query (queryRegistry.ts) reads two tables: the bilateral one and the totals. A
 * truncated totals file fails the query naming the totals file, on the page and in the worker,
 * and Retry asks for that file again past the cache and draws the view.
 */
describe('the UN view through the query registry', () => {
  afterEach(() => vi.unstubAllGlobals());

  const built = build([UN, TOTALS]);
  const request = unViewRequest(defaultViewState.un, 'en');
  const truncated = `data/${TOTALS}.arrow.gz: is not the table the catalogue lists: it cannot be read as an Arrow table (a damaged or truncated copy)`;

  /** Serves the totals file cut short the first time, whole afterwards; records every fetch. */
  function serveTruncatedTotalsOnce() {
    const asked: { url: string; cache: RequestCache | undefined }[] = [];
    let totalsServed = 0;
    vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
      asked.push({ url, cache: init?.cache });
      if (url.endsWith('index.json')) return new Response(built.catalogText);
      if (url.includes(TOTALS)) {
        const whole = built.arrow(TOTALS);
        return new Response((totalsServed++ === 0 ? whole.slice(0, 2000) : whole) as BodyInit);
      }
      return new Response(built.arrow(UN) as BodyInit);
    });
    const totalsFetches = () =>
      asked.filter((a) => a.url.includes(TOTALS)).map((a) => a.cache);
    return { totalsFetches };
  }

  it('on the page', async () => {
    const { totalsFetches } = serveTruncatedTotalsOnce();
    const source = staticCsvSource({ baseUrl: 'https://page.example.test/data/' });
    const meta = await source.loadMetadata(`${UN}.meta.json`);
    const totals = await source.loadMetadata(`${TOTALS}.meta.json`);
    await expect(source.selectUnView(meta, totals, request)).rejects.toThrow(truncated);
    const view = await source.selectUnView(meta, totals, request);
    expect(view.panels.length).toBeGreaterThan(0);
    expect(totalsFetches()).toEqual(['no-cache', 'reload']);
  });

  it('in the worker', async () => {
    const { totalsFetches } = serveTruncatedTotalsOnce();
    const posted: unknown[] = [];
    const scope: { postMessage: (m: unknown) => void; onmessage?: (e: unknown) => Promise<void> } =
      { postMessage: (m) => posted.push(m) };
    vi.stubGlobal('self', scope);
    // A fresh worker module for each test: it sets `self.onmessage` as it loads.
    vi.resetModules();
    await import('../../../src/sources/csvWorker');
    const ref = (id: string) => ({
      meta: built.facts(id).meta,
      url: `https://worker.example.test/data/${id}.arrow.gz`,
      file: `data/${id}.arrow.gz`,
      format: 'arrow',
      facts: built.facts(id),
    });
    const ask = (id: number) =>
      scope.onmessage!({
        data: {
          kind: 'run',
          query: 'un',
          id,
          fetchTimeoutMs: 30_000,
          args: { meta: ref(UN).meta, totals: ref(TOTALS).meta, request },
          tables: [ref(UN), ref(TOTALS)],
        },
      });
    await ask(1);
    expect(posted.at(-1)).toEqual({
      id: 1,
      ok: false,
      file: `data/${TOTALS}.arrow.gz`,
      detail:
        'is not the table the catalogue lists: it cannot be read as an Arrow table (a damaged or truncated copy)',
    });
    await ask(2);
    expect(posted.at(-1)).toMatchObject({ id: 2, ok: true });
    expect(totalsFetches()).toEqual(['no-cache', 'reload']);
  });
});

describe('the worker names the file that failed', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reports a truncated UN totals file as the totals file, not as the other table asked for', async () => {
    const built = build([TOTALS, SEX]);
    const posted: unknown[] = [];
    const scope: { postMessage: (m: unknown) => void; onmessage?: (e: unknown) => Promise<void> } =
      { postMessage: (m) => posted.push(m) };
    vi.stubGlobal('self', scope);
    vi.stubGlobal('fetch', async (url: string) =>
      url.includes(TOTALS)
        ? new Response(built.arrow(TOTALS).slice(0, 2000) as BodyInit)
        : new Response(built.arrow(SEX) as BodyInit),
    );
    // A fresh worker module for each test: it sets `self.onmessage` as it loads.
    vi.resetModules();
    await import('../../../src/sources/csvWorker');
    const ref = (id: string) => ({
      meta: built.facts(id).meta,
      url: `https://example.test/data/${id}.arrow.gz`,
      file: `data/${id}.arrow.gz`,
      format: 'arrow',
      facts: built.facts(id),
    });
    await scope.onmessage!({
      data: {
        kind: 'run',
        query: 'un',
        id: 7,
        fetchTimeoutMs: 30_000,
        args: { meta: ref(SEX).meta, totals: ref(TOTALS).meta, request: { locale: 'en' } },
        tables: [ref(SEX), ref(TOTALS)],
      },
    });
    expect(posted.at(-1)).toMatchObject({
      id: 7,
      ok: false,
      file: `data/${TOTALS}.arrow.gz`,
      detail:
        'is not the table the catalogue lists: it cannot be read as an Arrow table (a damaged or truncated copy)',
    });
  });
});
