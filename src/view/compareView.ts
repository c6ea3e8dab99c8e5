import type { ColumnTable } from 'arquero';
import { table } from 'arquero';
import type { CompareEntry } from './compareMeasures';
import { shortCitation, sourceById } from '../data/citations';
import { columnByName, valueLabel } from '../data/labels';
import type { DatasetMeta } from '../data/metadataSchema';
import { filterByValues } from '../transforms/filterByValues';
import { readObservations } from './observations';

/** One figure of the compare view, with what it counts, its period and its source. */
export interface CompareRow {
  country: string;
  dataset: string;
  /** The dataset's title and the row's own dimensions ("— Russia"). */
  measure: string;
  concept: CompareEntry['concept'];
  period: string;
  /** For ordering: the year the figure refers to. */
  time: number | undefined;
  value: number;
  qualifier: string | undefined;
  unit: string;
  /** Every source giving this figure: one row, however many sources repeat it. */
  sources: { id: string; label: string }[];
  /** Another figure of the same kind for the same country and year differs from this one. */
  conflict: boolean;
}

/**
 * The compare view's rows for one country: each entry's figures, in time order, a figure that
 * two entries both pick shown once, and figures that disagree with another of the same kind and
 * year marked.
 */
export function compareRows(
  country: string,
  entries: readonly CompareEntry[],
  metas: ReadonlyMap<string, DatasetMeta>,
  tables: ReadonlyMap<string, ColumnTable>,
): CompareRow[] {
  const rows: CompareRow[] = [];
  const seen = new Map<string, CompareRow>();
  for (const entry of entries.filter((e) => e.country === country)) {
    const meta = metas.get(entry.dataset);
    const data = tables.get(entry.dataset);
    if (!meta || !data) continue;
    const where = Object.fromEntries(Object.entries(entry.where).map(([k, v]) => [k, [v]]));
    for (const o of readObservations(filterByValues(data, where), meta)) {
      if (o.value === null) continue;
      const source = o.sourceId ? sourceById(meta, o.sourceId) : undefined;
      const cited = source ? [{ id: source.id, label: shortCitation(source) }] : [];
      const detail = Object.entries(o.dims)
        .filter(([column]) => column !== 'origin_iso3')
        .map(([column, value]) => valueLabel(columnByName(meta, column), value))
        .join(', ');
      const key = [entry.dataset, o.time, o.period, o.value, o.unit, detail].join('|');
      const same = seen.get(key);
      if (same) {
        // The same figure from another source (or picked by two entries): one row, all sources.
        for (const c of cited) if (!same.sources.some((x) => x.id === c.id)) same.sources.push(c);
        continue;
      }
      const row: CompareRow = {
        country,
        dataset: meta.id,
        measure: detail ? `${meta.title} — ${detail}` : meta.title,
        concept: entry.concept,
        period: periodWithYear(o.period, o.time),
        time: o.time,
        value: o.value,
        qualifier: o.qualifier,
        unit: o.unit,
        sources: cited,
        conflict: false,
      };
      seen.set(key, row);
      rows.push(row);
    }
  }
  rows.sort((a, b) => (a.time ?? 0) - (b.time ?? 0));
  // Same kind, same year, same unit and the same thing measured, but a different figure.
  for (const row of rows) {
    row.conflict = rows.some(
      (other) =>
        other !== row &&
        other.concept === row.concept &&
        other.time === row.time &&
        other.unit === row.unit &&
        other.measure === row.measure &&
        other.value !== row.value,
    );
  }
  return rows;
}

/** "end of year" says nothing without its year: "2023, end of year". */
export function periodWithYear(period: string | undefined, year: number | undefined): string {
  if (!period) return year === undefined ? '' : String(year);
  return /\d{4}/.test(period) || year === undefined ? period : `${year}, ${period}`;
}

/** The compare view's CSV: every row shown, with what it counts and its source. */
export function compareDownloadTable(
  rows: readonly CompareRow[],
  conceptLabel: (concept: CompareEntry['concept']) => string,
  conflictNote: string,
): ColumnTable {
  return table({
    country: rows.map((r) => r.country),
    measure: rows.map((r) => r.measure),
    what_it_counts: rows.map((r) => conceptLabel(r.concept)),
    period: rows.map((r) => r.period),
    year: rows.map((r) => r.time ?? null),
    qualifier: rows.map((r) => r.qualifier ?? null),
    value: rows.map((r) => r.value),
    unit: rows.map((r) => r.unit),
    note: rows.map((r) => (r.conflict ? conflictNote : null)),
    dataset: rows.map((r) => r.dataset),
    source: rows.map((r) => r.sources.map((x) => x.label).join('; ')),
  });
}
