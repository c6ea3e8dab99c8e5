import type { DehydratedState } from '@tanstack/react-query';
import { ColumnTable, fromArrow, toArrowIPC } from 'arquero';
import { formatList, formatNumber, formatPartialDate } from '../i18n/format.ts';
import type { Locale } from '../i18n/i18n.ts';

/**
 * The query answers a page written at build carries for the browser (src/build/renderPage.tsx,
 * src/app/takeOverPage.ts), as JSON: a view's rows (an Arquero table) as Arrow IPC bytes in
 * base64, as the data worker sends them, and maps as their entries. Everything else is JSON as is.
 */

/** What a written page carries for the browser to take its HTML over. */
export interface PageData {
  /** The view the HTML shows, as its query string; another view is rendered afresh. */
  address: string;
  locale: Locale;
  /** The views' rows the HTML was rendered from (query cache entries). */
  queries: DehydratedState;
  /** How the build wrote numbers and dates (intlFingerprint): another browser renders afresh. */
  intl: string;
  /** The country names the HTML was written with, in its language, by alpha-3 code. */
  countryNames: Record<string, string>;
  /** The datasets whose whole tables the HTML was rendered from (the comparison's), by id. */
  tables: string[];
  /** The code parts (chunks) the HTML was rendered with, to load before taking it over. */
  code: string[];
}

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(text);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A query's answer made JSON. */
export function encodePageValue(value: unknown): unknown {
  if (value instanceof ColumnTable) {
    return { $arrow: toBase64(toArrowIPC(value, { format: 'stream' }) as Uint8Array) };
  }
  if (value instanceof Map) {
    return { $map: [...value].map(([k, v]) => [encodePageValue(k), encodePageValue(v)]) };
  }
  if (Array.isArray(value)) return value.map(encodePageValue);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodePageValue(v)]));
  }
  return value;
}

/** The answer again, from its JSON. */
export function decodePageValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodePageValue);
  if (value === null || typeof value !== 'object') return value;
  const encoded = value as { $arrow?: unknown; $map?: unknown };
  if (typeof encoded.$arrow === 'string') return fromArrow(fromBase64(encoded.$arrow));
  if (Array.isArray(encoded.$map)) {
    return new Map(
      (encoded.$map as [unknown, unknown][]).map(([k, v]) => [
        decodePageValue(k),
        decodePageValue(v),
      ]),
    );
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decodePageValue(v)]));
}

/**
 * How this runtime writes numbers, dates and lists in `locale`: a page written at build is taken
 * over only by a browser that writes them as the build did (browsers' Intl data differ).
 */
export function intlFingerprint(locale: Locale): string {
  return [
    formatNumber(-1234567.891, locale),
    formatNumber(0.5, locale),
    formatPartialDate('2024-05-28', locale),
    formatPartialDate('2024-05', locale),
    formatList(['a', 'b', 'c'], locale),
  ].join('|');
}
