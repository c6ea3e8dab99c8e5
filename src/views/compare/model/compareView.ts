import type { ColumnTable } from 'arquero';
import { table } from 'arquero';
import type { CompareEntry } from './compareMeasures.ts';
import { shortCitation, sourceById } from '../../../data/citations.ts';
import { columnByName, columnsWithRole, valueLabel } from '../../../data/labels.ts';
import type { DatasetMeta } from '../../../data/metadataSchema.ts';
import { t } from '../../../i18n/i18n.ts';
import { filterByValues } from '../../../transforms/filterByValues.ts';
import { readObservations } from '../../../model/observations.ts';

/** One figure of the compare view, with what it counts, its period and its source. */
export interface CompareRow {
  country: string;
  dataset: string;
  /** The dataset's title and the row's own dimensions ("— Russia"). */
  measure: string;
  concept: CompareEntry['concept'];
  /** The period and unit as the CSV words them: compared across datasets, and downloaded. */
  period: string;
  /** For ordering: the year the figure refers to. */
  time: number | undefined;
  value: number;
  qualifier: string | undefined;
  unit: string;
  /** The period and unit in the reader's language, for the page. */
  shown: { period: string; unit: string };
  /**
   * Every source giving this figure: one row, however many sources (or datasets) repeat it. Each
   * names its dataset, where its full citation is.
   */
  sources: { id: string; label: string; dataset: string }[];
  /** Another figure of the same kind for the same country and year differs from this one. */
  conflict: boolean;
  /** The doubt the data records about the figure, in the reader's language ("doubtful"). */
  flag: string | undefined;
  /**
   * The figure stands for a whole (all destinations, both sexes, or no breakdown at all), not for
   * a part of one: a total is never drawn among its parts.
   */
  whole: boolean;
  /** The moment or stretch the figure refers to, one key for two wordings of it ("end of 2023"). */
  periodKey: string;
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
      const cited = source
        ? [{ id: source.id, label: shortCitation(source), dataset: meta.id }]
        : [];
      const detail =
        Object.entries(o.dims)
          .filter(([column]) => column !== 'origin_iso3')
          .map(([column, value]) => valueLabel(columnByName(meta, column), value))
          .join(', ') || (entry.detail ? t(entry.detail) : '');
      const key = [
        entry.dataset,
        o.time,
        samePeriod(o.asWritten.period, o.time),
        o.value,
        o.qualifier,
        o.asWritten.unit,
        detail,
      ].join('|');
      const same = seen.get(key);
      if (same) {
        // The same figure from another source (or picked by two entries): one row, all sources.
        for (const c of cited) {
          if (!same.sources.some((x) => x.id === c.id && x.dataset === c.dataset)) {
            same.sources.push(c);
          }
        }
        continue;
      }
      const flagColumn = columnsWithRole(meta, 'flag')[0];
      const row: CompareRow = {
        country,
        dataset: meta.id,
        measure: detail ? `${meta.title} — ${detail}` : meta.title,
        concept: entry.concept,
        // A figure without a period of its own takes the dataset's reference period.
        period: periodWithYear(o.asWritten.period, o.time) || meta.referencePeriod,
        time: o.time,
        value: o.value,
        qualifier: o.qualifier,
        unit: o.asWritten.unit,
        shown: {
          period: periodWithYear(o.period, o.time) || meta.referencePeriod,
          unit: o.unit,
        },
        sources: cited,
        conflict: false,
        flag: o.flag ? valueLabel(flagColumn, o.flag) : undefined,
        whole: entry.detail !== undefined || isWhole(meta, o.dims),
        // The period's kind, its wording as one moment, and its year ("calendar year" says none).
        periodKey: [
          // "End of 2024" is a moment, whatever type a dataset without a period_type column
          // gives its rows: it shares a chart with another source's "end of year" 2024.
          endOfYear(o.asWritten.period) ? 'point' : o.periodType,
          samePeriod(o.asWritten.period, o.time),
          o.time ?? yearInText(o.asWritten.period ?? meta.referencePeriod) ?? '',
        ].join('|'),
      };
      seen.set(key, row);
      rows.push(row);
    }
  }
  mergeRepeats(rows);
  // Time order by the year the figure refers to, read from its period where it has no year
  // column ("Q1 2023"); figures with no year at all go last. The sort is stable.
  const order = (r: CompareRow) => r.time ?? yearInText(r.period) ?? Infinity;
  rows.sort((a, b) => order(a) - order(b));
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

/**
 * The same figure from the same publication in two datasets (a seed figure that a series repeats):
 * same kind, year, value, qualifier and unit, and a source in common. One row stays, citing all.
 */
function mergeRepeats(rows: CompareRow[]): void {
  for (let i = rows.length - 1; i > 0; i--) {
    const row = rows[i]!;
    const first = rows.find(
      (r, k) =>
        k < i &&
        r.concept === row.concept &&
        r.time !== undefined &&
        r.time === row.time &&
        r.value === row.value &&
        r.qualifier === row.qualifier &&
        r.unit === row.unit &&
        r.sources.some((x) => row.sources.some((c) => c.label === x.label)),
    );
    if (!first) continue;
    for (const c of row.sources) {
      if (!first.sources.some((x) => x.id === c.id)) first.sources.push(c);
    }
    rows.splice(i, 1);
  }
}

/**
 * Whether a row stands for a whole: none of its dimensions breaks one down, that is none holds a
 * value other than its column's stated total, nor names a country (a destination), bar the
 * country compared itself.
 */
function isWhole(meta: DatasetMeta, dims: Readonly<Record<string, string>>): boolean {
  return Object.entries(dims).every(([name, value]) => {
    const column = columnByName(meta, name);
    if (name === 'origin_iso3') return true;
    if (column?.total !== undefined) return value === column.total;
    return column?.codes !== 'iso3';
  });
}

/** The first year written in a text ("Q1 2023" → 2023). */
export function yearInText(text: string): number | undefined {
  const match = /\b(19|20)\d{2}\b/.exec(text);
  return match ? Number(match[0]) : undefined;
}

/**
 * The period a figure refers to, for telling repeats apart: "end of year" of 2023 and "December
 * 2023" are the same moment as two sources word it; any other wording is kept as written.
 */
const END_OF_YEAR = /^(?:end of|december)\s*(\d{4})?$|^end of year$/;

const endOfYear = (period: string | undefined) =>
  END_OF_YEAR.exec((period ?? '').trim().toLowerCase());

function samePeriod(period: string | undefined, year: number | undefined): string {
  const end = endOfYear(period);
  // The year the wording names where the row has no year column ("end of 2024").
  const at = year ?? (end?.[1] !== undefined ? Number(end[1]) : undefined);
  if (end && (end[1] === undefined || Number(end[1]) === at)) return `end of ${at ?? ''}`;
  return (period ?? '').trim().toLowerCase();
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
    // The year the figure refers to: its own, or the one its period names ("Q1 2023").
    year: rows.map((r) => r.time ?? yearInText(r.period) ?? null),
    qualifier: rows.map((r) => r.qualifier ?? null),
    value: rows.map((r) => r.value),
    unit: rows.map((r) => r.unit),
    // A figure the data itself calls into doubt, in the words of the data's flag column.
    flag: rows.map((r) => r.flag ?? null),
    note: rows.map((r) => (r.conflict ? conflictNote : null)),
    dataset: rows.map((r) => r.dataset),
    source: rows.map((r) => r.sources.map((x) => x.label).join('; ')),
  });
}
