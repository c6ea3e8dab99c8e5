import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { chartSummary } from './model/chartSummary.ts';
import { Tabs, type Tab } from '../../ui/Tabs.tsx';
import { buildChartModel } from './model/chartModel.ts';
import { DatasetChart } from '../../charts/DatasetChart.tsx';
import { preloadDrawing, WithDrawing } from '../../charts/drawings.tsx';
import { shortCitations, sourceAnchor } from '../../data/citations.ts';
import { measureColumn } from '../../data/labels.ts';
import type { DatasetMeta } from '../../data/metadataSchema.ts';
import { useDatasetView } from '../../sources/queries.ts';
import { inEnglish } from '../../data/metaText.ts';
import { activeLocale, t } from '../../i18n/i18n.ts';
import { LocalText } from '../../ui/LocalText.tsx';
import { useNearViewport } from '../../ui/useNearViewport.ts';
import { chunk } from '../../lib/chunk.ts';
import { CodePart, PartBoundary } from '../../ui/CodePart.tsx';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { citedBy, SourceLine } from '../common/SourceLine.tsx';
import { chosenChartType } from '../../state/chartTypes.ts';
import { viewRequest } from './model/describeView.ts';
import { defaultViewState } from '../../state/viewState.ts';
import { useViewStore } from '../../state/viewStore.ts';
import { OpenInDashboard } from '../common/OpenInDashboard.tsx';
import { citePanel } from '../common/citePanelChunk.ts';
import { sourceCitations } from '../common/sourceCitationsChunk.ts';
import { staticPath, viewAddress, viewHref } from '../../state/urlCodec.ts';
import { useTimelineEvents } from './useTimelineEvents.ts';
import { CopyLink } from '../../ui/CopyLink.tsx';
import { NoScriptCsv } from '../common/NoScriptCsv.tsx';
import { ChartsWait, useDrawTurn } from '../../ui/ChartRoom.tsx';
import { useHydrated } from '../../ui/useHydrated.ts';
import { formatNumber } from '../../i18n/format.ts';

// Only the dataset view has filters (with the country search) and an embed panel: their code
// loads when that view opens, not with the overview.
// Each fails alone: the card's chart, table and sources stay (src/ui/CodePart.tsx).
const exploreControls = chunk(
  'ExploreControls',
  () => import('./ExploreControls.tsx'),
  (m) => m.ExploreControls,
);

/** Starts loading the dataset view's controls (main.tsx: as soon as the address asks for it). */
export function preloadExploreControls(): void {
  // A failure is shown (with Retry) where the controls go; the preload itself stays quiet.
  exploreControls.load().catch(() => undefined);
}
// The downloads load when a card's Download tab is first opened.
const downloadMenu = chunk(
  'DownloadMenu',
  () => import('../common/DownloadMenu.tsx'),
  (m) => m.DownloadMenu,
);
const embedPanel = chunk(
  'EmbedPanel',
  () => import('../../embed/EmbedPanel.tsx'),
  (m) => m.EmbedPanel,
);

/**
 * Dataset text drawn inside charts, controls and tables, where no mark fits beside each piece:
 * the card says once that some of it is in English.
 */
const UNMARKED_FIELDS = ['labels', 'units', 'referencePeriod', 'breaks'];

/**
 * Rows of an overview card's table in the page written at build (and until the reader comes
 * near the card): the dataset's page has them all.
 */
const OVERVIEW_ROWS = 8;

/** Sources named on an embed's one source line before "and 17 more". */
const EMBED_SOURCES_NAMED = 2;

interface DatasetCardProps {
  meta: DatasetMeta;
  /**
   * `overview`: the dataset's default view; `explore`: filters and chart choice from the view
   * state; `embed`: the view state's chart alone, for an iframe.
   */
  mode: 'overview' | 'explore' | 'embed';
  /** A timeline dataset whose events can be drawn on this chart's year axis. */
  timeline?: DatasetMeta | undefined;
  animate?: boolean;
}

/**
 * One dataset as a chart with its title, unit, period, notes, table and source line. A card
 * that fails as it draws (a value React cannot show) fails alone: the other cards stay.
 */
export function DatasetCard(props: DatasetCardProps) {
  return (
    <PartBoundary
      title={t('error.dataset')}
      frame={(notice) => (
        <article
          className="dataset-card"
          aria-label={props.meta.title}
          data-dataset={props.meta.id}
        >
          {notice}
        </article>
      )}
    >
      <Card {...props} />
    </PartBoundary>
  );
}

