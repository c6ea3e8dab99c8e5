import { columnByName, valueLabel } from '../data/labels';
import type { DatasetMeta } from '../data/metadataSchema';
import type { Observation } from './observations';

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

export function seriesKeyOf(o: Observation, dims: readonly string[]): string {
  return dims.map((d) => o.dims[d]).join('|') || 'all';
}

export function seriesLabelOf(o: Observation, dims: readonly string[], meta: DatasetMeta): string {
  if (dims.length === 0) return meta.columns.find((c) => c.role === 'measure')!.label;
  return dims.map((d) => valueLabel(columnByName(meta, d), o.dims[d])).join(' · ');
}
