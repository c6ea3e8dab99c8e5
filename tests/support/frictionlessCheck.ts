import { readCsvRecords } from '../../src/data/csvRecords';

/**
 * A strict check of a Frictionless Data Package (v1, tabular) and the CSVs it describes, after
 * the spec's rules (https://specs.frictionlessdata.io/data-package/, /tabular-data-resource/,
 * /table-schema/), as `frictionless validate` (Python) and `read_package` (R) apply them. Neither
 * reader can be installed here (only npm and Debian's apt are reachable, and neither has them),
 * so the rules are written out: it returns every problem found, empty when the package is valid.
 */

const NAME = /^[-a-z0-9._/]+$/;
const LICENSE_NAME = /^[-a-zA-Z0-9._]+$/;
const FIELD_TYPES = new Set([
  'string',
  'number',
  'integer',
  'boolean',
  'object',
  'array',
  'date',
  'time',
  'datetime',
  'year',
  'yearmonth',
  'duration',
  'geopoint',
  'geojson',
  'any',
]);
const CONSTRAINTS = new Set([
  'required',
  'unique',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'pattern',
  'enum',
]);
const ROLES = new Set(['author', 'publisher', 'maintainer', 'wrangler', 'contributor']);

const CELL: Record<string, RegExp> = {
  integer: /^[-+]?\d+$/,
  number: /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$|^(NaN|INF|-INF)$/,
  year: /^-?\d{4}$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
};

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isUrl = (v: string) => /^https?:\/\/[^\s]+$/.test(v);
/** A path the spec allows: a URL, or a relative POSIX path that stays inside the package. */
const isSafePath = (v: string) =>
  isUrl(v) ||
  (!v.startsWith('/') &&
    !v.includes('\\') &&
    !/^[a-zA-Z]:/.test(v) &&
    !v.split('/').includes('..') &&
    !v.split('/').includes('.'));

export function checkDataPackage(
  descriptor: unknown,
  /** A file beside the descriptor, by its relative path; undefined when it does not exist. */
  readFile: (path: string) => string | undefined,
): string[] {
  const problems: string[] = [];
  const say = (text: string) => problems.push(text);
  if (!isObject(descriptor)) return ['the descriptor is not a JSON object'];
  if (descriptor.profile !== 'tabular-data-package') say('profile is not "tabular-data-package"');
  if (!isText(descriptor.name) || !NAME.test(descriptor.name)) say('name is not a valid name');
  if (!isText(descriptor.title)) say('title is missing');
  if (descriptor.licenses !== undefined)
    checkLicenses(descriptor.licenses, 'package', say, readFile);
  checkSources(descriptor.sources, 'package', say);
  if (descriptor.contributors !== undefined) {
    if (!Array.isArray(descriptor.contributors)) say('contributors is not an array');
    else
      for (const c of descriptor.contributors) {
        if (!isObject(c) || !isText(c.title)) say('a contributor has no title');
        else if (c.role !== undefined && !ROLES.has(String(c.role)))
          say(`contributor role ${String(c.role)}`);
      }
  }
  if (descriptor.created !== undefined && Number.isNaN(Date.parse(String(descriptor.created)))) {
    say('created is not a date-time');
  }
  const resources = descriptor.resources;
  if (!Array.isArray(resources) || resources.length === 0) {
    say('resources is missing or empty');
    return problems;
  }
  const names = new Set<string>();
  for (const [i, resource] of resources.entries()) {
    const at = `resources[${i}]`;
    if (!isObject(resource)) {
      say(`${at} is not an object`);
      continue;
    }
    if (!isText(resource.name) || !NAME.test(resource.name)) say(`${at}.name is not a valid name`);
    else if (names.has(resource.name)) say(`${at}.name ${resource.name} is not unique`);
    else names.add(resource.name);
    if (resource.profile !== 'tabular-data-resource') say(`${at}.profile`);
    if (resource.format !== 'csv') say(`${at}.format is not csv`);
    if (resource.mediatype !== 'text/csv') say(`${at}.mediatype is not text/csv`);
    if (resource.encoding !== 'utf-8') say(`${at}.encoding is not utf-8`);
    if (resource.licenses === undefined && descriptor.licenses === undefined) {
      say(`${at} has no licence, and neither has the package`);
    }
    if (resource.licenses !== undefined) checkLicenses(resource.licenses, at, say, readFile);
    if (resource.sources !== undefined) checkSources(resource.sources, at, say);
    if (!isText(resource.path) || !isSafePath(resource.path)) {
      say(`${at}.path is not a relative path inside the package`);
      continue;
    }
    const fields = checkSchema(resource.schema, at, say);
    const text = readFile(resource.path);
    if (text === undefined) {
      say(`${at}.path ${resource.path} does not exist`);
      continue;
    }
    if (fields)
      checkTable(
        text,
        fields,
        (resource.schema as Json).missingValues,
        `${at} (${resource.path})`,
        say,
      );
  }
  return problems;
}

