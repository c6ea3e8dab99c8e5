import { useId, useState } from 'react';
import { activeLocale, isLocale, LOCALE_NAMES, LOCALES, t, type Locale } from '../i18n/i18n.ts';
import { Disclosure } from '../ui/Disclosure.tsx';
import { SelectField } from '../ui/SelectField.tsx';
import type { ThemeChoice } from '../ui/theme.ts';
import { ThemeSelect } from '../ui/ThemeSelect.tsx';
import { useHydrated } from '../ui/useHydrated.ts';
import type { ViewState } from '../state/viewState.ts';
import { useViewStore } from '../state/viewStore.ts';
import { embedSnippet } from './embedSnippet.ts';

/**
 * "Embed": the snippet of a view, ready to copy into another page, in the theme chosen for it (a
 * dark slide wants the dark theme). `view`: the view embedded, the page's own by default (a card on
 * the overview embeds its dataset's view). `inline`: the panel itself, in a card's Embed tab,
 * rather than behind a disclosure.
 */
export function EmbedPanel({
  title,
  view,
  inline,
}: {
  title: string;
  view?: ViewState;
  inline?: boolean;
}) {
  const id = useId();
  const pageView = useViewStore((s) => s.view);
  const embedded = view ?? pageView;
  const [theme, setTheme] = useState<ThemeChoice>(pageView.theme);
  const [copied, setCopied] = useState(false);
  // The chart opens in the language chosen here; by default the one the presenter sees.
  const [lang, setLang] = useState<Locale | ''>(activeLocale());
  // The snippet names the site's own address, which a page written at build does not know: it
  // is written once the browser has the page.
  const hydrated = useHydrated();
  const snippet = hydrated
    ? embedSnippet({ ...embedded, theme, lang: lang || undefined }, title)
    : '';
  const body = (
    <>
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
      <ThemeSelect
        className="embed-theme"
        label={t('embed.theme')}
        value={theme}
        onChange={(choice) => {
          setTheme(choice);
          setCopied(false);
        }}
      />
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
    </>
  );
  return inline ? (
    <div className="embed-panel embed-inline">{body}</div>
  ) : (
    <Disclosure
      className="embed-panel"
      summary={t('embed.title')}
      onToggle={() => setCopied(false)}
    >
      {body}
    </Disclosure>
  );
}
