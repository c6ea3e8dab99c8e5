import {
  columnByName,
  columnsWithRole,
  localValue,
  valueLabel,
  type ShownValue,
} from '../data/labels.ts';
import type { DatasetMeta } from '../data/metadataSchema.ts';
import { t } from '../i18n/i18n.ts';
import { LocalText } from '../ui/LocalText.tsx';
import { ScrollRegion } from '../ui/ScrollRegion.tsx';

/**
 * Rows × columns of a membership table (agreements × countries): each cell shows the status the
 * source gives, and a marked note where another account disagrees.
 */
export function MatrixView({ rows, meta }: { rows: Record<string, unknown>[]; meta: DatasetMeta }) {
  const x = columnByName(meta, meta.display.x ?? '')!;
  const y = columnByName(meta, meta.display.series ?? '')!;
  const status = meta.columns.find((c) => c.role === 'dimension' && c !== x && c !== y);
  const note = columnsWithRole(meta, 'note')[0];
  const present = (column: typeof x) => {
    const seen = new Set(rows.map((r) => String(r[column.name])));
    return (column.values ?? [...seen]).filter((v) => seen.has(v));
  };
  const columns = present(x);
  const lines = present(y);
  // Each note names its cell, then gives the text in the reader's language (or marked English).
  const notes: { cell: string; text: ShownValue }[] = [];
  return (
    <ScrollRegion label={meta.title}>
      <table className="data-table matrix">
        <caption>{meta.title}</caption>
        <thead>
          <tr>
            <th scope="col">{y.label}</th>
            {columns.map((c) => (
              <th key={c} scope="col">
                {valueLabel(x, c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line}>
              <th scope="row">{valueLabel(y, line)}</th>
              {columns.map((c) => {
                const row = rows.find((r) => String(r[y.name]) === line && String(r[x.name]) === c);
                if (!row) return <td key={c} aria-label={t('table.notListed')} />;
                const text =
                  note && row[note.name] ? localValue(meta, note, row[note.name]) : undefined;
                if (text)
                  notes.push({ cell: `${valueLabel(y, line)} — ${valueLabel(x, c)}`, text });
                return (
                  <td key={c} className={`status-${String(status ? row[status.name] : '')}`}>
                    {status ? valueLabel(status, row[status.name]) : '✓'}
                    {text ? <sup>[{notes.length}]</sup> : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {notes.length > 0 ? (
        <ol className="matrix-notes">
          {notes.map((n) => (
            <li key={n.cell}>
              {n.cell}: <LocalText text={n.text.text} english={n.text.english} />
            </li>
          ))}
        </ol>
      ) : null}
    </ScrollRegion>
  );
}
