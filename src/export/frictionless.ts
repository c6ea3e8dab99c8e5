import type { ColumnMeta, DatasetMeta } from '../data/metadataSchema.ts';
import { resolveMeta } from '../data/metaText.ts';
import { PROJECT_NAME } from './citeThis.ts';

/**
 * Frictionless Data Package descriptors (Data Package v1, "tabular-data-package"; read by the
 * frictionless packages for Python and R, and by v2 readers): the catalogue of every dataset
 * beside the data (`data/datapackage.json`, written by the build) and the `datapackage.json` in
 * each zip download. Made from the metadata alone, so a new dataset needs no code.
 */

export type TableFieldType = 'string' | 'integer' | 'number' | 'year' | 'date' | 'any';

export interface TableField {
  name: string;
  type: TableFieldType;
  title?: string;
  description?: string;
  constraints?: {
    required?: boolean;
    enum?: string[];
    minimum?: number;
    maximum?: number;
  };
}

export interface License {
  name?: string;
  path?: string;
  title?: string;
}

export interface Source {
  title: string;
  path?: string;
}

export interface TableResource {
  profile: 'tabular-data-resource';
  name: string;
  path: string;
  title: string;
  description?: string;
  format: 'csv';
  mediatype: 'text/csv';
  encoding: 'utf-8';
  schema: { fields: TableField[]; missingValues: string[] };
  sources: Source[];
  licenses: License[];
}

export interface DataPackage {
  profile: 'tabular-data-package';
  name: string;
  title: string;
  description?: string;
  homepage?: string;
  created?: string;
  contributors: { title: string; role: 'publisher' }[];
  licenses?: License[];
  sources: Source[];
  resources: TableResource[];
}

/** Licences the metadata names in so many words, with their Open Definition ids. */
const KNOWN_LICENSES: Record<string, Required<License>> = {
  'CC BY 4.0': {
    name: 'CC-BY-4.0',
    path: 'https://creativecommons.org/licenses/by/4.0/',
    title: 'Creative Commons Attribution 4.0',
  },
  'CC BY 3.0 IGO': {
    name: 'CC-BY-3.0-IGO',
    path: 'https://creativecommons.org/licenses/by/3.0/igo/',
    title: 'Creative Commons Attribution 3.0 IGO',
  },
};

/**
 * The licence of a dataset: a known licence by its id and address; otherwise the metadata's own
 * words as the title, pointing at the metadata file that states them (`termsPath`).
 */
export function licenseOf(meta: DatasetMeta, termsPath: string): License {
  return KNOWN_LICENSES[meta.license.trim()] ?? { title: meta.license, path: termsPath };
}

/** The metadata in English: the descriptor is read by tools, whatever the page's language. */
function english(meta: DatasetMeta): DatasetMeta {
  return meta.multilingual ? resolveMeta(meta.multilingual, 'en') : meta;
}

