import { escape, table as makeTable, type ColumnTable } from 'arquero';
import { rowObjects } from '../lib/tableValues.ts';
import { filterByValues } from './filterByValues.ts';

export interface BilateralQuery {
  /** `origin`: partners are destinations of people born in `country`; `destination`: their origins. */
  direction: 'origin' | 'destination';
  country: string;
  /** In a table by sex (a `sex` column): the sex's rows only, each sex a series of its own. */
  sex?: string;
  /** The column of the figures (the metadata's measure): `stock` unless said. */
  measure?: string;
}

/**
 * The stocks of one country's partners in a bilateral origin × destination table, as
 * `year, partner, partner_name, stock` rows. Rows without a stock ("not available") are left
 * out. A table of codes alone (no name columns) gives no names (null): Intl names the codes.
 */
export function partnerStocks(
  table: ColumnTable,
  { direction, country, sex, measure = 'stock' }: BilateralQuery,
): ColumnTable {
  const own = direction === 'origin' ? 'origin_iso3' : 'destination_iso3';
  const partner = direction === 'origin' ? 'destination_iso3' : 'origin_iso3';
  const partnerName = direction === 'origin' ? 'destination' : 'origin';
  const named = table.columnNames().includes(partnerName);
  // The country's rows from the value index (a change of country costs its rows, not the table).
  const rows = filterByValues(table, {
    [own]: [country],
    ...(sex !== undefined ? { sex: [sex] } : {}),
  }).filter(escape((row: Record<string, unknown>) => typeof row[measure] === 'number'));
  const stocks = rows.select({
    year: 'year',
    [partner]: 'partner',
    ...(named ? { [partnerName]: 'partner_name' } : {}),
    [measure]: 'stock',
  });
  return named ? stocks : stocks.derive({ partner_name: escape(() => null) });
}

/** Sum of the stock in each year (a derived total over the partners the table carries). */
export function totalByYear(stocks: ColumnTable): ColumnTable {
  const totals = new Map<number, number>();
  for (const row of rowObjects(stocks)) {
    const year = row.year as number;
    totals.set(year, (totals.get(year) ?? 0) + (row.stock as number));
  }
  const years = [...totals.keys()].sort((a, b) => a - b);
  return makeTable({ year: years, total: years.map((y) => totals.get(y)!) });
}

/** The partners with the largest stock in `year`, largest first. */
export function topPartners(stocks: ColumnTable, year: number, n: number): string[] {
  return rowObjects(stocks.filter(escape((row: Record<string, unknown>) => row.year === year)))
    .sort((a, b) => (b.stock as number) - (a.stock as number))
    .slice(0, n)
    .map((row) => row.partner as string);
}
