import { escape, type ColumnTable } from 'arquero';
import { columnValues, rowObjects } from '../lib/tableValues';
import { partnerStocks, topPartners, totalByYear } from '../transforms/bilateralStocks';
import { shareOfTotal } from '../transforms/shareOfTotal';
import { topNWithRemainder } from '../transforms/topNWithRemainder';
import { UN_YEARS, type UnViewState } from './viewState';

export const REMAINDER = 'remainder';

export interface UnTopRow {
  partner: string;
  stock: number;
  /** The "all other countries" row, summed by us. */
  derived: boolean;
  /** Per cent of the country's total in the table for that year (derived). */
  share: number | null;
}

export interface UnCountryView {
  country: string;
  year: number;
  /** Partner code → the name the UN table gives (for codes Intl does not know). */
  names: Map<string, string>;
  top: UnTopRow[];
  /** Sum over all partners in the table for the year (derived). */
  yearTotal: number | undefined;
  /** The five largest partners in the year, followed over all years. */
  lineKeys: string[];
  overTime: Record<string, number | null>[];
}

/** One country's side of the UN view: top partners with a remainder, shares, and the trend. */
export function unCountryView(
  table: ColumnTable,
  un: Pick<UnViewState, 'direction' | 'year' | 'top'>,
  country: string,
): UnCountryView {
  const stocks = partnerStocks(table, { direction: un.direction, country });
  const names = new Map(
    rowObjects(stocks).map((r) => [r.partner as string, r.partner_name as string]),
  );
  const inYear = stocks.filter(escape((r: Record<string, unknown>) => r.year === un.year));
  const totals = rowObjects(totalByYear(stocks));
  const yearTotal = totals.find((r) => r.year === un.year)?.total as number | undefined;
  const top = shareOfTotal(
    topNWithRemainder(inYear, 'partner', 'stock', un.top, REMAINDER),
    'stock',
    yearTotal !== undefined ? { total: yearTotal } : {},
  );
  const lineKeys = topPartners(stocks, un.year, 5);
  const byYearAndPartner = new Map(
    rowObjects(stocks).map((r) => [
      `${r.year as number}|${r.partner as string}`,
      r.stock as number,
    ]),
  );
  const overTime = UN_YEARS.map((year) => ({
    year,
    ...Object.fromEntries(
      lineKeys.map((key) => [key, byYearAndPartner.get(`${year}|${key}`) ?? null]),
    ),
  }));
  return {
    country,
    year: un.year,
    names,
    // topNWithRemainder + shareOfTotal give exactly these columns.
    top: rowObjects(top) as unknown as UnTopRow[],
    yearTotal,
    lineKeys,
    overTime,
  };
}

/** The countries that can be asked about in this direction. */
export function unCountries(table: ColumnTable, direction: UnViewState['direction']): string[] {
  const column = direction === 'origin' ? 'origin_iso3' : 'destination_iso3';
  return [...new Set(columnValues<string | null>(table, column))]
    .filter((c): c is string => !!c)
    .sort();
}
