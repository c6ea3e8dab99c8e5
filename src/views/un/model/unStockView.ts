import { escape, type ColumnTable } from 'arquero';
import { columnValues, rowObjects } from '../../../lib/tableValues.ts';
import { partnerStocks, topPartners, totalByYear } from '../../../transforms/bilateralStocks.ts';
import { filterByValues } from '../../../transforms/filterByValues.ts';
import { percentOf } from '../../../transforms/percentOf.ts';
import { shareOfTotal } from '../../../transforms/shareOfTotal.ts';
import { sortRows } from '../../../transforms/rows.ts';
import { topNWithRemainder } from '../../../transforms/topNWithRemainder.ts';
import { countryName } from '../../../i18n/countryName.ts';
import { valueLabel } from '../../../data/labels.ts';
import type { TableFacts } from '../../dataset/model/datasetView.ts';
import type { DatasetMeta } from '../../../data/metadataSchema.ts';
import type { Locale } from '../../../i18n/i18n.ts';
import type { UnSex, UnViewState } from '../../../state/viewState.ts';

export const REMAINDER = 'remainder';

export interface UnTopRow {
  partner: string;
  stock: number;
  /** The "all other countries" row, summed by us. */
  derived: boolean;
  /** Per cent of the country's total for that year (derived): the published total where there is one. */
  share: number | null;
}

/** One partner's figure in the year, for the map: every partner, not only the top ones. */
export interface UnPartnerFigure {
  partner: string;
  name: string;
  stock: number;
  share: number | null;
}

/** What a destination's figures rest on, as the UN's totals-by-destination table gives it. */
export interface UnTypeOfData {
  /** The UN's type-of-data code, as written ("B R"); null where the row has none. */
  dataType: string | null;
  /** The number of the UN's note on the destination, where there is one. */
  note: string | null;
}

export interface UnCountryView {
  country: string;
  year: number;
  /** Partner code → the name the UN table gives (for codes Intl does not know). */
  names: Map<string, string>;
  top: UnTopRow[];
  /** Every partner with a figure in the year, largest first (what the map draws). */
  partners: UnPartnerFigure[];
  /** Sum over all partners in the table for the year (derived). */
  yearTotal: number | undefined;
  /** The UN's published total for the country and year (by destination or by origin), when known. */
  publishedTotal: number | undefined;
  /** What the shares are of: the published total, or the derived sum over the partners. */
  shareBase: 'published' | 'derived';
  /** The five largest partners in the year, followed over all years. */
  lineKeys: string[];
  overTime: Record<string, number | null>[];
  /**
   * The same, as per cent of each year's total (derived): the published total of that year where
   * the shares are of published totals, the sum over the partners otherwise; null where a year
   * has no such total.
   */
  overTimeShare: Record<string, number | null>[];
  /**
   * Destination code → what its figure of the year rests on: the country's own in "who lives in
   * Y", each destination's in "where do people born in X live" (where the totals table says).
   */
  types: Map<string, UnTypeOfData>;
}

/**
 * The UN's published total for a country and year, in the view's direction: the migrants living in
 * a destination (Table 1 of the totals workbook) or the emigrants from an origin (the WORLD row of
 * the origin × destination table); undefined where the table has none.
 */
export function publishedTotal(
  totals: ColumnTable | undefined,
  direction: UnViewState['direction'],
  country: string,
  year: number,
  sex: UnSex = 'both',
): number | undefined {
  const column = direction === 'origin' ? 'origin_iso3' : 'destination_iso3';
  // A table of totals by destination has none by origin.
  if (!totals?.columnNames().includes(column)) return undefined;
  const row = rowObjects(
    // A table without a sex column is of both sexes: the filter leaves it whole.
    filterByValues(totals, { [column]: [country], sex: [sex] }).filter(
      escape((r: Record<string, unknown>) => r.year === year),
    ),
  )[0];
  return typeof row?.stock === 'number' ? row.stock : undefined;
}

/**
 * The UN's type of data and note for each destination in `codes`, in the year and sex, from a
 * totals-by-destination table that has them (the 2020 revision's); empty otherwise.
 */
