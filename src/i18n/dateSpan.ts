import { formatPartialDate } from './format.ts';
import { activeLocale, type Locale } from './i18n.ts';

/**
 * A date or a span the data gives: "9 October 1992", or "14 March 2011 – 16 March 2011" for one
 * written "a/b"; each end at its own precision, any other text as it is.
 */
export function formatDateOrSpan(text: string, locale: Locale = activeLocale()): string {
  return text
    .split('/')
    .map((part) =>
      /^\d{4}(-\d{2}(-\d{2})?)?$/.test(part) ? formatPartialDate(part, locale) : part,
    )
    .join(' – ');
}
