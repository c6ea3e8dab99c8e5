import { countryName } from '../i18n/countryName.ts';
import { activeLocale, t, type Locale } from '../i18n/i18n.ts';
import { ownValue } from '../lib/ownValue.ts';
import { inWords } from './metaText.ts';
import type { ColumnMeta, DatasetMeta } from './metadataSchema.ts';

/** How a value of a column is shown: its declared label, a country name, or the value itself. */
export function valueLabel(
  column: ColumnMeta | undefined,
  value: unknown,
  locale: Locale = activeLocale(),
): string {
  const text = value === null || value === undefined ? '' : String(value);
  if (!column) return text;
  const declared = ownValue(column.valueLabels, text);
  if (declared !== undefined) return declared;
  if (column.codes === 'iso3') return countryName(text, locale) ?? text;
  return text;
}

/** A value as shown, and whether it is English text shown for want of a translation. */
export interface ShownValue {
  text: string;
  english: boolean;
}

/**
 * A column's value in the language of the metadata (`localizeMeta`): its value label in that
 * language, a country name, or the value itself; English words shown because the metadata has
 * no label in that language come back marked `english`.
 */
export function localValue(
  meta: DatasetMeta,
  column: ColumnMeta | undefined,
  value: unknown,
  locale: Locale = activeLocale(),
): ShownValue {
  const text = valueLabel(column, value, locale);
  const language = meta.textLocale;
  if (!column || !language || language === 'en' || column.codes === 'iso3' || !inWords(text)) {
    return { text, english: false };
  }
  const written = ownValue(
    meta.multilingual?.columns.find((c) => c.name === column.name)?.valueLabels,
    String(value),
  );
  const translated =
    typeof written === 'object' && (written as Record<string, string | undefined>)[language];
  return { text, english: !translated };
}

/** Text for a string (a summary sentence, a chart label) with the visible "(in English)" mark. */
export function markedEnglish(text: string, english: boolean): string {
  return english ? `${text} (${t('text.inEnglish')})` : text;
}

export function columnByName(meta: DatasetMeta, name: string): ColumnMeta | undefined {
  return meta.columns.find((c) => c.name === name);
}

export function columnsWithRole(meta: DatasetMeta, role: ColumnMeta['role']): ColumnMeta[] {
  return meta.columns.filter((c) => c.role === role);
}

/** The measure column: exactly one, except in timelines and matrices, which have none. */
export function measureColumn(meta: DatasetMeta): ColumnMeta | undefined {
  return meta.columns.find((c) => c.role === 'measure');
}

export function timeColumn(meta: DatasetMeta): ColumnMeta | undefined {
  return meta.columns.find((c) => c.role === 'dimension' && c.time);
}
