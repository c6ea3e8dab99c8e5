import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parquetPartitions } from '../../src/build/writeParquet';
import type { DatasetMeta } from '../../src/data/metadataSchema';
import { parquetStore } from '../../src/sources/parquetSource';
import type { ViewRequest } from '../../src/view/datasetView';
import { fileSystemSource } from '../support/fileSystemSource';

/**
 * The UN table as Parquet partitions (by origin), served by a static server that answers range
 * requests as a CDN or object store does: the Parquet source gives the same figures as the CSV.
 */
const csvSource = fileSystemSource();
let server: Server;
let baseUrl: string;
let meta: DatasetMeta;
const asked: { method: string | undefined; file: string; range: string | undefined }[] = [];

beforeAll(async () => {
  const csvMeta = await csvSource.loadMetadata('un-migrant-stock-2019.meta.json');
  meta = {
    ...csvMeta,
    storage: { format: 'parquet', partitionBy: 'origin_iso3', url: 'un-migrant-stock-2019/' },
  };
  const dir = mkdtempSync(path.join(tmpdir(), 'parquet-'));
  const folder = path.join(dir, 'un-migrant-stock-2019');
  mkdirSync(folder);
  for (const { fileName, source } of parquetPartitions(
    await csvSource.loadTable(csvMeta),
    meta,
    'origin_iso3',
  )) {
    writeFileSync(path.join(folder, fileName), source);
  }
  server = createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url!, 'http://x').pathname).replace(
      /^\/data\//,
      '',
    );
    const file = path.join(dir, name);
    let size: number;
    try {
      size = statSync(file).size;
    } catch {
      res.writeHead(404).end();
      return;
    }
    asked.push({ method: req.method, file: name, range: req.headers.range });
    const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
    const headers = { 'Accept-Ranges': 'bytes', 'Access-Control-Allow-Origin': '*' };
    if (req.method === 'HEAD') {
      res.writeHead(200, { ...headers, 'Content-Length': size }).end();
      return;
    }
    const bytes = readFileSync(file);
    if (!range) {
      res.writeHead(200, { ...headers, 'Content-Length': size }).end(bytes);
      return;
    }
    const start = Number(range[1]);
    const end = range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
    res
      .writeHead(206, {
        ...headers,
        'Content-Range': `bytes ${start}-${end}/${size}`,
        'Content-Length': end - start + 1,
      })
      .end(bytes.subarray(start, end + 1));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/data/`;
}, 120_000);

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

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
      expect.stringMatching(/^un-migrant-stock-2019\/\d{4}-UZB\.parquet$/),
    ]);
    // Its size by HEAD, then footer and column chunks by range: never the whole file at once.
    const reads = asked.filter((a) => a.file.endsWith('.parquet') && a.method === 'GET');
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every((a) => a.range)).toBe(true);
  });

  it('a missing partition is an error naming the file', async () => {
    const store = parquetStore(baseUrl.replace('/data/', '/nowhere/'));
    await expect(store.selectView(meta, requests[0]![1])).rejects.toThrow(
      'data/un-migrant-stock-2019/manifest.json: could not be fetched (HTTP 404)',
    );
  });
});
