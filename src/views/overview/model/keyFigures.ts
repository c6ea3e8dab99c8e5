import type { ColumnTable } from 'arquero';
import { columnByName } from '../../../data/labels.ts';
import type { DatasetMeta } from '../../../data/metadataSchema.ts';
import { readObservations, type Observation } from '../../../model/observations.ts';
import { CENTRAL_ASIA, type Page } from '../../../state/viewState.ts';
import { yearInText } from '../../compare/model/compareView.ts';
import { KEY_FIGURE_DATASETS } from './keyFigureDatasets.ts';

/*
 * The overview's key figures: what the dashboard answers first, each read from a dataset's rows
 * (never typed in here), with its period, its sources and the data's own flags. Only which
 * dataset, indicator and countries each question reads is written here.
 */

/** The Uzbek figures of people abroad: the series' stock, and the labour-market dataset's. */
const UZBEK_STOCK = 'migrants_abroad_stock';
const UZBEK_WORKING_ABROAD = 'working_abroad';
/** The World Bank's personal remittances received, % of GDP. */
const REMITTANCES_GDP = 'BX.TRF.PWKR.DT.GD.ZS';
/** The three countries the dashboard is about, in the order it names them. */
const REMITTANCE_COUNTRIES = ['TJK', 'KGZ', 'UZB'] as const;

export type KeyFigureId = 'tajikDepartures' | 'uzbekAbroad' | 'remittances' | 'whereLive';

/** One figure shown: a row of the data, with every source that gives it for that period. */
export interface KeyValue {
  datasetId: string;
  observation: Observation;
  /** Each source giving this same figure for this period, in the order of the rows. */
  sourceIds: string[];
  /** The country the figure is about, where a key figure has one per country. */
  country?: string;
  /** Where they live (the UN figure): the destination's code. */
  destination?: string;
}

/** A view of the dashboard, as the one URL writer takes it (see serializeViewState). */
export interface KeyFigureLink {
  page: Page;
  dataset?: string;
  filters?: Record<string, string[]>;
  time?: [number, number];
}

export interface KeyFigure {
  id: KeyFigureId;
  values: KeyValue[];
  /**
   * Sources give different figures for the same thing and period: every one is shown with its
   * source, none picked.
   */
  disagree: boolean;
  /** The view that explains the figure. */
  link: KeyFigureLink;
}

export interface KeyFigureInput {
  meta: DatasetMeta;
  table: ColumnTable;
}

/** The key figures the given datasets answer, in the order shown; one missing is left out. */
export function keyFigures(inputs: readonly KeyFigureInput[]): KeyFigure[] {
  const byId = new Map(inputs.map((input) => [input.meta.id, input]));
  const get = (id: string) => byId.get(id);
  const figures: (KeyFigure | undefined)[] = [
    tajikDepartures(get(KEY_FIGURE_DATASETS.tajikSeries)),
    uzbekAbroad(get(KEY_FIGURE_DATASETS.uzbekSeries), get(KEY_FIGURE_DATASETS.uzbekLabour)),
    remittances(get(KEY_FIGURE_DATASETS.remittances)),
    whereLive(get(KEY_FIGURE_DATASETS.unBilateral)),
  ];
  return figures.filter((f): f is KeyFigure => f !== undefined && f.values.length > 0);
}

/** Rows with a figure that stand for the whole of every dimension with a stated total. */
function wholeRows(input: KeyFigureInput): Observation[] {
  const wholes = input.meta.columns.flatMap((c) =>
    c.total === undefined ? [] : [[c.name, c.total] as const],
  );
  return readObservations(input.table, input.meta).filter(
    (o) => o.value !== null && wholes.every(([column, total]) => o.dims[column] === total),
  );
}

/**
 * The year a row refers to: its time column, else the year its period names ("end of 2024"),
 * for a dataset of figures without a year column.
 */
export function yearOf(o: Observation): number | undefined {
  return o.time ?? (o.asWritten.period ? yearInText(o.asWritten.period) : undefined);
}

/**
 * The figures of `rows`, one per figure as given (value, qualifier, period): where several
 * sources give the same, one figure citing them all.
 */
function distinctFigures(datasetId: string, rows: readonly Observation[]): KeyValue[] {
  const figures = new Map<string, KeyValue>();
  for (const o of rows) {
    const key = JSON.stringify([o.value, o.qualifier, o.asWritten.period, o.flag]);
    const known = figures.get(key);
    if (known) {
      if (o.sourceId && !known.sourceIds.includes(o.sourceId)) known.sourceIds.push(o.sourceId);
    } else {
      figures.set(key, { datasetId, observation: o, sourceIds: o.sourceId ? [o.sourceId] : [] });
    }
  }
  return [...figures.values()];
}

const latest = (years: Iterable<number | undefined>) =>
  Math.max(...[...years].filter((y): y is number => y !== undefined));

