/**
 * The two colour themes, as CSS custom properties set on the root element. The page's CSS and
 * every chart read the properties (`var(--series-0)`), so one switch recolours both; the values
 * live here, once, where a unit test checks their contrast against both backgrounds (WCAG AA:
 * 4.5:1 for text, 3:1 for marks, gridlines and outlines).
 */
export const themes = ['light', 'dark'] as const;
export type Theme = (typeof themes)[number];
/** What the user chose: a theme, or whatever the system prefers. */
export type ThemeChoice = Theme | 'system';
export const themeChoices = ['system', 'light', 'dark'] as const satisfies readonly ThemeChoice[];

export interface ThemeTokens {
  /** The page behind the cards. */
  background: string;
  /** Cards, tooltips, menus: what charts are drawn on. */
  surface: string;
  /** Series colours (Okabe–Ito hues, darkened on light and lightened on dark to hold 3:1). */
  series: readonly string[];
  /** Marks that belong to no series: legend shapes, "another source" joins. */
  neutral: string;
  /** The derived "rest of the total" and "all other countries" bars. */
  rest: string;
  /** The dashed ring or outline round a figure the data calls into doubt. */
  flag: string;
  grid: string;
  /** Axis lines and tick labels. */
  axis: string;
  text: string;
  muted: string;
  link: string;
  /** Control and tooltip borders. */
  border: string;
  /** Decorative rules between rows and round cards (no meaning of their own). */
  rule: string;
  /** Notes on a figure (derived, caveats) in tooltips. */
  note: string;
  /** "Downloaded …" confirmations. */
  ok: string;
  /** Hatching of countries without a figure on the map, and country outlines. */
  noData: string;
  mapOutline: string;
  /** Agreement and meeting rules drawn on a year axis. */
  event: string;
  focus: string;
  headerBackground: string;
  headerText: string;
  noticeBackground: string;
  errorBackground: string;
  /** Map bins, few to many: each one stands out from the background. */
  ramp: readonly string[];
  /** Matrix cells' status tints (the status is also written in the cell). */
  statusStrong: string;
  statusWeak: string;
  statusSigned: string;
}

export const themeTokens: Record<Theme, ThemeTokens> = {
  light: {
    background: '#f7f7f5',
    surface: '#ffffff',
    series: [
      '#0072b2',
      '#d55e00',
      '#008a63',
      '#b3608f',
      '#a87400',
      '#6c5fc7',
      '#000000',
      '#6e6e6e',
    ],
    neutral: '#555555',
    rest: '#6e6e6e',
    flag: '#b00020',
    grid: '#8a8a8a',
    axis: '#444444',
    text: '#1a1a1a',
    muted: '#4f4f4f',
    link: '#0b5394',
    border: '#8a8a8a',
    rule: '#d8d8d8',
    note: '#8a3b00',
    ok: '#2a6b2a',
    noData: '#767676',
    mapOutline: '#6e6e6e',
    event: '#7a5f00',
    focus: '#a35f00',
    headerBackground: '#12355b',
    headerText: '#ffffff',
    noticeBackground: '#fff7d6',
    errorBackground: '#fdecee',
    ramp: ['#5a8dc0', '#4678b0', '#3466a0', '#225490', '#13437c', '#063163'],
    statusStrong: '#d7ecd9',
    statusWeak: '#eef6ef',
    statusSigned: '#e3edf7',
  },
  dark: {
    background: '#121417',
    surface: '#1c1f24',
    series: [
      '#4a9be0',
      '#f07a3a',
      '#2cc497',
      '#e08fc0',
      '#e6a700',
      '#a99cf5',
      '#e6e6e6',
      '#9a9a9a',
    ],
    neutral: '#b0b0b0',
    rest: '#9a9a9a',
    flag: '#ff6b81',
    grid: '#7a7a7a',
    axis: '#c8c8c8',
    text: '#ececec',
    muted: '#bdbdbd',
    link: '#8cc4ff',
    border: '#7a7a7a',
    rule: '#3a3f46',
    note: '#ffb36b',
    ok: '#86d386',
    noData: '#8a8a8a',
    mapOutline: '#8a8a8a',
    event: '#e0b84a',
    focus: '#ffb84d',
    headerBackground: '#0b1e33',
    headerText: '#ffffff',
    noticeBackground: '#3a3210',
    errorBackground: '#3d1a20',
    ramp: ['#3f6d99', '#4f86ba', '#64a0d4', '#82b8e6', '#a6cff2', '#cfe6fb'],
    statusStrong: '#1f4a2a',
    statusWeak: '#1d3524',
    statusSigned: '#1d3550',
  },
};

/** The CSS reference to token `name` (as set by applyTheme). */
export const cssVar = (name: string) => `var(--${name})`;

/** The series colour at `index`, as a CSS reference: it follows the theme shown. */
export function seriesColor(index: number): string {
  return cssVar(`series-${index % themeTokens.light.series.length}`);
}

/** What charts and legends draw with, as CSS references. */
export const ink = {
  neutral: cssVar('neutral'),
  rest: cssVar('rest'),
  flag: cssVar('flag'),
  grid: cssVar('grid'),
  axis: cssVar('axis'),
  text: cssVar('text'),
  muted: cssVar('muted'),
  surface: cssVar('surface'),
  noData: cssVar('no-data'),
  mapOutline: cssVar('map-outline'),
  event: cssVar('event'),
} as const;

/** Recharts axis props in the theme's colours. */
export const axisInk = {
  stroke: ink.axis,
  tick: { fill: ink.axis },
  tickLine: { stroke: ink.axis },
} as const;

/** Recharts' own tooltip box in the theme's colours. */
export const tooltipInk = {
  contentStyle: { background: ink.surface, borderColor: ink.grid, color: ink.text },
  itemStyle: { color: ink.text },
  labelStyle: { color: ink.text },
} as const;

/** Custom properties of a theme: `--series-0`, `--no-data`, `--map-3`, … */
export function themeProperties(theme: Theme): Record<string, string> {
  const tokens = themeTokens[theme];
  const properties: Record<string, string> = {};
  for (const [name, value] of Object.entries(tokens)) {
    const prop = name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    if (Array.isArray(value)) {
      const prefix = name === 'ramp' ? 'map' : prop;
      (value as string[]).forEach((v, i) => (properties[`--${prefix}-${i}`] = v));
    } else properties[`--${prop}`] = value as string;
  }
  return properties;
}

/** The theme a choice shows, given whether the system prefers dark. */
export function resolveTheme(choice: ThemeChoice, systemDark: boolean): Theme {
  return choice === 'system' ? (systemDark ? 'dark' : 'light') : choice;
}

/** Sets the theme's properties on the root element (CSSOM, so the CSP's style-src holds). */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  for (const [name, value] of Object.entries(themeProperties(theme))) {
    root.style.setProperty(name, value);
  }
  root.style.setProperty('color-scheme', theme);
  root.dataset.theme = theme;
}

/**
 * `var(--name)` references in exported markup replaced by the values of the theme shown: a saved
 * SVG or PNG has no page around it to resolve them.
 */
export function resolveThemeVars(markup: string, theme: Theme): string {
  const properties = themeProperties(theme);
  return markup.replace(
    /var\((--[a-z0-9-]+)\)/g,
    (match, name: string) => properties[name] ?? match,
  );
}

/** The theme currently on the page (light when none was applied, as in a test's DOM). */
export function shownTheme(): Theme {
  if (typeof document === 'undefined') return 'light';
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}
