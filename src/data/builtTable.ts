import { fromArrow, type ColumnTable } from 'arquero';
import { checksum } from '../lib/checksum.ts';
import type { PrebuiltDataset } from './catalog.ts';
import { DatasetError } from './datasetError.ts';
import { quoteValue } from './dataText.ts';

/** What the catalogue records of a built table, to check the copy that arrives against. */
export type BuiltTableFacts = Pick<PrebuiltDataset, 'rows' | 'columns' | 'checksum'>;

/** A column's storage type as the Arrow file has it: the same words at build and on the page. */
function storedType(table: ColumnTable, name: string): string {
  const column = table.column(name) as unknown as { type?: { typeId?: number } } | undefined;
  // Arquero hands dictionary-encoded text back wrapped, without an Arrow type of its own.
  return column?.type?.typeId !== undefined ? `arrow-${column.type.typeId}` : 'dictionary';
}

/** Columns and their storage types, as the build records them in the catalogue. */
export function tableColumns(table: ColumnTable): { name: string; type: string }[] {
  return table.columnNames().map((name) => ({ name, type: storedType(table, name) }));
}

/**
 * Decodes the Arrow bytes of a built table and checks them against the catalogue: the checksum
 * recorded at build, then (to say what differs) the columns, their types and the row count. A
 * damaged, truncated or swapped file is a DatasetError naming this file, never a table drawn.
 */
export function decodeBuiltTable(
  file: string,
  bytes: Uint8Array,
  facts: BuiltTableFacts,
): ColumnTable {
  const sum = facts.checksum === undefined ? undefined : checksum(bytes);
  let table: ColumnTable;
  try {
    table = fromArrow(bytes);
  } catch {
    throw new DatasetError(
      file,
      'is not the table the catalogue lists: it cannot be read as an Arrow table (a damaged or truncated copy)',
    );
  }
  const expected = facts.columns;
  if (expected) {
    const found = tableColumns(table);
    const differs = expected.find(
      (column, i) => found[i]?.name !== column.name || found[i]?.type !== column.type,
    );
    if (found.length === 0) {
      throw new DatasetError(file, 'is not the table the catalogue lists: it holds no columns');
    }
    if (differs || found.length !== expected.length) {
      throw new DatasetError(
        file,
        `is not the table the catalogue lists: columns ${quoteValue(found.map((c) => c.name).join(', '))}, expected ${quoteValue(expected.map((c) => c.name).join(', '))}${differs && found.some((c) => c.name === differs.name) ? ` (column "${differs.name}" stored differently)` : ''}`,
      );
    }
  }
  if (table.numRows() !== facts.rows) {
    throw new DatasetError(
      file,
      `is not the table the catalogue lists: ${table.numRows().toLocaleString('en')} rows, expected ${facts.rows.toLocaleString('en')}`,
    );
  }
  if (sum !== undefined && sum !== facts.checksum) {
    throw new DatasetError(
      file,
      `is not the table the catalogue lists: checksum ${sum}, expected ${facts.checksum} (a damaged copy, or one from another build)`,
    );
  }
  return table;
}
