import type { DatasetMeta } from '../../../data/metadataSchema.ts';
import type { Observation } from '../../../model/observations.ts';

/**
 * Orders observations of the same figure (same series, time and period) by the documented rule:
 * the source the user picked, if any; then figures the data does not flag as doubtful; then the
 * source of highest authority (lowest rank); then the statistical series already drawing the line
 * (`continueSeries`: a line does not switch series while its series goes on); then the more exact
 * figure (no qualifier, more significant digits); then the latest publication.
 * The first is the main value; the others are shown beside it, never averaged.
 */
export function rankObservations(
  observations: readonly Observation[],
  meta: DatasetMeta,
  preferredSource?: string,
  continueSeries?: string,
): Observation[] {
  const source = (o: Observation) => meta.sources.find((s) => s.id === o.sourceId);
  const key = (o: Observation): (number | string)[] => [
    preferredSource !== undefined && o.sourceId === preferredSource ? 0 : 1,
    o.flag ? 1 : 0,
    source(o)?.rank ?? 9,
    continueSeries !== undefined && sourceSeriesOf(meta, o) === continueSeries ? 0 : 1,
    o.qualifier ? 1 : 0,
    -significantDigits(o.value),
    // Later publications first: invert the date's sort order.
    invert(source(o)?.published ?? ''),
  ];
  return [...observations].sort((a, b) => compareKeys(key(a), key(b)));
}

/** The statistical series an observation's source reports (its own id when none is declared). */
export function sourceSeriesOf(meta: DatasetMeta, o: Observation): string {
  const source = meta.sources.find((s) => s.id === o.sourceId);
  return source?.series ?? o.sourceId ?? '';
}

function significantDigits(value: number | null): number {
  if (value === null) return 0;
  const digits = String(Math.abs(value)).replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return digits.length;
}

function invert(date: string): string {
  return date.replace(/\d/g, (d) => String(9 - Number(d)));
}

function compareKeys(a: (number | string)[], b: (number | string)[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return 0;
}
