import { useCallback, useDeferredValue, useEffect, useId, useMemo, useRef } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { flowsModel } from '../charts/flows/flowsModel';
import { binLabel } from '../charts/map/binLabel';
import { mapPanels, NO_DATA_COLOR } from '../charts/map/mapModel';
import { sourceLineText } from '../data/citations';
import { EmbedPanel } from '../embed/EmbedPanel';
import { OpenInDashboard } from './OpenInDashboard';
import { viewAddress } from '../view/urlCodec';
import { composeChartSvg } from '../export/chartImage';
import { toExcelCsv } from '../export/excelCsv';
import type { DatasetMeta } from '../data/metadataSchema';
import { useUnView } from '../sources/queries';
import { countryName } from '../i18n/countryName';
import { formatDerived, formatList, formatNumber } from '../i18n/format';
import { activeLocale, t } from '../i18n/i18n';
import { CountryCombobox } from '../ui/CountryCombobox';
import { chunk } from '../lib/chunk';
import { CodePart } from '../ui/CodePart';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Loading } from '../ui/Loading';
import { ScrollRegion } from '../ui/ScrollRegion';
import { FoldedControls } from '../ui/FoldedControls';
import { prefersReducedMotion } from '../ui/motion';
import { SelectField } from '../ui/SelectField';
import { useCategoryAxis } from '../charts/useCategoryAxis';
import { citedBy, SourceLine } from './SourceLine';
import { countryColors } from '../view/countryColors';
import { unFileParts, unViewDownloadTable } from '../view/unDownload';
import { REMAINDER, unViewRequest, type UnCountryView } from '../view/unStockView';
import { unUnapplied } from '../view/unapplied';
import {
  CENTRAL_ASIA,
  defaultUnView,
  MAX_UN_VS,
  UN_TOP_CHOICES,
  UN_YEARS,
  unDisplays,
  type UnDisplay,
  type UnViewState,
} from '../view/viewState';
import { useViewStore } from '../view/viewStore';
import { ViewDownloadMenu } from './DownloadMenu';
import { UnYearControl } from './UnYearControl';
import { UN_DATASET_ID, UN_ORIGIN_TOTALS_ID, UN_TOTALS_ID } from './unDatasets';
import { axisInk, ink, tooltipInk } from '../ui/theme';

// Drawn only when asked for: the map's geography and the Sankey stay out of the first view's JS.
const worldMap = chunk(
  'WorldMap',
  () => import('../charts/map/WorldMap'),
  (m) => m.default,
);
const flowsChart = chunk(
  'FlowsChart',
  () => import('../charts/flows/FlowsChart'),
  (m) => m.default,
);

const SHOW_LABELS: Record<UnDisplay, Parameters<typeof t>[0]> = {
  bars: 'un.showBars',
  map: 'un.showMap',
  flows: 'un.showFlows',
};

/** "Where do people born in X live?" and "Who lives in Y?" over the UN bilateral stock table. */
export function UnStockPage({ datasets, embed }: { datasets: DatasetMeta[]; embed?: boolean }) {
  const meta = datasets.find((d) => d.id === UN_DATASET_ID);
  const destinationTotals = datasets.find((d) => d.id === UN_TOTALS_ID);
  const originTotals = datasets.find((d) => d.id === UN_ORIGIN_TOTALS_ID);
  const direction = useViewStore((s) => s.view.un.direction);
  if (!meta) return <Loading label={t('loading.dataset', { title: UN_DATASET_ID })} />;
  return (
    <UnStockView
      meta={meta}
      totalsMeta={direction === 'origin' ? originTotals : destinationTotals}
      embed={embed ?? false}
    />
  );
}

