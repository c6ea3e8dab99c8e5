/** `value` as a percentage of `total`; empty when either is missing or the total is zero. */
export function percentOf(value: unknown, total: unknown): number | null {
  return typeof value === 'number' && typeof total === 'number' && total !== 0
    ? (value / total) * 100
    : null;
}
