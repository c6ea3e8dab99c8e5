import { reservedColumnNames } from '../data/metadataNames.ts';
import {
  CENTRAL_ASIA,
  defaultUnView,
  defaultViewState,
  isDisplayType,
  MAX_UN_VS,
  pages,
  UN_TOP_CHOICES,
  unDisplays,
  unSexes,
  UN_YEARS,
} from './viewState.ts';
import { browserLocale, isLocale, t, type Locale } from '../i18n/i18n.ts';
import { themeChoices, type ThemeChoice } from '../ui/theme.ts';
import {
  COMPARE_COUNTRIES,
  type Page,
  type UnDisplay,
  type UnSex,
  type ViewState,
} from './viewState.ts';

/**
 * View state ⇄ URL query string. Short, stable parameters after Our World in Data's habits:
 * `view=dataset&id=tajik-migrants-series&sex=total~female&time=2010..2023&chart=line`.
 * Anything unknown or malformed is dropped and reported, never rendered.
 */

const MAX_PARAM_LENGTH = 200;
const MAX_VALUES = 300;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const COLUMN = /^[a-z][a-z0-9_]*$/;
const VALUE = /^[A-Za-z0-9_.\- ]+$/;
const SOURCE = /^[A-Z0-9_]+$/;
const ISO3 = /^[A-Z]{3}$/;

/** Parameters with a meaning of their own on every page (the schema keeps them from columns). */
const COMMON_KEYS = new Set<string>(reservedColumnNames);
/**
 * The UN view's own parameters. On a dataset view the same names are free for the dataset's
 * columns (`country=UZB` filters a `country` column).
 */
const UN_KEYS = new Set(['dir', 'country', 'vs', 'vsyear', 'year', 'top', 'show', 'sex']);