function UnStockView({
  meta,
  totalsMeta,
  embed,
}: {
  meta: DatasetMeta;
  /** The UN's published totals in the view's direction (by origin or by destination). */
  totalsMeta: DatasetMeta | undefined;
  embed: boolean;
}) {
  const id = useId();
  const drawing = useRef<HTMLDivElement>(null);
  const un = useViewStore((s) => s.view.un);
  const request = useMemo(() => unViewRequest(un, activeLocale()), [un]);
  // Computed in the data worker, where the UN tables are held: only the figures drawn arrive.
  const query = useUnView(meta, totalsMeta, request);
  const update = useViewStore((s) => s.update);
  const setUn = useCallback(
    (change: Partial<UnViewState>, history?: 'push' | 'replace') =>
      update({ un: { ...useViewStore.getState().view.un, ...change } }, history),
    [update],
  );
  const onYear = useCallback(
    (year: number, history?: 'push' | 'replace') => setUn({ year }, history),
    [setUn],
  );

  const view = query.data;
  // The first figures are drawn first (the first panel's bars), in a short task; the rest of the
  // page (the other panels, the trends, the tables, the download menu) follows in a background
  // render that React splits into short pieces, so the page answers meanwhile.
  const complete = useDeferredValue(view !== undefined, false);
  // The countries of the figures drawn while a new choice is answered do not speak for it.
  useUnappliedCountries(query.isPlaceholderData ? undefined : view?.countries);
  const names = view?.names;
  const localNames = view?.localNames;
  const nameOf = useCallback(
    (code: string) =>
      code === REMAINDER
        ? `${t('un.remainder')} (${t('chart.derived')})`
        : (localNames?.get(code) ?? countryName(code) ?? names?.get(code) ?? code),
    [names, localNames],
  );
  const aliasesOf = useCallback(
    (code: string) => {
      const unName = names?.get(code);
      return unName ? [unName] : [];
    },
    [names],
  );
  const countryOptions = useMemo(
    () => [...new Set([...CENTRAL_ASIA, ...(view?.countries ?? [])])],
    [view?.countries],
  );
  const colorOf = useMemo(
    () => countryColors([un.country, ...un.vs, ...(view?.panels.flatMap((p) => p.lineKeys) ?? [])]),
    [un.country, un.vs, view?.panels],
  );
  const main = view?.panels[0];
  // Every country and year drawn is in the title, so a map, image or embed says what it shows.
  const title = t(un.direction === 'origin' ? 'un.mapTitleOrigin' : 'un.mapTitleDestination', {
    country: formatList([un.country, ...un.vs].map(nameOf)),
    year: formatList(
      [un.year, ...(un.vsYear !== undefined && un.vsYear !== un.year ? [un.vsYear] : [])].map(
        String,
      ),
    ),
  });
  const sources = [...meta.sources, ...(totalsMeta ? totalsMeta.sources : [])];
  // The choices an embed's title does not already name.
  const drawnText = [
    t('un.topDrawn', { top: un.top }),
    un.measure === 'share' ? `${t('un.share')} (${t('chart.derived')})` : t('un.absolute'),
    t(SHOW_LABELS[un.show]),
  ].join(' · ');
  const vsOptions = countryOptions.filter((c) => c !== un.country && !un.vs.includes(c));
  const viewUrl = useViewStore((s) => viewAddress(s.view, false));
  const fullPage = embed ? viewUrl : undefined;
  // One map per panel (each country beside the first, a second year), on one set of bins.
  const maps = useMemo(() => mapPanels(view?.panels ?? []), [view?.panels]);
  const panelCaption = useCallback(
    (p: { country: string; year: number }) =>
      t('un.panelTitle', { country: nameOf(p.country), year: p.year }),
    [nameOf],
  );

  // The image of what is drawn: the map, the flows, or the first panel's bars; title, legend
  // and source line are drawn in by composeChartSvg.
  const chartSvg = (): string | undefined => {
    const root = drawing.current;
    if (!root || !view) return undefined;
    const drawings =
      un.show === 'map'
        ? [...root.querySelectorAll<HTMLElement>('.map-panel')].flatMap((panel) => {
            const svg = panel.querySelector<SVGSVGElement>('.map-frame > svg');
            const caption = panel.querySelector('.map-caption')?.textContent ?? undefined;
            return svg ? [{ svg, ...(caption ? { caption } : {}) }] : [];
          })
        : [
            root.querySelector<SVGSVGElement>(
              un.show === 'flows'
                ? '.flows .recharts-wrapper > svg.recharts-surface'
                : '.un-panel .chart .recharts-wrapper > svg.recharts-surface',
            ),
          ].flatMap((svg) => (svg ? [{ svg }] : []));
    if (drawings.length === 0) return undefined;
    const legend =
      un.show === 'map'
        ? [
            ...maps.bins.map((b) => ({
              label: binLabel(b),
              color: b.color,
              shape: 'bar' as const,
            })),
            { label: t('map.noData'), color: NO_DATA_COLOR, shape: 'hatch' as const },
          ]
        : view.panels
            .filter((p) => un.show === 'flows' || p === main)
            .map((p) => ({
              label: nameOf(p.country),
              color: colorOf(p.country),
              shape: 'bar' as const,
            }));
    const text = {
      title: un.show === 'flows' ? flowsTitle(un, view.panels, nameOf) : title,
      subtitle: meta.title,
      legend,
      sourceLine: sourceLineText(sources),
      ...(un.show === 'map' ? { note: t('map.disclaimer') } : {}),
    };
    // Several maps: two abreast, on a canvas tall enough to keep each map's proportions.
    const rows = Math.ceil(drawings.length / 2);
    return drawings.length > 1
      ? composeChartSvg(drawings, text, { width: 1200, height: 420 + rows * 330 }, 2)
      : composeChartSvg(drawings[0]!.svg, text);
  };

  return (
    <article
      className="dataset-card explore"
      aria-labelledby={`${id}-title`}
      data-dataset={meta.id}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="subtitle">{meta.title}</p>
      <p className="meta-line">{t('un.stockConcept')}</p>
      {embed ? (
        // An embed shows what is drawn, not the controls: the filters are in its title and here.
        <p className="drawn">{drawnText}</p>
      ) : (
        <FoldedControls summary={t('un.controls')}>
          <SelectField
            label={t('un.direction')}
            value={un.direction}
            onChange={(value) => setUn({ direction: value as UnViewState['direction'] })}
          >
            <option value="origin">{t('un.directionOrigin')}</option>
            <option value="destination">{t('un.directionDestination')}</option>
          </SelectField>
          <CountryCombobox
            label={t('un.country')}
            value={un.country}
            codes={countryOptions}
            nameOf={nameOf}
            aliasesOf={aliasesOf}
            onChange={(code) => setUn({ country: code, vs: un.vs.filter((c) => c !== code) })}
          />
          {un.vs.length < MAX_UN_VS ? (
            <CountryCombobox
              label={un.vs.length === 0 ? t('un.compareWith') : t('un.compareWithMore')}
              value=""
              codes={vsOptions}
              nameOf={nameOf}
              aliasesOf={aliasesOf}
              clearOnSelect
              onChange={(code) => setUn({ vs: [...un.vs, code] })}
            />
          ) : null}
          {un.vs.length > 0 ? (
            <ul className="chips" aria-label={t('un.compareWith')}>
              {un.vs.map((code) => (
                <li key={code}>
                  <span className="swatch" style={{ background: colorOf(code) }} aria-hidden />
                  {nameOf(code)}{' '}
                  <button
                    type="button"
                    aria-label={t('un.compareRemove', { country: nameOf(code) })}
                    onClick={() => setUn({ vs: un.vs.filter((c) => c !== code) })}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          <UnYearControl year={un.year} onYear={onYear} />
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
            {UN_TOP_CHOICES.map((n) => (
              <option key={n}>{n}</option>
            ))}
          </SelectField>
          <SelectField
            label={t('un.measure')}
            value={un.measure}
            onChange={(value) => setUn({ measure: value as UnViewState['measure'] })}
          >
            <option value="absolute">{t('un.absolute')}</option>
            <option value="share">
              {t('un.share')} ({t('chart.derived')})
            </option>
          </SelectField>
          <fieldset className="segmented">
            <legend>{t('un.show')}</legend>
            {unDisplays.map((d) => (
              <label key={d}>
                <input
                  type="radio"
                  name={`${id}-show`}
                  value={d}
                  checked={un.show === d}
                  onChange={() => setUn({ show: d })}
                />
                {t(SHOW_LABELS[d])}
              </label>
            ))}
          </fieldset>
        </FoldedControls>
      )}
      {query.isPending ? <Loading label={t('loading.dataset', { title: meta.title })} /> : null}
      {query.isError ? (
        <ErrorNotice title={t('error.dataset')} message={query.error.message} />
      ) : null}
      <div ref={drawing}>
        {view && main && un.show === 'map' ? (
          <CodePart part={worldMap} fallback={<Loading label={t('map.loading')} />}>
            {(WorldMap) => (
              <WorldMap
                maps={maps.maps}
                bins={maps.bins}
                captionOf={panelCaption}
                title={title}
                sourceText={sourceLineText(sources)}
                nameOf={nameOf}
                onSelect={(code) => {
                  if (countryOptions.includes(code)) {
                    setUn({ country: code, vs: un.vs.filter((c) => c !== code) });
                  }
                }}
              />
            )}
          </CodePart>
        ) : null}
        {view && un.show === 'flows' ? (
          <CodePart part={flowsChart} fallback={<Loading label={t('flows.loading')} />}>
            {(FlowsChart) => (
              <>
                <FlowsChart
                  model={flowsModel(
                    view.panels.filter((p) => p.year === un.year),
                    un.direction,
                  )}
                  title={flowsTitle(un, view.panels, nameOf)}
                  year={un.year}
                  sourceText={sourceLineText(meta.sources, sources)}
                  nameOf={nameOf}
                  colorOf={colorOf}
                />
                <p className="derived-note">{t('un.flowsNote')}</p>
              </>
            )}
          </CodePart>
        ) : null}
        {view ? (
          <div className={view.panels.length > 1 ? 'side-by-side' : undefined}>
            {(complete ? view.panels : view.panels.slice(0, 1)).map((panel) => (
              <UnCountryPanel
                key={`${panel.country}-${panel.year}`}
                panel={panel}
                un={un}
                nameOf={nameOf}
                colorOf={colorOf}
                scaleMax={view.scaleMax}
                title={meta.title}
                embed={embed}
                complete={complete}
              />
            ))}
          </div>
        ) : null}
      </div>
      <p className="derived-note">
        {main?.shareBase !== 'published'
          ? t('un.shareDerived')
          : un.direction === 'origin'
            ? t('un.shareOfPublishedOrigin')
            : t('un.shareOfPublished')}{' '}
        {t('un.remainderDerived')}
      </p>
      <SourceLine
        cited={[
          ...citedBy(meta, meta.sources),
          ...(totalsMeta ? citedBy(totalsMeta, totalsMeta.sources) : []),
        ]}
        citationPage={fullPage}
      />
      {view && complete ? (
        <ViewDownloadMenu
          fileId={meta.id}
          meta={meta}
          parts={unFileParts(un)}
          viewCsv={() => toExcelCsv(unViewDownloadTable(view, un, meta, totalsMeta, nameOf))}
          rows={view.panels.reduce(
            (n, p) => n + (un.show === 'map' ? p.partners.length : p.top.length),
            0,
          )}
          filters={{
            dir: [un.direction],
            country: [un.country, ...un.vs],
            year: [String(un.year), ...(un.vsYear !== undefined ? [String(un.vsYear)] : [])],
            show: [un.show],
          }}
          viewUrl={viewUrl}
          chartSvg={chartSvg}
        />
      ) : null}
      {embed ? <OpenInDashboard href={fullPage} /> : <EmbedPanel title={title} />}
      <details className="caveats" open={!embed}>
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

/**
 * A country in the address that the UN table does not have is named in the address notice and
 * replaced by the default country, so that the select shows the country drawn.
 */
function useUnappliedCountries(countries: readonly string[] | undefined) {
  const un = useViewStore((s) => s.view.un);
  const update = useViewStore((s) => s.update);
  useEffect(() => {
    if (!countries) return;
    const missing = unUnapplied(un, countries);
    if (missing.length === 0) return;
    useViewStore.setState((s) => ({ ignored: [...s.ignored, ...missing] }));
    update(
      {
        un: {
          ...un,
          country: countries.includes(un.country) ? un.country : defaultUnView.country,
          vs: un.vs.filter((c) => countries.includes(c)),
        },
      },
      'replace',
    );
  }, [un, countries, update]);
}

function flowsTitle(
  un: UnViewState,
  panels: readonly UnCountryView[],
  nameOf: (code: string) => string,
): string {
  const countries = panels.filter((p) => p.year === un.year).map((p) => nameOf(p.country));
  const list = formatList(countries);
  return un.direction === 'origin'
    ? t('un.flowsTitle', { origins: list, year: un.year })
    : t('un.flowsTitleDestination', { countries: list, year: un.year });
}

interface UnCountryPanelProps {
  panel: UnCountryView;
  un: UnViewState;
  nameOf: (code: string) => string;
  colorOf: (code: string) => string;
  /** The common scale's upper bound, when two countries are compared. */
  scaleMax: number;
  title: string;
  /** In an embed the chart stands alone, as a dataset embed's does: no table under it. */
  embed: boolean;
  /** False for the first figures: the bars alone, the table and the trend to follow. */
  complete: boolean;
}

function UnCountryPanel({
  panel,
  un,
  nameOf,
  colorOf,
  scaleMax,
  title,
  embed,
  complete,
}: UnCountryPanelProps) {
  const measureKey = un.measure === 'share' ? 'share' : 'stock';
  const rows = panel.top.map((r) => ({ ...r, label: nameOf(r.partner) }));
  const heading = t('un.panelTitle', { country: nameOf(panel.country), year: panel.year });
  const bars = un.show === 'bars';
  const { frame: section, axis: labelAxis } = useCategoryAxis<HTMLElement>(
    180,
    rows.map((r) => r.label),
  );
  return (
    <section className="un-panel" aria-label={heading} ref={section}>
      <h3>{heading}</h3>
      <p>
        {un.direction === 'origin' && panel.publishedTotal !== undefined
          ? t('un.totalAbroadPublished', {
              country: nameOf(panel.country),
              year: panel.year,
              published: formatNumber(panel.publishedTotal),
              value: panel.yearTotal !== undefined ? formatNumber(panel.yearTotal) : '–',
            })
          : un.direction === 'origin'
            ? `${t('un.totalAbroad', {
                country: nameOf(panel.country),
                year: panel.year,
                value: panel.yearTotal !== undefined ? formatNumber(panel.yearTotal) : '–',
              })} (${t('chart.derived')})`
            : panel.publishedTotal !== undefined
              ? t('un.totalInPublished', {
                  country: nameOf(panel.country),
                  year: panel.year,
                  published: formatNumber(panel.publishedTotal),
                  value: panel.yearTotal !== undefined ? formatNumber(panel.yearTotal) : '–',
                })
              : `${t('un.totalIn', {
                  country: nameOf(panel.country),
                  year: panel.year,
                  value: panel.yearTotal !== undefined ? formatNumber(panel.yearTotal) : '–',
                })} (${t('chart.derived')})`}
      </p>
      {bars ? (
        <figure className="chart">
          <BarChart
            responsive
            style={{ width: '100%', height: 36 * rows.length + 60 }}
            data={rows}
            layout="vertical"
            // Room for half the last figure under the axis, centred on its tick.
            margin={{ left: 8, right: 48 }}
          >
            <CartesianGrid strokeDasharray="3 3" vertical stroke={ink.grid} />
            <XAxis
              {...axisInk}
              type="number"
              domain={[0, scaleMax || 'auto']}
              tickFormatter={(v: number) => formatNumber(v)}
            />
            <YAxis {...labelAxis} />
            <Tooltip
              {...tooltipInk}
              formatter={(v) =>
                un.measure === 'share'
                  ? `${formatDerived(Number(v))} % (${t('chart.derived')})`
                  : formatNumber(Number(v))
              }
            />
            <Bar
              dataKey={measureKey}
              name={un.measure === 'share' ? t('un.share') : t('un.absolute')}
              fill={colorOf(panel.country)}
              isAnimationActive={!prefersReducedMotion()}
            />
          </BarChart>
        </figure>
      ) : null}
      {embed || !complete ? null : (
        <ScrollRegion label={`${title}: ${heading}`}>
          <table className="data-table">
            <caption>
              {title}: {heading}
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
      )}
      {bars && complete ? (
        <>
          <h4>{t('un.overTime')}</h4>
          <figure className="chart">
            <LineChart
              responsive
              style={{ width: '100%', height: 320 }}
              data={panel.overTime}
              margin={{ left: 8, right: 24 }}
            >
              <CartesianGrid strokeDasharray="3 3" stroke={ink.grid} />
              <XAxis
                {...axisInk}
                dataKey="year"
                type="number"
                domain={['dataMin', 'dataMax']}
                ticks={[...UN_YEARS]}
              />
              <YAxis {...axisInk} width="auto" tickFormatter={(v: number) => formatNumber(v)} />
              <Tooltip {...tooltipInk} formatter={(v) => formatNumber(Number(v))} />
              <Legend />
              {panel.lineKeys.map((key) => (
                <Line
                  key={key}
                  dataKey={key}
                  name={nameOf(key)}
                  stroke={colorOf(key)}
                  strokeWidth={2}
                  connectNulls={false}
                />
              ))}
            </LineChart>
          </figure>
        </>
      ) : null}
    </section>
  );
}
