import { table, type ColumnTable } from 'arquero';
import { shortCitation } from '../data/citations';
import type { DatasetMeta } from '../data/metadataSchema';
import { formatNumber } from '../i18n/format';
import { t } from '../i18n/i18n';
import { REMAINDER, type UnCountryView, type UnPageView } from './unStockView';
import type { UnViewState } from './viewState';

/**
 * The CSV of the UN view, exactly what is drawn: the bars' (and the flows') rows of every panel,
 * or, on the maps, every country with a figure on each map (one map per panel). Columns follow the UN table (origin, destination,
 * year, stock), then the derived share with what it is a share of, then the source.
 */
export function unViewDownloadTable(
  view: UnPageView,
  un: UnViewState,
  meta: DatasetMeta,
  totalsMeta: DatasetMeta | undefined,
  nameOf: (code: string) => string,
): ColumnTable {
  const unit = meta.columns.find((c) => c.role === 'measure')?.unit;
  const cols: Record<string, unknown[]> = {
    year: [],
    origin_iso3: [],
    origin: [],
    destination_iso3: [],
    destination: [],
    stock: [],
    share_pct: [],
    share_of: [],
    derived_note: [],
    source: [],
  };
  const bilateral = meta.sources.map(shortCitation).join('; ');
  const published = totalsMeta?.sources.map(shortCitation).join('; ');
  for (const panel of view.panels) {
    const rows =
      un.show === 'map'
        ? panel.partners.map((p) => ({ partner: p.partner, stock: p.stock, share: p.share }))
        : panel.top.map((r) => ({ partner: r.partner, stock: r.stock, share: r.share }));
    for (const row of rows) {
      const remainder = row.partner === REMAINDER;
      const partnerCode = remainder ? null : row.partner;
      const partnerName = remainder ? t('un.remainder') : nameOf(row.partner);
      const [origin, originName, destination, destinationName] =
        un.direction === 'origin'
          ? [panel.country, nameOf(panel.country), partnerCode, partnerName]
          : [partnerCode, partnerName, panel.country, nameOf(panel.country)];
      cols.year!.push(panel.year);
      cols.origin_iso3!.push(origin);
      cols.origin!.push(originName);
      cols.destination_iso3!.push(destination);
      cols.destination!.push(destinationName);
      cols.stock!.push(row.stock);
      cols.share_pct!.push(row.share);
      cols.share_of!.push(shareOf(panel));
      cols.derived_note!.push(
        [remainder ? t('export.unRemainderNote') : '', t('export.unShareNote')]
          .filter(Boolean)
          .join(' '),
      );
      cols.source!.push(
        panel.shareBase === 'published' && published ? `${bilateral}; ${published}` : bilateral,
      );
    }
  }
  return table(cols).rename({ stock: unit ? `stock (${unit})` : 'stock' });
}

function shareOf(panel: UnCountryView): string {
  if (panel.shareBase === 'published' && panel.publishedTotal !== undefined) {
    return t('export.unShareOfPublished', { total: formatNumber(panel.publishedTotal) });
  }
  return t('export.unShareOfSum', {
    total: panel.yearTotal === undefined ? '–' : formatNumber(panel.yearTotal),
  });
}

/** Words for the file name: the question, the country and those beside it, the year. */
export function unFileParts(un: UnViewState): string[] {
  return [
    un.direction === 'origin' ? 'born-in' : 'living-in',
    [un.country, ...un.vs].join('-').toLowerCase(),
    String(un.year),
    ...(un.vsYear !== undefined ? [String(un.vsYear)] : []),
    un.show,
  ];
}