/** A parameter as the notice names it, long keys and values cut short. */
function shown(key: string, value: string): string {
  const cut = (text: string) =>
    (text.length > 40 ? `${text.slice(0, 40)}…` : text).replace(
      // Control and direction characters are shown, not obeyed: a right-to-left override in the
      // address must not reverse the notice's own words.
      // eslint-disable-next-line no-control-regex -- control characters are what is made visible
      /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
  return `${cut(key)}=${cut(value)}`;
}

export interface ParsedView {
  state: ViewState;
  /** Parameters that were dropped, as `key=value` text, for the page to say so. */
  ignored: string[];
}

/**
 * The static pages written at build (src/build/prerenderPages.ts), below the site's folder:
 * `datasets/<id>/`, `un/`, `compare/` in English, the same under `ru/` and `uz/`, and `ru/`,
 * `uz/` for the overview (the site's own folder is the overview in the browser's language), and
 * each view's embed below it (`datasets/<id>/embed/`, `un/embed/`, `compare/embed/`). A path
 * names a page, a language and an embed as the query's `view`, `id`, `lang` and `embed` do; the
 * query says the rest, and wins where both speak.
 */
const STATIC_PATH =
  /(?:^|\/)(?:(ru|uz)\/)?(?:datasets\/([a-z0-9]+(?:-[a-z0-9]+)*)\/(embed\/)?|(un)\/(embed\/)?|(compare)\/(embed\/)?)?(?:index\.html)?$/;

/** The page, language and embed a static page's path names, as query parameters. */
function pathParams(pathname: string): [string, string][] {
  const match = STATIC_PATH.exec(pathname);
  if (!match) return [];
  const [, lang, id, datasetEmbed, un, unEmbed, compare, compareEmbed] = match;
  const params: [string, string][] = [];
  if (id) params.push(['view', 'dataset'], ['id', id]);
  else if (un ?? compare) params.push(['view', (un ?? compare)!]);
  if (lang) params.push(['lang', lang]);
  else if (id || un || compare) params.push(['lang', 'en']);
  if (datasetEmbed ?? unEmbed ?? compareEmbed) params.push(['embed', '1']);
  return params;
}

/** The site's folder (`/`, `/dashboard/`) for a page's path: the static page's own part cut off. */
export function siteRoot(pathname: string): string {
  const match = STATIC_PATH.exec(pathname);
  const root = match
    ? pathname.slice(0, match.index + (pathname[match.index] === '/' ? 1 : 0))
    : pathname;
  return root.endsWith('/') ? root : `${root}/`;
}

/** From a page's path, the way up to the site's folder (`../../` from `datasets/<id>/`). */
export function rootPrefix(pathname: string): string {
  const below = pathname.slice(siteRoot(pathname).length).replace(/index\.html$/, '');
  return '../'.repeat(below.split('/').length - 1);
}

/**
 * The static page of a view, below the site's folder, when one is written for it: a page's
 * default view (nothing chosen but the language), in English, Russian or Uzbek. For the sitemap,
 * canonical and alternate links; links inside the app keep their query (viewHref), which says
 * every choice and opens the same view wherever the site is served.
 */
export function staticPath(state: ViewState): string | undefined {
  const lang = state.lang ?? 'en';
  const prefix = lang === 'en' ? '' : `${lang}/`;
  const plain = {
    ...defaultViewState,
    page: state.page,
    dataset: state.dataset,
    lang: state.lang,
    embed: state.embed,
  };
  if (serializeViewState(state) !== serializeViewState(plain)) return undefined;
  const embed = state.embed ? 'embed/' : '';
  // The site's folder is the overview, in English until the browser's language is known.
  if (state.page === 'overview') return embed ? undefined : prefix;
  if (state.page === 'dataset' && state.dataset)
    return `${prefix}datasets/${state.dataset}/${embed}`;
  if (state.page === 'un' || state.page === 'compare') return `${prefix}${state.page}/${embed}`;
  return undefined;
}

/**
 * The address of a view's embed: the embed's page written at build (`datasets/<id>/embed/`,
 * which a reader without JavaScript, a static host ignoring the query, and a link preview get),
 * with what the view chooses beyond its defaults as the query (`?sex=total~female`). Only for an
 * embed in a language of its own: the written page is in it (one following the reader's browser
 * language keeps the site's folder and its query).
 */
function embedAddress(view: ViewState, page: string): string | undefined {
  if (view.lang === undefined) return undefined;
  const written = staticPath({
    ...defaultViewState,
    page: view.page,
    dataset: view.dataset,
    lang: view.lang,
    embed: true,
  });
  if (written === undefined) return undefined;
  const rest = new URLSearchParams(serializeViewState({ ...view, embed: true }));
  for (const said of ['view', 'id', 'embed', 'lang']) rest.delete(said);
  const query = rest.toString().replace(/%7E/g, '~');
  return `${page}${written}${query ? `?${query}` : ''}`;
}

/**
 * The view at an address: its query string, and the path of a static page (`datasets/<id>/`,
 * `ru/un/`…), which names the page and language unless the query does.
 */
export function parseViewState(search: string, pathname = ''): ParsedView {
  const params = new URLSearchParams(search);
  // A query naming its own view keeps the path's page (and dataset) out of it.
  const ownView = params.has('view');
  for (const [key, value] of pathParams(pathname)) {
    if (params.has(key) || ((key === 'id' || key === 'view') && ownView)) continue;
    params.set(key, value);
  }
  const ignored: string[] = [];
  const ignore = (key: string, value: string) => ignored.push(shown(key, value));
  const state: ViewState = { ...defaultViewState, filters: {}, un: { ...defaultUnView } };
  // The language first: the notice below is written in it.
  const lang = params.get('lang');
  if (isLocale(lang)) state.lang = lang;
  const locale: Locale = state.lang ?? browserLocale();
  // A key given twice: the first counts, every later one is named (`sex=total&sex=male`).
  const seen = new Set<string>();
  for (const [key, value] of params) {
    if (seen.has(key)) ignored.push(t('ignored.repeated', { param: shown(key, value) }, locale));
    seen.add(key);
  }
  if (lang !== null && !isLocale(lang)) ignore('lang', lang);
  const get = (key: string): string | undefined => {
    const value = params.get(key);
    if (value === null) return undefined;
    if (value.length > MAX_PARAM_LENGTH) {
      ignore(key, value);
      return undefined;
    }
    return value;
  };

  const view = get('view');
  if (view !== undefined) {
    if ((pages as readonly string[]).includes(view)) state.page = view as Page;
    else ignore('view', view);
  }
  const id = get('id');
  if (id !== undefined) {
    if (ID.test(id) && state.page === 'dataset') state.dataset = id;
    else ignore('id', id);
  }
  if (state.page === 'dataset' && state.dataset === undefined) state.page = 'overview';

  const time = get('time');
  if (time !== undefined) {
    // `2019` is one year; `2010..2023` a range.
    const match = /^(\d{4})(?:\.\.(\d{4}))?$/.exec(time);
    const from = Number(match?.[1]);
    const to = Number(match?.[2] ?? match?.[1]);
    if (match && from <= to && state.page === 'dataset') state.time = [from, to];
    else ignore('time', time);
  }
  const chart = get('chart');
  if (chart !== undefined) {
    if (isDisplayType(chart) && state.page === 'dataset') state.chart = chart;
    else ignore('chart', chart);
  }
  const source = get('source');
  if (source !== undefined) {
    if (SOURCE.test(source) && state.page === 'dataset') state.source = source;
    else ignore('source', source);
  }

  const sort = get('sort');
  if (sort !== undefined) {
    if ((sort === 'value' || sort === 'name') && state.page === 'dataset') state.sort = sort;
    else ignore('sort', sort);
  }
  const embed = get('embed');
  if (embed !== undefined) {
    if (embed === '1' && state.page !== 'overview' && state.page !== 'sources') state.embed = true;
    else ignore('embed', embed);
  }
  const theme = get('theme');
  if (theme !== undefined) {
    // `system` is the default, so an address never needs to say it; said anyway, it is obeyed.
    if ((themeChoices as readonly string[]).includes(theme)) state.theme = theme as ThemeChoice;
    else ignore('theme', theme);
  }
  const events = get('events');
  if (events !== undefined) {
    if (events === '1' && state.page === 'dataset') state.events = true;
    else ignore('events', events);
  }

  if (state.page === 'compare') {
    const country = get('country');
    if (country !== undefined) {
      // Only an embed shows one country at a time; the page draws them all.
      const shown = COMPARE_COUNTRIES.find((c) => c === country);
      if (shown && state.embed) state.compareCountry = shown;
      else ignore('country', country);
    }
  }
  if (state.page === 'un') parseUn(get, ignore, state);
  else {
    const measure = get('measure');
    if (measure !== undefined) {
      if (measure === 'share' && state.page === 'dataset') state.measure = 'share';
      else ignore('measure', measure);
    }
  }

  for (const key of seen) {
    const value = params.get(key)!;
    if (COMMON_KEYS.has(key) || (state.page === 'un' && UN_KEYS.has(key))) continue;
    if (state.page === 'compare' && key === 'country') continue;
    if (state.page !== 'dataset' || !COLUMN.test(key) || value.length > MAX_PARAM_LENGTH * 5) {
      ignore(key, value);
      continue;
    }
    const values = value === '' ? [] : value.split('~');
    if (values.length > MAX_VALUES || !values.every((v) => VALUE.test(v))) {
      ignore(key, value);
      continue;
    }
    state.filters[key] = values;
  }
  return { state, ignored };
}

function parseUn(
  get: (key: string) => string | undefined,
  ignore: (key: string, value: string) => void,
  state: ViewState,
) {
  const dir = get('dir');
  if (dir !== undefined) {
    if (dir === 'origin' || dir === 'destination') state.un.direction = dir;
    else ignore('dir', dir);
  }
  const country = get('country');
  if (country !== undefined) {
    if (ISO3.test(country)) state.un.country = country;
    else ignore('country', country);
  }
  const vs = get('vs');
  if (vs !== undefined) {
    const codes = vs.split('~');
    if (codes.length <= MAX_UN_VS && codes.every((c) => ISO3.test(c))) {
      state.un.vs = [...new Set(codes)];
    } else ignore('vs', vs);
  }
  const show = get('show');
  if (show !== undefined) {
    if ((unDisplays as readonly string[]).includes(show)) state.un.show = show as UnDisplay;
    else ignore('show', show);
  }
  const vsYear = get('vsyear');
  if (vsYear !== undefined) {
    if ((UN_YEARS as readonly number[]).includes(Number(vsYear))) state.un.vsYear = Number(vsYear);
    else ignore('vsyear', vsYear);
  }
  const year = get('year');
  if (year !== undefined) {
    if ((UN_YEARS as readonly number[]).includes(Number(year))) state.un.year = Number(year);
    else ignore('year', year);
  }
  const top = get('top');
  if (top !== undefined) {
    const n = Number(top);
    if ((UN_TOP_CHOICES as readonly number[]).includes(n)) state.un.top = n;
    else ignore('top', top);
  }
  const measure = get('measure');
  if (measure !== undefined) {
    if (measure === 'absolute' || measure === 'share') state.un.measure = measure;
    else ignore('measure', measure);
  }
  const sex = get('sex');
  if (sex !== undefined) {
    if ((unSexes as readonly string[]).includes(sex)) state.un.sex = sex as UnSex;
    else ignore('sex', sex);
  }
}

/** The query string for a view; only what differs from the defaults is written. */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.page !== 'overview') params.set('view', state.page);
  if (state.page === 'dataset' && state.dataset) {
    params.set('id', state.dataset);
    for (const [column, values] of Object.entries(state.filters).sort(([a], [b]) =>
      a.localeCompare(b),
    )) {
      params.set(column, values.join('~'));
    }
    if (state.time) {
      const [from, to] = state.time;
      params.set('time', from === to ? String(from) : `${from}..${to}`);
    }
    if (state.chart) params.set('chart', state.chart);
    if (state.source) params.set('source', state.source);
    if (state.measure !== 'absolute') params.set('measure', state.measure);
    if (state.sort !== 'data') params.set('sort', state.sort);
    if (state.events) params.set('events', '1');
    if (state.embed) params.set('embed', '1');
  }
  if (state.page === 'un') {
    const un = state.un;
    if (un.direction !== defaultUnView.direction) params.set('dir', un.direction);
    if (un.country !== defaultUnView.country) params.set('country', un.country);
    if (un.vs.length > 0) params.set('vs', un.vs.join('~'));
    if (un.year !== defaultUnView.year) params.set('year', String(un.year));
    if (un.vsYear !== undefined) params.set('vsyear', String(un.vsYear));
    if (un.top !== defaultUnView.top) params.set('top', String(un.top));
    if (un.measure !== defaultUnView.measure) params.set('measure', un.measure);
    if (un.show !== defaultUnView.show) params.set('show', un.show);
    if (un.sex !== defaultUnView.sex) params.set('sex', un.sex);
  }
  if (state.page === 'compare' && state.embed && state.compareCountry) {
    params.set('country', state.compareCountry);
  }
  if (state.page !== 'dataset' && state.page !== 'overview' && state.embed)
    params.set('embed', '1');
  // On every page: a link or embed keeps the language it was made in.
  if (state.lang) params.set('lang', state.lang);
  if (state.theme !== 'system') params.set('theme', state.theme);
  const text = params.toString().replace(/%7E/g, '~');
  return text ? `?${text}` : '';
}

/**
 * The full address of a view: the dashboard's page (`page`: origin and path, this page's by
 * default) and the view's query string; for the embedded chart's iframe, its embed page
 * (embedAddress), else `embed=1`. With
 * serializeViewState, the one writer of the dashboard's addresses: the address bar, links, the
 * embed snippet, and the view recorded in a data package.
 */
export function viewAddress(
  view: ViewState,
  embed = false,
  page = typeof window === 'undefined'
    ? ''
    : `${window.location.origin}${siteRoot(window.location.pathname)}`,
): string {
  return (embed && embedAddress(view, page)) || `${page}${serializeViewState({ ...view, embed })}`;
}

/**
 * A link to a view from a page `prefix` below the site's folder (rootPrefix): its query at the
 * site's folder, where the static page's path would otherwise name another view.
 */
export function viewHref(view: ViewState, prefix: string): string {
  const query = serializeViewState(view);
  return prefix ? `${prefix}${query}` : query || '?';
}

export { CENTRAL_ASIA };
