import { escape, op, type ColumnTable } from 'arquero';

export interface BilateralQuery {
  /** `origin`: partners are destinations of people born in `country`; `destination`: their origins. */
  direction: 'origin' | 'destination';
  country: string;
}

/**
 * The stocks of one country's partners in a bilateral origin × destination table, as
 * `year, partner, stock` rows. Rows without a stock ("not available") are left out.
 */
export function partnerStocks(
  table: ColumnTable,
  { direction, country }: BilateralQuery,
): ColumnTable {
  const own = direction === 'origin' ? 'origin_iso3' : 'destination_iso3';
  const partner = direction === 'origin' ? 'destination_iso3' : 'origin_iso3';
  const partnerName = direction === 'origin' ? 'destination' : 'origin';
  return table
    .filter(
      escape(
        (row: Record<string, unknown>) => row[own] === country && typeof row.stock === 'number',
      ),
    )
    .select({ year: 'year', [partner]: 'partner', [partnerName]: 'partner_name', stock: 'stock' });
}

/** Sum of the stock in each year (a derived total over the partners the table carries). */
export function totalByYear(stocks: ColumnTable): ColumnTable {
  return stocks
    .groupby('year')
    .rollup({ total: op.sum('stock') })
    .orderby('year');
}

/** The partners with the largest stock in `year`, largest first. */
export function topPartners(stocks: ColumnTable, year: number, n: number): string[] {
  return stocks
    .filter(escape((row: Record<string, unknown>) => row.year === year))
    .orderby(escape((row: Record<string, unknown>) => -(row.stock as number)))
    .slice(0, n)
    .array('partner') as string[];
}