export function typesOfData(
  totals: ColumnTable | undefined,
  codes: readonly string[],
  year: number,
  sex: UnSex,
): Map<string, UnTypeOfData> {
  if (!totals?.columnNames().includes('data_type') || codes.length === 0) return new Map();
  const rows = rowObjects(
    filterByValues(totals, { destination_iso3: codes, sex: [sex] }).filter(
      escape((r: Record<string, unknown>) => r.year === year),
    ),
  );
  const text = (v: unknown) => (v === null || v === undefined || v === '' ? null : String(v));
  return new Map(
    rows.map((r) => [
      r.destination_iso3 as string,
      { dataType: text(r.data_type), note: text(r.un_note) },
    ]),
  );
}

/** The years of a table, in order: found once per table. */
const yearsOfTable = new WeakMap<ColumnTable, number[]>();

export function unYears(table: ColumnTable): number[] {
  let years = yearsOfTable.get(table);
  if (!years) {
    years = [...new Set(columnValues<number>(table, 'year'))].sort((a, b) => a - b);
    yearsOfTable.set(table, years);
  }
  return years;
}

/**
 * One country's side of the UN view: top partners with a remainder, every partner's figure,
 * shares, and the trend. Shares are of the published total where `published` is given (the UN's
 * total for the destination or origin), otherwise of the sum over the partners in the table.
 */
export function unCountryView(
  table: ColumnTable,
  un: Pick<UnViewState, 'direction' | 'year' | 'top'> & Partial<Pick<UnViewState, 'sex'>>,
  country: string,
  /** The UN's published total of the country in a year (of the same sex), where there is one. */
  publishedIn?: (year: number) => number | undefined,
  /** What the figures of these destinations rest on in the year, where the UN says. */
  typesIn?: (destinations: readonly string[]) => Map<string, UnTypeOfData>,
  /** The table's column of figures and its years, when the rows are only part of it (Parquet). */
  whole?: Pick<UnWholeTable, 'measure' | 'years'>,
): UnCountryView {
  const published = publishedIn?.(un.year);
  const stocks = partnerStocks(table, {
    direction: un.direction,
    country,
    sex: un.sex,
    ...(whole?.measure !== undefined ? { measure: whole.measure } : {}),
  });
  // A table of codes alone names none: Intl (or the metadata's labels) names them on the page.
  const names = new Map(
    rowObjects(stocks)
      .filter((r) => typeof r.partner_name === 'string')
      .map((r) => [r.partner as string, r.partner_name as string]),
  );
  const inYear = stocks.filter(escape((r: Record<string, unknown>) => r.year === un.year));
  const totals = rowObjects(totalByYear(stocks));
  const yearTotal = totals.find((r) => r.year === un.year)?.total as number | undefined;
  const base = published ?? yearTotal;
  const shareOptions = base !== undefined ? { total: base } : {};
  const top = shareOfTotal(
    topNWithRemainder(inYear, 'partner', 'stock', un.top, REMAINDER),
    'stock',
    shareOptions,
  );
  const partners = rowObjects(
    shareOfTotal(
      // Sorted in plain code: Arquero's orderby compiles its comparator (refused by the CSP).
      sortRows(
        inYear.select('partner', 'partner_name', 'stock'),
        (a, b) => (b.stock as number) - (a.stock as number),
      ),
      'stock',
      shareOptions,
    ),
  ).map((r) => ({
    partner: r.partner as string,
    name: r.partner_name as string,
    stock: r.stock as number,
    share: r.share as number | null,
  }));
  const lineKeys = topPartners(stocks, un.year, 5);
  const byYearAndPartner = new Map(
    rowObjects(stocks).map((r) => [
      `${r.year as number}|${r.partner as string}`,
      r.stock as number,
    ]),
  );
  const overTime = (whole?.years ?? unYears(table)).map((year) => ({
    year,
    ...Object.fromEntries(
      lineKeys.map((key) => [key, byYearAndPartner.get(`${year}|${key}`) ?? null]),
    ),
  }));
  // Each year's shares of the same kind of total as the year chosen: never a mix of the two.
  const sumIn = new Map(totals.map((r) => [r.year as number, r.total as number]));
  const baseIn = (year: number) =>
    published !== undefined ? publishedIn?.(year) : sumIn.get(year);
  const overTimeShare = overTime.map((row) => {
    const base = baseIn(row.year);
    return {
      year: row.year,
      ...Object.fromEntries(
        lineKeys.map((key) => {
          const stock = row[key as keyof typeof row] as number | null;
          return [key, stock === null ? null : percentOf(stock, base)];
        }),
      ),
    };
  });
  return {
    country,
    year: un.year,
    names,
    // topNWithRemainder + shareOfTotal give exactly these columns.
    top: rowObjects(top) as unknown as UnTopRow[],
    partners,
    yearTotal,
    publishedTotal: published,
    shareBase: published !== undefined ? 'published' : 'derived',
    lineKeys,
    overTime,
    overTimeShare,
    types:
      typesIn?.(un.direction === 'origin' ? partners.map((p) => p.partner) : [country]) ??
      new Map(),
  };
}