function fieldOf(column: ColumnMeta, name: string): TableField {
  const type: TableFieldType =
    column.time && column.type === 'integer' ? 'year' : (column.type as TableFieldType);
  const description = [
    column.description,
    column.role === 'measure' && column.unit ? `Unit: ${column.unit}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const constraints: NonNullable<TableField['constraints']> = {};
  if (!column.nullable) constraints.required = true;
  // A value a spreadsheet could read as a formula is written with a leading ' in the downloads
  // (excelCsv.ts): no enum then, or the download's own cells would break it.
  if (
    column.type === 'string' &&
    column.values &&
    !column.values.some((v) => /^[=+\-@\t\r;|']/.test(v))
  ) {
    constraints.enum = [...column.values];
  }
  if (column.type !== 'string' && column.min !== undefined) constraints.minimum = column.min;
  if (column.type !== 'string' && column.max !== undefined) constraints.maximum = column.max;
  return {
    name,
    type,
    title: column.label,
    ...(description ? { description } : {}),
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
}

/** A column the download adds (a country's name, the short citation, a derived figure). */
function addedField(meta: DatasetMeta, name: string, values?: readonly unknown[]): TableField {
  const column = meta.columns.find((c) => name === `${c.name}_name` && c.codes === 'iso3');
  if (column) return { name, type: 'string', title: `${column.label} (name)` };
  if (name === 'source') {
    return {
      name,
      type: 'string',
      title: 'Source',
      description: 'Short citation of the row’s source.',
    };
  }
  if (name === 'derived_note') {
    return { name, type: 'string', title: 'How the derived columns were computed' };
  }
  // The dashboard's derived figures (share, change, change_pp, change_pct…): numbers when every
  // cell is one, as the CSV writes them.
  return { name, type: inferredType(values), description: 'Computed by the dashboard (derived).' };
}

const NUMBER = /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** `number` when every cell is a number (as read, or as the CSV writes it), else `string`. */
function inferredType(values: readonly unknown[] | undefined): TableFieldType {
  if (values === undefined) return 'string';
  const numeric = values.every(
    (v) =>
      v === null || v === undefined || v === '' || typeof v === 'number' || NUMBER.test(String(v)),
  );
  return numeric ? 'number' : 'string';
}

export interface ResourceInput {
  meta: DatasetMeta;
  /** The CSV's path, relative to the descriptor. */
  path: string;
  /** The CSV's header, in order: the fields follow it. */
  header: readonly string[];
  /** Where the licence's words are, relative to the descriptor (the metadata file). */
  termsPath: string;
  /** A header name → its cells, for columns the metadata does not declare (derived ones). */
  valuesOf?: (name: string) => readonly unknown[] | undefined;
  /** Resource name, when it is not the dataset's id. */
  name?: string;
}

/**
 * One CSV as a tabular data resource. The fields are the header's names in its order, typed from
 * the metadata (`year` for a time column of whole years); a header name `value (persons)` is the
 * measure column with its unit, as the downloads write it.
 */
export function tableResource(input: ResourceInput): TableResource {
  const meta = english(input.meta);
  const byName = new Map(meta.columns.map((c) => [c.name, c]));
  const fields = input.header.map((name) => {
    // The downloads write the measure with its unit, in the page's language: `value (persons)`.
    const column =
      byName.get(name) ??
      meta.columns.find((c) => c.role === 'measure' && name.startsWith(`${c.name} (`));
    return column ? fieldOf(column, name) : addedField(meta, name, input.valuesOf?.(name));
  });
  return {
    profile: 'tabular-data-resource',
    name: input.name ?? meta.id,
    path: input.path,
    title: meta.title,
    ...(meta.description ? { description: meta.description } : {}),
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    // An empty cell is a missing value (a nullable column's "not available"), never a zero.
    schema: { fields, missingValues: [''] },
    sources: sourcesOf(meta),
    licenses: [licenseOf(meta, input.termsPath)],
  };
}

export interface LooseResourceInput {
  name: string;
  path: string;
  title: string;
  header: readonly string[];
  valuesOf: (name: string) => readonly unknown[] | undefined;
  /** The datasets the file's figures come from: their sources and licences. */
  metas: readonly DatasetMeta[];
  termsPath: string;
}

/**
 * A CSV made across datasets (the compare view's table): each field typed from its cells, the
 * sources and licences of every dataset it draws on.
 */
export function looseResource(input: LooseResourceInput): TableResource {
  const metas = input.metas.map(english);
  const licenses = new Map(
    metas.map((m) => licenseOf(m, input.termsPath)).map((l) => [JSON.stringify(l), l] as const),
  );
  return {
    profile: 'tabular-data-resource',
    name: input.name,
    path: input.path,
    title: input.title,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    schema: {
      fields: input.header.map((name) => ({ name, type: inferredType(input.valuesOf(name)) })),
      missingValues: [''],
    },
    sources: [...new Map(metas.flatMap(sourcesOf).map((s) => [s.title, s] as const)).values()],
    licenses: [...licenses.values()],
  };
}

/** The dataset's sources as the spec lists them: the full citation, and its address. */
function sourcesOf(meta: DatasetMeta): Source[] {
  return meta.sources.map((s) => ({ title: s.citation, ...(s.url ? { path: s.url } : {}) }));
}

export interface PackageInput {
  name: string;
  title: string;
  description?: string;
  homepage?: string;
  created?: Date;
  resources: TableResource[];
}

/**
 * The package: its resources, every source once, and the licence at the package's level only
 * where every resource has the same one (otherwise each resource carries its own).
 */
export function dataPackageDescriptor(input: PackageInput): DataPackage {
  const sources = new Map<string, Source>();
  for (const resource of input.resources) {
    for (const source of resource.sources) sources.set(source.title, source);
  }
  const licenses = new Map(
    input.resources.flatMap((r) => r.licenses.map((l) => [JSON.stringify(l), l] as const)),
  );
  return {
    profile: 'tabular-data-package',
    name: input.name,
    title: input.title,
    ...(input.description ? { description: input.description } : {}),
    ...(input.homepage ? { homepage: input.homepage } : {}),
    ...(input.created ? { created: input.created.toISOString() } : {}),
    contributors: [{ title: PROJECT_NAME, role: 'publisher' }],
    ...(licenses.size === 1 ? { licenses: [...licenses.values()] } : {}),
    sources: [...sources.values()],
    resources: input.resources,
  };
}

/** The catalogue's name and title (`data/datapackage.json`). */
export const CATALOGUE_NAME = 'central-asian-labour-migration';

/** Every dataset's CSV, as one package beside the data. `headers`: each CSV's header. */
export function catalogueDescriptor(
  datasets: readonly { meta: DatasetMeta; metaFile: string; header: readonly string[] }[],
): DataPackage {
  return dataPackageDescriptor({
    name: CATALOGUE_NAME,
    title: `${PROJECT_NAME}: every dataset`,
    description:
      'Labour migration from Uzbekistan, Tajikistan and Kyrgyzstan: every dataset of the dashboard as a CSV, each figure with its source. The licence of each file is under its resource.',
    resources: datasets.map(({ meta, metaFile, header }) =>
      tableResource({ meta, path: meta.file, header, termsPath: metaFile }),
    ),
  });
}

/** The descriptor as a file: two-space JSON ending with a line break. */
export function descriptorJson(descriptor: DataPackage): string {
  return `${JSON.stringify(descriptor, null, 2)}\n`;
}
