import type { DatasetMeta, DatasetMetaSource, LocalText } from './metadataSchema.ts';

/**
 * Dataset text in the reader's language. A metadata file gives each text as one string
 * (English) or per language (`{"en": …, "ru": …, "uz": …}`); where the language asked for is
 * missing, English is used and the field is named in `englishOnly`, for the page to mark it.
 */

type TextLocale = 'en' | 'ru' | 'uz';

/** The metadata's text in `locale`; cached, so each dataset and language gives one object. */
export function localizeMeta(meta: DatasetMeta, locale: TextLocale): DatasetMeta {
  const source = meta.multilingual;
  if (!source || meta.textLocale === locale) return meta;
  let byLocale = cache.get(source);
  if (!byLocale) {
    byLocale = new Map();
    cache.set(source, byLocale);
  }
  let localized = byLocale.get(locale);
  if (!localized) {
    localized = resolveMeta(source, locale);
    byLocale.set(locale, localized);
  }
  return localized;
}

const cache = new WeakMap<DatasetMetaSource, Map<TextLocale, DatasetMeta>>();

/** Every text field of a metadata file, resolved to `locale`. */
export function resolveMeta(source: DatasetMetaSource, locale: TextLocale = 'en'): DatasetMeta {
  const englishOnly = new Set<string>();
  const pick = (text: LocalText, field: string): string => {
    if (typeof text === 'string') {
      if (locale !== 'en' && inWords(text)) englishOnly.add(field);
      return text;
    }
    const chosen = text[locale];
    if (chosen !== undefined) return chosen;
    if (inWords(text.en)) englishOnly.add(field);
    return text.en;
  };
  // Optional fields stay absent when the file has none, as they were.
  const maybe = <K extends string>(key: K, text: LocalText | undefined, field: string) =>
    (text === undefined ? {} : { [key]: pick(text, field) }) as Partial<Record<K, string>>;

  const { title, subtitle, description, referencePeriod, caveats, sourceRule, breaks, ...rest } =
    source;
  const resolved: DatasetMeta = {
    ...rest,
    title: pick(title, 'title'),
    ...maybe('subtitle', subtitle, 'subtitle'),
    description: pick(description, 'description'),
    referencePeriod: pick(referencePeriod, 'referencePeriod'),
    // One flag per caveat: a translated caveat beside an English one is not marked.
    caveats: caveats.map((caveat, i) => pick(caveat, `caveats.${i}`)),
    ...maybe('sourceRule', sourceRule, 'sourceRule'),
    columns: source.columns.map(({ valueLabels, label, description, unit, ...column }) => ({
      ...column,
      label: pick(label, 'labels'),
      ...maybe('description', description, 'columnDescriptions'),
      ...maybe('unit', unit, 'units'),
      ...(valueLabels
        ? {
            valueLabels: Object.fromEntries(
              Object.entries(valueLabels).map(([value, text]) => [value, pick(text, 'labels')]),
            ),
          }
        : {}),
    })),
    sources: source.sources.map(({ caveat, ...s }) => ({
      ...s,
      ...maybe('caveat', caveat, `sources.${s.id}`),
    })),
    ...(breaks ? { breaks: breaks.map((b) => ({ ...b, note: pick(b.note, 'breaks') })) } : {}),
    multilingual: source,
    textLocale: locale,
  };
  if (englishOnly.size > 0) resolved.englishOnly = [...englishOnly];
  return resolved;
}

/** Text with words in it; "2022–2023" reads the same in every language. */
export function inWords(text: string): boolean {
  return /\p{L}/u.test(text);
}

/**
 * Whether a field of this metadata is shown in English for want of a translation: `title`,
 * `labels`…, or one caveat (`caveats.2`) or one source's caveat (`sources.<id>`).
 */
export function inEnglish(meta: DatasetMeta, field: string): boolean {
  return meta.englishOnly?.includes(field) ?? false;
}