/** Countries per table and direction: found once, not on every change of the view. */
const countriesOfTable = new WeakMap<ColumnTable, Map<UnViewState['direction'], string[]>>();

/**
 * The countries that can be asked about in this direction: those of the table, and of a part of
 * a larger table (`subset`) only those it holds whole (the destinations of its origins, the
 * origins of its destinations): the destinations of people born in Germany are not in a table of
 * Central Asian origins, though a few of its rows have Germany as origin.
 */
export function unCountries(
  table: ColumnTable,
  direction: UnViewState['direction'],
  subset?: DatasetMeta['subset'],
): string[] {
  let byDirection = countriesOfTable.get(table);
  if (!byDirection) countriesOfTable.set(table, (byDirection = new Map()));
  let countries = byDirection.get(direction);
  if (!countries) {
    const column = direction === 'origin' ? 'origin_iso3' : 'destination_iso3';
    countries = [...new Set(columnValues<string | null>(table, column))]
      .filter((c): c is string => !!c)
      .sort();
    byDirection.set(direction, countries);
  }
  const whole = subset && (direction === 'origin' ? subset.origins : subset.destinations);
  return whole ? countries.filter((c) => whole.includes(c)) : countries;
}

/**
 * What the UN view asks of its tables: the view state without how it is drawn (bars, a map and
 * flows draw the same figures), so a change of display asks for nothing new; and the language
 * the countries are named in.
 */
export type UnViewRequest = Omit<UnViewState, 'show'> & { locale: Locale };

/**
 * The view with the name of every country it draws (the countries asked about, their partners)
 * in the request's language, from the browser's Intl data. Worked out where the view is
 * computed: Intl's country names take tens of milliseconds to set up, a task the page need not
 * run before its first figures. The other countries that can be asked about (every country of
 * the UN table) are named on the page when the reader opens the list: not carried here, nor in
 * a written page's data.
 */
export function withLocalNames(view: UnPageView, locale: Locale): UnPageView {
  const codes = new Set([
    ...view.unavailable,
    ...view.panels.flatMap((p) => [p.country, ...p.partners.map((q) => q.partner)]),
  ]);
  const localNames = new Map<string, string>();
  for (const code of codes) {
    const name = countryName(code, locale);
    if (name !== undefined) localNames.set(code, name);
  }
  return { ...view, localNames };
}

/**
 * The panels the title names: each country asked about (the first, then those beside it) in
 * the year, then each of them again in the second year; no panel twice.
 */
export function unPanelSpecs(
  un: Pick<UnViewState, 'country' | 'vs' | 'year' | 'vsYear'>,
  /** The countries the table can answer for: the others are not drawn (see UnPageView.unavailable). */
  available?: readonly string[],
): { country: string; year: number }[] {
  const countries = [...new Set([un.country, ...un.vs])].filter(
    (c) => available === undefined || available.includes(c),
  );
  const years = [...new Set([un.year, ...(un.vsYear !== undefined ? [un.vsYear] : [])])];
  return years.flatMap((year) => countries.map((country) => ({ country, year })));
}

export interface UnPageView {
  /** The choices these figures answer (the request without its language). */
  asked: Omit<UnViewState, 'show'>;
  /**
   * Each country asked about that the table holds (the first, those beside it) in the year, then
   * in the second year.
   */
  panels: UnCountryView[];
  /** The countries that can be asked about in the direction (unCountries). */
  countries: string[];
  /** The countries asked about that the table cannot answer for: not drawn, and said so. */
  unavailable: string[];
  /** The years of the table (one revision's), for the trends. */
  years: number[];
  /** Partner code → UN name, over all panels. */
  names: Map<string, string>;
  /** Code → the country's name in the interface language, where Intl knows it (withLocalNames). */
  localNames?: Map<string, string>;
}

