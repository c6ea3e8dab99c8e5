import { sourceById } from '../../data/citations.ts';
import { columnsWithRole, markedEnglish, valueLabel } from '../../data/labels.ts';
import type { DatasetMeta } from '../../data/metadataSchema.ts';
import { countryName } from '../../i18n/countryName.ts';
import { t } from '../../i18n/i18n.ts';
import { formatFigure } from '../../model/formatFigure.ts';
import { rowTextInEnglish, type Observation } from '../../model/observations.ts';
import { useKeyFigures } from '../../sources/queries.ts';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { Loading } from '../../ui/Loading.tsx';
import type { DatasetEntry } from '../common/useDatasets.ts';
import { citedBy, SourceLine, type CitedSource } from '../common/SourceLine.tsx';
import { keyFigureDatasetIds } from './model/keyFigureDatasets.ts';
import type { KeyFigure, KeyValue } from './model/keyFigures.ts';
import { ViewLink } from './ViewLink.tsx';

const idOf = (file: string) => file.replace(/\.meta\.json$/, '');

/**
 * What the dashboard answers, first: a few figures read from the datasets (the key-figures query),
 * each with its period, its source linked to the full citation, the data's flags, and the view
 * that explains it.
 */
export function KeyFigures({ entries }: { entries: readonly DatasetEntry[] }) {
  const wanted = entries.filter((e) => keyFigureDatasetIds.includes(idOf(e.file)));
  const metas = wanted.flatMap((e) => (e.meta ? [e.meta] : []));
  // Asked once every dataset it reads has its metadata (or failed): a figure never changes
  // under the reader's eyes as another file arrives.
  const ready = wanted.length > 0 && wanted.every((e) => !e.pending);
  const query = useKeyFigures(metas, ready && metas.length > 0);
  if (wanted.length === 0 || (ready && metas.length === 0)) return null;
  if (query.isError)
    return <ErrorNotice title={t('error.dataset')} message={query.error.message} />;
  if (!query.data) return <Loading label={t('keyFigures.loading')} />;
  return (
    <ul className="key-figures">
      {query.data.map((figure) => (
        <FigureCard key={figure.id} figure={figure} metas={metas} />
      ))}
    </ul>
  );
}

function FigureCard({ figure, metas }: { figure: KeyFigure; metas: readonly DatasetMeta[] }) {
  const metaOf = (v: KeyValue) => metas.find((m) => m.id === v.datasetId)!;
  const cited = (v: KeyValue): CitedSource[] =>
    citedBy(
      metaOf(v),
      v.sourceIds.flatMap((id) => sourceById(metaOf(v), id) ?? []),
    );
  // One source line under the figure when every value has the same sources, else one per value.
  const citations = figure.values.map((v) => cited(v));
  const shared = citations.every(
    (c) => JSON.stringify(c.map(keyOf)) === JSON.stringify(citations[0]!.map(keyOf)),
  );
  // A period every value shares ("2020") is said once, under the title.
  const periods = figure.values.map((v) => periodText(v.observation));
  const period = periods.every((p) => p === periods[0]) ? periods[0] : undefined;
  const titleId = `key-figure-${figure.id}`;
  return (
    <li className="key-figure" data-key-figure={figure.id} aria-labelledby={titleId}>
      <h3 id={titleId}>{t(`keyFigures.${figure.id}.title`)}</h3>
      <p className="key-figure-what">{t(`keyFigures.${figure.id}.what`)}</p>
      {period ? <p className="key-period">{period}</p> : null}
      {figure.disagree ? <p className="key-figure-disagree">{t('keyFigures.disagree')}</p> : null}
      <ul className="key-values">
        {figure.values.map((v, i) => (
          <li key={i}>
            <FigureValue value={v} meta={metaOf(v)} withPeriod={period === undefined} />
            {shared ? null : <SourceLine cited={citations[i]!} />}
          </li>
        ))}
      </ul>
      {shared && citations[0]!.length > 0 ? <SourceLine cited={citations[0]!} /> : null}
      <p className="key-figure-link">
        <ViewLink to={figure.link}>{t(`keyFigures.${figure.id}.link`)}</ViewLink>
      </p>
    </li>
  );
}

const keyOf = (c: CitedSource) => `${c.meta.id}|${c.source.id}`;

/**
 * One figure: who it is about, the figure as the source gave it (every digit in its title where
 * the page shows fewer), its unit, its period, and the data's flag with the data's note.
 */
function FigureValue({
  value,
  meta,
  withPeriod,
}: {
  value: KeyValue;
  meta: DatasetMeta;
  withPeriod: boolean;
}) {
  const o = value.observation;
  const shownFigure = formatFigure(o.value, o.qualifier);
  const whole = formatFigure(o.value, o.qualifier, undefined, { whole: true });
  const place =
    value.destination !== undefined && value.country !== undefined
      ? t('keyFigures.route', { origin: name(value.country), destination: name(value.destination) })
      : value.country !== undefined
        ? name(value.country)
        : undefined;
  const flagLabel = o.flag ? valueLabel(columnsWithRole(meta, 'flag')[0], o.flag) : undefined;
  return (
    <>
      {place ? <span className="key-place">{place}</span> : null}
      <span className="key-number-line">
        <data
          className="key-number"
          value={o.value === null ? '' : String(o.value)}
          title={whole === shownFigure ? undefined : whole}
        >
          {shownFigure}
        </data>{' '}
        <span className="key-unit">{o.unit}</span>
      </span>
      {withPeriod ? <span className="key-period">{periodText(o)}</span> : null}
      {flagLabel ? (
        <details className="key-flag">
          <summary>{t('keyFigures.flagged', { flag: flagLabel })}</summary>
          {o.note ? markedEnglish(o.note, rowTextInEnglish(o, 'note')) : null}
        </details>
      ) : null}
    </>
  );
}

const name = (code: string) => countryName(code) ?? code;

/** "2023, calendar year", "end of 2024", "2024": the year and the period as the data word them. */
function periodText(o: Observation): string {
  const period = o.period && markedEnglish(o.period, rowTextInEnglish(o, 'period'));
  if (o.time === undefined) return period ?? '';
  const year = String(o.time);
  if (!period) return year;
  return o.asWritten.period?.includes(year) ? period : `${year}, ${period}`;
}
