import { useId, useMemo } from 'react';
import { sourcesUsed } from '../data/citations';
import { measureColumn, timeColumn } from '../data/labels';
import type { DatasetMeta } from '../data/metadataSchema';
import { useDatasetTable } from '../data/queries';
import { DatasetChart } from '../charts/DatasetChart';
import { ObservationTable } from '../charts/ObservationTable';
import { readObservations } from '../charts/observations';
import { t } from '../i18n/i18n';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Loading } from '../ui/Loading';
import { SelectField } from '../ui/SelectField';
import { SourceLine } from '../ui/SourceLine';
import { availableChartTypes, chosenChartType } from '../view/chartChoice';
import { effectiveFilters, filterControls, selectSlice } from '../view/datasetFilters';
import { useViewStore } from '../view/viewStore';
import { columnValues, rowObjects } from '../lib/tableValues';
import { FilterPanel } from './FilterPanel';

/** Categories shown on an overview card before the rest are summed into one derived bar. */
const OVERVIEW_CATEGORY_LIMIT = 12;

interface DatasetCardProps {
  meta: DatasetMeta;
  /** `overview`: the dataset's default view; `explore`: filters and chart choice from the view state. */
  mode: 'overview' | 'explore';
  animate?: boolean;
}

/** One dataset as a chart with its title, unit, period, notes, table and source line. */
export function DatasetCard({ meta, mode, animate = true }: DatasetCardProps) {
  const id = useId();
  const query = useDatasetTable(meta);
  const view = useViewStore((s) => s.view);
  const update = useViewStore((s) => s.update);
  const explore = mode === 'explore';

  const slice = useMemo(() => {
    if (!query.data) return undefined;
    const controls = filterControls(meta, query.data);
    const { filters, ignored } = effectiveFilters(controls, explore ? view.filters : {});
    const time = timeColumn(meta);
    const years = time
      ? [...new Set(columnValues<number>(query.data, time.name))].sort((a, b) => a - b)
      : [];
    const table = selectSlice(query.data, meta, filters, explore ? view.time : undefined);
    return {
      controls,
      filters,
      ignored,
      years,
      rows: rowObjects(table),
      observations: readObservations(table, meta),
    };
  }, [query.data, meta, explore, view.filters, view.time]);

  const chartType = chosenChartType(meta, explore ? view.chart : undefined);
  const measure = measureColumn(meta);
  const unit = measure ? (measure.unit ?? slice?.observations[0]?.unit) : undefined;
  const sources = slice
    ? sourcesUsed(
        meta,
        slice.observations.map((o) => o.sourceId).filter((s): s is string => !!s),
      )
    : meta.sources;
  const empty = slice && slice.rows.length === 0;

  return (
    <article
      className={`dataset-card ${explore ? 'explore' : ''}`}
      aria-labelledby={`${id}-title`}
      data-dataset={meta.id}
    >
      <header>
        {explore ? (
          <h2 id={`${id}-title`}>{meta.title}</h2>
        ) : (
          <h3 id={`${id}-title`}>{meta.title}</h3>
        )}
        {meta.subtitle ? <p className="subtitle">{meta.subtitle}</p> : null}
        <p className="meta-line">
          {unit ? <span>{t('chart.unit', { unit })}</span> : null}
          <span>{t('chart.period', { period: meta.referencePeriod })}</span>
        </p>
      </header>
      {query.isPending ? <Loading label={t('loading.dataset', { title: meta.title })} /> : null}
      {query.isError ? (
        <ErrorNotice title={t('error.dataset')} message={query.error.message} />
      ) : null}
      {slice && explore ? (
        <div className="explore-controls">
          <FilterPanel
            controls={slice.controls}
            selection={slice.filters}
            years={slice.years}
            time={view.time}
            onSelect={(column, values) =>
              update({ filters: { ...toMutable(slice.filters), [column]: values } })
            }
            onTime={(time) => update({ time })}
            onReset={() => update({ filters: {}, time: undefined, source: undefined })}
          />
          <SelectField
            label={t('explore.chartType')}
            value={chartType}
            onChange={(value) => update({ chart: value as typeof chartType })}
          >
            {availableChartTypes(meta).map((type) => (
              <option key={type} value={type}>
                {t(`chartType.${type}`)}
              </option>
            ))}
          </SelectField>
          {meta.sourceRule ? (
            <SelectField
              label={t('chart.sourceRule')}
              value={view.source ?? ''}
              onChange={(value) => update({ source: value || undefined })}
            >
              <option value="">{t('chart.sourceRuleDefault')}</option>
              {sources.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.publisher} — {s.title.slice(0, 60)}
                </option>
              ))}
            </SelectField>
          ) : null}
          {slice.ignored.length > 0 ? (
            <p className="notice" role="status">
              Ignored: {slice.ignored.join(', ')}
            </p>
          ) : null}
        </div>
      ) : null}
      {slice && empty ? (
        <p className="empty" role="status">
          {t('chart.empty', {
            reason:
              Object.entries(slice.filters)
                .filter(([, v]) => v.length === 0)
                .map(([column]) => t('filters.noneSelected', { label: column }))
                .join('; ') || '—',
          })}
        </p>
      ) : null}
      {slice && !empty ? (
        <figure className="chart" aria-label={meta.title}>
          <DatasetChart
            meta={meta}
            observations={slice.observations}
            rows={slice.rows}
            type={chartType}
            preferredSource={explore ? view.source : undefined}
            animate={animate}
            {...(!explore ? { limit: OVERVIEW_CATEGORY_LIMIT } : {})}
          />
        </figure>
      ) : null}
      <SourceLine meta={meta} sources={sources} />
      {meta.caveats.length > 0 ? (
        <details className="caveats">
          <summary>{t('chart.caveats')}</summary>
          <ul>
            {meta.caveats.map((caveat) => (
              <li key={caveat}>{caveat}</li>
            ))}
            {meta.sourceRule ? <li>{meta.sourceRule}</li> : null}
          </ul>
        </details>
      ) : null}
      {slice && !empty && measure && chartType !== 'table' ? (
        explore ? (
          <ObservationTable observations={slice.observations} meta={meta} />
        ) : (
          <details className="table-toggle">
            <summary>{t('chart.showTable')}</summary>
            <ObservationTable observations={slice.observations} meta={meta} />
          </details>
        )
      ) : null}
      {!explore ? (
        <p>
          <a
            href={`?view=dataset&id=${meta.id}`}
            onClick={(e) => {
              e.preventDefault();
              update({
                page: 'dataset',
                dataset: meta.id,
                filters: {},
                time: undefined,
                chart: undefined,
                source: undefined,
              });
              window.scrollTo(0, 0);
            }}
          >
            {t('chart.openDataset')}
          </a>
        </p>
      ) : null}
    </article>
  );
}

function toMutable(filters: Readonly<Record<string, readonly string[]>>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, [...v]]));
}
