import { useId, useState } from 'react';
import { activeLocale, isLocale, LOCALE_NAMES, LOCALES, t, type Locale } from '../i18n/i18n';
import { SelectField } from '../ui/SelectField';
import { embedSnippet } from './embedSnippet';

/**
 * "Embed": the snippet of a view, ready to copy into another page. `pageUrl` is the view's
 * address as the view-state serialiser writes it.
 */
export function EmbedPanel({ title, pageUrl }: { title: string; pageUrl: string }) {
  const id = useId();
  const [copied, setCopied] = useState(false);
  // The chart opens in the language chosen here; by default the one the presenter sees.
  const [lang, setLang] = useState<Locale | ''>(activeLocale());
  const snippet = embedSnippet(withLanguage(pageUrl, lang), title);
  return (
    <details className="embed-panel" onToggle={() => setCopied(false)}>
      <summary>{t('embed.title')}</summary>
      <SelectField
        label={t('embed.language')}
        value={lang}
        onChange={(value) => {
          setLang(isLocale(value) ? value : '');
          setCopied(false);
        }}
      >
        <option value="">{t('embed.languageBrowser')}</option>
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LOCALE_NAMES[code]}
          </option>
        ))}
      </SelectField>
      <label htmlFor={id}>{t('embed.instructions')}</label>
      <textarea id={id} readOnly rows={5} value={snippet} onFocus={(e) => e.target.select()} />
      <button
        type="button"
        onClick={() => {
          void navigator.clipboard?.writeText(snippet).then(() => setCopied(true));
        }}
      >
        {t('embed.copy')}
      </button>
      <span role="status">{copied ? t('embed.copied') : ''}</span>
    </details>
  );
}

/** The page address with `lang=` set, or without it (the reader's browser decides). */
function withLanguage(pageUrl: string, lang: Locale | ''): string {
  const url = new URL(pageUrl);
  if (lang) url.searchParams.set('lang', lang);
  else url.searchParams.delete('lang');
  return url.href;
}
