import { en, type MessageKey } from './messages.en';

/** The catalogues on offer; Russian and Uzbek join here with the same keys. */
const catalogues: Record<string, Record<MessageKey, string>> = { en };

export type Locale = 'en';
export const DEFAULT_LOCALE: Locale = 'en';

/** The interface string for `key`, with `{name}` placeholders filled from `values`. */
export function t(
  key: MessageKey,
  values: Record<string, string | number> = {},
  locale: Locale = DEFAULT_LOCALE,
): string {
  const template = (catalogues[locale] ?? en)[key];
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}
