import { setupI18n, type I18n, type Messages } from '@lingui/core';
import { chunk } from '../lib/chunk.ts';
import { loadCountryNames } from './intlData.ts';
import { en, type MessageKey } from './messages.en.ts';

/**
 * Interface messages: ICU MessageFormat (plurals by CLDR rules: Russian one/few/many/other),
 * compiled at build time by src/build/compileMessages.ts and formatted by Lingui's runtime, which
 * ships no parser. English is the source of truth and is always loaded, but for the messages only
 * lazily loaded parts show (messages.en.later.ts), which load with those parts
 * (`loadLaterMessages`: src/ui/CodePart.tsx, the export query); Russian and Uzbek are loaded
 * when first chosen. A key missing in another language shows its English text (a unit
 * test keeps the catalogues complete).
 */

export const LOCALES = ['en', 'ru', 'uz'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language's name in itself, for the language menu. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  ru: 'Русский',
  uz: 'Oʻzbekcha',
};

export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/** Languages whose readers in the region more often read Russian than English. */
const READ_RUSSIAN = ['tg', 'ky', 'kk', 'tk', 'be', 'uk'];

/**
 * The interface language for a browser's preferred languages: the first of them we offer
 * (`ru-RU` → Russian, `uz-Latn-UZ` → Uzbek, `en-GB` → English); failing that Russian for readers
 * of Tajik, Kyrgyz, Kazakh or Turkmen; else English.
 */
export function browserLocale(
  languages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages,
): Locale {
  const primary = languages.map((tag) => tag.toLowerCase().split(/[-_]/)[0]);
  const offered = primary.find(isLocale);
  if (offered) return offered;
  return primary.some((code) => code !== undefined && READ_RUSSIAN.includes(code)) ? 'ru' : 'en';
}

// The catalogue modules hold compiled messages (see compileMessages.ts), not the ICU text their
// TypeScript source types.
const compiled = (catalogue: object) => catalogue as unknown as Messages;

// Loaded as chunks (src/lib/chunk.ts): a catalogue that fails to arrive is an error the page
// shows (useLocale), and Retry asks for it afresh.
const catalogues = {
  ru: chunk(
    'messages.ru',
    () => import('./messages.ru.ts'),
    (m) => compiled(m.ru),
  ),
  uz: chunk(
    'messages.uz',
    () => import('./messages.uz.ts'),
    (m) => compiled(m.uz),
  ),
};

/** The English messages of lazily loaded parts, once they have arrived. */
let englishLater: Messages | undefined;
const laterPart = chunk(
  'messages.en.later',
  () => import('./messages.en.later.ts'),
  (m) => compiled(m.enLater),
);

/**
 * Loads the English messages of the lazily loaded parts (once): every language shows them where
 * it has no text of its own. A part that shows them awaits this with its code.
 */
export async function loadLaterMessages(): Promise<void> {
  if (englishLater) return;
  const messages = await laterPart.load();
  englishLater ??= messages;
  for (const [locale, i18n] of instances) {
    const own = i18n.messages;
    i18n.load(
      locale,
      Object.fromEntries(Object.entries(messages).filter(([key]) => !(key in own))),
    );
  }
}

const loaders: Record<Exclude<Locale, 'en'>, () => Promise<Messages>> = {
  ru: () => catalogues.ru.load(),
  // With Uzbek country names where the browser's Intl has none.
  uz: () =>
    Promise.all([catalogues.uz.load(), loadCountryNames('uz')]).then(([messages]) => messages),
};

const instances = new Map<Locale, I18n>([
  ['en', setupI18n({ locale: 'en', messages: { en: compiled(en) } })],
]);
const listeners = new Set<() => void>();

function instance(locale: Locale): I18n {
  return instances.get(locale) ?? instances.get('en')!;
}

export function isLocaleLoaded(locale: Locale): boolean {
  return instances.has(locale);
}

/** Loads a language's messages (once); English fills any key it lacks. */
export async function loadLocale(locale: Locale): Promise<void> {
  if (instances.has(locale) || locale === 'en') return;
  const messages = await loaders[locale]();
  instances.set(
    locale,
    setupI18n({
      locale,
      messages: { [locale]: { ...compiled(en), ...englishLater, ...messages } },
    }),
  );
  listeners.forEach((listener) => listener());
}

/** Called when a language finishes loading (for React's useSyncExternalStore). */
export function onLocaleLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

let active: Locale = DEFAULT_LOCALE;

/** The language the interface is shown in: every t() and formatter without a locale uses it. */
export function activeLocale(): Locale {
  return active;
}

export function setActiveLocale(locale: Locale): void {
  active = isLocaleLoaded(locale) ? locale : DEFAULT_LOCALE;
}

/** The interface string for `key`, with ICU placeholders, plurals and selects filled from `values`. */
export function t(
  key: MessageKey,
  values: Record<string, string | number> = {},
  locale: Locale = active,
): string {
  // Lingui decodes \uXXXX sequences anywhere in its output; a value that shows a control
  // character as the text "\u202e" (the address notice) must stay text, so no backslash of a
  // value reaches it.
  const safe = Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      typeof value === 'string' ? value.replaceAll('\\', BACKSLASH) : value,
    ]),
  );
  return instance(locale)._(key, safe).replaceAll(BACKSLASH, '\\');
}

/** Stands in for a backslash of a value while Lingui formats: a private-use character. */
const BACKSLASH = '\uE000';
