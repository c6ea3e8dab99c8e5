import { escape, fromArrow, toArrowIPC, type ColumnTable } from 'arquero';
import { afterEach, describe, expect, it } from 'vitest';
import { buildChartModel } from '../../../src/views/dataset/model/chartModel';
import { buildLineSeries } from '../../../src/views/dataset/model/lineSeries';
import { changesAlongLines } from '../../../src/views/dataset/model/yearOnYear';
import type { DatasetMeta } from '../../../src/data/metadataSchema';
import { parseExcelCsv, toExcelCsv } from '../../../src/export/excelCsv';
import { viewDownloadTable } from '../../../src/export/viewDownload';
import { availableChartTypes } from '../../../src/state/chartTypes';
import { datasetView } from '../../../src/views/dataset/model/datasetView';
import { timelineEvents } from '../../../src/views/dataset/model/timelineEvents';
import { unCountries, unCountryView } from '../../../src/views/un/model/unStockView';
import { defaultViewState, UN_YEARS } from '../../../src/state/viewState';
import { fileSystemSource } from '../../support/fileSystemSource';

/**
 * Under a Content Security Policy without 'unsafe-eval', `Function` and `eval` throw. Here they
 * throw too, while every dataset goes through every view, chart type, measure and download the
 * app offers: a code path that compiles a string fails this test before it blanks a page.
 */
const realFunction = globalThis.Function;
const realEval = globalThis.eval;
const calls: string[] = [];

function forbidEval() {
  const trap = new Proxy(realFunction, {
    apply: (_t, _this, args: unknown[]) => {
      calls.push(String(args.at(-1)).slice(0, 80));
      throw new EvalError('Function is forbidden by the Content Security Policy');
    },
    construct: (_t, args: unknown[]) => {
      calls.push(String(args.at(-1)).slice(0, 80));
      throw new EvalError('Function is forbidden by the Content Security Policy');
    },
  });
  globalThis.Function = trap;
  globalThis.eval = () => {
    calls.push('eval');
    throw new EvalError('eval is forbidden by the Content Security Policy');
  };
}

afterEach(() => {
  globalThis.Function = realFunction;
  globalThis.eval = realEval;
});

const source = fileSystemSource();

async function everything(): Promise<{ meta: DatasetMeta; table: ColumnTable }[]> {
  const files = await source.listDatasets();
  return Promise.all(
    files.map(async (file) => {
      const meta = await source.loadMetadata(file);
      return { meta, table: await source.loadTable(meta) };
    }),
  );
}

describe('no code path compiles a string', () => {
  it('loads, views, charts and downloads every dataset with Function and eval forbidden', async () => {
    const datasets = await everything();
    forbidEval();
    let views = 0;
    for (const { meta, table } of datasets) {
      // What the worker sends back, and what the page receives.
      const copy = fromArrow(toArrowIPC(table, { format: 'stream' }) as Uint8Array);
      for (const chart of availableChartTypes(meta)) {
        for (const measure of ['absolute', 'share'] as const) {
          const view = { ...defaultViewState, measure, time: [2010, 2020] as [number, number] };
          const slice = datasetView(copy, meta, view, chart);
          for (const sort of ['data', 'value', 'name'] as const) {
            buildChartModel(meta, slice, chart, { sort, limit: 12 });
          }
          const lines = buildLineSeries(slice.observations, meta);
          const changes = changesAlongLines(lines);
          const csv = toExcelCsv(viewDownloadTable(meta, slice));
          parseExcelCsv(csv);
          void changes;
          views++;
        }
      }
      if (meta.display.type === 'timeline') timelineEvents(copy, meta);
    }
    const un = datasets.find((d) => d.meta.id === 'un-migrant-stock-2019')!;
    for (const direction of ['origin', 'destination'] as const) {
      for (const country of unCountries(un.table, direction).slice(0, 5)) {
        for (const year of UN_YEARS) {
          unCountryView(un.table, { direction, year, top: 10 }, country);
          views++;
        }
      }
    }
    expect(calls).toEqual([]);
    expect(views).toBeGreaterThan(100);
  });

  it('would notice a compiled expression (the trap works)', async () => {
    const { table } = (await everything())[0]!;
    forbidEval();
    // Arquero writes a comparator's source and compiles it, even for an escaped function.
    expect(() => table.orderby(escape(() => 1))).toThrow(EvalError);
    expect(calls.length).toBeGreaterThan(0);
    calls.length = 0;
  });

  it('refuses an unescaped expression by name, compiling nothing (no parser is shipped)', async () => {
    const { table } = (await everything())[0]!;
    forbidEval();
    expect(() => table.derive({ x: () => 1 })).toThrow(/must be escape\(\)d functions.*\(\) => 1/);
    expect(() => table.filter('d.value > 0')).toThrow(/Content Security Policy/);
    expect(calls).toEqual([]);
  });
});
