import { columnByName, valueLabel } from '../../../data/labels.ts';
import type { DatasetMeta } from '../../../data/metadataSchema.ts';
import type { Observation } from '../../../model/observations.ts';

/**
 * The dimensions that tell series apart: those whose value varies among the observations shown.
 * A dimension held at one value by the filters names no series.
 */
export function varyingDimensions(observations: readonly Observation[], exclude: string[] = []) {
  const first = observations[0];
  if (!first) return [];
  return Object.keys(first.dims).filter(
    (d) => !exclude.includes(d) && observations.some((o) => o.dims[d] !== first.dims[d]),
  );
}

/**
 * The dimensions worth naming in a series label: a dimension whose value is already implied by
 * another one's (the country of a definition that names its country) is left out.
 */
export function labelDimensions(observations: readonly Observation[], dims: readonly string[]) {
  const determines = (a: string, b: string) => {
    const seen = new Map<string, string>();
    return observations.every((o) => {
      const known = seen.get(o.dims[a]!);
      seen.set(o.dims[a]!, o.dims[b]!);
      return known === undefined || known === o.dims[b];
    });
  };
  return dims.filter(
    (d) => !dims.some((other) => other !== d && determines(other, d) && !determines(d, other)),
  );
}

export function seriesKeyOf(o: Observation, dims: readonly string[]): string {
  return dims.map((d) => o.dims[d]).join('|') || 'all';
}

/**
 * A series is named by what it counts: the values that tell it apart; with none, the concept
 * chosen (a single-choice dimension such as the indicator), then the measure's name. Never by
 * its unit ("Persons"): a unit says how a thing is counted, not what.
 */
export function seriesLabelOf(o: Observation, dims: readonly string[], meta: DatasetMeta): string {
  if (dims.length === 0) {
    const chosen = meta.columns
      .filter((c) => c.role === 'dimension' && !c.time && c.filter === 'single' && o.dims[c.name])
      .map((c) => valueLabel(c, o.dims[c.name]));
    if (chosen.length > 0) return chosen.join(' · ');
    return meta.columns.find((c) => c.role === 'measure')?.label ?? meta.title;
  }
  return namedOnce(dims.map((d) => valueLabel(columnByName(meta, d), o.dims[d]))).join(' · ');
}

/**
 * Labels, each said once: one another already names ("Uzbekistan" in "Uzbekistan: ministry
 * rate") is left out.
 */
export function namedOnce(labels: readonly string[]): string[] {
  return labels.filter(
    (label, i) =>
      labels.indexOf(label) === i && !labels.some((l) => l !== label && l.includes(label)),
  );
}
