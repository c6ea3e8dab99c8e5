/**
 * The Uzbek CLDR data the app ships for a browser whose Intl has none (Debian's Chromium): country
 * names, and dates as Intl writes them ("1-dekabr, 2005"; Node 20's ICU 78.2). One chunk,
 * fetched only there.
 */
export { UZBEK_NAMES } from './countryNames.uz.generated.ts';

const MONTHS = [
  'yanvar',
  'fevral',
  'mart',
  'aprel',
  'may',
  'iyun',
  'iyul',
  'avgust',
  'sentabr',
  'oktabr',
  'noyabr',
  'dekabr',
];

/** An Uzbek date at its precision, as Intl writes it: "1-dekabr, 2005", "dekabr, 2005", "2005". */
export function uzbekDate(year: number, month?: number, day?: number): string {
  const name = month === undefined ? undefined : MONTHS[month - 1];
  if (name === undefined) return String(year);
  return day === undefined ? `${name}, ${year}` : `${day}-${name}, ${year}`;
}
