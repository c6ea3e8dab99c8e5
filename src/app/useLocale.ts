import { useQuery } from '@tanstack/react-query';
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
} from '../i18n/i18n.ts';

/**
 * The language to show: the one in the address, else the browser's. Its messages load on first
 * use, as a query (so a failed catalogue has the same Retry as any other file); until then the
 * page stays in the language it had. Sets `<html lang>` and the title. `failed` is the language
 * asked for whose messages did not load, and why.
 */
export function useLocale(lang: Locale | undefined): {
  locale: Locale;
  failed: { locale: Locale; error: Error } | undefined;
} {
  const wanted = lang ?? browserLocale();
  const loaded = () => isLocaleLoaded(wanted);
  // A page written at build (src/build/prerenderPages.ts) has its language loaded on both sides.
  const ready = useSyncExternalStore(onLocaleLoaded, loaded, loaded);
  const loading = useQuery({
    queryKey: ['code', 'messages', wanted],
    queryFn: () => loadLocale(wanted).then(() => wanted),
    enabled: !ready,
    staleTime: Infinity,
    retry: false,
    networkMode: 'always',
  });
  const locale = ready ? wanted : activeLocale();
  // Before the page renders: every t() and formatter below reads the active language.
  setActiveLocale(locale);
  useEffect(() => {
    // A page written at build has its own title, in its language: kept until the language changes.
    if (document.documentElement.lang === locale && document.getElementById('page-data')) return;
    document.documentElement.lang = locale;
    document.title = t('app.title', {}, locale);
  }, [locale]);
  return {
    locale,
    failed: !ready && loading.isError ? { locale: wanted, error: loading.error } : undefined,
  };
}
