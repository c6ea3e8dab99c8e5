import { listValues, quoteValue } from './dataText.ts';

/**
 * Schema problems in words: what is wrong and where, with the value found (cut short when long).
 * Zod's own messages ("Invalid input") say neither.
 */

/** The parts of a zod issue we word; zod 4's issue types are a union too wide to import whole. */
export interface SchemaIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  expected?: string;
  values?: readonly unknown[];
  keys?: readonly string[];
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  format?: string;
  /** For a union (text or text per language): each alternative's own issues. */
  errors?: readonly (readonly SchemaIssue[])[];
}

/** `sources[0].rank`, `display.type`. */
export function pathText(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : `${i > 0 ? '.' : ''}${String(part)}`,
    )
    .join('');
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object ({…})',
  array: 'a list ([…])',
  record: 'an object ({…})',
};

/** What a JSON value is, in words: "the text "2"", "a number (1.5)", "a list". */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return `the text ${quoteValue(value)}`;
  if (typeof value === 'number') return `the number ${quoteValue(value)}`;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  return 'an object';
}

/** "sources[0].rank: " before a problem, nothing at the top level. */
function at(path: readonly PropertyKey[]): string {
  return path.length > 0 ? `${pathText(path)}: ` : '';
}

/** One issue as "where: what is wrong", read against the JSON it was found in. */
export function describeIssue(issue: SchemaIssue, input: unknown): string {
  const value = valueAt(input, issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) {
        const parent = issue.path.slice(0, -1);
        const field = String(issue.path[issue.path.length - 1]);
        return `${at(parent)}required field "${field}" is missing`;
      }
      const expected = TYPE_NAMES[issue.expected ?? ''] ?? issue.expected ?? 'another type';
      return `${at(issue.path)}expected ${expected}, found ${describeValue(value)}`;
    }
    case 'invalid_union': {
      // The schema's one union is dataset text: a string, or {"en": …, "ru": …, "uz": …}.
      if (value === undefined) {
        const parent = issue.path.slice(0, -1);
        return `${at(parent)}required field "${String(issue.path[issue.path.length - 1])}" is missing`;
      }
      // The alternative of the value's own type says what is wrong inside it.
      const matching = (issue.errors ?? []).find(
        (issues) => !issues.some((i) => i.code === 'invalid_type' && i.path.length === 0),
      );
      const inner = matching?.[0];
      if (inner) return describeIssue({ ...inner, path: [...issue.path, ...inner.path] }, input);
      return `${at(issue.path)}expected text or text per language ({"en": …, "ru": …, "uz": …}), found ${describeValue(value)}`;
    }
    case 'invalid_value': {
      const allowed = (issue.values ?? []).map((v) => String(v));
      return `${at(issue.path)}${quoteValue(value)} is not allowed; expected ${
        allowed.length === 1 ? quoteValue(allowed[0]) : `one of ${listValues(allowed, 10)}`
      }`;
    }
    case 'unrecognized_keys': {
      const keys = (issue.keys ?? []).map((k) => quoteValue(k));
      return `${at(issue.path)}unknown ${keys.length === 1 ? 'key' : 'keys'} ${keys.join(', ')} (a typing mistake, or a field this version does not have)`;
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return `${at(issue.path)}must not be empty`;
      if (issue.origin === 'array') return `${at(issue.path)}must list at least ${min} item${min > 1 ? 's' : ''}`;
      return `${at(issue.path)}must be at least ${min}, found ${quoteValue(value)}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `${at(issue.path)}longer than ${max} characters`;
      if (issue.origin === 'array') return `${at(issue.path)}must list at most ${max} items`;
      return `${at(issue.path)}must be at most ${max}, found ${quoteValue(value)}`;
    }
    case 'invalid_format':
    case 'custom': {
      // Our checks carry their own wording ("expected a kebab-case id"); zod's default does not.
      const why = issue.message === 'Invalid input' ? `invalid ${issue.format ?? 'value'}` : issue.message;
      return `${at(issue.path)}${why}, found ${quoteValue(value)}`;
    }
    default:
      return `${at(issue.path)}${issue.message}, found ${quoteValue(value)}`;
  }
}

/** At most this many problems are listed; the count says how many more there are. */
const MAX_LISTED = 3;

export function describeIssues(issues: readonly SchemaIssue[], input: unknown): string {
  const listed = issues.slice(0, MAX_LISTED).map((issue) => describeIssue(issue, input));
  const more = issues.length - listed.length;
  return listed.join('; ') + (more > 0 ? `; and ${more} more problem${more > 1 ? 's' : ''}` : '');
}
