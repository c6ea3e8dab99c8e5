import type { ColumnTable } from 'arquero';
import { columnsWithRole, measureColumn, timeColumn } from '../data/labels';
import type { DatasetMeta } from '../data/metadataSchema';
import { rowObjects } from '../lib/tableValues';

export type PeriodType = 'year' | 'part' | 'point';

/** One row of a dataset, read through its metadata roles. */
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
  return rowObjects(table).map((row) => ({
    value: measure && typeof row[measure.name] === 'number' ? (row[measure.name] as number) : null,
    unit: (unit && text(row[unit])) ?? measure?.unit ?? '',
    time: time && typeof row[time.name] === 'number' ? (row[time.name] as number) : undefined,
    period: period ? text(row[period]) : undefined,
    periodType: ((periodType && text(row[periodType])) ?? 'year') as PeriodType,
    qualifier: qualifier ? text(row[qualifier]) : undefined,
    sourceId: source ? text(row[source]) : defaultSource,
    note: notes.map((n) => text(row[n])).find((v) => v !== undefined),
    status: status ? text(row[status]) : undefined,
    flag: flag ? text(row[flag]) : undefined,
    dims: Object.fromEntries(dims.map((d) => [d, text(row[d]) ?? ''])),
  }));
}
