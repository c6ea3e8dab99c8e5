import fc from 'fast-check';
import type { FilterControl } from '../../src/views/dataset/model/datasetFilters';

/**
 * The filter choices a reader can make, per column: one option of a single-choice filter, any
 * non-empty subset of a multi-choice one. Wrap in `fc.record` (with its own key options).
 */
export function readerFilters(
  controls: readonly FilterControl[],
): Record<string, fc.Arbitrary<string[]>> {
  return Object.fromEntries(
    controls.map((c) => [
      c.column.name,
      c.mode === 'single'
        ? fc.constantFrom(...c.options).map((v) => [v])
        : fc.subarray(c.options, { minLength: 1 }),
    ]),
  );
}
