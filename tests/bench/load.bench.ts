import { escape } from 'arquero';
import { readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { parseCsvTable } from '../../src/data/parseCsvTable';
import { validateMetadata } from '../../src/data/validateMetadata';
import { partnerStocks, totalByYear } from '../../src/transforms/bilateralStocks';
import { shareOfTotal } from '../../src/transforms/shareOfTotal';
import { topNWithRemainder } from '../../src/transforms/topNWithRemainder';

// The largest dataset: what the scale work measures first. Prints ops/s and mean times.
const meta = validateMetadata(
  'data/un-migrant-stock-2019.meta.json',
  readFileSync('data/un-migrant-stock-2019.meta.json', 'utf8'),
);
const csv = readFileSync('data/un-migrant-stock-2019.csv', 'utf8');
const table = parseCsvTable('data/un-migrant-stock-2019.csv', csv, meta);

describe('UN bilateral stock table (76,772 rows)', () => {
  bench(
    'parse and check every cell',
    () => {
      parseCsvTable('data/un-migrant-stock-2019.csv', csv, meta);
    },
    { iterations: 5 },
  );

  bench('where do people born in Uzbekistan live: top 10 + remainder + shares', () => {
    const stocks = partnerStocks(table, { direction: 'origin', country: 'UZB' });
    const inYear = stocks.filter(escape((r: Record<string, unknown>) => r.year === 2019));
    const total = totalByYear(stocks);
    shareOfTotal(topNWithRemainder(inYear, 'partner', 'stock', 10, 'remainder'), 'stock', {
      total: total.array('total')[total.numRows() - 1] as number,
    });
  });
});