const disagreeing = (values: readonly KeyValue[]) =>
  new Set(values.map((v) => v.observation.value)).size > 1;

/**
 * Labour migrants who left Tajikistan in the latest calendar year with a full-year count (a
 * part of a year is not a year's figure), all sexes and destinations.
 */
function tajikDepartures(input: KeyFigureInput | undefined): KeyFigure | undefined {
  if (!input) return undefined;
  const years = wholeRows(input).filter((o) => o.periodType === 'year' && o.time !== undefined);
  if (years.length === 0) return undefined;
  const year = latest(years.map((o) => o.time));
  const values = distinctFigures(
    input.meta.id,
    years.filter((o) => o.time === year),
  );
  return {
    id: 'tajikDepartures',
    values,
    disagree: disagreeing(values),
    link: { page: 'dataset', dataset: input.meta.id },
  };
}

/**
 * Uzbek migrants abroad, the latest year any source gives a stock for: the series' figures and
 * the labour-market dataset's "working abroad" of the same year, side by side when they differ.
 */
function uzbekAbroad(
  series: KeyFigureInput | undefined,
  labour: KeyFigureInput | undefined,
): KeyFigure | undefined {
  const stock = series
    ? wholeRows(series).filter((o) => o.dims.indicator === UZBEK_STOCK && o.periodType !== 'part')
    : [];
  const working = labour
    ? wholeRows(labour).filter((o) => o.dims.indicator === UZBEK_WORKING_ABROAD)
    : [];
  if (stock.length + working.length === 0) return undefined;
  const year = latest([...stock, ...working].map(yearOf));
  const values = [
    ...distinctFigures(
      series?.meta.id ?? '',
      stock.filter((o) => yearOf(o) === year),
    ),
    ...distinctFigures(
      labour?.meta.id ?? '',
      working.filter((o) => yearOf(o) === year),
    ),
  ];
  return {
    id: 'uzbekAbroad',
    values,
    disagree: disagreeing(values),
    // The comparison puts every Uzbek measure side by side and marks the ones that disagree.
    link: { page: 'compare' },
  };
}

/** Personal remittances received, % of GDP, each country's latest year (World Bank, WDI). */
function remittances(input: KeyFigureInput | undefined): KeyFigure | undefined {
  if (!input) return undefined;
  const country = countryColumn(input.meta, 'country');
  const rows = wholeRows(input).filter((o) => o.dims.indicator === REMITTANCES_GDP);
  const values = REMITTANCE_COUNTRIES.flatMap((code) => {
    const own = rows.filter((o) => o.dims[country] === code && o.time !== undefined);
    if (own.length === 0) return [];
    const year = latest(own.map((o) => o.time));
    return distinctFigures(
      input.meta.id,
      own.filter((o) => o.time === year),
    ).map((v) => ({ ...v, country: code }));
  });
  return {
    id: 'remittances',
    values,
    disagree: false,
    link: {
      page: 'dataset',
      dataset: input.meta.id,
      filters: { [country]: [...REMITTANCE_COUNTRIES].sort() },
    },
  };
}

/**
 * Where people born in each Central Asian state live (UN DESA, latest year of the table): the
 * country of destination with the most of them, both sexes. A figure the data flags takes no
 * part in the ranking.
 */
function whereLive(input: KeyFigureInput | undefined): KeyFigure | undefined {
  if (!input) return undefined;
  const origin = countryColumn(input.meta, 'origin');
  const destination = countryColumn(input.meta, 'destination');
  const rows = wholeRows(input).filter((o) => !o.flag && o.time !== undefined);
  if (rows.length === 0) return undefined;
  const year = latest(rows.map((o) => o.time));
  const present = CENTRAL_ASIA.filter((code) =>
    rows.some((o) => o.time === year && o.dims[origin] === code),
  );
  const values = present.flatMap((code) => {
    const own = rows.filter((o) => o.time === year && o.dims[origin] === code);
    const top = Math.max(...own.map((o) => o.value!));
    return distinctFigures(
      input.meta.id,
      own.filter((o) => o.value === top),
    ).map((v) => ({ ...v, country: code, destination: v.observation.dims[destination] ?? '' }));
  });
  return {
    id: 'whereLive',
    values,
    disagree: false,
    link: {
      page: 'dataset',
      dataset: input.meta.id,
      filters: { [origin]: [...present].sort() },
      time: [year, year],
    },
  };
}

/** The ISO3 country column whose name starts with `prefix` (`origin_iso3`, `country`). */
function countryColumn(meta: DatasetMeta, prefix: string): string {
  const column = meta.columns.find(
    (c) => c.role === 'dimension' && c.codes === 'iso3' && c.name.startsWith(prefix),
  );
  return column?.name ?? columnByName(meta, prefix)?.name ?? prefix;
}
