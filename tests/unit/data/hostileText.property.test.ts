import type { ColumnTable } from 'arquero';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildChartModel } from '../../../src/views/dataset/model/chartModel';
import { chartSummary } from '../../../src/views/dataset/model/chartSummary';
import { formatFigure } from '../../../src/model/formatFigure';
import { localValue, valueLabel } from '../../../src/data/labels';
import type { ColumnMeta } from '../../../src/data/metadataSchema';
import { toExcelCsv, parseExcelCsv } from '../../../src/export/excelCsv';
import { timeOrder, viewDownloadTable } from '../../../src/export/viewDownload';
import { availableChartTypes } from '../../../src/state/chartTypes';
import { datasetView } from '../../../src/views/dataset/model/datasetView';
import { readObservations } from '../../../src/model/observations';
import { defaultViewState } from '../../../src/state/viewState';
import { loadEveryDataset, type LoadedDataset } from '../../support/fileSystemSource';
import { TEST_TIMEOUT } from '../../testTimeout';

/**
 * Cell text that names a member of every JavaScript object. A lookup by value that is not an own
 * property (or a Map) finds `Object.prototype`'s member instead: a function or an object where
 * text was expected, which React refuses to draw (error #31) or shows as an empty cell.
 */
const HOSTILE = [
  '__proto__',
  'constructor',
  'toString',
  'toLocaleString',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  'propertyIsEnumerable',
  '__defineGetter__',
  '__lookupGetter__',
  'prototype',
] as const;

let loaded: LoadedDataset[] = [];
beforeAll(async () => {
  loaded = await loadEveryDataset();
}, TEST_TIMEOUT);

/** Columns whose cells are free text: any word passes the CSV checks there. */
const freeText = (column: ColumnMeta) =>
  column.type === 'string' && !column.values && column.role !== 'source';

/** Every value in a model or view is data: text, numbers, lists, plain records. Never a function. */
function plainData(value: unknown, seen = new Set<unknown>()): boolean {
  if (value === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof value)) {
    return true;
  }
  if (typeof value !== 'object' || seen.has(value)) return typeof value === 'object';
  seen.add(value);
  if (Array.isArray(value)) return value.every((v) => plainData(v, seen));
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return true; // a table, a Set: not drawn as is
  return Object.values(value).every((v) => plainData(v, seen));
}

function withCell(table: ColumnTable, column: string, row: number, text: string): ColumnTable {
  const values = Array.from(table.array(column) as ArrayLike<unknown>);
  values[row] = text;
  return table.assign({ [column]: values });
}

describe('cell text naming an object member is shown as the text it is', () => {
  it('in labels, row text, chart models, summaries and the CSV, for every free-text column of every dataset', () => {
    // The first rows of each table: the path each cell takes is the point here, not the size.
    const cases = loaded.flatMap(({ meta, table }) =>
      meta.columns
        .filter(freeText)
        .map((column) => ({ d: { meta, table: table.slice(0, 200) }, column })),
    );
    expect(cases.length).toBeGreaterThan(5);
    for (const { d, column } of cases) {
      fc.assert(
        fc.property(
          fc.constantFrom(...HOSTILE),
          fc.nat({ max: d.table.numRows() - 1 }),
          (word, row) => {
            expect(valueLabel(column, word)).toBe(word);
            expect(localValue(d.meta, column, word).text).toBe(word);
            const table = withCell(d.table, column.name, row, word);
            for (const o of readObservations(table, d.meta)) {
              for (const text of [o.note, o.status, o.unit, o.period, ...Object.values(o.dims)]) {
                expect(typeof text === 'string' || text === undefined).toBe(true);
              }
              expect(typeof formatFigure(o.value, o.qualifier)).toBe('string');
            }
            for (const type of availableChartTypes(d.meta)) {
              const view = datasetView(table, d.meta, defaultViewState, type);
              const model = buildChartModel(d.meta, view, type);
              expect(plainData(model), `${d.meta.id} ${type}`).toBe(true);
              expect(plainData(view.rows)).toBe(true);
              for (const line of chartSummary(model)) expect(typeof line).toBe('string');
              const csv = toExcelCsv(viewDownloadTable(d.meta, view));
              const back = parseExcelCsv(csv);
              if (back.columnNames().includes(column.name) && view.table.numRows() > 0) {
                const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
                const cells = Array.from(back.array(column.name) as ArrayLike<unknown>);
                const shown = Array.from(view.table.array(column.name) as ArrayLike<unknown>);
                // The CSV lists the view's rows in time order.
                const order = timeOrder(view.observations);
                expect(cells.map(text)).toEqual(order.map((i) => text(shown[i])));
              }
            }
          },
        ),
        { numRuns: 6, seed: 20261207 },
      );
    }
  }, TEST_TIMEOUT);

  it('is kept as plain text by the chart label lookups (own properties only)', () => {
    for (const word of HOSTILE) {
      const column = {
        name: 'note',
        type: 'string',
        role: 'note',
        label: 'Note',
        valueLabels: { other: 'Other' },
      } as ColumnMeta;
      expect(valueLabel(column, word)).toBe(word);
      expect(formatFigure(5, word, 'en')).toBe(`${word} 5`);
    }
  });
});
