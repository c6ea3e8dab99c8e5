import { DatasetError } from './datasetError';
import { datasetMetaSchema, displaysWithoutMeasure, type DatasetMeta } from './metadataSchema';

/**
 * Parses and checks one metadata file. Beyond the schema, checks that the parts refer to each
 * other: one measure, chart columns that exist, sources for the source column.
 */
export function validateMetadata(file: string, text: string): DatasetMeta {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DatasetError(file, `not valid JSON (${(error as Error).message})`);
  }
  const parsed = datasetMetaSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DatasetError(file, `${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  }
  const meta = parsed.data;
  const expectedFile = `${meta.id}.meta.json`;
  if (!file.endsWith(expectedFile)) {
    throw new DatasetError(file, `id "${meta.id}" does not match the file name (${expectedFile})`);
  }
  const names = new Set<string>();
  for (const column of meta.columns) {
    if (names.has(column.name)) {
      throw new DatasetError(file, 'column declared twice', { column: column.name });
    }
    names.add(column.name);
    if (column.labelFor !== undefined && !meta.columns.some((c) => c.name === column.labelFor)) {
      throw new DatasetError(file, `labelFor names no column ("${column.labelFor}")`, {
        column: column.name,
      });
    }
    for (const value of column.default ?? []) {
      if (column.values && !column.values.includes(value)) {
        throw new DatasetError(file, `default "${value}" is not among its values`, {
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
      throw new DatasetError(file, `display.${key} names no column ("${name}")`);
    }
  }
  const hasSourceColumn = meta.columns.some((c) => c.role === 'source');
  if (!hasSourceColumn && meta.sources.length > 1) {
    throw new DatasetError(file, 'several sources but no source column says which row is whose');
  }
  const ids = new Set(meta.sources.map((s) => s.id));
  if (ids.size !== meta.sources.length) {
    throw new DatasetError(file, 'a source id is listed twice');
  }
  return meta;
}
