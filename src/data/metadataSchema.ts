// zod/mini: the same validation with a tree-shakable API, a fraction of the bundle.
import { z } from 'zod/mini';
import { hasUserName, isWebUrl } from './dataText.ts';
import { displayTypes, reservedColumnNames } from './metadataNames.ts';

export type { DisplayType } from './metadataNames.ts';

// No compiled validators: zod would probe `new Function`, which a strict CSP refuses and reports.
z.config({ jitless: true });

/**
 * The machine-readable description of one dataset: `data/<id>.meta.json`.
 * Everything the app needs to know about a dataset (its columns, how to chart it, where every
 * number comes from) lives here, so adding a dataset needs a CSV and this file, no code.
 */

/** ISO-like date as the source gives it: a year, a month or a day. */
const partialDate = z
  .string()
  .check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD'));

const identifier = z.string().check(z.regex(/^[a-z][a-z0-9_]*$/, 'expected a snake_case identifier'));

/** The languages dataset text can be given in; English is required, the others optional. */
export const textLanguages = ['en', 'ru', 'uz'] as const;

/**
 * Text shown to readers: one string (English), or the same text per language,
 * `{"en": "Year", "ru": "Год", "uz": "Yil"}`. Where a language is missing, English is shown,
 * marked "in English" (see metaText.ts).
 */
export const localText = z.union([
  z.string().check(z.minLength(1)),
  z.strictObject({
    en: z.string().check(z.minLength(1)),
    ru: z.optional(z.string().check(z.minLength(1))),
    uz: z.optional(z.string().check(z.minLength(1))),
  }),
]);
/** Text that may be empty, as these fields always could be. */
const anyText = z.union([
  z.string(),
  z.strictObject({ en: z.string(), ru: z.optional(z.string()), uz: z.optional(z.string()) }),
]);
const optionalText = z.optional(anyText);

export const columnTypes = ['string', 'integer', 'number'] as const;

/**
 * What a column means to the app:
 * - dimension: a category or time axis that filters can select on;
 * - measure: the figure itself (exactly one per dataset);
 * - unit: the measure's unit, row by row (when it is not fixed on the measure column);
 * - period: the period the row's figure refers to, as the source states it ("Jan-Jun");
 * - period_type: `year` (a calendar year), `part` (part of a year) or `point` (a date);
 * - qualifier: "more than", "about", "almost"… as the source words it; empty when exact;
 * - source: the id of the entry in `sources` the row's figure is copied from;
 * - label: a display name for the codes in another column (`labelFor`);
 * - note, status: free text shown beside the figure (a doubt, "not available");
 * - flag: a short code for a figure the data itself calls into doubt (`doubtful`, `conflict`),
 *   explained in the column's `valueLabels`; a flagged figure gets its own mark and a visible note.
 */
export const columnRoles = [
  'dimension',
  'measure',
  'unit',
  'period',
  'period_type',
  'qualifier',
  'source',
  'label',
  'note',
  'status',
  'flag',
] as const;


const columnName = identifier.check(
  z.refine((name) => !(reservedColumnNames as readonly string[]).includes(name), {
    message: `is a URL parameter of the app; reserved names: ${reservedColumnNames.join(', ')}`,
  }),
  // Column names key the view's filters and rows: a name every object has would find its member.
  z.refine((name) => !(name in Object.prototype), {
    message: 'is a name every JavaScript object has (constructor, toString, valueOf…); choose another',
  }),
);

/** A source's web address: http or https, with no user name before the host. */
const sourceUrl = z.string().check(
  z.refine(isWebUrl, 'expected a web address starting with http:// or https://'),
  z.refine(
    (url) => !hasUserName(url),
    'a user name before the host ("name@host") hides where the link leads; give the address itself',
  ),
);