function Card({ meta, mode, timeline, animate = true }: DatasetCardProps) {
  const id = useId();
  const storeView = useViewStore((s) => s.view);
  const update = useViewStore((s) => s.update);
  const root = useViewStore((s) => s.root);
  const explore = mode === 'explore';
  const embed = mode === 'embed';
  // An overview card shows the dataset's defaults, whatever the address says.
  const overview = mode === 'overview';
  const theme = storeView.theme;
  const view = useMemo(
    () => (overview ? { ...defaultViewState, theme } : storeView),
    [overview, theme, storeView],
  );
  // Links out of an embed go to the full dashboard's view of this dataset.
  const fullPage = embed ? viewAddress(view) : undefined;
  // This dataset's view, from an overview card too.
  const datasetAddress = (embedded: boolean) =>
    viewAddress({ ...view, page: 'dataset', dataset: meta.id }, embedded);

  const chartType = chosenChartType(meta, view.chart);
  const cardRef = useRef<HTMLElement>(null);
  const client = useQueryClient();
  const request = viewRequest(view, chartType);
  // An overview card's rows are asked for (and drawn) as the reader scrolls towards it, unless
  // they are here already (a page written at build carries them: its HTML shows every card).
  const near = useNearViewport(
    cardRef,
    overview && client.getQueryData(['view', meta.id, request]) === undefined,
  );
  // The drawing's code comes beside the rows, not after them.
  useEffect(() => {
    if (near) void preloadDrawing(client, chartType);
  }, [near, client, chartType]);
  const { query, view: slice } = useDatasetView(meta, request, near);
  // An overview card draws its chart and lists its whole table once the reader comes near it,
  // not all at once as a written page is taken over; the written page (and that first render)
  // has the chart's room and the table's first rows.
  const hydrated = useHydrated();
  const seen = useNearViewport(cardRef, overview);
  const shown = useDrawTurn(overview && hydrated && seen) || !overview;
  const wholeTablePage = staticPath({
    ...defaultViewState,
    page: 'dataset',
    dataset: meta.id,
    lang: view.lang ?? activeLocale(),
  });
  const model = useMemo(
    () =>
      slice
        ? buildChartModel(meta, slice, chartType, {
            preferredSource: view.source,
            sort: view.sort,
          })
        : undefined,
    [slice, meta, chartType, view.source, view.sort],
  );
  const measure = measureColumn(meta);
  const events = useTimelineEvents(timeline, !!timeline && view.events && chartType === 'line');
  // The derived changes column: in the explorer, where a year range is read.
  const changes = mode !== 'overview' && model?.changes.size ? model.changes : undefined;

  const heading = <LocalText text={meta.title} english={inEnglish(meta, 'title')} />;
  const unit = slice?.unit;
  const sources = slice?.sources ?? meta.sources;
  const empty = slice !== undefined && slice.rows.length === 0;
  const drawn = slice && model && !empty;
  const summary = useMemo(() => (model ? chartSummary(model) : []), [model]);
  const title = slice?.drawn ? `${meta.title} (${slice.drawn})` : meta.title;
  // A table of its own where the chart is not already one (timelines and matrices are read as is).
  const hasTable = !!drawn && !!measure && chartType !== 'table';

  const [tab, setTab] = useState<CardTab>('chart');
  const anchors = useMemo(
    () => new Set(sources.map((s) => sourceAnchor(meta.id, s.id))),
    [sources, meta.id],
  );
  // An address pointing at one of this card's citations (a source line's link, followed from an
  // embed or shared) opens the card on its Sources tab.
  useEffect(() => {
    const follow = () => {
      if (anchors.has(decodeURIComponent(window.location.hash.slice(1)))) setTab('sources');
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [anchors]);
  // The tab is shown before the link's own navigation scrolls to its target.
  const cite = (anchor: string) => {
    flushSync(() => setTab('sources'));
    document.getElementById(anchor)?.focus({ preventScroll: true });
  };
  // An embed's footer opens a tab (its sources, its downloads) and takes the reader to it.
  const openTab = (key: CardTab) => {
    flushSync(() => setTab(key));
    cardRef.current?.querySelector<HTMLElement>(`[role="tab"][data-tab="${key}"]`)?.focus();
  };

  const tabs: Tab<CardTab>[] = [
    {
      key: 'chart',
      label: t('tabs.chart'),
      keepLaidOut: true,
      panel: (
        <>
          {empty ? (
            <p className="empty" role="status">
              {t('chart.empty', { reason: slice.emptyReason })}
            </p>
          ) : null}
          {drawn ? (
            <figure
              className="chart"
              data-drawing={model.lines ? 'line' : model.type}
              aria-label={title}
              aria-describedby={summary.length > 0 ? `${id}-summary` : undefined}
            >
              <ChartsWait.Provider value={!shown}>
                <DatasetChart
                  meta={meta}
                  model={model}
                  observations={slice.observations}
                  rows={slice.rows}
                  events={events}
                  animate={animate}
                  compact={embed}
                />
              </ChartsWait.Provider>
              {summary.length > 0 && embed ? (
                // An embed keeps its sentences one click away: the chart stays the embed.
                <figcaption className="chart-summary">
                  <details>
                    <summary>{t('summary.more')}</summary>
                    <span id={`${id}-summary`}>{summary.join(' ')}</span>
                  </details>
                </figcaption>
              ) : summary.length > 0 ? (
                <figcaption className="chart-summary" id={`${id}-summary`}>
                  <strong>{t('summary.title')}</strong> {summary.join(' ')}
                </figcaption>
              ) : null}
            </figure>
          ) : null}
        </>
      ),
    },
    ...(hasTable
      ? [
          {
            key: 'table' as const,
            label: t('tabs.table'),
            // Its code loads as a drawing's (the chart type `table` draws the same table). On the
            // overview, until the reader comes near the card, its first rows and a link to the
            // dataset's page, which has them all.
            panel:
              shown || slice.observations.length <= OVERVIEW_ROWS ? (
                <WithDrawing
                  kind="table"
                  draw={(Table) => (
                    <Table observations={slice.observations} meta={meta} changes={changes} />
                  )}
                />
              ) : (
                <>
                  <WithDrawing
                    kind="table"
                    draw={(Table) => (
                      <Table
                        observations={slice.observations.slice(0, OVERVIEW_ROWS)}
                        meta={meta}
                        changes={changes}
                      />
                    )}
                  />
                  <p className="table-more">
                    {/* The dataset's written page: it has them, with or without scripts. */}
                    <a href={`${root}${wholeTablePage}`}>
                      {t('chart.firstRows', {
                        shown: formatNumber(OVERVIEW_ROWS),
                        count: formatNumber(slice.observations.length),
                      })}
                    </a>
                  </p>
                </>
              ),
          },
        ]
      : []),
    {
      key: 'sources',
      label: t('tabs.sources'),
      panel: (
        <CodePart part={sourceCitations}>
          {(SourceCitations) => <SourceCitations meta={meta} sources={sources} />}
        </CodePart>
      ),
    },
    // Ready to paste: the sources of the figures drawn, then this view (not in an embed, which
    // links to the full page for its citation).
    ...(slice && !embed
      ? [
          {
            key: 'cite' as const,
            label: t('tabs.cite'),
            mountWhenShown: true,
            panel: (
              <CodePart part={citePanel}>
                {(CitePanel) => (
                  <CitePanel
                    datasets={[{ meta, sources, observations: slice.observations }]}
                    title={title}
                    viewUrl={datasetAddress(false)}
                    fileId={meta.id}
                  />
                )}
              </CodePart>
            ),
          },
        ]
      : []),
    ...(drawn
      ? [
          {
            key: 'download' as const,
            label: t('tabs.download'),
            mountWhenShown: true,
            panel: (
              <CodePart part={downloadMenu}>
                {(DownloadMenu) => (
                  <DownloadMenu
                    meta={meta}
                    slice={slice}
                    model={model}
                    view={view}
                    changes={changes ? slice.observations.map((o) => changes.get(o)) : undefined}
                    sources={shortCitations(sources, meta.sources)}
                    viewUrl={datasetAddress(view.embed)}
                    events={events}
                    inline
                  />
                )}
              </CodePart>
            ),
          },
        ]
      : []),
    ...(explore
      ? [
          {
            key: 'embed' as const,
            label: t('tabs.embed'),
            panel: (
              <CodePart part={embedPanel}>
                {(EmbedPanel) => (
                  <EmbedPanel
                    title={title}
                    view={{ ...view, page: 'dataset', dataset: meta.id }}
                    inline
                  />
                )}
              </CodePart>
            ),
          },
        ]
      : []),
  ];

  const caveats =
    meta.caveats.length > 0 || meta.sourceRule ? (
      <details className="caveats">
        <summary>{t('chart.caveats')}</summary>
        <ul>
          {meta.caveats.map((caveat, i) => (
            <li key={caveat}>
              <LocalText text={caveat} english={inEnglish(meta, `caveats.${i}`)} />
            </li>
          ))}
          {meta.sourceRule ? (
            <li>
              <LocalText text={meta.sourceRule} english={inEnglish(meta, 'sourceRule')} />
            </li>
          ) : null}
        </ul>
      </details>
    ) : null;

  return (
    <article
      ref={cardRef}
      className={`dataset-card ${explore ? 'explore' : ''}`}
      aria-labelledby={`${id}-title`}
      data-dataset={meta.id}
    >
      <header>
        {/* In an embed the card is the whole document: its title is the page's heading. */}
        {embed ? <h1 id={`${id}-title`}>{heading}</h1> : <h2 id={`${id}-title`}>{heading}</h2>}
        {meta.subtitle ? (
          <p className="subtitle">
            <LocalText text={meta.subtitle} english={inEnglish(meta, 'subtitle')} />
          </p>
        ) : null}
        {slice?.drawn ? <p className="drawn">{slice.drawn}</p> : null}
        <p className="meta-line">
          <span>{t(`concept.${meta.concept}`)}</span>
          {unit ? (
            <span>
              {slice?.unitInEnglish ? (
                <LocalText text={t('chart.unit', { unit })} english />
              ) : (
                t('chart.unit', { unit })
              )}
            </span>
          ) : null}
          <span>{t('chart.period', { period: meta.referencePeriod })}</span>
        </p>
        {UNMARKED_FIELDS.some((field) => inEnglish(meta, field)) ? (
          <p className="in-english-note">
            <small>{t('text.someInEnglish')}</small>
          </p>
        ) : null}
      </header>
      {query.isPending && near ? (
        <Loading label={t('loading.dataset', { title: meta.title })} />
      ) : null}
      {/* Room kept for the chart to come, so the page does not jump as cards draw. */}
      {!near ? <div className="chart-to-come" /> : null}
      {query.isError ? (
        <ErrorNotice title={t('error.dataset')} message={query.error.message} />
      ) : null}
      {slice && explore ? (
        <CodePart part={exploreControls}>
          {(ExploreControls) => (
            <ExploreControls
              meta={meta}
              slice={slice}
              view={view}
              chartType={chartType}
              sources={sources}
              canShowEvents={timeline !== undefined && slice.years.length > 0}
              update={update}
            />
          )}
        </CodePart>
      ) : null}
      {slice ? (
        <Tabs
          label={t('tabs.label', { title: meta.title })}
          tabs={tabs}
          selected={tabs.some((x) => x.key === tab) ? tab : 'chart'}
          onSelect={setTab}
        />
      ) : null}
      <SourceLine
        cited={citedBy(meta, sources)}
        citationPage={fullPage}
        onCite={slice ? cite : undefined}
        more={
          embed && slice
            ? { shown: EMBED_SOURCES_NAMED, open: () => openTab('sources') }
            : undefined
        }
      />
      <div className="card-actions">
        {embed && drawn ? (
          <button type="button" onClick={() => openTab('download')}>
            {t('embed.getData')}
          </button>
        ) : null}
        <CopyLink address={() => datasetAddress(false)} />
        {embed ? <OpenInDashboard href={fullPage} /> : null}
        {/* In an embed the notes are one more thing on this row, opened on demand. */}
        {embed ? caveats : null}
      </div>
      <NoScriptCsv metas={[meta]} />
      {embed ? null : caveats}
      {mode === 'overview' ? (
        <p>
          <a
            href={viewHref({ ...view, page: 'dataset', dataset: meta.id }, root)}
            onClick={(e) => {
              e.preventDefault();
              update({ ...view, page: 'dataset', dataset: meta.id });
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

type CardTab = 'chart' | 'table' | 'sources' | 'cite' | 'download' | 'embed';
