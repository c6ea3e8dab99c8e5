import { displayTypes, type DisplayType } from '../data/metadataNames.ts';
import type { Locale } from '../i18n/i18n.ts';
import type { ThemeChoice } from '../ui/theme.ts';

export const pages = ['overview', 'dataset', 'un', 'compare', 'sources'] as const;
/** The countries the compare view draws, in its order (an embed shows one of them at a time). */
export const COMPARE_COUNTRIES = ['UZB', 'TJK', 'KGZ'] as const;

export type Page = (typeof pages)[number];

export interface UnViewState {
  /** `origin`: where do people born in `country` live; `destination`: who lives in `country`. */
  direction: 'origin' | 'destination';
  country: string;
  /** Other countries shown beside the first, on a common scale, and as more origins of the flows. */
  vs: string[];
  year: number;
  /** A second year of the first country shown beside it, on a common scale. */
  vsYear: number | undefined;
  top: number;
  measure: 'absolute' | 'share';
  /** Whose figures: both sexes (the UN's total), men or women; each a series of its own. */
  sex: UnSex;
  /** How the figures are drawn: bars (with the trend), a world map, or flows (Sankey). */
  show: UnDisplay;
}

export const unDisplays = ['bars', 'map', 'flows'] as const;
export type UnDisplay = (typeof unDisplays)[number];
/** The UN's sexes: `both` is its published total, not a sum of ours. */
export const unSexes = ['both', 'male', 'female'] as const;
export type UnSex = (typeof unSexes)[number];
/** At most this many countries side by side (and origins in the flows). */
export const MAX_UN_VS = 4;

/** Everything that makes a view: it round-trips through the URL query string. */
export interface ViewState {
  page: Page;
  /** The dataset explored (page `dataset`). */
  dataset: string | undefined;
  /** Selected values per dimension column; absent = the dataset's defaults. */
  filters: Record<string, string[]>;
  time: [number, number] | undefined;
  chart: DisplayType | undefined;
  /** A source id whose figures draw the main line instead of the rule's choice. */
  source: string | undefined;
  /** `share`: each figure as a percentage of its stated total (derived). */
  measure: 'absolute' | 'share';
  sort: 'data' | 'value' | 'name';
  /** Agreements and meetings drawn on charts with a year axis. */
  events: boolean;
  /** The chart alone, for an iframe in another page. */
  embed: boolean;
  /** The interface language the user chose; absent: the browser's (see browserLocale). */
  lang: Locale | undefined;
  /** Light, dark, or the system's preference; kept across pages. */
  theme: ThemeChoice;
  un: UnViewState;
  /**
   * The compare view's country shown in an embed (one at a time; the full view shows all):
   * absent, the first. An ISO3 code (`country=TJK`).
   */
  compareCountry: (typeof COMPARE_COUNTRIES)[number] | undefined;
}

/** The years of the UN revision the view draws (International Migrant Stock 2020). */
export const UN_YEARS = [1990, 1995, 2000, 2005, 2010, 2015, 2020] as const;
/** How many countries the UN view can show: the choices its select offers. */
export const UN_TOP_CHOICES = [5, 10, 15, 20] as const;
export const CENTRAL_ASIA = ['UZB', 'TJK', 'KGZ', 'KAZ', 'TKM'] as const;

export const defaultUnView: UnViewState = {
  direction: 'origin',
  country: 'UZB',
  vs: [],
  year: 2020,
  vsYear: undefined,
  top: 10,
  measure: 'absolute',
  sex: 'both',
  show: 'bars',
};

export const defaultViewState: ViewState = {
  page: 'overview',
  dataset: undefined,
  filters: {},
  time: undefined,
  chart: undefined,
  source: undefined,
  measure: 'absolute',
  sort: 'data',
  events: false,
  embed: false,
  lang: undefined,
  theme: 'system',
  un: defaultUnView,
  compareCountry: undefined,
};

export function isDisplayType(value: string): value is DisplayType {
  return (displayTypes as readonly string[]).includes(value);
}
