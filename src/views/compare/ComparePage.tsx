import { useQueries } from '@tanstack/react-query';
import type { ColumnTable } from 'arquero';
import { useMemo } from 'react';
import { ChartLegend } from '../../charts/ChartLegend.tsx';
import { CompareChart } from '../../charts/compare/CompareChart.tsx';
import { formatFigure } from '../../model/formatFigure.ts';
import { sourceAnchor, sourcePrefix } from '../../data/citations.ts';
import type { DatasetMeta } from '../../data/metadataSchema.ts';
import { useDatasetSource } from '../../sources/queries.ts';
import { EmbedPanel } from '../../embed/EmbedPanel.tsx';
import type { ImageRequest } from '../../export/chartImage.ts';
import { t } from '../../i18n/i18n.ts';
import { ScrollRegion } from '../../ui/ScrollRegion.tsx';
import { compareRows, type CompareRow } from './model/compareView.ts';
import { useSortedRows, type SortColumn } from '../../ui/sortableTable.tsx';
import {
  compareCsvTable,
  compareModel,
  compareSources,
  conceptLabel,
} from './model/compareModel.ts';
import { viewAddress } from '../../state/urlCodec.ts';
import { useViewStore } from '../../state/viewStore.ts';
import { compareCountries, compareEntries } from './model/compareMeasures.ts';
import { ViewDownloadMenu } from '../common/DownloadMenu.tsx';
import { CiteMenu } from '../common/CiteMenu.tsx';
import { OpenInDashboard } from '../common/OpenInDashboard.tsx';
import { ChartClamp, EMBED_HEIGHT } from '../../ui/ChartClamp.tsx';
import { CopyLink } from '../../ui/CopyLink.tsx';
import { NoScriptCsv, WithoutScripts } from '../common/NoScriptCsv.tsx';
import { Disclosure } from '../../ui/Disclosure.tsx';
import { Loading } from '../../ui/Loading.tsx';

