import { DatasetError } from './datasetError.ts';
import { quoteValue, stripUnpairedBidi } from './dataText.ts';
import { displaysWithoutMeasure } from './metadataNames.ts';
import { datasetMetaSchema, type DatasetMeta } from './metadataSchema.ts';
import { resolveMeta } from './metaText.ts';
import { parseJson } from './parseJson.ts';
import { describeIssues, pathText } from './schemaMessages.ts';

/** Deeper than any metadata needs (ours reach 5 levels): beyond it, a file is refused unread. */
export const MAX_DEPTH = 32;

// C0 and C1 controls except tab and line ends, and DEL: never in text meant for readers.
// eslint-disable-next-line no-control-regex -- control characters are what is refused
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/**
 * The JSON's shape before any recursive step reads it: nesting no deeper than MAX_DEPTH (5,000
 * levels would overflow the stack of the schema check and name no file), and no control
 * characters in any text. Walked with a list, not recursion; each value is visited once.
 */
function checkShape(file: string, json: unknown): void {
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: json, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      const control = CONTROL.exec(value);
      if (control) {
        const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
        throw new DatasetError(
          file,
          `${path.length > 0 ? `${pathText(path)}: ` : ''}contains a control character (U+${code}) at character ${control.index + 1}`,
        );
      }
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (path.length >= MAX_DEPTH) {
      throw new DatasetError(
        file,
        `${pathText(path.slice(0, 3))}…: nested more than ${MAX_DEPTH} levels deep (metadata needs a handful)`,
      );
    }
    const entries: [PropertyKey, unknown][] = Array.isArray(value)
      ? value.map((v, i) => [i, v])
      : Object.entries(value);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i]!;
      stack.push({ value: child, path: [...path, key] });
    }
  }
}

/** Every string in a JSON value, stripped of unpaired bidi controls. */
function cleanStrings(value: unknown): unknown {
  if (typeof value === 'string') return stripUnpairedBidi(value);
  if (Array.isArray(value)) return value.map(cleanStrings);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanStrings(v)]));
  }
  return value;
}

/**
 * Parses and checks one metadata file. Beyond the schema, checks that the parts refer to each
 * other: one measure, chart columns that exist, sources for the source column.
 */
export function validateMetadata(file: string, text: string): DatasetMeta {
  const json = parseJson(file, text);
  checkShape(file, json);
  const parsed = datasetMetaSchema.safeParse(cleanStrings(json));
  if (!parsed.success) throw new DatasetError(file, describeIssues(parsed.error.issues, json));
  // Checked and used in English; localizeMeta gives the page's language from `multilingual`.
  const meta = resolveMeta(parsed.data, 'en');
  const expectedFile = `${meta.id}.meta.json`;
  if (!file.endsWith(expectedFile)) {
    throw new DatasetError(file, `id ${quoteValue(meta.id)} does not match the file name (${quoteValue(expectedFile)})`);
  }
  const names = new Set<string>();
  const declared = new Set(meta.columns.map((c) => c.name));
  for (const column of meta.columns) {
    if (names.has(column.name)) {
      throw new DatasetError(file, 'column declared twice', { column: column.name });
    }
    names.add(column.name);
    if (column.labelFor !== undefined && !declared.has(column.labelFor)) {
      throw new DatasetError(file, `labelFor names no column (${quoteValue(column.labelFor)})`, {
        column: column.name,
      });
    }
    if (column.min !== undefined || column.max !== undefined) {
      if (column.type === 'string') {
        throw new DatasetError(file, 'min and max apply to number columns only', {
          column: column.name,
        });
      }
      if (column.min !== undefined && column.max !== undefined && column.min > column.max) {
        throw new DatasetError(file, `min (${column.min}) is above max (${column.max})`, {
          column: column.name,
        });
      }
    }
    const values = column.values && new Set(column.values);
    for (const value of column.default ?? []) {
      if (values && !values.has(value)) {
        throw new DatasetError(file, `default ${quoteValue(value)} is not among its values`, {
          column: column.name,
        });
      }
    }
  }
  const measures = meta.columns.filter((c) => c.role === 'measure');
  const expected = displaysWithoutMeasure.includes(meta.display.type) ? 0 : 1;
  if (measures.length !== expected) {
    throw new DatasetError(
      file,
      `expected ${expected === 1 ? 'exactly one measure column' : 'no measure column for a ' + meta.display.type}, found ${measures.length}`,
    );
  }
  for (const key of ['x', 'series'] as const) {
    const name = meta.display[key];
    if (name !== undefined && !names.has(name)) {
      throw new DatasetError(file, `display.${key} names no column (${quoteValue(name)})`);
    }
  }
  if (meta.storage) {
    for (const name of [meta.storage.partitionBy].flat()) {
      const by = meta.columns.find((c) => c.name === name);
      if (!by || by.role !== 'dimension' || by.time) {
        throw new DatasetError(
          file,
          `storage.partitionBy must name dimension columns that are not the time axis (${quoteValue(name)})`,
        );
      }
    }
  }
  const hasSourceColumn = meta.columns.some((c) => c.role === 'source');
  if (!hasSourceColumn && meta.sources.length > 1) {
    throw new DatasetError(file, 'several sources but no source column says which row is whose');
  }
  const ids = new Set<string>();
  for (const { id } of meta.sources) {
    if (ids.has(id)) throw new DatasetError(file, `source id ${quoteValue(id)} is listed twice`);
    ids.add(id);
  }
  return meta;
}
