import { LOCALE_NAMES, LOCALES, isLocale, t, type Locale } from '../i18n/i18n.ts';
import { chunk } from '../lib/chunk.ts';
import { CodeError, CodePart, codeErrorText } from '../ui/CodePart.tsx';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { Loading } from '../ui/Loading.tsx';
import { useViewStore } from '../state/viewStore.ts';
import { defaultViewState, type Page, type ViewState } from '../state/viewState.ts';
import { DatasetCard } from '../views/dataset/DatasetCard.tsx';
import { Overview } from '../views/overview/Overview.tsx';
import { SelectField } from '../ui/SelectField.tsx';
import { useLocale } from './useLocale.ts';
import { useDatasets, type DatasetEntry } from '../views/common/useDatasets.ts';
import { ThemeSelect } from '../ui/ThemeSelect.tsx';
import { useTheme } from './useTheme.ts';
import { viewAddress, viewHref } from '../state/urlCodec.ts';
import { UN_DATASET_ID } from '../views/un/model/unDatasets.ts';
import { useUnapplied } from '../views/dataset/useUnapplied.ts';
import { OpenInDashboard } from '../views/common/OpenInDashboard.tsx';
import { useHydrated } from '../ui/useHydrated.ts';

// The UN and compare views (with their map, flows and country search) load when opened, so the
// first view's JavaScript does not carry them; code that fails to come fails that view alone.
const unStockPage = chunk(
  'UnStockPage',
  () => import('../views/un/UnStockPage.tsx'),
  (m) => m.UnStockPage,
);
const comparePage = chunk(
  'ComparePage',
  () => import('../views/compare/ComparePage.tsx'),
  (m) => m.ComparePage,
);
// The Sources page too: no page is written for it at build.
const sourcesPanel = chunk(
  'SourcesPanel',
  () => import('../views/sources/SourcesPanel.tsx'),
  (m) => m.SourcesPanel,
);

/** The views an iframe may show (`embed=1`): a dataset's card, the UN view and the comparison. */
const EMBEDDABLE: readonly Page[] = ['dataset', 'un', 'compare'];

const NAV: { page: Page; label: Parameters<typeof t>[0] }[] = [
  { page: 'overview', label: 'nav.overview' },
  { page: 'un', label: 'nav.unStock' },
  { page: 'compare', label: 'nav.compare' },
  { page: 'sources', label: 'nav.sources' },
];

/**
 * The dashboard in the chosen language (`lang=`, else the browser's). A change of language
 * remounts the page, so every figure, label and memoised chart model is made again in it.
 */
export function App() {
  const lang = useViewStore((s) => s.view.lang);
  const { locale, failed } = useLocale(lang);
  // A written page's controls do nothing until React has taken it over: a choice made before
  // that would be lost without a word, so they are shown disabled until then (links still go).
  const live = useHydrated();
  return (
    <fieldset className="page-live" role="none" disabled={!live}>
      <Dashboard key={locale} locale={locale} languageFailed={failed} />
    </fieldset>
  );
}