function checkLicenses(
  licenses: unknown,
  at: string,
  say: (text: string) => void,
  readFile: (path: string) => string | undefined,
) {
  if (!Array.isArray(licenses) || licenses.length === 0)
    return say(`${at}.licenses is not a non-empty array`);
  for (const l of licenses) {
    if (!isObject(l)) return say(`${at}: a licence is not an object`);
    if (l.name === undefined && l.path === undefined)
      say(`${at}: a licence has neither name nor path`);
    if (l.name !== undefined && !(isText(l.name) && LICENSE_NAME.test(l.name)))
      say(`${at}: licence name ${String(l.name)}`);
    if (l.path !== undefined) {
      if (!isText(l.path) || !isSafePath(l.path)) say(`${at}: licence path ${String(l.path)}`);
      else if (!isUrl(l.path) && readFile(l.path) === undefined)
        say(`${at}: licence path ${l.path} does not exist`);
    }
  }
}

function checkSources(sources: unknown, at: string, say: (text: string) => void) {
  if (!Array.isArray(sources)) return say(`${at}.sources is not an array`);
  for (const s of sources) {
    if (!isObject(s) || !isText(s.title)) say(`${at}: a source has no title`);
    else if (s.path !== undefined && !(isText(s.path) && isSafePath(s.path)))
      say(`${at}: source path ${String(s.path)}`);
  }
}

interface Field {
  name: string;
  type: string;
  constraints: Json;
}

function checkSchema(
  schema: unknown,
  at: string,
  say: (text: string) => void,
): Field[] | undefined {
  if (!isObject(schema) || !Array.isArray(schema.fields) || schema.fields.length === 0) {
    say(`${at}.schema has no fields`);
    return undefined;
  }
  if (schema.missingValues !== undefined) {
    if (
      !Array.isArray(schema.missingValues) ||
      !schema.missingValues.every((v) => typeof v === 'string')
    ) {
      say(`${at}.schema.missingValues is not a list of strings`);
    }
  }
  const fields: Field[] = [];
  const seen = new Set<string>();
  for (const [k, field] of schema.fields.entries()) {
    const where = `${at}.schema.fields[${k}]`;
    if (!isObject(field) || !isText(field.name)) {
      say(`${where} has no name`);
      continue;
    }
    if (seen.has(field.name)) say(`${where}: ${field.name} named twice`);
    seen.add(field.name);
    const type = field.type ?? 'string';
    if (typeof type !== 'string' || !FIELD_TYPES.has(type))
      say(`${where}: type ${String(type)} is not a Table Schema type`);
    for (const key of ['title', 'description'] as const) {
      if (field[key] !== undefined && typeof field[key] !== 'string')
        say(`${where}.${key} is not text`);
    }
    const constraints = field.constraints ?? {};
    if (!isObject(constraints)) {
      say(`${where}.constraints is not an object`);
      continue;
    }
    for (const key of Object.keys(constraints)) {
      if (!CONSTRAINTS.has(key)) say(`${where}.constraints.${key} is not a constraint`);
    }
    if (constraints.required !== undefined && typeof constraints.required !== 'boolean')
      say(`${where}: required is not true/false`);
    if (
      constraints.enum !== undefined &&
      (!Array.isArray(constraints.enum) || constraints.enum.length === 0)
    ) {
      say(`${where}: enum is not a non-empty list`);
    }
    for (const key of ['minimum', 'maximum'] as const) {
      if (constraints[key] !== undefined && typeof constraints[key] !== 'number')
        say(`${where}: ${key} is not a number`);
    }
    fields.push({ name: field.name, type: String(type), constraints });
  }
  return fields;
}

/** The CSV as the readers take it: header equal to the fields in order, every cell of its type. */
function checkTable(
  text: string,
  fields: readonly Field[],
  missingValues: unknown,
  at: string,
  say: (text: string) => void,
) {
  const missing = new Set(Array.isArray(missingValues) ? (missingValues as string[]) : ['']);
  const { header, rows } = readCsvRecords(text.replace(/^\uFEFF/, ''));
  const names = fields.map((f) => f.name);
  if (header.join('\u0000') !== names.join('\u0000')) {
    say(`${at}: header ${JSON.stringify(header)} is not the fields ${JSON.stringify(names)}`);
    return;
  }
  let reported = 0;
  const cellProblem = (text: string) => {
    if (reported++ < 5) say(`${at}: ${text}`);
  };
  for (const [r, record] of rows.entries()) {
    if (record.length === 1 && record[0] === '') continue;
    if (record.length !== fields.length) {
      cellProblem(`row ${r + 1} has ${record.length} cells for ${fields.length} fields`);
      continue;
    }
    fields.forEach((field, c) => {
      const cell = record[c]!;
      if (missing.has(cell)) {
        if (field.constraints.required === true)
          cellProblem(`row ${r + 1}, ${field.name}: required but empty`);
        return;
      }
      const pattern = CELL[field.type];
      if (pattern && !pattern.test(cell)) {
        cellProblem(`row ${r + 1}, ${field.name}: "${cell}" is not a ${field.type}`);
        return;
      }
      const list = field.constraints.enum;
      if (Array.isArray(list) && !list.includes(cell))
        cellProblem(`row ${r + 1}, ${field.name}: "${cell}" is not in its enum`);
      const value = Number(cell);
      const { minimum, maximum } = field.constraints;
      if (typeof minimum === 'number' && value < minimum)
        cellProblem(`row ${r + 1}, ${field.name}: below its minimum`);
      if (typeof maximum === 'number' && value > maximum)
        cellProblem(`row ${r + 1}, ${field.name}: above its maximum`);
    });
  }
}
