import { useMemo } from 'react';
import { readObservations } from '../view/observations';
import { formatFigure } from '../charts/formatFigure';
import { shortCitation, sourceAnchor, sourceById } from '../data/citations';
import { columnByName, valueLabel } from '../data/labels';
import type { DatasetMeta } from '../data/metadataSchema';
import { useDatasetTable } from '../data/queries';
import { filterByValues } from '../transforms/filterByValues';
import { countryName } from '../i18n/countryName';
import { t } from '../i18n/i18n';
import { compareEntries, type CompareEntry } from './compareMeasures';
import { ScrollRegion } from '../ui/ScrollRegion';

/** Seed figures, ministry series and UN stocks for one country, each with what it counts. */
export function ComparePage({ datasets }: { datasets: DatasetMeta[] }) {
  return (
    <article className="dataset-card explore">
      <h2>{t('compare.title')}</h2>
      <p>{t('compare.intro')}</p>
      {(['UZB', 'TJK'] as const).map((country) => (
        <ScrollRegion key={country} label={countryName(country) ?? country}>
          <table className="data-table">
            <caption>{countryName(country)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('compare.measure')}</th>
                <th scope="col">{t('compare.concept')}</th>
                <th scope="col">{t('table.period')}</th>
                <th scope="col">{t('table.value')}</th>
                <th scope="col">{t('table.unit')}</th>
                <th scope="col">{t('table.source')}</th>
              </tr>
            </thead>
            <tbody>
              {compareEntries
                .filter((e) => e.country === country)
                .map((entry, i) => {
                  const meta = datasets.find((d) => d.id === entry.dataset);
                  return meta ? <CompareRows key={i} entry={entry} meta={meta} /> : null;
                })}
            </tbody>
          </table>
        </ScrollRegion>
      ))}
    </article>
  );
}

function CompareRows({ entry, meta }: { entry: CompareEntry; meta: DatasetMeta }) {
  const query = useDatasetTable(meta);
  const observations = useMemo(() => {
    if (!query.data) return [];
    const where = Object.fromEntries(Object.entries(entry.where).map(([k, v]) => [k, [v]]));
    const rows = filterByValues(query.data, where);
    return readObservations(rows, meta).filter((o) => o.value !== null);
  }, [query.data, entry, meta]);
  return (
    <>
      {observations.map((o, i) => {
        const source = o.sourceId ? sourceById(meta, o.sourceId) : undefined;
        const detail = Object.entries(o.dims)
          .filter(([column]) => column !== 'origin_iso3')
          .map(([column, value]) => valueLabel(columnByName(meta, column), value))
          .join(', ');
        return (
          <tr key={i}>
            <td>
              {meta.title}
              {detail ? ` — ${detail}` : ''}
            </td>
            <td>{t(`concept.${entry.concept}`)}</td>
            <td>{periodWithYear(o.period, o.time)}</td>
            <td className="num">{formatFigure(o.value, o.qualifier)}</td>
            <td>{o.unit}</td>
            <td>
              {source ? (
                <a href={`#${sourceAnchor(meta.id, source.id)}`}>{shortCitation(source)}</a>
              ) : (
                ''
              )}
            </td>
          </tr>
        );
      })}
    </>
  );
}

/** "end of year" says nothing without its year: "2023, end of year". */
function periodWithYear(period: string | undefined, year: number | undefined): string {
  if (!period) return year === undefined ? '' : String(year);
  return /\d{4}/.test(period) || year === undefined ? period : `${year}, ${period}`;
}
