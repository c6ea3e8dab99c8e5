import type { ThemeChoice } from '../ui/theme';

/** The message an embedded chart sends its host page when its height changes. */
export const HEIGHT_MESSAGE = 'ca-migration-embed-height';

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * The address of the embedded chart: the same view, with `embed=1`, in the theme chosen for it
 * (`system` follows the reader's system, so no `theme=` is written).
 */
export function embedUrl(pageUrl: string, theme?: ThemeChoice): string {
  const url = new URL(pageUrl);
  url.searchParams.set('embed', '1');
  if (theme === 'system') url.searchParams.delete('theme');
  else if (theme) url.searchParams.set('theme', theme);
  url.hash = '';
  return url.href.replace(/%7E/g, '~');
}

/**
 * The copy-paste snippet for a presenter: an iframe of the view, and a few lines of script
 * that let the chart set the iframe's height (it works without them, at a fixed height).
 */
export function embedSnippet(pageUrl: string, title: string, theme?: ThemeChoice): string {
  const src = embedUrl(pageUrl, theme);
  const origin = new URL(src).origin;
  return [
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" style="width: 100%; min-height: 480px; border: 0" loading="lazy"></iframe>`,
    `<script>window.addEventListener("message",function(e){if(e.origin!==${JSON.stringify(origin)}||!e.data||e.data.type!==${JSON.stringify(HEIGHT_MESSAGE)})return;document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=e.data.height+"px"})});</script>`,
  ].join('\n');
}
