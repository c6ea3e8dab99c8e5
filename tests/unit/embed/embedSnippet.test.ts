import { describe, expect, it } from 'vitest';
import {
  datawrapperHeightMessage,
  embedChartId,
  embedSnippet,
  HEIGHT_MESSAGE,
} from '../../../src/embed/embedSnippet';
import { defaultViewState, type ViewState } from '../../../src/state/viewState';

describe('embed snippet', () => {
  const page = 'https://example.org/dash/';
  const view: ViewState = {
    ...defaultViewState,
    page: 'dataset',
    dataset: 'tajik-migrants-by-sex',
    filters: { sex: ['female'] },
  };
  const src = (snippet: string) =>
    /<iframe src="([^"]*)"/.exec(snippet)![1]!.replace(/&amp;/g, '&');

  it('points the iframe at the same view with embed=1, keeping the filters', () => {
    expect(src(embedSnippet(view, 'T', page))).toBe(
      'https://example.org/dash/?view=dataset&id=tajik-migrants-by-sex&sex=female&embed=1',
    );
  });

  it('escapes the title and accepts height messages only from the chart’s origin', () => {
    const snippet = embedSnippet(view, 'Migrants "by sex" <script>', page);
    expect(snippet).toContain('title="Migrants &quot;by sex&quot; &lt;script&gt;"');
    expect(snippet).toContain('e.origin!=="https://example.org"');
    expect(snippet).toContain(JSON.stringify(HEIGHT_MESSAGE));
    expect(snippet.match(/<iframe/g)).toHaveLength(1);
  });

  it('sets the theme and language chosen for the embed; the system theme writes none', () => {
    // In a language of its own, at the embed's page written at build: readable without scripts.
    expect(src(embedSnippet({ ...view, theme: 'dark', lang: 'ru' }, 'T', page))).toBe(
      'https://example.org/dash/ru/datasets/tajik-migrants-by-sex/embed/?sex=female&theme=dark',
    );
    expect(src(embedSnippet({ ...view, theme: 'system' }, 'T', page))).not.toContain('theme');
  });

  it('writes the address as the address bar does: the UN view with its choices', () => {
    const un: ViewState = {
      ...defaultViewState,
      page: 'un',
      un: { ...defaultViewState.un, vs: ['TJK', 'KGZ'], show: 'flows' },
    };
    expect(src(embedSnippet(un, 'T', page))).toBe(
      'https://example.org/dash/?view=un&vs=TJK~KGZ&show=flows&embed=1',
    );
  });
});

describe('Datawrapper’s height message', () => {
  it('names the chart by an id its iframe’s address contains, as Datawrapper’s scripts look for', () => {
    const view = { ...defaultViewState, page: 'dataset' as const, dataset: 'unemployment' };
    expect(embedChartId(view)).toBe('unemployment');
    expect(embedChartId({ ...defaultViewState, page: 'un' })).toBe('ca-migration-un');
    expect(embedChartId({ ...defaultViewState, page: 'compare' })).toBe('ca-migration-compare');
    expect(JSON.stringify(datawrapperHeightMessage('unemployment', 612))).toBe(
      '{"datawrapper-height":{"unemployment":612}}',
    );
  });
});
