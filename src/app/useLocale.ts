import { useEffect, useSyncExternalStore } from 'react';
import {
  activeLocale,
  browserLocale,
  isLocaleLoaded,
  loadLocale,
  onLocaleLoaded,
  setActiveLocale,
  t,
  type Locale,
} from '../i18n/i18n';

/**
 * The language to show: the one in the address, else the browser's. Its messages load on first
 * use; until then the page stays in the language it had. Sets `<html lang>` and the title.
 */
export function useLocale(lang: Locale | undefined): Locale {
  const wanted = lang ?? browserLocale();
  const ready = useSyncExternalStore(onLocaleLoaded, () => isLocaleLoaded(wanted));
  useEffect(() => {
    if (!ready) void loadLocale(wanted);
  }, [ready, wanted]);
  const locale = ready ? wanted : activeLocale();
  // Before the page renders: every t() and formatter below reads the active language.
  setActiveLocale(locale);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('app.title', {}, locale);
  }, [locale]);
  return locale;
}
