import { describe, expect, it } from 'vitest';
import {
  parseViewState,
  rootPrefix,
  serializeViewState,
  siteRoot,
  staticPath,
  viewAddress,
  viewHref,
} from '../../../src/state/urlCodec';
import { defaultViewState } from '../../../src/state/viewState';

describe('static pages in the address (src/build/prerenderPages.ts)', () => {
  it('reads the page and language from the path, in any folder', () => {
    for (const root of ['/', '/dashboard/', '/a/b/']) {
      const dataset = parseViewState('', `${root}datasets/remittances/`).state;
      expect(dataset).toMatchObject({ page: 'dataset', dataset: 'remittances', lang: 'en' });
      expect(parseViewState('', `${root}ru/datasets/remittances/index.html`).state).toMatchObject({
        page: 'dataset',
        dataset: 'remittances',
        lang: 'ru',
      });
      expect(parseViewState('', `${root}uz/un/`).state).toMatchObject({ page: 'un', lang: 'uz' });
      expect(parseViewState('', `${root}compare/`).state).toMatchObject({
        page: 'compare',
        lang: 'en',
      });
      expect(parseViewState('', `${root}ru/`).state).toMatchObject({
        page: 'overview',
        lang: 'ru',
      });
      // The site's own folder: the overview in the browser's language, as before.
      expect(parseViewState('', root).state).toMatchObject({ page: 'overview', lang: undefined });
      expect(siteRoot(`${root}ru/datasets/remittances/`)).toBe(root);
      expect(siteRoot(root)).toBe(root);
    }
  });

  it('lets the query say more, and win where both speak', () => {
    const { state, ignored } = parseViewState('?sex=female', '/datasets/tajik-migrants-by-sex/');
    expect(state).toMatchObject({ dataset: 'tajik-migrants-by-sex', filters: { sex: ['female'] } });
    expect(ignored).toEqual([]);
    // Addresses of today keep working on any page: the query's view is the view.
    const un = parseViewState('?view=un&lang=uz', '/ru/datasets/remittances/');
    expect(un.state).toMatchObject({ page: 'un', dataset: undefined, lang: 'uz' });
    expect(un.ignored).toEqual([]);
    const old = parseViewState('?view=dataset&id=remittances', '/');
    expect(old.state).toMatchObject({ page: 'dataset', dataset: 'remittances', lang: undefined });
  });

  it('names the static page of a default view, and no other', () => {
    const at = (change: Partial<typeof defaultViewState>) =>
      staticPath({ ...defaultViewState, ...change });
    expect(at({})).toBe('');
    expect(at({ lang: 'ru' })).toBe('ru/');
    expect(at({ page: 'dataset', dataset: 'remittances', lang: 'en' })).toBe(
      'datasets/remittances/',
    );
    expect(at({ page: 'un', lang: 'uz' })).toBe('uz/un/');
    expect(at({ page: 'compare' })).toBe('compare/');
    expect(at({ page: 'dataset', dataset: 'remittances', chart: 'line' })).toBeUndefined();
    expect(at({ page: 'sources' })).toBeUndefined();
    // Each static page reads back as the view it was written for.
    for (const lang of ['en', 'ru', 'uz'] as const) {
      const view = { ...defaultViewState, page: 'dataset' as const, dataset: 'remittances', lang };
      const read = parseViewState('', `/${staticPath(view)}`).state;
      expect(serializeViewState(read)).toBe(serializeViewState(view));
    }
  });

  it('reads an embed’s page, below its view’s, and writes the embed snippet’s address to it', () => {
    for (const root of ['/', '/dashboard/']) {
      expect(parseViewState('', `${root}datasets/remittances/embed/`).state).toMatchObject({
        page: 'dataset',
        dataset: 'remittances',
        lang: 'en',
        embed: true,
      });
      expect(parseViewState('', `${root}ru/un/embed/index.html`).state).toMatchObject({
        page: 'un',
        lang: 'ru',
        embed: true,
      });
      expect(siteRoot(`${root}uz/compare/embed/`)).toBe(root);
      expect(rootPrefix(`${root}uz/datasets/remittances/embed/`)).toBe('../../../../');
      // A folder of the site's own called `embed` is no embed.
      expect(parseViewState('', `${root}embed/`).state).toMatchObject({ embed: false });
    }
    const dataset = {
      ...defaultViewState,
      page: 'dataset' as const,
      dataset: 'tajik-migrants-by-sex',
    };
    const at = (change: Partial<typeof defaultViewState>) =>
      viewAddress({ ...dataset, ...change }, true, 'https://example.org/dash/');
    expect(at({ lang: 'en' })).toBe(
      'https://example.org/dash/datasets/tajik-migrants-by-sex/embed/',
    );
    expect(at({ lang: 'ru', filters: { sex: ['female'] }, theme: 'dark' })).toBe(
      'https://example.org/dash/ru/datasets/tajik-migrants-by-sex/embed/?sex=female&theme=dark',
    );
    expect(at({ page: 'un', dataset: undefined, lang: 'uz' })).toBe(
      'https://example.org/dash/uz/un/embed/',
    );
    expect(at({ page: 'compare', dataset: undefined, lang: 'en', compareCountry: 'TJK' })).toBe(
      'https://example.org/dash/compare/embed/?country=TJK',
    );
    // One following the reader's language keeps the site's folder: the written page has one.
    expect(at({})).toBe('https://example.org/dash/?view=dataset&id=tajik-migrants-by-sex&embed=1');
    // Each embed address reads back as the view it embeds.
    for (const view of [
      { ...dataset, lang: 'ru' as const, filters: { sex: ['female'] }, theme: 'dark' as const },
      {
        ...defaultViewState,
        page: 'compare' as const,
        lang: 'uz' as const,
        compareCountry: 'KGZ' as const,
      },
      {
        ...defaultViewState,
        page: 'un' as const,
        lang: 'en' as const,
        un: { ...defaultViewState.un, vs: ['TJK'] },
      },
    ]) {
      const url = new URL(viewAddress(view, true, 'https://example.org/dash/'));
      const read = parseViewState(url.search, url.pathname).state;
      expect(serializeViewState(read)).toBe(serializeViewState({ ...view, embed: true }));
    }
    expect(staticPath({ ...dataset, lang: 'uz', embed: true })).toBe(
      'uz/datasets/tajik-migrants-by-sex/embed/',
    );
    expect(staticPath({ ...defaultViewState, embed: true })).toBeUndefined();
  });

  it('links from a static page lead up to the site folder, with the whole view in the query', () => {
    expect(rootPrefix('/dashboard/ru/datasets/remittances/')).toBe('../../../');
    expect(rootPrefix('/dashboard/un/')).toBe('../');
    expect(rootPrefix('/dashboard/')).toBe('');
    const overview = { ...defaultViewState, lang: 'ru' as const };
    expect(viewHref(overview, '../../../')).toBe('../../../?lang=ru');
    expect(viewHref(defaultViewState, '')).toBe('?');
  });
});
