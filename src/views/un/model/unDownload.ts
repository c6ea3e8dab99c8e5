import { table, type ColumnTable } from 'arquero';
import { shortCitation } from '../../../data/citations.ts';
import type { DatasetMeta } from '../../../data/metadataSchema.ts';
import { t } from '../../../i18n/i18n.ts';
import type { UnModel } from './unModel.ts';
import type { UnViewState } from '../../../state/viewState.ts';

/**
 * The CSV of the UN view, exactly what is drawn: the model's marks (every panel's bars, every
 * map's figures, or every band of the flows), one row each. Columns follow the UN table (origin,
 * destination, year, stock), then the derived share with what it is a share of, what was summed
 * for a derived row, then the source.
 */
export function unViewDownloadTable(
  model: Pick<UnModel, 'marks' | 'nameOf'>,
  meta: DatasetMeta,
  totalsMeta: DatasetMeta | undefined,
): ColumnTable {
  const { marks, nameOf } = model;
  const unit = meta.columns.find((c) => c.role === 'measure')?.unit;
  const bilateral = meta.sources.map(shortCitation).join('; ');
  const published = totalsMeta?.sources.map(shortCitation).join('; ');
  const name = (code: string | null) => (code === null ? t('un.remainder') : nameOf(code));
  return table({
    year: marks.map((m) => m.year),
    origin_iso3: marks.map((m) => m.origin),
    origin: marks.map((m) => name(m.origin)),
    destination_iso3: marks.map((m) => m.destination),
    destination: marks.map((m) => name(m.destination)),
    sex: marks.map((m) => m.sex),
    stock: marks.map((m) => m.stock),
    share_pct: marks.map((m) => m.share),
    share_of: marks.map((m) => m.shareOf),
    // Said on the rows with a derived figure only: a sum of rows, a share (none without a total).
    derived_note: marks.map(
      (m) =>
        [
          ...(m.derived
            ? [
                t('export.unRemainderNote'),
                t('export.unRemainderOf', { count: m.from.length, codes: m.from.join(' ') }),
              ]
            : []),
          ...(m.share !== null ? [t('export.unShareNote')] : []),
        ].join(' ') || null,
    ),
    data_type: marks.map((m) => m.type?.dataType ?? null),
    un_note: marks.map((m) => m.type?.note ?? null),
    source: marks.map((m) =>
      m.publishedBase && published ? `${bilateral}; ${published}` : bilateral,
    ),
  }).rename({ stock: unit ? `stock (${unit})` : 'stock' });
}

/** Words for the file name: the question, the country and those beside it, the year. */
export function unFileParts(un: UnViewState): string[] {
  return [
    un.direction === 'origin' ? 'born-in' : 'living-in',
    [un.country, ...un.vs].join('-').toLowerCase(),
    String(un.year),
    ...(un.vsYear !== undefined ? [String(un.vsYear)] : []),
    ...(un.sex !== 'both' ? [un.sex] : []),
    un.show,
  ];
}
