import { beforeAll, describe, expect, it, vi } from 'vitest';
import { formatDateOrSpan } from '../../../src/i18n/dateSpan';
import { formatPartialDate } from '../../../src/i18n/format';
import { loadCountryNames } from '../../../src/i18n/intlData';

/**
 * Uzbek dates where the browser's Intl holds no Uzbek (Debian's Chromium, the CI's browser): the
 * app writes them itself, and must write them as Intl does with its data ("1-dekabr, 2005"),
 * never in figures or in another language's form ("01.12.2005", "1.dekabr").
 */
// Node's Intl has Uzbek; Debian's Chromium formats "uz" as the root locale: so does this one.
const RealNumberFormat = Intl.NumberFormat;
vi.spyOn(Intl, 'NumberFormat').mockImplementation(function NumberFormat(
  locale?: string | string[],
  options?: Intl.NumberFormatOptions,
) {
  return new RealNumberFormat(locale === 'uz' ? 'en' : locale, options);
} as typeof Intl.NumberFormat);

// Node's own ICU has Uzbek: it is the reference the written dates are held to.
const intl = (options: Intl.DateTimeFormatOptions, y: number, m: number, d = 1) =>
  new Intl.DateTimeFormat('uz', { timeZone: 'UTC', ...options }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );

describe('Uzbek dates without the browser’s Uzbek data', () => {
  // As the app does on switching to Uzbek: the Uzbek CLDR data it ships is fetched.
  beforeAll(() => loadCountryNames('uz'));

  it('name the month and join the day with a hyphen, as Intl writes them, for every month', () => {
    for (let m = 1; m <= 12; m++) {
      const iso = `2005-${String(m).padStart(2, '0')}`;
      const day = formatPartialDate(`${iso}-01`, 'uz');
      expect(day).toBe(intl({ year: 'numeric', month: 'long', day: 'numeric' }, 2005, m));
      expect(day).toMatch(/^1-[a-z]+, 2005$/);
      expect(formatPartialDate(iso, 'uz')).toBe(intl({ year: 'numeric', month: 'long' }, 2005, m));
    }
    expect(formatPartialDate('2005-12-01', 'uz')).toBe('1-dekabr, 2005');
    expect(formatPartialDate('2024-05-28', 'uz')).toBe('28-may, 2024');
    expect(formatPartialDate('2019', 'uz')).toBe('2019');
  });

  it('spans and event dates read the same way, and other languages keep Intl’s own form', () => {
    expect(formatDateOrSpan('2011-03-14/2011-03-16', 'uz')).toBe('14-mart, 2011 – 16-mart, 2011');
    expect(formatDateOrSpan('1992-10-09', 'ru')).toBe('9 октября 1992 г.');
    expect(formatDateOrSpan('1992-10-09', 'en')).toBe('October 9, 1992');
    expect(formatDateOrSpan('before 1995', 'uz')).toBe('before 1995');
  });
});
