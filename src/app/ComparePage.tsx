import { useQueries } from '@tanstack/react-query';
import type { ColumnTable } from 'arquero';
import { useMemo, useRef } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatFigure } from '../charts/formatFigure';
import { sourceAnchor } from '../data/citations';
import type { DatasetMeta } from '../data/metadataSchema';
import { useDatasetSource } from '../data/queries';
import { EmbedPanel } from '../embed/EmbedPanel';
import { composeChartSvg } from '../export/chartImage';
import { toExcelCsv } from '../export/excelCsv';
import { countryName } from '../i18n/countryName';
import { formatNumber } from '../i18n/format';
import { t } from '../i18n/i18n';
import { ScrollRegion } from '../ui/ScrollRegion';
import { colorAt } from '../ui/palette';
import { compareDownloadTable, compareRows, type CompareRow } from '../view/compareView';
import { viewAddress } from './viewAddress';
import { useViewStore } from '../view/viewStore';
import { compareCountries, compareEntries, type CompareEntry } from '../view/compareMeasures';
import { ViewDownloadMenu } from './DownloadMenu';
import { axisInk, ink, tooltipInk } from '../ui/theme';

const CONCEPTS: CompareEntry['concept'][] = ['flow', 'stock', 'share', 'birthStock'];
const conceptLabel = (concept: CompareEntry['concept']) => t(`concept.${concept}`);
const conceptColor = (concept: CompareEntry['concept']) => colorAt(CONCEPTS.indexOf(concept));

/** Seed figures, ministry series and UN stocks for each country, each with what it counts. */
export function ComparePage({ datasets, embed }: { datasets: DatasetMeta[]; embed?: boolean }) {
  const source = useDatasetSource();
  const chart = useRef<HTMLDivElement>(null);
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
    // Structurally shared: the same array while no table changes.
    combine: (results) => results.map((r) => r.data),
  });
  const tables = useMemo(() => {
    const ids = [...metas.keys()];
    return new Map(
      loaded.flatMap((data, i) => (data ? [[ids[i]!, data] as [string, ColumnTable]] : [])),
    );
  }, [metas, loaded]);
  const byCountry = useMemo(
    () =>
      compareCountries.map((country) => ({
        country,
        rows: compareRows(country, compareEntries, metas, tables),
      })),
    [metas, tables],
  );
  const allRows = byCountry.flatMap((c) => c.rows);
  const viewUrl = useViewStore((s) => viewAddress(s.view));

  const chartSvg = (): string | undefined => {
    const svg = chart.current?.querySelector<SVGSVGElement>(
      '.recharts-wrapper > svg.recharts-surface',
    );
    if (!svg) return undefined;
    return composeChartSvg(svg, {
      title: t('compare.title'),
      subtitle: t('compare.chartTitle', { country: countryName('UZB') ?? 'UZB' }),
      legend: CONCEPTS.map((c) => ({
        label: conceptLabel(c),
        color: conceptColor(c),
        shape: 'bar',
      })),
      sourceLine: `${t('chart.sourcesPrefix')} ${[...new Set(chartRows(byCountry[0]?.rows ?? []).flatMap((r) => r.sources.map((x) => x.label)))].join('; ')}`,
    });
  };

  return (
    <article className="dataset-card explore compare">
      <h2>{t('compare.title')}</h2>
      <p>{t('compare.intro')}</p>
      {byCountry.map(({ country, rows }) => (
        <section
          key={country}
          className="compare-country"
          aria-label={countryName(country) ?? country}
        >
          <h3>{countryName(country) ?? country}</h3>
          {chartRows(rows).length > 0 ? (
            <div ref={country === compareCountries[0] ? chart : undefined}>
              <CompareChart
                rows={chartRows(rows)}
                title={t('compare.chartTitle', { country: countryName(country) ?? country })}
              />
            </div>
          ) : null}
          <ScrollRegion
            label={t('compare.tableRegion', { country: countryName(country) ?? country })}
          >
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
                {rows.map((row, i) => (
                  <tr key={i} className={row.conflict ? 'conflict' : undefined}>
                    <td>{row.measure}</td>
                    <td>{conceptLabel(row.concept)}</td>
                    <td>{row.period}</td>
                    <td className="num">
                      {formatFigure(row.value, row.qualifier)}
                      {row.conflict ? ` (${t('compare.conflict')})` : ''}
                    </td>
                    <td>{row.unit}</td>
                    <td>
                      {row.sources.map((x, k) => (
                        <span key={x.id}>
                          {k > 0 ? '; ' : ''}
                          <a href={`#${sourceAnchor(row.dataset, x.id)}`}>{x.label}</a>
                        </span>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </section>
      ))}
      <p className="derived-note">{t('compare.conflictNote')}</p>
      <ViewDownloadMenu
        fileId="compare-measures"
        parts={compareCountries.map((c) => c.toLowerCase())}
        viewCsv={() =>
          toExcelCsv(compareDownloadTable(allRows, conceptLabel, t('compare.conflictNote')))
        }
        rows={allRows.length}
        filters={{ country: [...compareCountries] }}
        viewUrl={viewUrl}
        chartSvg={chartSvg}
      />
      {embed ? (
        <p>
          <a href={viewUrl} target="_blank" rel="noopener">
            {t('embed.openFull')}
          </a>
        </p>
      ) : (
        <EmbedPanel title={t('compare.title')} pageUrl={viewUrl} />
      )}
    </article>
  );
}

/** The chart draws the figures counted in people; shares and rates stay in the table. */
function chartRows(rows: readonly CompareRow[]): CompareRow[] {
  return rows.filter((r) => /person|people/i.test(r.unit));
}

/** One bar per figure, labelled with what it counts and its period; disagreeing figures marked. */
function CompareChart({ rows, title }: { rows: CompareRow[]; title: string }) {
  const data = rows.map((r) => ({
    label: `${r.measure.replace(/^.* — /, '')} · ${r.period}${r.conflict ? ' ≠' : ''}`,
    value: r.value,
    concept: r.concept,
    conflict: r.conflict,
    text: formatFigure(r.value, r.qualifier),
  }));
  return (
    <figure className="chart" aria-label={title}>
      <ResponsiveContainer
        width="100%"
        height={34 * data.length + 50}
        initialDimension={{ width: 640, height: 34 * data.length + 50 }}
      >
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 80 }}>
          <CartesianGrid strokeDasharray="3 3" vertical stroke={ink.grid} />
          <XAxis {...axisInk} type="number" tickFormatter={(v: number) => formatNumber(v)} />
          <YAxis
            {...axisInk}
            type="category"
            dataKey="label"
            width={260}
            interval={0}
            fontSize={12}
          />
          <Tooltip {...tooltipInk} formatter={(v) => formatNumber(Number(v))} />
          <Bar dataKey="value" name={t('table.value')} isAnimationActive={false}>
            {data.map((d, i) => (
              <Cell
                key={i}
                fill={conceptColor(d.concept)}
                stroke={d.conflict ? ink.flag : undefined}
                strokeWidth={d.conflict ? 2 : 0}
              />
            ))}
            <LabelList dataKey="text" position="right" fontSize={12} fill={ink.text} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
      <ul className="legend compare-legend">
        {CONCEPTS.map((c) => (
          <li key={c}>
            <span className="swatch" style={{ background: conceptColor(c) }} aria-hidden />{' '}
            {conceptLabel(c)}
          </li>
        ))}
      </ul>
    </figure>
  );
}
