import { escape, fromCSV } from 'arquero';
import { readFileSync } from 'node:fs';
import { describe } from 'vitest';
import { parseCsvTable } from '../../src/data/parseCsvTable';
import { validateMetadata } from '../../src/data/validateMetadata';
import { partnerStocks, totalByYear } from '../../src/transforms/bilateralStocks';
import { shareOfTotal } from '../../src/transforms/shareOfTotal';
import { topNWithRemainder } from '../../src/transforms/topNWithRemainder';
import { benchRatio } from './ratio';

// The largest dataset, each figure beside Arquero alone on the same file.
const meta = validateMetadata(
  'data/un-migrant-stock-2019.meta.json',
  readFileSync('data/un-migrant-stock-2019.meta.json', 'utf8'),
);
const csv = readFileSync('data/un-migrant-stock-2019.csv', 'utf8');
const table = parseCsvTable('data/un-migrant-stock-2019.csv', csv, meta);
const TITLE = `UN bilateral stock table (${table.numRows().toLocaleString('en')} rows)`;

describe(TITLE, () => {
  benchRatio(
    TITLE,
    'parse and check every cell',
    () => parseCsvTable('data/un-migrant-stock-2019.csv', csv, meta),
    'Arquero fromCSV, same text',
    () => fromCSV(csv),
    { rounds: 5, warmup: 1 },
  );

  // The floor: the rows of one origin found by a plain scan of the column (the least any filter does).
  const origins = table.array('origin_iso3') as string[];
  const stocks = table.array('stock') as (number | null)[];
  benchRatio(
    TITLE,
    'people born in Uzbekistan: top 10 + remainder + shares',
    () => {
      const partners = partnerStocks(table, { direction: 'origin', country: 'UZB' });
      const inYear = partners.filter(escape((r: Record<string, unknown>) => r.year === 2019));
      const total = totalByYear(partners);
      shareOfTotal(topNWithRemainder(inYear, 'partner', 'stock', 10, 'remainder'), 'stock', {
        total: total.array('total')[total.numRows() - 1] as number,
      });
    },
    'column scan for one origin',
    () => {
      let sum = 0;
      for (let i = 0; i < origins.length; i++) if (origins[i] === 'UZB') sum += stocks[i] ?? 0;
      return sum;
    },
  );
});
