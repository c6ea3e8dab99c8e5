import { dehydrate, QueryClient, QueryClientProvider, type Query } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from '../app/App.tsx';
import { prefetchView } from '../app/prefetchView.ts';
import { byDeclaredOrder } from '../data/datasetOrder.ts';
import { localizeMeta } from '../data/metaText.ts';
import type { DatasetMeta } from '../data/metadataSchema.ts';
import { iso3Codes } from '../i18n/countryCodes.ts';
import { countryName, loadCountryNames } from '../i18n/countryName.ts';
import { loadLocale, setActiveLocale, t, type Locale } from '../i18n/i18n.ts';
import { chunkNamed } from '../lib/chunk.ts';
import { memoPromise } from '../lib/memoPromise.ts';
import type { DatasetSource } from '../sources/datasetSource.ts';
import { encodePageValue, intlFingerprint, type PageData } from '../sources/pageData.ts';
import { catalogQuery, DatasetSourceProvider, metadataQuery } from '../sources/queries.ts';
import { serializeViewState, staticPath } from '../state/urlCodec.ts';
import { useViewStore } from '../state/viewStore.ts';
import type { ViewState } from '../state/viewState.ts';
import { UN_DATASET_ID, UN_TOTALS_ID } from '../views/un/model/unDatasets.ts';
import { fileSystemSource } from './fileSystemSource.ts';

/**
 * One page of the site written at build (prerenderPages.ts): the app rendered on the server for
 * a static path, with the data its first render read. Loaded through Vite's SSR module loader, so
 * it runs the app's own modules, messages and queries (the one query registry over data/).
 */

export interface RenderedPage {
  /** The page's path as the address codec writes it: the one it was rendered for. */
  path: string | undefined;
  html: string;
  data: PageData;
  view: ViewState;
  /** The page's title and description, in its language. */
  title: string;
  description: string;
  /** The dataset of a dataset page, its text in the page's language. */
  dataset: DatasetMeta | undefined;
  /** The countries a dataset page's figures are about, named in its language. */
  places: string[];
}

// Queries the first render waits for: the data it shows and the code parts it draws with (not
// the language: loaded first).
const WAITED = new Set(['catalog', 'metadata', 'view', 'un-view', 'key-figures', 'table', 'code']);
// What the page carries: the answers computed from the tables (through the one query registry;
// the overview's key figures among them, or the page would grow under the reader's eyes when
// the browser had computed them).
// The catalogue and metadata a page reads (but the overview's: carriedMetadata) come with it too;
// the whole tables a view reads itself (the comparison's) are files of their own, which the
// browser fetches (and caches) before it takes the HTML over.
// The overview carries its first card's rows alone (the card its first screen shows): the others
// are taken over as the reader comes near them, with their rows loaded then (their HTML has their
// first rows meanwhile: src/views/overview/ReachedCard.tsx).
const CARRIED = new Set(['view', 'un-view', 'key-figures']);
const isCodePart = (query: Query) =>
  query.queryKey[0] === 'code' &&
  query.queryKey.length === 2 &&
  chunkNamed(String(query.queryKey[1])) !== undefined;
const waited = (query: Query) =>
  WAITED.has(String(query.queryKey[0])) &&
  // A view asked for before its dataset's metadata is known has no dataset to ask of.
  (query.queryKey.length < 2 || query.queryKey[1] !== undefined) &&
  (query.queryKey[0] !== 'code' || isCodePart(query)) &&
  // A query the render does not want yet stays unasked (a timeline's table with its events off),
  // but for an overview card's rows: the page shows every card, scrolled to or not.
  ((query.options as { enabled?: unknown }).enabled !== false || query.queryKey[0] === 'view') &&
  query.state.data === undefined &&
  query.state.status !== 'error';

/** The dataset of the overview's first card, in the order the overview shows them (useDatasets). */
function firstOverviewCard(client: QueryClient): string | undefined {
  return (client.getQueryData<string[]>(['catalog']) ?? [])
    .map((file) => ({ file, meta: client.getQueryData<DatasetMeta>(['metadata', file]) }))
    .sort(byDeclaredOrder)[0]?.meta?.id;
}

// One source for every page: each metadata file is read and checked once, each table parsed once.
const files = fileSystemSource();
const metadata = new Map<string, Promise<DatasetMeta>>();
/** Every country's name in `locale`, by alpha-3 code: what the page's HTML names them. */
function countryNames(locale: Locale): Record<string, string> {
  return Object.fromEntries(
    iso3Codes().flatMap((code) => {
      const name = countryName(code, locale);
      return name === undefined ? [] : [[code, name]];
    }),
  );
}

const source: DatasetSource = {
  ...files,
  loadMetadata: (file) => memoPromise(metadata, file, () => files.loadMetadata(file)),
};

