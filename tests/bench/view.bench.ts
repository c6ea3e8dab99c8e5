import { escape } from 'arquero';
import { describe } from 'vitest';
import { datasetView } from '../../src/views/dataset/model/datasetView';
import { unPageView } from '../../src/views/un/model/unStockView';
import { defaultUnView } from '../../src/state/viewState';
import { benchRatio } from './ratio';
import { readDataset } from '../support/fileSystemSource';

// What one change of selection costs on the largest table, beside what Arquero alone (and a plain
// scan of one column) takes to find the same rows.

const un = readDataset('un-migrant-stock-2019');
const totals = readDataset('un-migrant-stock-totals-2019');
const TITLE = `One change of selection on the UN table (${un.table.numRows().toLocaleString('en')} rows)`;

// Each sample asks for the next origin, as a user stepping through the list would.
const ORIGINS = ['UZB', 'TJK', 'KGZ', 'KAZ', 'TKM', 'AFG', 'RUS', 'UKR'];
let turn = 0;
const next = () => ORIGINS[turn++ % ORIGINS.length]!;
const origins = un.table.array('origin_iso3') as string[];
const years = un.table.array('year') as number[];

// Built once so every figure below is a change, not the first view of the table.
datasetView(un.table, un.meta, { filters: {}, time: undefined, measure: 'absolute' });
unPageView(un.table, totals.table, defaultUnView);

describe(TITLE, () => {
  benchRatio(
    TITLE,
    'dataset view: the chart of another origin',
    () =>
      datasetView(un.table, un.meta, {
        filters: { origin_iso3: [next()] },
        time: undefined,
        measure: 'absolute',
      }),
    'Arquero filter of its rows',
    () => {
      const origin = next();
      return un.table
        .filter(escape((r: Record<string, unknown>) => r.origin_iso3 === origin && r.year === 2019))
        .objects();
    },
  );
  benchRatio(
    TITLE,
    'dataset view: the chart of another origin',
    () =>
      datasetView(un.table, un.meta, {
        filters: { origin_iso3: [next()] },
        time: undefined,
        measure: 'absolute',
      }),
    'typed scan of two columns',
    () => {
      const origin = next();
      let kept = 0;
      for (let i = 0; i < origins.length; i++)
        if (origins[i] === origin && years[i] === 2019) kept++;
      return kept;
    },
  );
  benchRatio(
    TITLE,
    'UN view: another origin (top 10, shares, trend)',
    () => unPageView(un.table, totals.table, { ...defaultUnView, country: next() }),
    'Arquero filter of its rows',
    () => {
      const origin = next();
      return un.table
        .filter(escape((r: Record<string, unknown>) => r.origin_iso3 === origin))
        .objects();
    },
  );
});
