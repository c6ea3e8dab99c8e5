import { chunk } from '../lib/chunk.ts';

// Code of the registry's queries (queryRegistry.ts), each loaded with the first query that needs
// it, beside its tables (queryCode.ts starts it as the query is asked).

// The UN view's computation loads with the first UN query, in the worker or on the page: the
// first view of most pages never asks one.
export const unModel = chunk('unStockView', () => import('../views/un/model/unStockView.ts'));
// The key figures' model loads with the overview's first question, beside the tables it reads.
export const keyFiguresModel = chunk(
  'keyFigures',
  () => import('../views/overview/model/keyFigures.ts'),
);
