import { useId, useState } from 'react';
import { t } from '../i18n/i18n';
import { embedSnippet } from './embedSnippet';

/**
 * "Embed": the snippet of a view, ready to copy into another page. `pageUrl` is the view's
 * address as the view-state serialiser writes it.
 */
export function EmbedPanel({ title, pageUrl }: { title: string; pageUrl: string }) {
  const id = useId();
  const [copied, setCopied] = useState(false);
  const snippet = embedSnippet(pageUrl, title);
  return (
    <details className="embed-panel" onToggle={() => setCopied(false)}>
      <summary>{t('embed.title')}</summary>
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