function Dashboard({
  locale,
  languageFailed,
}: {
  locale: Locale;
  /** The language asked for, whose messages did not load, and why. */
  languageFailed: { locale: Locale; error: Error } | undefined;
}) {
  const { catalog, entries, loaded } = useDatasets(locale);
  const view = useViewStore((s) => s.view);
  const parsedIgnored = useViewStore((s) => s.ignored);
  const update = useViewStore((s) => s.update);
  const root = useViewStore((s) => s.root);
  useTheme(view.theme);
  const go = (change: Partial<ViewState>) => {
    // The theme (and language) stay as chosen from page to page.
    update({ ...defaultViewState, theme: view.theme, lang: view.lang, ...change });
    window.scrollTo(0, 0);
  };
  const explored = loaded.find((m) => m.id === view.dataset);
  const exploring = view.page === 'dataset' && view.dataset !== undefined;
  // What stands in for the explored dataset's card while it is missing: a wait, an error, or "no such".
  const missing =
    exploring && !explored ? (
      <MissingDataset id={view.dataset!} catalog={catalog} entries={entries} embed={view.embed} />
    ) : null;
  // Events of the (first) timeline dataset can be drawn on any chart with a year axis.
  const timeline = loaded.find((m) => m.display.type === 'timeline');
  const unapplied = useUnapplied(explored, timeline);
  // The UN view waits for its metadata; if that failed, it says so instead of waiting.
  const unEntry = entries.find((e) => e.file === `${UN_DATASET_ID}.meta.json`);
  const ignored = [...parsedIgnored, ...unapplied];

  const languageNotice = languageFailed ? <LanguageError {...languageFailed} /> : null;

  // The address codec drops `embed=1` where it is not offered; what an iframe asked for is read
  // here, so the iframe says so instead of squeezing the whole dashboard in.
  const askedEmbed =
    typeof window !== 'undefined' &&
    new URLSearchParams(window.location.search).get('embed') === '1';
  if (askedEmbed && !EMBEDDABLE.includes(view.page)) return <NotEmbeddable view={view} />;
  if (view.embed) {
    return (
      <main className="embed">
        {languageNotice}
        <IgnoredNotice ignored={ignored} embed />
        {view.page !== 'dataset' && catalog.isError ? <CatalogError error={catalog.error} /> : null}
        {view.page === 'un' ? (
          <CodePart part={unStockPage}>
            {(UnStockPage) => <UnStockPage datasets={loaded} embed />}
          </CodePart>
        ) : null}
        {view.page === 'compare' ? (
          <CodePart part={comparePage}>
            {(ComparePage) => <ComparePage datasets={loaded} embed />}
          </CodePart>
        ) : null}
        {view.page === 'dataset' ? (
          explored ? (
            <DatasetCard meta={explored} mode="embed" timeline={timeline} />
          ) : (
            missing
          )
        ) : null}
      </main>
    );
  }

  return (
    <>
      <header className="site-header">
        <h1>{t('app.title')}</h1>
        <p>{t('app.tagline')}</p>
        <LanguageSelect locale={locale} onChange={(lang) => update({ lang })} />
        <nav aria-label={t('nav.label')}>
          <ul>
            {NAV.map((item) => (
              <li key={item.page}>
                <a
                  href={viewHref(
                    { ...defaultViewState, theme: view.theme, lang: view.lang, page: item.page },
                    root,
                  )}
                  aria-current={view.page === item.page ? 'page' : undefined}
                  onClick={(e) => {
                    e.preventDefault();
                    go({ page: item.page, dataset: undefined });
                  }}
                >
                  {t(item.label)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <ThemeSelect
          className="theme-switch"
          label={t('theme.label')}
          value={view.theme}
          onChange={(theme) => update({ theme }, 'replace')}
        />
      </header>
      <main>
        {languageNotice}
        <IgnoredNotice ignored={ignored} />
        {!exploring && catalog.isPending ? <Loading label={t('loading.catalog')} /> : null}
        {!exploring && catalog.isError ? <CatalogError error={catalog.error} /> : null}
        {view.page === 'overview' ? <Overview entries={entries} locale={locale} /> : null}
        {missing}
        {view.page === 'dataset' && explored ? (
          <>
            <p>
              <a
                href={viewHref({ ...defaultViewState, theme: view.theme, lang: view.lang }, root)}
                onClick={(e) => {
                  e.preventDefault();
                  go({ page: 'overview', dataset: undefined });
                }}
              >
                {t('explore.back')}
              </a>
            </p>
            <DatasetCard meta={explored} mode="explore" timeline={timeline} />
          </>
        ) : null}
        {view.page === 'un' ? (
          unEntry?.error ? (
            <ErrorNotice title={t('error.metadata')} message={unEntry.error.message} />
          ) : (
            <CodePart part={unStockPage}>
              {(UnStockPage) => <UnStockPage datasets={loaded} />}
            </CodePart>
          )
        ) : null}
        {view.page === 'compare' ? (
          <CodePart part={comparePage}>
            {(ComparePage) => <ComparePage datasets={loaded} />}
          </CodePart>
        ) : null}
        {view.page === 'sources' ? (
          <CodePart part={sourcesPanel}>
            {(SourcesPanel) => <SourcesPanel datasets={loaded} />}
          </CodePart>
        ) : null}
      </main>
    </>
  );
}

/** The interface language: each named in itself, so a reader finds their own. */
function LanguageSelect({
  locale,
  onChange,
}: {
  locale: Locale;
  onChange: (locale: Locale) => void;
}) {
  return (
    <div className="language-select">
      <SelectField
        label={t('app.language')}
        value={locale}
        onChange={(value) => {
          if (isLocale(value)) onChange(value);
        }}
      >
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LOCALE_NAMES[code]}
          </option>
        ))}
      </SelectField>
    </div>
  );
}