/** Seed figures, ministry series and UN stocks for each country, each with what it counts. */
export function ComparePage({ datasets, embed }: { datasets: DatasetMeta[]; embed?: boolean }) {
  const source = useDatasetSource();
  const metas = useMemo(
    () =>
      new Map(
        [...new Set(compareEntries.map((e) => e.dataset))]
          .map((id) => datasets.find((d) => d.id === id))
          .filter((m): m is DatasetMeta => m !== undefined)
          .map((m) => [m.id, m]),
      ),
    [datasets],
  );
  // The same query keys as useDatasetTable: a table loaded by another view is not loaded again.
  const loaded = useQueries({
    queries: [...metas.values()].map((meta) => ({
      queryKey: ['table', meta.id],
      queryFn: () => source.loadTable(meta),
      staleTime: Infinity,
      gcTime: Infinity,
      retry: false,
    })),
    // Structurally shared: the same arrays while no table changes.
    combine: (results) => ({
      data: results.map((r) => r.data),
      status: results.map((r) => r.status),
    }),
  });
  const tables = useMemo(() => {
    const ids = [...metas.keys()];
    return new Map(
      loaded.data.flatMap((data, i) => (data ? [[ids[i]!, data] as [string, ColumnTable]] : [])),
    );
  }, [metas, loaded.data]);
  // Until every table has come the view is incomplete: it says so, and offers no download of
  // a part of it; a table that failed is named rather than left out silently.
  const metaList = useMemo(() => [...metas.values()], [metas]);
  const pending = metaList.filter((_, i) => loaded.status[i] === 'pending');
  const failed = metaList.filter((_, i) => loaded.status[i] === 'error');
  const byCountry = useMemo(
    () =>
      compareCountries.map((country) => ({
        country,
        rows: compareRows(country, compareEntries, metas, tables),
      })),
    [metas, tables],
  );
  // The one model the charts, tables, sentences, legend, CSV and image are drawn from.
  const model = useMemo(() => compareModel(byCountry, formatFigure), [byCountry]);
  const viewUrl = useViewStore((s) => viewAddress(s.view));
  const asked = useViewStore((s) => s.view.compareCountry);
  const update = useViewStore((s) => s.update);
  // An embed shows one country at a time (the address's, else the first), with a switch.
  const shownCountry = compareCountries.find((c) => c === asked) ?? compareCountries[0];
  const panels = embed ? model.panels.filter((p) => p.country === shownCountry) : model.panels;

  // What the view cites: each dataset's sources of the figures shown, with their years.
  const cited = useMemo(
    () =>
      metaList
        .map((meta) => {
          const observations = model.rows.flatMap((row) =>
            row.sources
              .filter((x) => x.dataset === meta.id)
              .map((x) => ({ sourceId: x.id, time: row.time })),
          );
          const ids = new Set(observations.map((o) => o.sourceId));
          return { meta, sources: meta.sources.filter((s) => ids.has(s.id)), observations };
        })
        .filter((d) => d.sources.length > 0),
    [metaList, model.rows],
  );

  // Every chart in the image, each under its country and group, with the one legend of the
  // marks; drawn anew at the image's size, and in several images when one would be unreadable.
  const chartImage = (): ImageRequest | undefined => {
    const drawn = panels.flatMap(({ name, groups }) =>
      groups.map((g) => ({
        drawing: <CompareChart group={g} />,
        caption: `${name}: ${g.heading}`,
        rows: g.bars.length,
      })),
    );
    if (drawn.length === 0) return undefined;
    const bars = panels.flatMap((p) => p.groups.flatMap((g) => g.bars));
    return {
      text: {
        title: t('compare.title'),
        subtitle: t('compare.chartTitleAll'),
        legend: model.legend,
        sources: compareSources({ panels }),
        flagged: bars.filter((b) => b.flag).length,
      },
      panels: drawn,
    };
  };

  const downloads = (inline: boolean) => (
    <ViewDownloadMenu
      fileId="compare-measures"
      parts={compareCountries.map((c) => c.toLowerCase())}
      title={t('compare.title')}
      viewTable={() => compareCsvTable(model)}
      notes={() => [t('compare.conflictNote')]}
      rows={model.rows.length}
      several={{ metas: metaList, title: t('compare.title'), description: t('compare.intro') }}
      filters={{ country: [...compareCountries] }}
      viewUrl={viewUrl}
      chartImage={chartImage}
      inline={inline}
    />
  );

  return (
    <article className="dataset-card explore compare" aria-busy={pending.length > 0}>
      <h2>{t('compare.title')}</h2>
      <p>{t('compare.intro')}</p>
      {pending.length > 0 ? (
        <Loading label={pending.map((m) => t('loading.dataset', { title: m.title })).join(' ')} />
      ) : null}
      {failed.length > 0 ? (
        <p className="error" role="alert">
          {t('compare.missing', { titles: failed.map((m) => m.title).join('; ') })}
        </p>
      ) : null}
      {embed ? (
        <fieldset className="segmented compare-switch">
          <legend>{t('compare.countrySwitch')}</legend>
          {model.panels.map(({ country, name }) => (
            <label key={country}>
              <input
                type="radio"
                name="compare-country"
                value={country}
                checked={country === shownCountry}
                onChange={() =>
                  update({ compareCountry: compareCountries.find((c) => c === country) }, 'replace')
                }
              />
              {name}
            </label>
          ))}
        </fieldset>
      ) : null}
      {/* An embed may cut its charts short: their legend goes above them, always read. */}
      {embed ? panels.map((p) => <ChartLegend key={p.country} items={p.legend} />) : null}
      <ChartClamp budget={embed ? EMBED_HEIGHT : undefined} min={300}>
        <div>
          {panels.map(({ country, name, rows, groups, legend }) => (
            <section key={country} className="compare-country" aria-label={name}>
              <h3>{name}</h3>
              {groups.length > 0 ? (
                <div data-country={country}>
                  {groups.map((g) => (
                    <CompareChart key={g.key} group={g} />
                  ))}
                  {embed ? null : <ChartLegend items={legend} />}
                </div>
              ) : null}
              {/* An embed's charts stand alone; without scripts its table says the figures. */}
              <WithoutScripts when={embed === true}>
                <CompareTable name={name} rows={rows} />
              </WithoutScripts>
            </section>
          ))}
        </div>
      </ChartClamp>
      {embed ? (
        <>
          <details className="chart-summary">
            <summary>{t('summary.more')}</summary>
            <p>{model.summary.join(' ')}</p>
            <p className="derived-note">{t('compare.conflictNote')}</p>
          </details>
          {/* The sources of the country drawn; each row's are in the dashboard's table. */}
          <CompareSourceLine labels={compareSources({ panels })} />
          <NoScriptCsv metas={cited.map((d) => d.meta)} />
          <div className="card-actions">
            {pending.length > 0 ? null : (
              <Disclosure className="get-data" summary={t('embed.getData')}>
                {downloads(true)}
              </Disclosure>
            )}
            <CopyLink address={() => viewUrl} />
            <OpenInDashboard href={viewUrl} />
          </div>
        </>
      ) : (
        <>
          <p className="chart-summary">
            <strong>{t('summary.title')}</strong> {model.summary.join(' ')}
          </p>
          <p className="derived-note">{t('compare.conflictNote')}</p>
          <NoScriptCsv metas={cited.map((d) => d.meta)} />
          {pending.length > 0 ? null : downloads(false)}
          <CiteMenu
            datasets={cited}
            title={t('compare.title')}
            viewUrl={viewUrl}
            fileId="compare-measures"
          />
          <div className="card-actions">
            <CopyLink address={() => viewUrl} />
          </div>
          <EmbedPanel title={t('compare.title')} />
        </>
      )}
    </article>
  );
}

