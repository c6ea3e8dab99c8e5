import { useCallback, useDeferredValue, useId, useMemo, useRef } from 'react';
import { useHydrated } from '../../ui/useHydrated.ts';
import { NO_DATA_COLOR } from './model/unMapModel.ts';
import { UnBarsChart } from '../../charts/un/UnBarsChart.tsx';
import { UnTrendChart } from '../../charts/un/UnTrendChart.tsx';
import { shortCitations, sourceLineText } from '../../data/citations.ts';
import { valueLabel } from '../../data/labels.ts';
import { EmbedPanel } from '../../embed/EmbedPanel.tsx';
import { OpenInDashboard } from '../common/OpenInDashboard.tsx';
import { viewAddress } from '../../state/urlCodec.ts';
import type { ImageRequest } from '../../export/chartImage.ts';
import type { DatasetMeta } from '../../data/metadataSchema.ts';
import { useUnView } from '../../sources/queries.ts';
import { formatList } from '../../i18n/format.ts';
import { activeLocale, t } from '../../i18n/i18n.ts';
import { CountryCombobox } from '../../ui/CountryCombobox.tsx';
import { chunk } from '../../lib/chunk.ts';
import { CodePart } from '../../ui/CodePart.tsx';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { ScrollRegion } from '../../ui/ScrollRegion.tsx';
import { FoldedControls } from '../../ui/FoldedControls.tsx';
import { SelectField } from '../../ui/SelectField.tsx';
import { citedBy, SourceLine } from '../common/SourceLine.tsx';
import { NoScriptCsv, WithoutScripts } from '../common/NoScriptCsv.tsx';
import { countryColors } from '../../model/countryColors.ts';
import { unFileParts, unViewDownloadTable } from './model/unDownload.ts';
import { unModel, unNameOf, unTitle, type UnBar, type UnPanel } from './model/unModel.ts';
import { useSortedRows, type SortColumn } from '../../ui/sortableTable.tsx';
import { unViewRequest } from './model/unViewRequest.ts';
import {
  CENTRAL_ASIA,
  MAX_UN_VS,
  UN_TOP_CHOICES,
  UN_YEARS,
  unDisplays,
  unSexes,
  type UnDisplay,
  type UnSex,
  type UnViewState,
} from '../../state/viewState.ts';
import { useViewStore } from '../../state/viewStore.ts';
import { ViewDownloadMenu } from '../common/DownloadMenu.tsx';
import { CiteMenu } from '../common/CiteMenu.tsx';
import { ChartClamp, EMBED_HEIGHT } from '../../ui/ChartClamp.tsx';
import { CopyLink } from '../../ui/CopyLink.tsx';
import { Disclosure } from '../../ui/Disclosure.tsx';
import { UnYearControl } from './UnYearControl.tsx';
import { UN_DATASET_ID, UN_TOTALS_ID } from './model/unDatasets.ts';

// Drawn only when asked for: the map's geography and the Sankey stay out of the first view's JS.
const worldMap = chunk(
  'WorldMap',
  () => import('../../charts/map/WorldMap.tsx'),
  (m) => m.default,
);
const flowsChart = chunk(
  'FlowsChart',
  () => import('../../charts/flows/FlowsChart.tsx'),
  (m) => m.default,
);

const SHOW_LABELS: Record<UnDisplay, Parameters<typeof t>[0]> = {
  bars: 'un.showBars',
  map: 'un.showMap',
  flows: 'un.showFlows',
};

const SEX_LABELS: Record<UnSex, Parameters<typeof t>[0]> = {
  both: 'un.sexBoth',
  male: 'un.sexMale',
  female: 'un.sexFemale',
};

/**
 * The countries a part of a larger table holds whole in a direction (its metadata's `subset`),
 * known before the table is: undefined for a whole table (its countries come with its figures).
 */
function heldCountries(
  meta: DatasetMeta,
  direction: UnViewState['direction'],
): readonly string[] | undefined {
  return meta.subset && (direction === 'origin' ? meta.subset.origins : meta.subset.destinations);
}

/** "Where do people born in X live?" and "Who lives in Y?" over the UN bilateral stock table. */
export function UnStockPage({ datasets, embed }: { datasets: DatasetMeta[]; embed?: boolean }) {
  const meta = datasets.find((d) => d.id === UN_DATASET_ID);
  const totalsMeta = datasets.find((d) => d.id === UN_TOTALS_ID);
  if (!meta) return <Loading label={t('loading.dataset', { title: UN_DATASET_ID })} />;
  return <UnStockView meta={meta} totalsMeta={totalsMeta} embed={embed ?? false} />;
}

