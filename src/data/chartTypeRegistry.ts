/**
 * The chart types, in one place: every name a dataset's `display.type` may take and what each
 * draws. The metadata schema takes its names from here (metadataNames.ts), the view its rules
 * (view/chartTypes.ts: which types a dataset allows, one period per category axis), the controls
 * and downloads what to offer, the address which `chart=` values it keeps, and the drawings which
 * ones load their code when first shown (charts/drawings.tsx). A new chart type is an entry here;
 * TypeScript then asks for it wherever a type needs handling.
 */
export interface ChartTypeInfo {
  /** It puts a measure on an axis; events and memberships have none (their CSV has no measure). */
  measure: boolean;
  /** Bars or columns of a measure (sortable, one period per category axis). */
  bars: boolean;
  /** A drawing that can be exported as PNG/SVG (a chart with axes). */
  image: boolean;
  /** Figures laid out against a year axis (lines, columns by year). */
  yearAxis: boolean;
  /** Its drawing's code loads when first shown, not with the first view (charts/drawings.tsx). */
  lazyDrawing: boolean;
}

export const chartTypes = {
  bar: { measure: true, bars: true, image: true, yearAxis: false, lazyDrawing: false },
  'grouped-bar': { measure: true, bars: true, image: true, yearAxis: true, lazyDrawing: false },
  'stacked-bar': { measure: true, bars: true, image: true, yearAxis: true, lazyDrawing: true },
  line: { measure: true, bars: false, image: true, yearAxis: true, lazyDrawing: true },
  figures: { measure: true, bars: false, image: false, yearAxis: false, lazyDrawing: true },
  table: { measure: true, bars: false, image: false, yearAxis: false, lazyDrawing: true },
  timeline: { measure: false, bars: false, image: false, yearAxis: false, lazyDrawing: true },
  matrix: { measure: false, bars: false, image: false, yearAxis: false, lazyDrawing: true },
} as const satisfies Record<string, ChartTypeInfo>;

export type DisplayType = keyof typeof chartTypes;

/** The chart types whose drawing loads when first shown. */
export type LazyDisplayType = {
  [K in DisplayType]: (typeof chartTypes)[K]['lazyDrawing'] extends true ? K : never;
}[DisplayType];

/** Every chart type's name, in the registry's order (the schema's enum). */
export const displayTypes = Object.keys(chartTypes) as [DisplayType, ...DisplayType[]];
