import { escape, type ColumnTable } from 'arquero';
import { shortCitations } from '../data/citations.ts';
import { valueLabel } from '../data/labels.ts';
import type { DatasetMeta } from '../data/metadataSchema.ts';
import { t } from '../i18n/i18n.ts';

/** A column the dashboard computed, and how, in words ("change = value − previous year's value"). */
export interface DerivedColumn {
  column: string;
  how: string;
}

type Row = Record<string, unknown>;

/**
 * The table an official downloads, built from the same slice the chart draws so the file and the
 * chart never disagree. Columns follow the metadata order; chart-internal columns are dropped.
 * - The measure's name carries its unit when the unit is fixed on the column (`value (persons)`),
 *   because a CSV opened in Excel has no other place to say it.
 * - Country-code columns keep their codes and gain a `<name>_name` column right after.
 * - A `source` column gives the short citation of each row's source, so a row copied out of the
 *   file still says where it comes from.
 * - Derived columns, when given, come last with a `derived_note` saying how they were computed,
 *   on the rows that have a derived value.
 */
export function downloadTable(
  slice: ColumnTable,
  meta: DatasetMeta,
  derived?: readonly DerivedColumn[],
): ColumnTable {
  const present = new Set(slice.columnNames());
  const columns = meta.columns.filter((c) => present.has(c.name));
  const taken = new Set(columns.map((c) => c.name));
  const additions: Record<string, ReturnType<typeof escape>> = {};
  // Old name → new name, in output order: `select` with an object both orders and renames.
  const output: Record<string, string> = {};

  const citationName = freeName('source', taken);
  const sourceColumn = columns.find((c) => c.role === 'source');
  if (sourceColumn) {
    const labels = citationLabels(meta);
    additions[citationName] = escape((row: Row) => citationOf(labels, row[sourceColumn.name]));
  } else {
    // Without a source column every row comes from the dataset's sources (in practice, one).
    const all = shortCitations(meta.sources).join('; ');
    additions[citationName] = escape(() => all);
  }

  for (const column of columns) {
    const unit = column.role === 'measure' ? column.unit : undefined;
    output[column.name] = unit ? `${column.name} (${unit})` : column.name;
    if (column.codes === 'iso3') {
      const nameColumn = freeName(`${column.name}_name`, taken);
      additions[nameColumn] = escape((row: Row) => {
        const code = row[column.name];
        return code === null || code === undefined || code === '' ? null : valueLabel(column, code);
      });
      output[nameColumn] = nameColumn;
    }
    if (column === sourceColumn) output[citationName] = citationName;
  }
  if (!sourceColumn) output[citationName] = citationName;

  const shown = (derived ?? []).filter((d) => present.has(d.column) && !(d.column in output));
  if (shown.length > 0) {
    for (const d of shown) output[d.column] = d.column;
    const noteName = freeName('derived_note', new Set([...taken, ...shown.map((d) => d.column)]));
    // Each row says how its own derived values were computed, each way once (a change and its
    // per cent share one sentence); a row without a derived value has no note.
    const notes = new Map<string, string>();
    additions[noteName] = escape((row: Row) => {
      const hows = [
        ...new Set(
          shown.filter((d) => hasValue(row[d.column])).map((d) => d.how.replace(/\.$/, '')),
        ),
      ];
      if (hows.length === 0) return null;
      const key = hows.join('; ');
      if (!notes.has(key)) notes.set(key, t('export.derivedNote', { how: key }));
      return notes.get(key)!;
    });
    output[noteName] = noteName;
  }

  return slice.ungroup().derive(additions).select(output);
}

/** Source id → short citation, lettered as in the source line so two of one author–year differ. */
function citationLabels(meta: DatasetMeta): Map<string, string> {
  const labels = shortCitations(meta.sources);
  return new Map(meta.sources.map((s, i) => [s.id, labels[i]!]));
}

function hasValue(value: unknown): boolean {
  return value !== null && value !== undefined && value !== '' && !Number.isNaN(value);
}

function citationOf(labels: Map<string, string>, id: unknown): string | null {
  if (id === null || id === undefined || id === '') return null;
  // An id missing from the metadata is a data error the validator reports; show the id meanwhile.
  return labels.get(String(id)) ?? String(id);
}

/** `base`, or `base` with underscores appended when a dataset column already has that name. */
function freeName(base: string, taken: Set<string>): string {
  let name = base;
  while (taken.has(name)) name += '_';
  taken.add(name);
  return name;
}
