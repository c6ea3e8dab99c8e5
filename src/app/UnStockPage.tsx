import { useId, useMemo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { DatasetMeta } from '../data/metadataSchema';
import { useDatasetTable } from '../data/queries';
import { countryName } from '../i18n/countryName';
import { formatDerived, formatNumber } from '../i18n/format';
import { t } from '../i18n/i18n';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Loading } from '../ui/Loading';
import { colorAt } from '../ui/palette';
import { SelectField } from '../ui/SelectField';
import { SourceLine } from './SourceLine';
import { unCountries, unCountryView, REMAINDER, type UnCountryView } from '../view/unStockView';
import { CENTRAL_ASIA, UN_YEARS, type UnViewState } from '../view/viewState';
import { useViewStore } from '../view/viewStore';
import { ScrollRegion } from '../ui/ScrollRegion';

export const UN_DATASET_ID = 'un-migrant-stock-2019';

/** "Where do people born in X live?" and "Who lives in Y?" over the UN bilateral stock table. */
export function UnStockPage({ datasets }: { datasets: DatasetMeta[] }) {
  const meta = datasets.find((d) => d.id === UN_DATASET_ID);
  if (!meta) return <Loading label={t('loading.dataset', { title: UN_DATASET_ID })} />;
  return <UnStockView meta={meta} />;
}