/**
 * What the UN view needs to know of the whole bilateral table when it is given only the rows of
 * the countries asked about (a dataset stored as Parquet partitions: only they are read): its
 * column of figures, its countries in each direction and its years (from the build's manifest).
 */
export interface UnWholeTable {
  /** The measure column (`stock`, or `value` in the UN table as the shared collection writes it). */
  measure?: string;
  countries?: Record<UnViewState['direction'], readonly string[]>;
  years?: readonly number[];
}

/**
 * Everything the UN page shows, from the bilateral table and (optionally) the UN's published totals
 * in the view's direction: by destination for "who lives in Y", by origin for "where do people
 * born in X live".
 */
export function unPageView(
  table: ColumnTable,
  totals: ColumnTable | undefined,
  un: Omit<UnViewRequest, 'locale'>,
  /** The part of a larger table the bilateral table is (its metadata's `subset`). */
  subset?: DatasetMeta['subset'],
  /** What the rows given cannot tell of the whole table, when they are only part of it. */
  whole?: UnWholeTable,
): UnPageView {
  if (un.sex !== 'both' && !table.columnNames().includes('sex')) {
    throw new Error(`The UN table has no figures by sex (no "sex" column), asked for ${un.sex}`);
  }
  const countries = whole?.countries
    ? [...whole.countries[un.direction]]
    : unCountries(table, un.direction, subset);
  const specs = unPanelSpecs(un, countries);
  const panels = specs.map((p) =>
    unCountryView(
      table,
      { ...un, year: p.year },
      p.country,
      (year) => publishedTotal(totals, un.direction, p.country, year, un.sex),
      (codes) => typesOfData(totals, codes, p.year, un.sex),
      whole,
    ),
  );
  const { direction, country, vs, year, vsYear, top, measure, sex } = un;
  return {
    asked: { direction, country, vs, year, vsYear, top, measure, sex },
    panels,
    countries,
    unavailable: [...new Set([country, ...vs])].filter((c) => !countries.includes(c)),
    years: whole?.years ? [...whole.years] : unYears(table),
    names: new Map(panels.flatMap((p) => [...p.names])),
  };
}

/** The countries in each direction and the years of a table known only by its facts (Parquet). */
function wholeTable(facts: TableFacts): UnWholeTable {
  const options = (column: string) =>
    [...(facts.controls.find((c) => c.column.name === column)?.options ?? [])]
      .filter((code) => code !== 'null')
      .sort();
  return {
    countries: { origin: options('origin_iso3'), destination: options('destination_iso3') },
    years: facts.years,
  };
}

/**
 * The metadata's names of codes no country list knows (the Channel Islands, the UN's "Other"),
 * for a table of codes alone, which gives no names of its own; a table's own names come first.
 */
function withCodeLabels(view: UnPageView, meta: DatasetMeta): UnPageView {
  const names = new Map(view.names);
  for (const column of meta.columns) {
    if (column.codes !== 'iso3' || !column.valueLabels) continue;
    for (const code of Object.keys(column.valueLabels)) {
      if (!names.has(code)) names.set(code, valueLabel(column, code));
    }
  }
  return { ...view, names };
}

/**
 * The UN query's answer (src/sources/queryRegistry.ts): the page view of the bilateral table in
 * the metadata's measure column, named in the request's language. `facts` are the whole table's
 * when `table` holds only the partitions of the countries asked about.
 */
export function unQueryView(
  table: ColumnTable,
  totals: ColumnTable | undefined,
  request: UnViewRequest,
  meta: DatasetMeta,
  facts?: TableFacts,
): UnPageView {
  const whole = {
    measure: meta.columns.find((c) => c.role === 'measure')?.name ?? 'stock',
    ...(facts ? wholeTable(facts) : {}),
  };
  const view = unPageView(table, totals, request, meta.subset, whole);
  return withLocalNames(withCodeLabels(view, meta), request.locale);
}