/**
 * An embed's one source line: two sources named, the rest behind "and 8 more" (the dashboard's
 * table names each row's).
 */
function CompareSourceLine({ labels }: { labels: readonly string[] }) {
  const named = labels.length > 4 ? 2 : labels.length;
  return (
    <div className="source-line">
      {sourcePrefix(labels.length)} {labels.slice(0, named).join('; ')}
      {named < labels.length ? (
        <details className="more-sources">
          <summary>{t('embed.moreSources', { count: labels.length - named })}</summary>
          {labels.slice(named).join('; ')}
        </details>
      ) : null}
    </div>
  );
}

/** A country's figures as a table that sorts by any column, as the dataset's table does. */
function CompareTable({ name, rows }: { name: string; rows: readonly CompareRow[] }) {
  const columns: SortColumn<CompareRow>[] = [
    { key: 'measure', label: t('compare.measure'), sortValue: (r) => r.measure },
    { key: 'concept', label: t('compare.concept'), sortValue: (r) => conceptLabel(r.concept) },
    // In time order, whatever words the period is given in.
    { key: 'period', label: t('table.period'), sortValue: (r) => r.time ?? r.shown.period },
    { key: 'value', label: t('table.value'), sortValue: (r) => r.value },
    { key: 'unit', label: t('table.unit'), sortValue: (r) => r.shown.unit },
    { key: 'source', label: t('table.source'), sortValue: (r) => r.sources[0]?.label },
  ];
  const { sorted, headings } = useSortedRows(rows, columns);
  const position = new Map(rows.map((row, i) => [row, i]));
  return (
    <ScrollRegion label={t('compare.tableRegion', { country: name })}>
      <table className="data-table">
        <caption>{name}</caption>
        <thead>{headings}</thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={position.get(row)} className={row.conflict ? 'conflict' : undefined}>
              <td>{row.measure}</td>
              <td>{conceptLabel(row.concept)}</td>
              <td>{row.shown.period}</td>
              <td className="num">
                {formatFigure(row.value, row.qualifier)}
                {row.flag ? ` (${row.flag})` : ''}
                {row.conflict ? ` (${t('compare.conflict')})` : ''}
              </td>
              <td>{row.shown.unit}</td>
              <td>
                {row.sources.map((x, k) => (
                  <span key={`${x.dataset}-${x.id}`}>
                    {k > 0 ? '; ' : ''}
                    <a href={`#${sourceAnchor(x.dataset, x.id)}`}>{x.label}</a>
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
