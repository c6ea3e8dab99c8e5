import { lazy, Suspense } from 'react';
import { t } from '../i18n/i18n';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Loading } from '../ui/Loading';
import { useViewStore } from '../view/viewStore';
import { defaultViewState, type Page, type ViewState } from '../view/viewState';
import { DatasetCard } from './DatasetCard';
import { Overview } from './Overview';
import { SourcesPanel } from './SourcesPanel';
import { useDatasets } from './useDatasets';

// The UN and compare views (with their map, flows and country search) load when opened, so the
// first view's JavaScript does not carry them.
const UnStockPage = lazy(() => import('./UnStockPage').then((m) => ({ default: m.UnStockPage })));
const ComparePage = lazy(() => import('./ComparePage').then((m) => ({ default: m.ComparePage })));

const NAV: { page: Page; label: Parameters<typeof t>[0] }[] = [
  { page: 'overview', label: 'nav.overview' },
  { page: 'un', label: 'nav.unStock' },
  { page: 'compare', label: 'nav.compare' },
];

export function App() {
  const { catalog, entries, loaded } = useDatasets();
  const view = useViewStore((s) => s.view);
  const ignored = useViewStore((s) => s.ignored);
  const update = useViewStore((s) => s.update);
  const go = (change: Partial<ViewState>) => {
    update({ ...defaultViewState, ...change });
    window.scrollTo(0, 0);
  };
  const explored = loaded.find((m) => m.id === view.dataset);
  // Events of the (first) timeline dataset can be drawn on any chart with a year axis.
  const timeline = loaded.find((m) => m.display.type === 'timeline');
  const shown = view.page === 'dataset' && explored ? [explored] : loaded;

  if (view.embed) {
    return (
      <main className="embed">
        {catalog.isError ? <CatalogError error={catalog.error} /> : null}
        <Suspense fallback={<Loading label={t('loading.view')} />}>
          {view.page === 'un' ? <UnStockPage datasets={loaded} embed /> : null}
          {view.page === 'compare' ? <ComparePage datasets={loaded} embed /> : null}
        </Suspense>
        {view.page === 'dataset' ? (
          explored ? (
            <DatasetCard meta={explored} mode="embed" timeline={timeline} />
          ) : (
            <Loading label={t('loading.catalog')} />
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
        <nav aria-label={t('nav.label')}>
          <ul>
            {NAV.map((item) => (
              <li key={item.page}>
                <a
                  href={item.page === 'overview' ? '?' : `?view=${item.page}`}
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
            <li>
              <a href="#sources">{t('nav.sources')}</a>
            </li>
          </ul>
        </nav>
      </header>
      <main>
        {ignored.length > 0 ? (
          <p className="notice" role="status">
            {t('app.ignored', { values: ignored.join(', ') })}
          </p>
        ) : null}
        {catalog.isPending ? <Loading label={t('loading.catalog')} /> : null}
        {catalog.isError ? <CatalogError error={catalog.error} /> : null}
        {view.page === 'overview' ? <Overview entries={entries} /> : null}
        {view.page === 'dataset' && explored ? (
          <>
            <p>
              <a
                href="?"
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
        <Suspense fallback={<Loading label={t('loading.view')} />}>
          {view.page === 'un' ? <UnStockPage datasets={loaded} /> : null}
          {view.page === 'compare' ? <ComparePage datasets={loaded} /> : null}
        </Suspense>
        <SourcesPanel datasets={shown} />
      </main>
    </>
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
