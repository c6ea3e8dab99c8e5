import { countryName } from '../i18n/countryName';
import { activeLocale, type Locale } from '../i18n/i18n';
import type { ColumnMeta, DatasetMeta } from './metadataSchema';

/** How a value of a column is shown: its declared label, a country name, or the value itself. */
export function valueLabel(
  column: ColumnMeta | undefined,
  value: unknown,
  locale: Locale = activeLocale(),
): string {
  const text = value === null || value === undefined ? '' : String(value);
  if (!column) return text;
  const declared = column.valueLabels?.[text];
  if (declared !== undefined) return declared;
  if (column.codes === 'iso3') return countryName(text, locale) ?? text;
  return text;
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
