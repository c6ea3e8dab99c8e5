import { iso3OfM49 as iso3OfCode, m49OfIso3 as m49OfCode } from '../../../i18n/countryM49.ts';
import type { UnCountryView } from './unStockView.ts';
import { cssVar, ink } from '../../../ui/theme.ts';

/**
 * The choropleth's data, without drawing: which figure each shape of the world topology gets
 * (joined on the UN M49 code, which Natural Earth's ids are), the bins the legend states, and the
 * colour of each bin. Shapes without a figure are "no data", never zero.
 */

export interface MapFigure {
  iso3: string;
  stock: number;
  share: number | null;
  /** The figure coloured, in the measure chosen: the stock, or the share (derived). */
  value: number | null;
}

export interface MapShape {
  /** The topology's id: the UN M49 numeric code ("398"); undefined for Kosovo, N. Cyprus, Somaliland. */
  m49: string | undefined;
  iso3: string | undefined;
  /** Natural Earth's short name, for shapes whose code has no ISO3. */
  shapeName: string;
  figure: MapFigure | undefined;
  /** Index into the bins; undefined for no data. */
  bin: number | undefined;
}

export interface MapBin {
  /** Inclusive lower bound. */
  from: number;
  /** Exclusive upper bound; undefined for the open top bin. */
  to: number | undefined;
  color: string;
}

/** ISO 3166-1 alpha-3 → the UN M49 code as the topology writes it ("004"). */
export function m49OfIso3(iso3: string): string | undefined {
  return m49OfCode(iso3);
}

export function iso3OfM49(m49: string | undefined): string | undefined {
  return m49 === undefined ? undefined : iso3OfCode(m49);
}

/**
 * Sequential blues, 6 classes, few to many: `--map-0` … `--map-5` of the theme (dark for many on
 * light, bright for many on dark), each holding 3:1 against the background.
 */
const RAMP = Array.from({ length: 6 }, (_, i) => cssVar(`map-${i}`));
/** Countries without a figure: hatched in the theme's no-data colour, never a shade of the ramp. */
export const NO_DATA_COLOR = ink.noData;

/**
 * Bins by powers of ten from the smallest to the largest figure (at most six): migrant stocks span
 * from a handful of people to millions, so equal-width bins would leave all but one country pale.
 * Shares (per cent) start no lower than 0.01 %, the finest a legend can state.
 */
export function mapBins(
  values: readonly number[],
  measure: 'absolute' | 'share' = 'absolute',
): MapBin[] {
  const positive = values.filter((v) => v > 0);
  if (positive.length === 0) return [];
  const low = Math.max(measure === 'share' ? -2 : 0, Math.floor(Math.log10(Math.min(...positive))));
  const high = Math.floor(Math.log10(Math.max(...positive)));
  const first = Math.max(low, high - RAMP.length + 1);
  const bins: MapBin[] = [];
  for (let e = first; e <= high; e++) {
    bins.push({
      from: e === first ? (values.some((v) => v < 10 ** e) ? 0 : 10 ** e) : 10 ** e,
      to: e === high ? undefined : 10 ** (e + 1),
      color: '',
    });
  }
  // Darkest colour for the top bin whatever the number of bins.
  const offset = RAMP.length - bins.length;
  return bins.map((b, i) => ({ ...b, color: RAMP[offset + i]! }));
}

export function binOf(bins: readonly MapBin[], value: number): number | undefined {
  const i = bins.findIndex((b) => value >= b.from && (b.to === undefined || value < b.to));
  return i === -1 ? undefined : i;
}

/**
 * Joins the figures to the topology's shapes by M49 code ↔ ISO3. `bins` are given when several
 * maps share one legend (small multiples); otherwise they are made from these figures.
 */
export function joinShapes(
  shapes: readonly { id?: string | number | undefined; name: string }[],
  figures: readonly MapFigure[],
  bins: readonly MapBin[] = mapBins(figures.flatMap((f) => (f.value === null ? [] : [f.value]))),
): { shapes: MapShape[]; bins: MapBin[] } {
  const byIso3 = new Map(figures.map((f) => [f.iso3, f]));
  return {
    bins: [...bins],
    shapes: shapes.map((s) => {
      const m49 = s.id === undefined ? undefined : String(s.id).padStart(3, '0');
      const iso3 = iso3OfM49(m49);
      const figure = iso3 ? byIso3.get(iso3) : undefined;
      return {
        m49,
        iso3,
        shapeName: s.name,
        figure,
        bin: figure && figure.value !== null ? binOf(bins, figure.value) : undefined,
      };
    }),
  };
}

/** Figures that the map cannot show because the topology has no shape for them (small islands). */
export function figuresWithoutShape(
  shapes: readonly MapShape[],
  figures: readonly MapFigure[],
): MapFigure[] {
  const drawn = new Set(shapes.map((s) => s.iso3));
  return figures.filter((f) => !drawn.has(f.iso3));
}

/**
 * The map draws every partner of the chosen country that has an ISO3 code and a figure, coloured
 * by the measure chosen.
 */
export function mapFigures(
  panel: Pick<UnCountryView, 'partners'>,
  measure: 'absolute' | 'share' = 'absolute',
): MapFigure[] {
  return panel.partners
    .filter((p) => /^[A-Z]{3}$/.test(p.partner))
    .map((p) => ({
      iso3: p.partner,
      stock: p.stock,
      share: p.share,
      value: measure === 'share' ? p.share : p.stock,
    }));
}

/** One map of the small multiples: a chosen country in a year, and its partners' figures. */
export interface MapPanel {
  country: string;
  year: number;
  figures: MapFigure[];
}

/**
 * One map per panel (each country asked about, in each year asked for), as the bars draw one
 * panel each, with one set of bins over every map's figures in the measure chosen: the same
 * colour means the same number (or the same share) on each.
 */
export function mapPanels(
  panels: readonly Pick<UnCountryView, 'country' | 'year' | 'partners'>[],
  measure: 'absolute' | 'share' = 'absolute',
): { maps: MapPanel[]; bins: MapBin[]; measure: 'absolute' | 'share' } {
  const maps = panels.map((p) => ({
    country: p.country,
    year: p.year,
    figures: mapFigures(p, measure),
  }));
  const values = maps.flatMap((m) => m.figures.flatMap((f) => (f.value === null ? [] : [f.value])));
  return { maps, bins: mapBins(values, measure), measure };
}

/** What the maps draw, from the UN view's model: figures, bins and their words. */
export interface MapDrawing {
  /** One map per panel (small multiples), all coloured by the same bins. */
  maps: MapPanel[];
  bins: MapBin[];
  /** What the bins count: people, or the share of the total (derived). */
  measure: 'absolute' | 'share';
  /** The legend's heading and each bin's words. */
  legendTitle: string;
  binLabels: string[];
  /** Each map's caption when there are several ("Tajikistan, 2019"). */
  captions: string[];
  title: string;
  /** "Source: …", shown in the tooltip. */
  sourceText: string;
  nameOf: (iso3: string) => string;
  /** A figure in the measure chosen, as the legend states it. */
  format: (figure: MapFigure) => string;
  /**
   * Areas drawn without a figure because the figures count them in another country, said in the
   * legend ("Kosovo: counted in Serbia in the UN figures"), so "no data" is not read as a gap.
   */
  notes: string[];
}
