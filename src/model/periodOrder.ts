/**
 * Where within its year a period as the data writes it falls ("Jan-Jun", "Q1 2018", "as of 1 Jan
 * 2022", "calendar year"), in months from the start of the year: a part of a year sorts by when
 * it ends, then by when it starts, so that Jan–May 2016, Jan–Jun 2016 and the calendar year 2016
 * follow one another. The periods are the CSV's own (English) words.
 */
export interface PeriodSpan {
  /** Months of the year gone when the period starts (0: 1 January). */
  start: number;
  /** Months of the year gone when it ends (12: 31 December). */
  end: number;
}

const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const month = (name: string) => MONTHS.indexOf(name.slice(0, 3)) + 1;

const RANGE = new RegExp(`\\b${MONTH}\\s*(?:-|–|to)\\s*(mid-)?${MONTH}`);
const QUARTER = /\bq([1-4])\b/;
const HALF = /\bh([12])\b|\b(first|second) half\b/;
const AT_START = new RegExp(`\\b(?:as of|beginning of|start of)\\s+(?:\\d{1,2}\\s+)?(?:${MONTH})?`);
const ONE_MONTH = new RegExp(`\\b${MONTH}(?![a-z])`);
const WHOLE_YEAR = { start: 0, end: 12 };

export function periodSpan(period: string | undefined, year?: number): PeriodSpan {
  const span = spanInYear((period ?? '').toLowerCase());
  // A period of the row's year worded with the next one ("beginning of 2024" for 2023) falls
  // after the row's year's own months.
  const named = /\b(?:19|20)\d{2}\b/.exec(period ?? '');
  const shift = year !== undefined && named ? (Number(named[0]) - year) * 12 : 0;
  return { start: span.start + shift, end: span.end + shift };
}

function spanInYear(text: string): PeriodSpan {
  const range = RANGE.exec(text);
  if (range) {
    // "Jan to mid-Jun": half a month short of June's end.
    return { start: month(range[1]!) - 1, end: month(range[3]!) - (range[2] ? 0.5 : 0) };
  }
  const quarter = QUARTER.exec(text);
  if (quarter) return { start: 3 * Number(quarter[1]) - 3, end: 3 * Number(quarter[1]) };
  const half = HALF.exec(text);
  if (half)
    return half[1] === '2' || half[2] === 'second' ? { start: 6, end: 12 } : { start: 0, end: 6 };
  const atStart = AT_START.exec(text);
  if (atStart) {
    // A moment: the start of the month named, or of the year.
    const at = atStart[1] ? month(atStart[1]) - 1 : 0;
    return { start: at, end: at };
  }
  const one = ONE_MONTH.exec(text);
  if (one) return { start: month(one[1]!) - 1, end: month(one[1]!) };
  // "calendar year", "end of year", "2023", or words that say nothing of the months.
  return WHOLE_YEAR;
}

/** Orders two periods of one year: the earlier end first, then the earlier start. */
export function comparePeriods(
  a: string | undefined,
  b: string | undefined,
  year?: number,
): number {
  const x = periodSpan(a, year);
  const y = periodSpan(b, year);
  return x.end - y.end || x.start - y.start;
}
