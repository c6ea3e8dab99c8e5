/** Limits that keep a name usable on Windows, macOS, Linux and in e-mail attachments. */
const MAX_PART = 40;
const MAX_NAME = 150;

/** Device names Windows refuses as a file name, whatever the extension. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/**
 * `tajik-migrants-by-sex_2023_female_2026-11-22.csv`: the dataset, the slice and the day, so a
 * folder of downloads sorts and explains itself. Only [a-z0-9-] and `_` between segments, so the
 * name is safe on every system and in any URL.
 */
export function downloadFileName(
  datasetId: string,
  parts: readonly string[],
  date: Date,
  extension: 'csv' | 'xlsx' | 'zip' | 'png' | 'svg' | 'bib' | 'ris',
): string {
  const suffix = `_${date.toISOString().slice(0, 10)}.${extension}`;
  let id = safeSegment(datasetId, MAX_NAME - suffix.length) || 'dataset';
  // The date after the id already keeps the name from being a device name; this keeps it so if
  // the layout ever changes.
  if (WINDOWS_RESERVED.test(id)) id = `dataset-${id}`;
  const kept = parts.map((part) => safeSegment(part, MAX_PART)).filter((part) => part !== '');
  // Drop the most specific parts first when the name would be too long.
  while (kept.length > 0 && [id, ...kept].join('_').length + suffix.length > MAX_NAME) kept.pop();
  return [id, ...kept].join('_') + suffix;
}

/**
 * The parts that describe a slice: the time range (`2010-2023`, or `2023`), then each filter that
 * selects one to three values, joined with `+`. A wider filter would make the name unreadable and
 * is listed in the download's metadata instead.
 */
export function filterParts(
  filters: Readonly<Record<string, readonly string[]>>,
  time?: readonly [number, number],
): string[] {
  const parts: string[] = [];
  if (time) parts.push(time[0] === time[1] ? String(time[0]) : `${time[0]}-${time[1]}`);
  for (const values of Object.values(filters)) {
    if (values.length >= 1 && values.length <= 3) parts.push(values.join('+'));
  }
  return parts;
}

/** Lower-case ASCII letters, digits and single hyphens; accents are dropped, not the letters. */
function safeSegment(text: string, max: number): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, max)
    .replace(/-$/, '');
}