function UnStockView({
  meta,
  totalsMeta,
  embed,
}: {
  meta: DatasetMeta;
  /**
   * The UN's published totals by destination, by sex, with its type-of-data codes and notes:
   * the shares' base in "who lives in Y", what each destination's figure rests on in both.
   */
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
  // render that React splits into short pieces, so the page answers meanwhile. A page written at
  // build is complete from the start (its tables are what a reader without scripts reads), and
  // so is the render that takes it over.
  const written = !useHydrated();
  const complete = useDeferredValue(view !== undefined, written && view !== undefined);
  const sources = useMemo(
    () => [...meta.sources, ...(totalsMeta ? totalsMeta.sources : [])],
    [meta, totalsMeta],
  );
  // The one model every drawing, table, sentence, download and image of the page is made from.
  const model = useMemo(
    () =>
      view
        ? unModel(view, un.show, {
            sourceText: sourceLineText(sources),
            bilateralSourceText: sourceLineText(meta.sources, sources),
            noDataColor: NO_DATA_COLOR,
            ...(meta.countedIn ? { countedIn: meta.countedIn } : {}),
            typeLabel: (code) => label(totalsMeta, 'data_type', code),
            noteLabel: (note) => label(totalsMeta, 'un_note', note),
          })
        : undefined,
    [view, un.show, sources, meta.sources, meta.countedIn, totalsMeta],
  );
  const nameOf = useMemo(() => model?.nameOf ?? unNameOf(view), [model, view]);
  // Nothing to say, download or cite figures of where no country asked for is in the table.
  const drawn = model !== undefined && model.panels.length > 0;
  const fallbackColors = useMemo(() => countryColors([un.country, ...un.vs]), [un.country, un.vs]);
  const aliasesOf = useCallback(
    (code: string) => {
      const unName = view?.names.get(code);
      return unName ? [unName] : [];
    },
    [view?.names],
  );
  // Exactly the countries the table can answer for: the figures' own list once they are here
  // (while a new direction is answered, the part's list from the metadata).
  const held = heldCountries(meta, un.direction);
  const countryOptions = useMemo(
    () =>
      (!query.isPlaceholderData && view?.countries) ||
      held || [...new Set([...CENTRAL_ASIA, ...(view?.countries ?? [])])],
    [query.isPlaceholderData, view?.countries, held],
  );
  const bySex = meta.columns.some((c) => c.name === 'sex');
  // Every country and year drawn is in the title, so a map, image or embed says what it shows.
  const title = model?.title ?? unTitle(un, nameOf);
  const vsOptions = countryOptions.filter((c) => c !== un.country && !un.vs.includes(c));
  const viewUrl = useViewStore((s) => viewAddress(s.view, false));
  const fullPage = embed ? viewUrl : undefined;

  // The image of what is drawn (the maps, the flows, or every panel's bars), each drawing anew
  // at the image's size by the export code; title, legend and sources come from the model.
  const chartImage = async (): Promise<ImageRequest | undefined> => {
    if (!model) return undefined;
    const several = (captions: readonly string[], k: number) =>
      captions.length > 1 ? captions[k] : undefined;
    const panels =
      un.show === 'flows'
        ? await flowsChart.load().then((FlowsChart) =>
            model.flows.map((f, k) => ({
              drawing: <FlowsChart drawing={f} />,
              caption: several(
                model.flows.map((x) => x.title),
                k,
              ),
            })),
          )
        : un.show === 'map'
          ? await worldMap.load().then((WorldMap) =>
              model.map.maps.map((m, k) => ({
                drawing: (
                  <WorldMap
                    drawing={{ ...model.map, maps: [m], captions: [] }}
                    onSelect={() => undefined}
                  />
                ),
                caption: several(model.map.captions, k),
              })),
            )
          : model.panels.map((panel) => ({
              drawing: <UnBarsChart panel={panel} animate={false} />,
              caption: model.panels.length > 1 ? panel.heading : undefined,
              rows: panel.bars.length,
            }));
    return {
      text: {
        title: model.imageTitle,
        subtitle: meta.title,
        legend: model.legend,
        sources: shortCitations(sources),
        derived: model.marks.filter((m) => m.derived).length,
        ...(un.show === 'map' ? { note: t('map.disclaimer') } : {}),
      },
      panels,
    };
  };

  // Every file of the view: a menu on the page, "Get the data" in an embed.
  const downloads = (inline: boolean) =>
    model ? (
      <ViewDownloadMenu
        fileId={meta.id}
        meta={meta}
        parts={unFileParts(model.state)}
        title={title}
        viewTable={() => unViewDownloadTable(model, meta, totalsMeta)}
        alsoCited={totalsMeta ? [totalsMeta] : undefined}
        notes={() => [model.note]}
        rows={model.marks.length}
        filters={{
          dir: [model.state.direction],
          country: [model.state.country, ...model.state.vs],
          year: [
            String(model.state.year),
            ...(model.state.vsYear !== undefined ? [String(model.state.vsYear)] : []),
          ],
          show: [model.state.show],
          sex: [model.state.sex],
        }}
        viewUrl={viewUrl}
        chartImage={chartImage}
        inline={inline}
      />
    ) : null;
  // What the drawing rests on: said beside it on the page, one click away in an embed.
  const revision = (
    <p className="meta-line">
      {t('un.revisionDrawn', {
        release: meta.sources[0]?.release ?? meta.title,
        years: `${UN_YEARS[0]}–${UN_YEARS.at(-1)}`,
      })}
    </p>
  );
  const typesKey = model?.panels.some((p) => p.typeOfData !== undefined || p.hasTypes) ? (
    <p className="derived-note">{t('un.typeOfDataKey')}</p>
  ) : null;
  const caveats = (
    <details className="caveats" open={!embed}>
      <summary>{t('chart.caveats')}</summary>
      <ul>
        {meta.caveats.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
    </details>
  );

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
        <p className="drawn">{model?.drawn}</p>
      ) : (
        <FoldedControls summary={t('un.controls')}>
          <SelectField
            label={t('un.direction')}
            value={un.direction}
            onChange={(value) => {
              const direction = value as UnViewState['direction'];
              // A country the table does not hold in the new direction gives way to the first
              // it does ("who lives in Uzbekistan" is not in a Central Asian part): a choice of
              // the reader, made here, not a correction of the address.
              const inNew = heldCountries(meta, direction);
              setUn({
                direction,
                ...(inNew && !inNew.includes(un.country)
                  ? { country: inNew[0]!, vs: un.vs.filter((c) => inNew.includes(c)) }
                  : {}),
              });
            }}
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
                  <span
                    className="swatch"
                    style={{ background: (model?.colorOf ?? fallbackColors)(code) }}
                    aria-hidden
                  />
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
          {bySex ? (
            <fieldset className="segmented">
              <legend>{t('un.sex')}</legend>
              {unSexes.map((sex) => (
                <label key={sex}>
                  <input
                    type="radio"
                    name={`${id}-sex`}
                    value={sex}
                    checked={un.sex === sex}
                    onChange={() => setUn({ sex })}
                  />
                  {t(SEX_LABELS[sex])}
                </label>
              ))}
            </fieldset>
          ) : null}
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
      {embed ? null : revision}
      {model && model.unavailable.length > 0 ? (
        <p className="notice" role="status">
          {t('un.unavailable', { countries: formatList(model.unavailable) })}{' '}
          {meta.subset
            ? t('un.unavailableHeld', {
                origins: formatList(meta.subset.origins.map(nameOf)),
                destinations: formatList(meta.subset.destinations.map(nameOf)),
              })
            : null}
        </p>
      ) : null}
      {query.isPending ? <Loading label={t('loading.dataset', { title: meta.title })} /> : null}
      {query.isError ? (
        <ErrorNotice title={t('error.dataset')} message={query.error.message} />
      ) : null}
      <ChartClamp budget={embed ? EMBED_HEIGHT : undefined} min={300}>
        <div ref={drawing}>
          {model && un.show === 'map' ? (
            <CodePart part={worldMap} fallback={<Loading label={t('map.loading')} />}>
              {(WorldMap) => (
                <WorldMap
                  drawing={model.map}
                  onSelect={(code) => {
                    if (countryOptions.includes(code)) {
                      setUn({ country: code, vs: un.vs.filter((c) => c !== code) });
                    }
                  }}
                />
              )}
            </CodePart>
          ) : null}
          {model && un.show === 'flows' ? (
            <CodePart part={flowsChart} fallback={<Loading label={t('flows.loading')} />}>
              {(FlowsChart) => (
                <>
                  {model.flows.map((f) => (
                    <FlowsChart key={f.year} drawing={f} />
                  ))}
                </>
              )}
            </CodePart>
          ) : null}
          {model ? (
            <div className={model.panels.length > 1 ? 'side-by-side' : undefined}>
              {(complete ? model.panels : model.panels.slice(0, 1)).map((panel) => (
                <UnCountryPanel
                  key={`${panel.country}-${panel.year}`}
                  panel={panel}
                  bars={un.show === 'bars'}
                  title={meta.title}
                  embed={embed}
                  complete={complete}
                />
              ))}
            </div>
          ) : null}
        </div>
      </ChartClamp>
      {drawn && complete && embed ? (
        // An embed keeps its sentences one click away: the chart stays the embed.
        <details className="chart-summary">
          <summary>{t('summary.more')}</summary>
          <p>{model.summary.join(' ')}</p>
          <p className="derived-note">{model.note}</p>
          {typesKey}
          {revision}
        </details>
      ) : null}
      {drawn && complete && !embed ? (
        <p className="chart-summary">
          <strong>{t('summary.title')}</strong> {model.summary.join(' ')}
        </p>
      ) : null}
      {drawn && !embed ? <p className="derived-note">{model.note}</p> : null}
      {embed ? null : typesKey}
      <SourceLine
        cited={[
          ...citedBy(meta, meta.sources),
          ...(totalsMeta ? citedBy(totalsMeta, totalsMeta.sources) : []),
        ]}
        citationPage={fullPage}
      />
      <NoScriptCsv metas={totalsMeta ? [meta, totalsMeta] : [meta]} />
      {embed ? (
        <div className="card-actions">
          {drawn && complete ? (
            <Disclosure className="get-data" summary={t('embed.getData')}>
              {downloads(true)}
            </Disclosure>
          ) : null}
          <CopyLink address={() => viewUrl} />
          <OpenInDashboard href={fullPage} />
          {caveats}
        </div>
      ) : (
        <>
          {drawn && complete ? downloads(false) : null}
          {model && complete ? (
            <CiteMenu
              datasets={[
                { meta, sources: meta.sources },
                ...(totalsMeta ? [{ meta: totalsMeta, sources: totalsMeta.sources }] : []),
              ]}
              title={title}
              viewUrl={viewUrl}
              refersTo={[model.state.year, model.state.vsYear]
                .filter((year) => year !== undefined)
                .join(', ')}
              fileId={meta.id}
            />
          ) : null}
          <div className="card-actions">
            <CopyLink address={() => viewUrl} />
          </div>
          <EmbedPanel title={title} />
          {caveats}
        </>
      )}
    </article>
  );
}

/** A value of a column of the totals table in words (a type-of-data code, a note's number). */
function label(meta: DatasetMeta | undefined, column: string, value: string): string | undefined {
  const declared = meta?.columns.find((c) => c.name === column);
  return declared?.valueLabels ? valueLabel(declared, value) : undefined;
}

interface UnCountryPanelProps {
  panel: UnPanel;
  /** The bars and the trend are drawn (not the map or the flows). */
  bars: boolean;
  title: string;
  /** In an embed the chart stands alone, as a dataset embed's does: no table under it. */
  embed: boolean;
  /** False for the first figures: the bars alone, the table and the trend to follow. */
  complete: boolean;
}

function UnCountryPanel({ panel, bars, title, embed, complete }: UnCountryPanelProps) {
  return (
    <section className="un-panel" aria-label={panel.heading}>
      <h3>{panel.heading}</h3>
      <p>{panel.total}</p>
      {panel.typeOfData ? <p className="un-type">{panel.typeOfData}</p> : null}
      {bars ? <UnBarsChart panel={panel} /> : null}
      {/* An embed's chart stands alone; without scripts (no chart) its table says the figures. */}
      {embed || complete ? (
        <WithoutScripts when={embed}>
          <UnTable panel={panel} title={title} />
        </WithoutScripts>
      ) : null}
      {bars && complete && embed ? (
        <details className="un-trend">
          <summary>{t('un.overTime')}</summary>
          <UnTrendChart trend={panel.trend} />
        </details>
      ) : null}
      {bars && complete && !embed ? (
        <>
          <h4>{t('un.overTime')}</h4>
          <UnTrendChart trend={panel.trend} />
        </>
      ) : null}
    </section>
  );
}

/** A panel's figures as a table that sorts by any column, as the dataset's table does. */
function UnTable({ panel, title }: { panel: UnPanel; title: string }) {
  const columns: SortColumn<UnBar>[] = [
    { key: 'country', label: t('un.country'), sortValue: (r) => r.label },
    { key: 'stock', label: t('un.absolute'), sortValue: (r) => r.stock },
    {
      key: 'share',
      label: `${t('un.share')} (${t('chart.derived')})`,
      sortValue: (r) => r.share ?? undefined,
    },
    ...(panel.hasTypes
      ? [{ key: 'type', label: t('un.typeOfDataColumn'), sortValue: (r: UnBar) => r.dataType }]
      : []),
  ];
  const { sorted, headings } = useSortedRows(panel.bars, columns);
  return (
    <ScrollRegion label={`${title}: ${panel.heading}`}>
      <table className="data-table">
        <caption>
          {title}: {panel.heading}
        </caption>
        <thead>{headings}</thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={r.partner}>
              <td>{r.label}</td>
              <td className="num">{r.stockText}</td>
              <td className="num">{r.shareText}</td>
              {panel.hasTypes ? <td>{r.dataType ?? '–'}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
