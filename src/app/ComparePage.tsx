import { useQueries } from '@tanstack/react-query';
import type { ColumnTable } from 'arquero';
import { useMemo, useRef } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartLegend } from '../charts/ChartLegend';
import { labelLines } from '../charts/categoryAxisWidth';
import { useCategoryAxis } from '../charts/useCategoryAxis';
import { formatFigure } from '../charts/formatFigure';
import { sourceAnchor } from '../data/citations';
import type { DatasetMeta } from '../data/metadataSchema';
import { useDatasetSource } from '../sources/queries';
import { EmbedPanel } from '../embed/EmbedPanel';
import { composeChartSvg } from '../export/chartImage';
import { toExcelCsv } from '../export/excelCsv';
import { countryName } from '../i18n/countryName';
import { formatNumber } from '../i18n/format';
import { t } from '../i18n/i18n';
import { ScrollRegion } from '../ui/ScrollRegion';
import { colorAt } from '../ui/palette';
import {
  compareChart,
  compareDownloadTable,
  compareRows,
  type CompareBar,
  type CompareChartModel,
} from '../view/compareView';
import { viewAddress } from '../view/urlCodec';
import { useViewStore } from '../view/viewStore';
import { compareCountries, compareEntries, type CompareEntry } from '../view/compareMeasures';
import { ViewDownloadMenu } from './DownloadMenu';
import { axisInk, ink, tooltipInk } from '../ui/theme';

const CONCEPTS: CompareEntry['concept'][] = ['flow', 'stock', 'share', 'birthStock'];
const conceptLabel = (concept: CompareEntry['concept']) => t(`concept.${concept}`);
const conceptColor = (concept: CompareEntry['concept']) => colorAt(CONCEPTS.indexOf(concept));
const CONFLICT_COLOR = ink.flag;

/** The legend of exactly what a chart draws: the kinds of figure present, and the outline. */
function chartLegend(model: Pick<CompareChartModel, 'concepts' | 'conflicts'>) {
  return [
    ...model.concepts.map((c) => ({
      label: conceptLabel(c),
      color: conceptColor(c),
      shape: 'bar' as const,
    })),
    ...(model.conflicts
      ? [
          {
            label: t('compare.legendConflict'),
            color: CONFLICT_COLOR,
            shape: 'outlined-bar' as const,
          },
        ]
      : []),
  ];
}

/** Seed figures, ministry series and UN stocks for each country, each with what it counts. */
export function ComparePage({ datasets, embed }: { datasets: DatasetMeta[]; embed?: boolean }) {
  const source = useDatasetSource();
  const charts = useRef<HTMLDivElement>(null);
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
  const model = useMemo(
    () => compareChart(byCountry, CONCEPTS, (r) => formatFigure(r.value, r.qualifier)),
    [byCountry],
  );
  const legend = chartLegend(model);
  const viewUrl = useViewStore((s) => viewAddress(s.view));
  const metaList = useMemo(() => [...metas.values()], [metas]);

  // Every country's chart in one image, each under its name, with the one legend of the marks drawn.
  const chartSvg = (): string | undefined => {
    const parts = model.panels.flatMap(({ country }) => {
      const svg = charts.current?.querySelector<SVGSVGElement>(
        `[data-country="${country}"] .recharts-wrapper > svg.recharts-surface`,
      );
      return svg ? [{ svg, caption: countryName(country) ?? country }] : [];
    });
    if (parts.length === 0) return undefined;
    const drawnRows = allRows.filter((r) => /person|people/i.test(r.unit));
    // Tall enough that each chart keeps its proportions at the image's width (1120 px inside).
    const drawn = parts.reduce((sum, { svg }) => {
      const box = svg.getBoundingClientRect();
      return sum + 34 + (box.width > 0 ? (box.height * 1120) / box.width : 300);
    }, 0);
    return composeChartSvg(
      parts,
      {
        title: t('compare.title'),
        subtitle: t('compare.chartTitleAll'),
        legend,
        sourceLine: `${t('chart.sourcesPrefix')} ${[...new Set(drawnRows.flatMap((r) => r.sources.map((x) => x.label)))].join('; ')}`,
        note: t('compare.conflictNote'),
      },
      { width: 1200, height: Math.round(Math.max(675, 360 + drawn)) },
    );
  };

  return (
    <article className="dataset-card explore compare">
      <h2>{t('compare.title')}</h2>
      <p>{t('compare.intro')}</p>
      <div ref={charts}>
        {byCountry.map(({ country, rows }) => (
          <section
            key={country}
            className="compare-country"
            aria-label={countryName(country) ?? country}
          >
            <h3>{countryName(country) ?? country}</h3>
            {model.panels
              .filter((p) => p.country === country)
              .map((p) => (
                <div key={country} data-country={country}>
                  <CompareChart
                    bars={p.bars}
                    legend={chartLegend(p)}
                    title={t('compare.chartTitle', { country: countryName(country) ?? country })}
                  />
                </div>
              ))}
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
                      <td>{row.shown.period}</td>
                      <td className="num">
                        {formatFigure(row.value, row.qualifier)}
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
          </section>
        ))}
      </div>
      <p className="derived-note">{t('compare.conflictNote')}</p>
      <ViewDownloadMenu
        fileId="compare-measures"
        parts={compareCountries.map((c) => c.toLowerCase())}
        viewCsv={() =>
          toExcelCsv(compareDownloadTable(allRows, conceptLabel, t('compare.conflictNote')))
        }
        rows={allRows.length}
        several={{ metas: metaList, title: t('compare.title'), description: t('compare.intro') }}
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
        <EmbedPanel title={t('compare.title')} />
      )}
    </article>
  );
}

/** One bar per figure, labelled with what it counts and its period; disagreeing figures marked. */
function CompareChart({
  bars,
  legend,
  title,
}: {
  bars: CompareBar[];
  legend: ReturnType<typeof chartLegend>;
  title: string;
}) {
  const {
    frame,
    width: axisWidth,
    axis: labelAxis,
  } = useCategoryAxis<HTMLElement>(
    260,
    bars.map((b) => b.label),
    12,
  );
  // Each bar as tall as its label needs, wrapped in this language at this width.
  const lines = Math.max(1, ...bars.map((b) => labelLines(b.label, axisWidth, 12)));
  const height = Math.max(34, lines * 15 + 8) * bars.length + 50;
  return (
    <figure className="chart" aria-label={title} ref={frame}>
      <BarChart
        responsive
        style={{ width: '100%', height }}
        data={bars}
        layout="vertical"
        margin={{ left: 8, right: 80 }}
      >
        <CartesianGrid strokeDasharray="3 3" vertical stroke={ink.grid} />
        <XAxis {...axisInk} type="number" tickFormatter={(v: number) => formatNumber(v)} />
        <YAxis {...labelAxis} />
        <Tooltip {...tooltipInk} formatter={(v) => formatNumber(Number(v))} />
        <Bar dataKey="value" name={t('table.value')} isAnimationActive={false}>
          {bars.map((d, i) => (
            <Cell
              key={i}
              fill={conceptColor(d.concept)}
              stroke={d.conflict ? CONFLICT_COLOR : undefined}
              strokeWidth={d.conflict ? 2 : 0}
            />
          ))}
          <LabelList dataKey="text" position="right" fontSize={12} fill={ink.text} />
        </Bar>
      </BarChart>
      <ChartLegend items={legend} />
    </figure>
  );
}
