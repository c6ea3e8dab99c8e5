import type { ColumnTable } from 'arquero';
import { columnsWithRole, localValue, measureColumn, timeColumn } from '../data/labels.ts';
import type { DatasetMeta } from '../data/metadataSchema.ts';
import { rowObjects } from '../lib/tableValues.ts';

export type PeriodType = 'year' | 'part' | 'point';

/** The text of a row a reader sees: the CSV's words, through the column's value labels. */
export type RowText = 'unit' | 'period' | 'note' | 'status';

/**
 * One row of a dataset, read through its metadata roles. Its unit, period, note and status are
 * shown in the reader's language (the column's `valueLabels`); the CSV's own words stay in
 * `asWritten`, for comparing rows across datasets and for downloads.
 */
export interface Observation {
  value: number | null;
  unit: string;
  time: number | undefined;
  period: string | undefined;
  periodType: PeriodType;
  qualifier: string | undefined;
  sourceId: string | undefined;
  note: string | undefined;
  status: string | undefined;
  /** A doubt the data records about this figure (`doubtful`, `conflict`): see the `flag` role. */
  flag: string | undefined;
  /** Dimension values (not the time), as text. */
  dims: Record<string, string>;
  /** Set when the value was computed by this dashboard: how it was computed. */
  derived?: string | undefined;
  /** For a derived value: the rows it was computed from. */
  derivedFrom?: readonly Observation[] | undefined;
  /** The unit and period as the CSV gives them (English), whatever the reader's language. */
  asWritten: { unit: string; period: string | undefined };
  /** Row text shown in English for want of a translation, to be marked so. */
  inEnglish?: readonly RowText[];
}

/** Whether a row's text is shown in English for want of a translation. */
export function rowTextInEnglish(o: Observation, field: RowText): boolean {
  return o.inEnglish?.includes(field) ?? false;
}

function text(value: unknown): string | undefined {
  return value === null || value === undefined || value === '' ? undefined : String(value);
}

/** Reads a (small, filtered) table into observations. */
export function readObservations(table: ColumnTable, meta: DatasetMeta): Observation[] {
  const measure = measureColumn(meta);
  const time = timeColumn(meta);
  const role = (r: Parameters<typeof columnsWithRole>[1]) => columnsWithRole(meta, r)[0]?.name;
  const unit = role('unit');
  const period = role('period');
  const periodType = role('period_type');
  const qualifier = role('qualifier');
  const source = role('source');
  const status = role('status');
  const flag = role('flag');
  // Verbatim copies of the source file's wording are not notes for a reader.
  const notes = columnsWithRole(meta, 'note')
    .filter((c) => !c.verbatim)
    .map((c) => c.name);
  const dims = meta.columns.filter((c) => c.role === 'dimension' && !c.time).map((c) => c.name);
  const defaultSource = source === undefined ? meta.sources[0]?.id : undefined;
  const column = (name: string | undefined) => meta.columns.find((c) => c.name === name);
  // The measure's fixed unit as the file words it (English), as a unit column's cells are.
  const written = meta.multilingual?.columns.find((c) => c.name === measure?.name)?.unit;
  const writtenUnit = (typeof written === 'object' ? written.en : written) ?? measure?.unit ?? '';
  return rowObjects(table).map((row) => {
    const inEnglish: RowText[] = [];
    // A cell's words in the reader's language, noting the ones left in English.
    const shown = (field: RowText, name: string | undefined): string | undefined => {
      const raw = name ? text(row[name]) : undefined;
      if (raw === undefined) return undefined;
      const local = localValue(meta, column(name), raw);
      if (local.english) inEnglish.push(field);
      return local.text;
    };
    const rawUnit = (unit && text(row[unit])) ?? writtenUnit;
    const noteColumn = notes.find((n) => text(row[n]) !== undefined);
    return {
      value:
        measure && typeof row[measure.name] === 'number' ? (row[measure.name] as number) : null,
      unit: shown('unit', unit) ?? measure?.unit ?? '',
      time: time && typeof row[time.name] === 'number' ? (row[time.name] as number) : undefined,
      period: shown('period', period),
      periodType: ((periodType && text(row[periodType])) ?? 'year') as PeriodType,
      qualifier: qualifier ? text(row[qualifier]) : undefined,
      sourceId: source ? text(row[source]) : defaultSource,
      note: shown('note', noteColumn),
      status: shown('status', status),
      flag: flag ? text(row[flag]) : undefined,
      dims: Object.fromEntries(dims.map((d) => [d, text(row[d]) ?? ''])),
      asWritten: { unit: rawUnit, period: period ? text(row[period]) : undefined },
      ...(inEnglish.length > 0 ? { inEnglish } : {}),
    };
  });
}