function UnStockView({ meta }: { meta: DatasetMeta }) {
  const id = useId();
  const query = useDatasetTable(meta);
  const un = useViewStore((s) => s.view.un);
  const update = useViewStore((s) => s.update);
  const setUn = (change: Partial<typeof un>) => update({ un: { ...un, ...change } });

  const result = useMemo(() => {
    if (!query.data) return undefined;
    // Side-by-side panels: the country, then a second country or the same country in another year.
    const panels: { country: string; year: number }[] = [{ country: un.country, year: un.year }];
    if (un.vs && un.vs !== un.country) panels.push({ country: un.vs, year: un.year });
    if (un.vsYear !== undefined && un.vsYear !== un.year) {
      panels.push({ country: un.country, year: un.vsYear });
    }
    return {
      panels: panels.map((p) => unCountryView(query.data, { ...un, year: p.year }, p.country)),
      countries: unCountries(query.data, un.direction),
    };
  }, [query.data, un]);

  const names = new Map(result?.panels.flatMap((p) => [...p.names]) ?? []);
  const nameOf = (code: string) =>
    code === REMAINDER
      ? `${t('un.remainder')} (${t('chart.derived')})`
      : (countryName(code) ?? names.get(code) ?? code);
  const countryOptions = [...new Set([...CENTRAL_ASIA, ...(result?.countries ?? [])])];
  const countryOptionElements = countryOptions.map((code) => (
    <option key={code} value={code}>
      {nameOf(code)}
    </option>
  ));
  // Side by side on one scale: the same largest value bounds both charts.
  const measureKey = un.measure === 'share' ? 'share' : 'stock';
  const scaleMax = Math.max(
    0,
    ...(result?.panels.flatMap((p) =>
      p.top.map((r) => (measureKey === 'share' ? (r.share ?? 0) : r.stock)),
    ) ?? []),
  );

  return (
    <article
      className="dataset-card explore"
      aria-labelledby={`${id}-title`}
      data-dataset={meta.id}
    >
      <h2 id={`${id}-title`}>{un.direction === 'origin' ? t('un.title') : t('un.whoLives')}</h2>
      <p className="subtitle">{meta.title}</p>
      <p className="meta-line">{t('un.stockConcept')}</p>
      <div className="explore-controls">
        <SelectField
          label={t('un.direction')}
          value={un.direction}
          onChange={(value) => setUn({ direction: value as typeof un.direction })}
        >
          <option value="origin">{t('un.directionOrigin')}</option>
          <option value="destination">{t('un.directionDestination')}</option>
        </SelectField>
        <SelectField
          label={t('un.country')}
          value={un.country}
          onChange={(value) => setUn({ country: value })}
        >
          {countryOptionElements}
        </SelectField>
        <SelectField
          label={t('un.compareWith')}
          value={un.vs ?? ''}
          onChange={(value) => setUn({ vs: value || undefined })}
        >
          <option value="">{t('un.compareNone')}</option>
          {countryOptionElements}
        </SelectField>
        <SelectField
          label={t('un.year')}
          value={un.year}
          onChange={(value) => setUn({ year: Number(value) })}
        >
          {UN_YEARS.map((y) => (
            <option key={y}>{y}</option>
          ))}
        </SelectField>
        <SelectField
          label={t('un.compareYear')}
          value={un.vsYear ?? ''}
          onChange={(value) => setUn({ vsYear: value ? Number(value) : undefined })}
        >
          <option value="">{t('un.compareNone')}</option>
          {UN_YEARS.map((y) => (
            <option key={y}>{y}</option>
          ))}
        </SelectField>
        <SelectField
          label={t('un.topN')}
          value={un.top}
          onChange={(value) => setUn({ top: Number(value) })}
        >
          {[5, 10, 15, 20].map((n) => (
            <option key={n}>{n}</option>
          ))}
        </SelectField>
        <SelectField
          label={t('un.measure')}
          value={un.measure}
          onChange={(value) => setUn({ measure: value as typeof un.measure })}
        >
          <option value="absolute">{t('un.absolute')}</option>
          <option value="share">
            {t('un.share')} ({t('chart.derived')})
          </option>
        </SelectField>
      </div>
      {query.isPending ? <Loading label={t('loading.dataset', { title: meta.title })} /> : null}
      {query.isError ? (
        <ErrorNotice title={t('error.dataset')} message={query.error.message} />
      ) : null}
      {result ? (
        <div className={result.panels.length > 1 ? 'side-by-side' : undefined}>
          {result.panels.map((panel) => (
            <UnCountryPanel
              key={`${panel.country}-${panel.year}`}
              panel={panel}
              un={un}
              nameOf={nameOf}
              scaleMax={scaleMax}
              title={meta.title}
            />
          ))}
        </div>
      ) : null}
      <p className="derived-note">
        {t('un.shareDerived')} {t('un.remainderDerived')}
      </p>
      <SourceLine meta={meta} sources={meta.sources} />
      <details className="caveats" open>
        <summary>{t('chart.caveats')}</summary>
        <ul>
          {meta.caveats.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </details>
    </article>
  );
}

interface UnCountryPanelProps {
  panel: UnCountryView;
  un: UnViewState;
  nameOf: (code: string) => string;
  /** The common scale's upper bound, when two countries are compared. */
  scaleMax: number;
  title: string;
}

function UnCountryPanel({ panel, un, nameOf, scaleMax, title }: UnCountryPanelProps) {
  const measureKey = un.measure === 'share' ? 'share' : 'stock';
  const rows = panel.top.map((r) => ({ ...r, label: nameOf(r.partner) }));
  return (
    <section className="un-panel" aria-label={`${nameOf(panel.country)}, ${panel.year}`}>
      <h3>
        {nameOf(panel.country)}, {panel.year}
      </h3>
      <p>
        {t(un.direction === 'origin' ? 'un.totalAbroad' : 'un.totalIn', {
          country: nameOf(panel.country),
          year: panel.year,
          value: panel.yearTotal !== undefined ? formatNumber(panel.yearTotal) : '–',
        })}{' '}
        ({t('chart.derived')})
      </p>
      <figure className="chart">
        <ResponsiveContainer
          width="100%"
          height={36 * rows.length + 60}
          initialDimension={{ width: 640, height: 400 }}
        >
          <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 24 }}>
            <CartesianGrid strokeDasharray="3 3" vertical />
            <XAxis
              type="number"
              domain={[0, scaleMax || 'auto']}
              tickFormatter={(v: number) => formatNumber(v)}
            />
            <YAxis type="category" dataKey="label" width={180} interval={0} />
            <Tooltip
              formatter={(v) =>
                un.measure === 'share'
                  ? `${formatDerived(Number(v))} % (${t('chart.derived')})`
                  : formatNumber(Number(v))
              }
            />
            <Bar
              dataKey={measureKey}
              name={un.measure === 'share' ? t('un.share') : t('un.absolute')}
              fill={colorAt(0)}
            />
          </BarChart>
        </ResponsiveContainer>
      </figure>
      <ScrollRegion label={`${title}: ${nameOf(panel.country)}, ${panel.year}`}>
        <table className="data-table">
          <caption>
            {title}: {nameOf(panel.country)}, {panel.year}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('un.country')}</th>
              <th scope="col">{t('un.absolute')}</th>
              <th scope="col">
                {t('un.share')} ({t('chart.derived')})
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.partner}>
                <td>{r.label}</td>
                <td className="num">
                  {formatNumber(r.stock)}
                  {r.derived ? ` (${t('chart.derived')})` : ''}
                </td>
                <td className="num">{r.share === null ? '–' : formatDerived(r.share)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <h4>{t('un.overTime')}</h4>
      <figure className="chart">
        <ResponsiveContainer
          width="100%"
          height={320}
          initialDimension={{ width: 640, height: 320 }}
        >
          <LineChart data={panel.overTime} margin={{ left: 8, right: 24 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              dataKey="year"
              type="number"
              domain={['dataMin', 'dataMax']}
              ticks={[...UN_YEARS]}
            />
            <YAxis width={80} tickFormatter={(v: number) => formatNumber(v)} />
            <Tooltip formatter={(v) => formatNumber(Number(v))} />
            <Legend />
            {panel.lineKeys.map((key, i) => (
              <Line
                key={key}
                dataKey={key}
                name={nameOf(key)}
                stroke={colorAt(i)}
                strokeWidth={2}
                connectNulls={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </figure>
    </section>
  );
}