export const columnSchema = z.strictObject({
    name: columnName,
    type: z.enum(columnTypes),
    role: z.enum(columnRoles),
    label: localText,
    description: optionalText,
    /** Fixed unit of a measure column, e.g. "persons" or "% of labour migrants". */
    unit: optionalText,
    /** The dimension is a time axis (years). */
    time: z.optional(z.boolean()),
    /** The values are ISO 3166-1 alpha-3 country codes; names come from Intl in every language. */
    codes: z.optional(z.literal('iso3')),
    /** Allowed values, in display order. A value outside this list is a validation error. */
    values: z.optional(z.array(z.string())),
    /** Display labels for values that are not country codes ("all", "other", "construction"). */
    valueLabels: z.optional(z.record(z.string(), anyText)),
    /**
     * `single`: one value at a time (a concept or a unit: never mixed on one axis).
     * `multi` (default for dimensions): any subset.
     */
    filter: z.optional(z.enum(['single', 'multi'])),
    /**
     * The value that stands for the whole ("total" of sex, "all" destinations): shares of it can
     * be derived for the other values.
     */
    total: z.optional(z.string()),
    /**
     * The smallest and largest value a number column may hold. A time column holds years from
     * 1900 to 2100 unless these say otherwise; a measure of a flow or a stock is at least 0.
     */
    min: z.optional(z.number()),
    max: z.optional(z.number()),
    /** Values selected when the view opens. */
    default: z.optional(z.array(z.string())),
    /** Empty cells allowed (the measure of a "not available" row, an empty qualifier). */
    nullable: z.optional(z.boolean()),
    /**
     * Kept only to match the source file word for word (a split-up indicator name): carried in
     * downloads, not shown as a note beside the figure.
     */
    verbatim: z.optional(z.boolean()),
    /** For role `label`: the column whose codes this column names. */
    labelFor: z.optional(identifier),
  });

