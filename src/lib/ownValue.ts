/**
 * Records keyed by data values (a cell's text, a series key, a code from the URL). A plain
 * object answers `record["constructor"]` or `record["__proto__"]` with a member every object
 * inherits: a function or an object where text was expected (React refuses to draw it). These
 * find only what was put there.
 */

/** The value `record` holds under `key` as its own property, never an inherited member. */
export function ownValue<T>(
  record: Readonly<Record<string, T>> | undefined,
  key: string,
): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * An empty record to be keyed by data values: without a prototype, `__proto__` and
 * `constructor` are keys like any other, both to write and to read.
 */
export function valueRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
