import { DatasetError } from './datasetError.ts';
import { quoteValue, stripUnpairedBidi } from './dataText.ts';
import { displaysWithoutMeasure } from './metadataNames.ts';
import { datasetMetaSchema, type DatasetMeta } from './metadataSchema.ts';
import { resolveMeta } from './metaText.ts';
import { parseJson } from './parseJson.ts';
import { describeIssues } from './schemaMessages.ts';

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
  const parsed = datasetMetaSchema.safeParse(cleanStrings(json));
  if (!parsed.success) throw new DatasetError(file, describeIssues(parsed.error.issues, json));
  // Checked and used in English; localizeMeta gives the page's language from `multilingual`.
  const meta = resolveMeta(parsed.data, 'en');
  const expectedFile = `${meta.id}.meta.json`;
  if (!file.endsWith(expectedFile)) {
    throw new DatasetError(file, `id ${quoteValue(meta.id)} does not match the file name (${quoteValue(expectedFile)})`);
  }
  const names = new Set<string>();
  for (const column of meta.columns) {
    if (names.has(column.name)) {
      throw new DatasetError(file, 'column declared twice', { column: column.name });
    }
    names.add(column.name);
    if (column.labelFor !== undefined && !meta.columns.some((c) => c.name === column.labelFor)) {
      throw new DatasetError(file, `labelFor names no column (${quoteValue(column.labelFor)})`, {
        column: column.name,
      });
    }
    for (const value of column.default ?? []) {
      if (column.values && !column.values.includes(value)) {
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
    const by = meta.columns.find((c) => c.name === meta.storage!.partitionBy);
    if (!by || by.role !== 'dimension' || by.time) {
      throw new DatasetError(
        file,
        `storage.partitionBy must name a dimension column that is not the time axis (${quoteValue(meta.storage.partitionBy)})`,
      );
    }
  }
  const hasSourceColumn = meta.columns.some((c) => c.role === 'source');
  if (!hasSourceColumn && meta.sources.length > 1) {
    throw new DatasetError(file, 'several sources but no source column says which row is whose');
  }
  const twice = meta.sources.find((s, i) => meta.sources.findIndex((o) => o.id === s.id) !== i);
  if (twice) throw new DatasetError(file, `source id ${quoteValue(twice.id)} is listed twice`);
  return meta;
}