export const sourceSchema = z.strictObject({
    id: z.string().check(z.regex(/^[A-Z0-9_]+$/, 'expected an upper-case source id like TJ_AP_20240528')),
    /** Who published the document we copied the figures from. */
    publisher: z.string().check(z.minLength(1)),
    author: z.optional(z.string()),
    title: z.string().check(z.minLength(1)),
    /** The document's web address: http or https only (never `javascript:`, `data:`, `file:`). */
    url: z.optional(sourceUrl),
    published: z.optional(partialDate),
    /** When the date is not shown on the page, say so here ("2022, exact date not shown"). */
    publishedNote: z.optional(z.string()),
    retrieved: partialDate,
    /** Where in the document the figures are: page, paragraph, table. */
    locator: z.string().check(z.minLength(1)),
    /** The primary publisher the document names for its figures (a ministry, a statistics office). */
    primary: z.optional(z.string()),
    /** Short excerpt the figures are copied from. */
    quote: z.optional(z.string()),
    /**
     * Authority, for choosing the main line where sources disagree:
     * 1 official statistics or the ministry's own figure, 2 an official figure as reported by others,
     * 3 a politician's or analyst's figure.
     */
    rank: z.int().check(z.gte(1), z.lte(3)),
    /** Ready-to-paste citation string. */
    citation: z.string().check(z.minLength(1)),
    caveat: optionalText,
    /**
     * The language of the document (BCP 47: `ru`, `tg`, `uz`): its quote, and its title where
     * the title is copied, not described in [brackets], are marked up with it. Absent: English.
     */
    language: z.optional(z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a language tag like ru or uz-Latn'))),
    /**
     * The statistical series the figures belong to: the same producer's count, whoever reports
     * it (every outlet quoting the Migration Service's migration-card count). A line continues
     * through sources of one series; where it has to change series it breaks and the join is
     * labelled. Absent: the source is a series of its own.
     */
    series: z.optional(identifier),
    /**
     * The publisher's release the figures come from, as it names it ("International Migrant
     * Stock 2020 (POP/DB/MIG/Stock/Rev.2020)", "World Development Indicators, release of
     * 2025-07-01"): statistics are revised between releases, so the release is part of the
     * citation. For a news article, its publication date is its release.
     */
    release: z.optional(z.string().check(z.minLength(1))),
    /** When the publisher plans the next release, or that a newer one exists and is not yet here (English, as the citation). */
    nextRelease: z.optional(z.string().check(z.minLength(1))),
  });


export const breakSchema = z.strictObject({
    /** Rows this break applies to: column → value. */
    where: z.record(z.string(), z.string()),
    /** The first year of the new method: the line is not drawn across from the year before. */
    before: z.int(),
    note: localText,
  });

export const datasetMetaSchema = z.strictObject({
    id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id')),
    /** Where the dataset stands on the overview, smallest first (then by id). */
    order: z.optional(z.int()),
    title: localText,
    /** One-line subtitle under the chart title. */
    subtitle: optionalText,
    description: localText,
    /** The CSV file beside this metadata file. */
    file: z.string().check(z.regex(/^[a-z0-9-]+\.csv$/)),
    /** Countries of origin the dataset speaks of (ISO alpha-3). */
    origins: z.optional(z.array(z.string().check(z.regex(/^[A-Z]{3}$/)))),
    /**
     * A part of a larger origin × destination table: every row whose origin is one of `origins`
     * or whose destination is one of `destinations` (absent: the table is whole). The part holds
     * whole only the destinations of those origins and the origins of those destinations, so a
     * view offers those and says the rest is not available.
     */
    /**
     * Areas without figures of their own because the publisher counts them in another country
     * (area → that country, ISO alpha-3): Kosovo (XKK) in Serbia in the UN's tables. A map says
     * so where it would otherwise draw the area as "no data".
     */
    countedIn: z.optional(
      z.record(
        z.string().check(z.regex(/^[A-Z]{3}$/)),
        z.string().check(z.regex(/^[A-Z]{3}$/)),
      ),
    ),
    subset: z.optional(
      z.strictObject({
        origins: z.array(z.string().check(z.regex(/^[A-Z]{3}$/))),
        destinations: z.array(z.string().check(z.regex(/^[A-Z]{3}$/))),
      }),
    ),
    /**
     * What the figures count: `flow` (left during a period), `stock` (abroad on a date),
     * `share`, `rate`, `money`, `mixed` (a column says, row by row).
     */
    concept: z.enum(['flow', 'stock', 'share', 'rate', 'money', 'mixed']),
    referencePeriod: localText,
    columns: z.array(columnSchema).check(z.minLength(2)),
    sources: z.array(sourceSchema).check(z.minLength(1)),
    license: z.string().check(z.minLength(1)),
    caveats: z.array(anyText),
    display: z.strictObject({
        type: z.enum(displayTypes),
        /** Category axis (bars) or time axis (lines). */
        x: z.optional(identifier),
        /** Column whose values become separate bars or lines. */
        series: z.optional(identifier),
        /** Bars laid out horizontally, for long category names. */
        horizontal: z.optional(z.boolean()),
      }),
    /** Method changes: a line is broken there, with the note shown on the chart. */
    breaks: z.optional(z.array(breakSchema)),
    /** How the main line is chosen where sources give different figures, in words. */
    sourceRule: optionalText,
    /**
     * Where the rows are read from when not from the Arrow file the build writes beside the CSV:
     * `parquet`, files partitioned by a filter column (one file per value), read by HTTP range
     * requests from `url` (a folder; relative to `data/`, or any static host or object store).
     * `partitionBy` may name several columns: every row is then written once per column, and a
     * query reads the copy partitioned by the column it asks about (origin or destination).
     * The build writes the files to `data/<id>/` with a `manifest.json`; see the README.
     */
    storage: z.optional(
      z.strictObject({
        format: z.literal('parquet'),
        partitionBy: z.union([
          identifier,
          z
            .array(identifier)
            .check(
              z.minLength(1),
              z.refine((names) => new Set(names).size === names.length, 'names a column twice'),
            ),
        ]),
        url: z.string().check(
          z.refine(
            (url) => isWebUrl(url) || /^[a-z0-9][a-z0-9-]*\/$/.test(url),
            'expected a folder beside the data ("<id>/") or a web address starting with http:// or https://',
          ),
        ),
      }),
    ),
  });

export type LocalText = z.infer<typeof localText>;

/** A metadata type with every per-language text resolved to one string. */
export type Resolved<T> = T extends string
  ? T
  : T extends { en: string }
    ? string
    : T extends readonly (infer U)[]
      ? Resolved<U>[]
      : T extends object
        ? { [K in keyof T]: Resolved<T[K]> }
        : T;

/** A metadata file as written: text may be given per language. */
export type DatasetMetaSource = z.infer<typeof datasetMetaSchema>;

/**
 * A dataset's metadata as the app uses it: text in one language (English as validated;
 * localizeMeta gives another), with the file's own text kept to translate from.
 */
export type DatasetMeta = Resolved<DatasetMetaSource> & {
  /** The metadata as written, every language. */
  multilingual?: DatasetMetaSource;
  /** The language the text is in. */
  textLocale?: string;
  /** Fields shown in English because the file has no text for `textLocale` ("title", "caveats"…). */
  englishOnly?: string[];
};
export type ColumnMeta = DatasetMeta['columns'][number];
export type SourceMeta = DatasetMeta['sources'][number];
