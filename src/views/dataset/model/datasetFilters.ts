import type { ColumnMeta, DatasetMeta } from '../../../data/metadataSchema.ts';
import type { ValueFilters } from '../../../transforms/filterByValues.ts';

/** A control the filter panel shows: generated from the metadata, never written per dataset. */
export interface FilterControl {
  column: ColumnMeta;
  mode: 'single' | 'multi';
  options: string[];
}

/**
 * Whether a dataset can show shares at all: it declares a total somewhere. (The share itself is
 * made where the rows are selected: shareView.ts.)
 */
export function hasStatedTotal(meta: DatasetMeta): boolean {
  return meta.columns.some((c) => c.role === 'dimension' && c.total !== undefined);
}

/** The selection when the view opens: the metadata's defaults, or everything. */
export function defaultSelection(control: FilterControl): string[] {
  const declared = control.column.default?.filter((v) => control.options.includes(v));
  if (declared?.length) return declared;
  return control.mode === 'single' ? control.options.slice(0, 1) : control.options;
}

export interface EffectiveFilters {
  filters: ValueFilters;
  /** Values from the URL that this dataset does not have, as `column=value`. */
  ignored: string[];
}

/** The view's selection checked against the dataset: unknown columns and values are dropped. */
export function effectiveFilters(
  controls: FilterControl[],
  requested: Readonly<Record<string, readonly string[]>>,
): EffectiveFilters {
  const filters: Record<string, string[]> = {};
  const ignored: string[] = [];
  for (const [name, values] of Object.entries(requested)) {
    const control = controls.find((c) => c.column.name === name);
    if (!control) {
      ignored.push(`${name}=${values.join('~')}`);
      continue;
    }
    const known = values.filter((v) => control.options.includes(v));
    for (const v of values.filter((v) => !control.options.includes(v)))
      ignored.push(`${name}=${v}`);
    filters[name] = control.mode === 'single' ? known.slice(0, 1) : known;
    if (control.mode === 'single' && filters[name]!.length === 0) {
      filters[name] = defaultSelection(control);
    }
  }
  for (const control of controls) {
    filters[control.column.name] ??= defaultSelection(control);
  }
  return { filters, ignored };
}

/** The filters that leave something out: "female", not "total, male, female" (for file names). */
export function narrowingFilters(
  controls: FilterControl[],
  filters: Readonly<Record<string, readonly string[]>>,
): Record<string, readonly string[]> {
  return Object.fromEntries(
    Object.entries(filters).filter(([column, values]) => {
      const control = controls.find((c) => c.column.name === column);
      return control !== undefined && values.length < control.options.length;
    }),
  );
}

/**
 * The filters worth keeping in the view state (and so in the URL): those that differ from the
 * dataset's defaults. Choosing the default again removes the parameter.
 */
export function filtersBeyondDefaults(
  controls: FilterControl[],
  filters: Readonly<Record<string, readonly string[]>>,
): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(filters)
      .filter(([column, values]) => {
        const control = controls.find((c) => c.column.name === column);
        if (!control) return true;
        const defaults = defaultSelection(control);
        return !(values.length === defaults.length && defaults.every((v) => values.includes(v)));
      })
      .map(([column, values]) => [column, [...values]]),
  );
}
