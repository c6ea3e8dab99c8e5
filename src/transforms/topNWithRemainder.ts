import { desc, escape, op, table as makeTable, type ColumnTable } from 'arquero';

/**
 * The `n` rows with the largest measure, followed by one row that sums all the others under
 * `remainderKey`. The remainder row is marked `derived: true`; the rest `derived: false`.
 * Rows with an empty measure are counted in neither.
 */
export function topNWithRemainder(
  table: ColumnTable,
  key: string,
  measure: string,
  n: number,
  remainderKey: string,
): ColumnTable {
  const sorted = table
    .filter(escape((row: Record<string, unknown>) => typeof row[measure] === 'number'))
    .orderby(desc(measure));
  const top = sorted
    .slice(0, n)
    .select(key, measure)
    .derive({ derived: () => false });
  const rest = sorted.slice(n);
  if (rest.numRows() === 0) return top;
  const remainder = rest.rollup({ [measure]: op.sum(measure) }).array(measure)[0] as number;
  return top.concat(makeTable({ [key]: [remainderKey], [measure]: [remainder], derived: [true] }));
}