/**
 * The metadata files a page's HTML was rendered from, when they are few: the page carries them
 * with the catalogue's list, so that taking it over waits for neither data/index.json (every
 * dataset's metadata, ~190 kB gzip) nor anything else (src/app/takeOverPage.ts). A dataset's page
 * reads its dataset and the first timeline (whether events can be drawn: App.tsx), the UN page
 * its two tables, the comparison the tables it reads. The other datasets' metadata load after
 * the take-over, unseen: nothing on these pages shows them. The overview shows every dataset:
 * it carries none, and fetches the catalogue.
 */
function carriedMetadata(
  client: QueryClient,
  view: ViewState,
  tables: readonly string[],
): Set<string> | undefined {
  const files = client.getQueryData<string[]>(catalogQuery(source).queryKey) ?? [];
  const entries = files
    .map((file) => ({ file, meta: client.getQueryData<DatasetMeta>(['metadata', file]) }))
    .sort(byDeclaredOrder);
  const withId = (ids: readonly (string | undefined)[]) =>
    new Set(entries.filter((e) => e.meta && ids.includes(e.meta.id)).map((e) => e.file));
  if (view.page === 'dataset') {
    const timeline = entries.find((e) => e.meta?.display.type === 'timeline');
    return withId([view.dataset, timeline?.meta?.id]);
  }
  if (view.page === 'un') return withId([UN_DATASET_ID, UN_TOTALS_ID]);
  if (view.page === 'compare') return withId(tables);
  return undefined;
}

/** Renders the page at `pathname` (below the site's folder, e.g. `/ru/datasets/remittances/`). */
export async function renderPage(pathname: string): Promise<RenderedPage> {
  const store = useViewStore.getState();
  // (The locale's country names are loaded before any render, as main.tsx does.)
  store.load('', pathname);
  const { view } = useViewStore.getState();
  const locale = view.lang ?? 'en';
  await Promise.all([loadLocale(locale), loadCountryNames(locale)]);
  setActiveLocale(locale);

  const client = new QueryClient();
  await prefetchView(client, source, view, locale);
  const tree = (
    <StrictMode>
      <QueryClientProvider client={client}>
        <DatasetSourceProvider value={source}>
          <App />
        </DatasetSourceProvider>
      </QueryClientProvider>
    </StrictMode>
  );
  // Rendered until every query the render asks for is answered: each pass may ask for more (the
  // UN view's code, then its figures). Overview cards far below the fold are answered too, so
  // the page's HTML shows every card's figures.
  let html = renderToString(tree);
  for (let pass = 0; pass < 8; pass++) {
    const asked = client.getQueryCache().getAll().filter(waited);
    if (asked.length === 0) break;
    await Promise.all(asked.map((query) => query.fetch().catch(() => undefined)));
    setActiveLocale(locale);
    html = renderToString(tree);
  }
  for (const query of client.getQueryCache().getAll()) {
    if (query.state.status === 'error') {
      console.warn(`${pathname}: ${String(query.queryKey)}: ${query.state.error?.message}`);
    }
  }

  const firstCard = view.page === 'overview' ? firstOverviewCard(client) : undefined;
  const tables = client
    .getQueryCache()
    .getAll()
    .filter((query) => query.queryKey[0] === 'table' && query.state.status === 'success')
    .map((query) => String(query.queryKey[1]));
  const carriedMeta = carriedMetadata(client, view, tables);
  const queries = dehydrate(client, {
    serializeData: encodePageValue,
    shouldDehydrateQuery: (query) =>
      query.state.status === 'success' &&
      ((CARRIED.has(String(query.queryKey[0])) &&
        (view.page !== 'overview' ||
          query.queryKey[0] !== 'view' ||
          query.queryKey[1] === firstCard)) ||
        (carriedMeta !== undefined &&
          (query.queryKey[0] === 'catalog' ||
            (query.queryKey[0] === 'metadata' && carriedMeta.has(String(query.queryKey[1])))))),
  });
  const code = client
    .getQueryCache()
    .getAll()
    .filter((query) => isCodePart(query) && query.state.status === 'success')
    .map((query) => String(query.queryKey[1]));

  const catalog = await client.fetchQuery(catalogQuery(source));
  const file = catalog.find((f) => f === `${view.dataset}.meta.json`);
  const dataset =
    view.page === 'dataset' && file
      ? localizeMeta(await client.fetchQuery(metadataQuery(source, file)), locale)
      : undefined;
  const places = (dataset?.origins ?? []).flatMap((code) => countryName(code, locale) ?? []);
  const site = t('app.title', {}, locale);
  const titles: Record<string, string | undefined> = {
    dataset: dataset?.title,
    un: t('nav.unStock', {}, locale),
    compare: t('nav.compare', {}, locale),
  };
  const title = titles[view.page];
  return {
    path: staticPath(view),
    html,
    data: {
      address: serializeViewState(view),
      locale,
      intl: intlFingerprint(locale),
      countryNames: countryNames(locale),
      queries,
      tables,
      code,
    },
    view,
    title: title ? `${title} — ${site}` : site,
    description: dataset?.description ?? dataset?.subtitle ?? t('app.tagline', {}, locale),
    // An embed's page is not described for machines: its view's page is (and is canonical).
    dataset: view.embed ? undefined : dataset,
    places,
  };
}
