import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parquetReadObjects } from 'hyparquet';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { parquetPartitions } from '../../../src/build/writeParquet';
import type { DatasetMeta } from '../../../src/data/metadataSchema';
import type { ParquetManifest } from '../../../src/sources/parquetManifest';
import { parquetStore } from '../../../src/sources/parquetSource';
import { run } from '../../../src/sources/queryRegistry';
import { defaultUnView } from '../../../src/state/viewState';
import type { UnViewRequest } from '../../../src/views/un/model/unStockView';
import { unViewRequest } from '../../../src/views/un/model/unViewRequest';
import type { ViewRequest } from '../../../src/views/dataset/model/datasetView';
import { fileSystemSource } from '../../support/fileSystemSource';
import { TEST_TIMEOUT } from '../../testTimeout';

/**
 * The UN table as Parquet partitions (by origin, and again by destination), served by a static server that answers range
 * requests as a CDN or object store does: the Parquet source gives the same figures as the CSV.
 */
const csvSource = fileSystemSource();
let server: Server;
let baseUrl: string;
let host: string;
let meta: DatasetMeta;
const asked: { method: string | undefined; file: string; range: string | undefined }[] = [];

beforeAll(async () => {
  const csvMeta = await csvSource.loadMetadata('un-migrant-stock-2019.meta.json');
  meta = {
    ...csvMeta,
    storage: {
      format: 'parquet',
      partitionBy: ['origin_iso3', 'destination_iso3'],
      url: 'un-migrant-stock-2019/',
    },
  };
  const dir = mkdtempSync(path.join(tmpdir(), 'parquet-'));
  const folder = path.join(dir, 'un-migrant-stock-2019');
  mkdirSync(folder);
  for (const { fileName, source } of parquetPartitions(await csvSource.loadTable(csvMeta), meta, [
    'origin_iso3',
    'destination_iso3',
  ])) {
    writeFileSync(path.join(folder, fileName), source);
  }
  // A folder whose partitions another tool replaced: wrong types, a column missing.
  const foreign = path.join(dir, 'foreign', 'un-migrant-stock-2019');
  mkdirSync(foreign, { recursive: true });
  writeFileSync(
    path.join(foreign, 'manifest.json'),
    readFileSync(path.join(folder, 'manifest.json')),
  );
  const byOrigin = (code: string) =>
    readdirSync(folder).find(
      (f) => f.startsWith('origin_iso3-') && f.endsWith(`-${code}.parquet`),
    )!;
  const uzb = byOrigin('UZB');
  const tjk = byOrigin('TJK');
  const rows = parquetReadObjects({ file: toArrayBuffer(readFileSync(path.join(folder, uzb))) });
  const uzbRows = await rows;
  const column = (name: string, data: unknown[], type: 'STRING' | 'INT32') => ({
    name,
    data,
    type,
    nullable: true,
  });
  const writeForeign = (file: string, columns: ReturnType<typeof column>[]) => {
    const bytes = new Uint8Array(parquetWriteBuffer({ columnData: columns }));
    writeFileSync(path.join(foreign, file), bytes);
    return bytes.byteLength;
  };
  const manifest = JSON.parse(
    readFileSync(path.join(folder, 'manifest.json'), 'utf8'),
  ) as ParquetManifest;
  const sizes = new Map([
    [
      uzb,
      // Stock as text.
      writeForeign(
        uzb,
        meta.columns.map((c) =>
          column(
            c.name,
            uzbRows.map((r) =>
              c.name === 'stock' && r[c.name] !== null ? String(r[c.name]) : r[c.name],
            ),
            c.name === 'stock' || c.type === 'string' ? 'STRING' : 'INT32',
          ),
        ),
      ),
    ],
    [
      tjk,
      // No origin column.
      writeForeign(
        tjk,
        meta.columns
          .filter((c) => c.name !== 'origin_iso3')
          .map((c) =>
            column(
              c.name,
              uzbRows.map((r) => r[c.name]),
              c.type === 'string' ? 'STRING' : 'INT32',
            ),
          ),
      ),
    ],
  ]);
  writeFileSync(
    path.join(foreign, 'manifest.json'),
    JSON.stringify({
      ...manifest,
      partitionings: manifest.partitionings.map(({ by, partitions }) => ({
        by,
        partitions: partitions.map((p) => ({
          ...p,
          rows: uzbRows.length,
          bytes: sizes.get(p.file) ?? p.bytes,
        })),
      })),
    }),
  );

  /**
   * The host, by the address's first folder: `data` answers as a CDN does; `norange` ignores
   * Range (200, the whole file); `shifted` answers another range than asked; `stale` gives the
   * file a size other than the manifest's; `missing` has no Parquet files; `foreign` serves the
   * replaced partitions; `hostile` and `notmanifest` serve a bad manifest.
   */
  server = createServer((req, res) => {
    const [, mode = '', ...rest] = decodeURIComponent(new URL(req.url!, 'http://x').pathname).split(
      '/',
    );
    const name = rest.join('/');
    const headers = { 'Accept-Ranges': 'bytes', 'Access-Control-Allow-Origin': '*' };
    if (name.endsWith('manifest.json') && (mode === 'hostile' || mode === 'notmanifest')) {
      const body =
        mode === 'hostile'
          ? {
              ...manifest,
              partitionings: manifest.partitionings.map(({ by, partitions }) => ({
                by,
                partitions: partitions.map((p) => ({
                  ...p,
                  file: `https://elsewhere.example/${p.file}`,
                })),
              })),
            }
          : { partitions: 'all of them' };
      res.writeHead(200, headers).end(JSON.stringify(body));
      return;
    }
    const file = path.join(mode === 'foreign' ? path.join(dir, 'foreign') : dir, name);
    let size: number;
    try {
      size = statSync(file).size;
      if (mode === 'nowhere' || (mode === 'missing' && name.endsWith('.parquet'))) {
        throw new Error('missing');
      }
    } catch {
      res.writeHead(404).end();
      return;
    }
    asked.push({ method: req.method, file: name, range: req.headers.range });
    if (req.method === 'HEAD') {
      res.writeHead(200, { ...headers, 'Content-Length': size }).end();
      return;
    }
    const bytes = readFileSync(file);
    const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
    if (!range || mode === 'norange') {
      res.writeHead(200, { ...headers, 'Content-Length': size }).end(bytes);
      return;
    }
    const start = Number(range[1]);
    const end = range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
    const shown = mode === 'shifted' ? start + 4 : start;
    res
      .writeHead(206, {
        ...headers,
        'Content-Range': `bytes ${shown}-${end}/${mode === 'stale' ? size + 100 : size}`,
        'Content-Length': end - start + 1,
      })
      .end(bytes.subarray(start, end + 1));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  baseUrl = `${host}/data/`;
}, TEST_TIMEOUT);

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const toArrayBuffer = (b: Buffer) =>
  b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

const requests: [string, ViewRequest][] = [
  [
    'born in Uzbekistan, 2019 (the default year)',
    { filters: { origin_iso3: ['UZB'] }, time: undefined, measure: 'absolute', chart: 'bar' },
  ],
  [
    'born in Tajikistan, 2000',
    { filters: { origin_iso3: ['TJK'] }, time: [2000, 2000], measure: 'absolute', chart: 'bar' },
  ],
  [
    'born in Kazakhstan, living in Russia or Germany, 1990–2019',
    {
      filters: { origin_iso3: ['KAZ'], destination_iso3: ['RUS', 'DEU'] },
      time: [1990, 2019],
      measure: 'absolute',
      chart: 'line',
    },
  ],
];

describe('a dataset stored as Parquet partitions on a static host', () => {
  for (const [name, request] of requests) {
    it(`answers the same figures as the CSV: ${name}`, async () => {
      const store = parquetStore(baseUrl);
      const fromCsv = await csvSource.selectView(meta, request);
      const fromParquet = await store.selectView(meta, request);
      expect(fromParquet.table.numRows()).toBeGreaterThan(0);
      expect(fromParquet.table.objects()).toEqual(fromCsv.table.objects());
      expect(fromParquet.period).toEqual(fromCsv.period);
      expect(fromParquet.years).toEqual(fromCsv.years);
      expect(fromParquet.controls).toEqual(fromCsv.controls);
    });
  }

  it('reads only the manifest and the chosen partition, by range requests', async () => {
    asked.length = 0;
    const store = parquetStore(baseUrl);
    await store.selectView(meta, requests[0]![1]);
    const files = [...new Set(asked.map((a) => a.file))];
    expect(files).toEqual([
      'un-migrant-stock-2019/manifest.json',
      expect.stringMatching(/^un-migrant-stock-2019\/origin_iso3-\d{4}-UZB\.parquet$/),
    ]);
    // Its size from the manifest (no HEAD); a partition this small in one range request.
    const reads = asked.filter((a) => a.file.endsWith('.parquet'));
    expect(reads).toEqual([
      { method: 'GET', file: files[1], range: expect.stringMatching(/^bytes=0-\d+$/) },
    ]);
  });

  // The UN view in each direction: one partition read, the same figures as the whole CSV gives.
  const unRequests: [string, UnViewRequest, RegExp][] = [
    [
      'where people born in Uzbekistan live',
      { ...unViewRequest(defaultUnView, 'en'), year: 2019 },
      /^un-migrant-stock-2019\/origin_iso3-\d{4}-UZB\.parquet$/,
    ],
    [
      'who lives in Russia',
      {
        ...unViewRequest(defaultUnView, 'en'),
        direction: 'destination',
        country: 'RUS',
        year: 2019,
      },
      /^un-migrant-stock-2019\/destination_iso3-\d{4}-RUS\.parquet$/,
    ],
  ];
  for (const [name, request, file] of unRequests) {
    it(`the UN view, ${name}: one partition read, the CSV's figures`, async () => {
      asked.length = 0;
      const fromParquet = await parquetStore(baseUrl).selectUnView(meta, undefined, request, () =>
        Promise.reject(new Error('no other table is read')),
      );
      expect([...new Set(asked.map((a) => a.file))]).toEqual([
        'un-migrant-stock-2019/manifest.json',
        expect.stringMatching(file),
      ]);
      const fromCsv = await run('un', { meta, totals: undefined, request }, (m) =>
        csvSource.loadTable(m),
      );
      expect(fromParquet.panels[0]!.partners.length).toBeGreaterThan(10);
      expect(fromParquet.panels).toEqual(fromCsv.panels);
      expect(fromParquet.countries).toEqual(fromCsv.countries);
      expect(fromParquet.years).toEqual(fromCsv.years);
    });
  }

  it('gives the same figures from a host that ignores Range requests', async () => {
    const request = requests[1]![1];
    const fromHost = await parquetStore(`${host}/norange/`).selectView(meta, request);
    const fromCdn = await parquetStore(baseUrl).selectView(meta, request);
    expect(fromHost.table.objects()).toEqual(fromCdn.table.objects());
  });

  const fails: [string, string, string][] = [
    [
      'a missing manifest',
      'nowhere',
      'data/un-migrant-stock-2019/manifest.json: could not be fetched (HTTP 404)',
    ],
    [
      'a manifest that is not one',
      'notmanifest',
      'data/un-migrant-stock-2019/manifest.json: is not a Parquet manifest',
    ],
    [
      'a manifest naming files elsewhere',
      'hostile',
      'data/un-migrant-stock-2019/manifest.json: partition 1 by "origin_iso3" is not { value, file (a name ending in .parquet), rows, bytes }',
    ],
    ['a missing partition', 'missing', '-UZB.parquet: could not be fetched (HTTP 404)'],
    ['a host answering another range', 'shifted', '-UZB.parquet: the host sent bytes 4–'],
    ['a partition of another size than the manifest says', 'stale', 'where its manifest gives'],
    [
      'a partition whose figures are text',
      'foreign',
      '-UZB.parquet, row 1, column "stock": expected a number (integer), found "',
    ],
  ];
  for (const [name, mode, message] of fails) {
    it(`${name} is an error naming the file`, async () => {
      const error = await parquetStore(`${host}/${mode}/`)
        .selectView(meta, requests[0]![1])
        .then(
          () => undefined,
          (e: Error) => e,
        );
      expect(error?.name).toBe('DatasetError');
      expect(error?.message).toContain(message);
      expect(error?.message).toMatch(/^data\/un-migrant-stock-2019\//);
    });
  }

  it('a partition without a column the metadata declares names the column', async () => {
    await expect(
      parquetStore(`${host}/foreign/`).selectView(meta, requests[1]![1]),
    ).rejects.toThrow(
      /-TJK\.parquet, column "origin_iso3": is missing: the Parquet file has no such column$/,
    );
  });
});