/** URL parameters dropped or not applied, named; announced politely to screen readers. */
function IgnoredNotice({ ignored, embed }: { ignored: readonly string[]; embed?: boolean }) {
  return ignored.length > 0 ? (
    <p className={embed ? 'notice notice-small' : 'notice'} role="status" aria-live="polite">
      {t('app.ignored', { values: ignored.join(', ') })}
    </p>
  ) : null;
}

/**
 * The explored dataset is not (yet) there: the catalogue or its metadata is loading or failed,
 * or the catalogue has no such id, which gets a page of its own listing the datasets on offer.
 */
function MissingDataset({
  id,
  catalog,
  entries,
  embed,
}: {
  id: string;
  embed: boolean;
  catalog: ReturnType<typeof useDatasets>['catalog'];
  entries: DatasetEntry[];
}) {
  if (catalog.isError) return <CatalogError error={catalog.error} />;
  if (catalog.isPending) return <Loading label={t('loading.catalog')} />;
  const entry = entries.find((e) => e.file === `${id}.meta.json`);
  if (entry?.error)
    return <ErrorNotice title={t('error.metadata')} message={entry.error.message} />;
  if (entry) return <Loading label={t('loading.dataset', { title: id })} />;
  const known = entries.flatMap((e) => (e.meta ? [e.meta] : []));
  return (
    <section className="no-such-dataset" aria-labelledby="no-such-title">
      <h2 id="no-such-title">{t('error.noSuchDataset', { id })}</h2>
      <p>{t('error.noSuchDatasetHint')}</p>
      <ul>
        {known.map((meta) => (
          <li key={meta.id}>
            <a
              href={viewHref(
                { ...defaultViewState, page: 'dataset', dataset: meta.id, embed },
                useViewStore.getState().root,
              )}
            >
              {meta.title}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * `embed=1` on a view that is not offered as an embed (the overview, Sources): said, with a link
 * to the full page, rather than the whole dashboard squeezed into someone's iframe.
 */
function NotEmbeddable({ view }: { view: ViewState }) {
  return (
    <main className="embed">
      <p className="notice" role="status">
        {t('embed.notEmbeddable')}
      </p>
      <OpenInDashboard href={viewAddress({ ...view, embed: false })} />
    </main>
  );
}

/** The language asked for did not load: said in English (the one always here), with Retry. */
function LanguageError({ locale, error }: { locale: Locale; error: Error }) {
  return (
    <CodeError
      error={error}
      message={t('error.language', {
        language: LOCALE_NAMES[locale],
        reason: codeErrorText(error),
      })}
    />
  );
}

function CatalogError({ error }: { error: Error }) {
  return (
    <ErrorNotice
      title={t('error.dataset')}
      message={t('error.catalog', { message: error.message })}
    />
  );
}
