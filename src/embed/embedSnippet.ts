import { viewAddress } from '../state/urlCodec.ts';
import type { ViewState } from '../state/viewState.ts';

/** The message an embedded chart sends its host page when its height changes. */
export const HEIGHT_MESSAGE = 'ca-migration-embed-height';

/**
 * The chart id in the Datawrapper-style height message: the dataset's id (which the iframe's
 * address contains, so scripts that match `iframe[src*=id]` find it), `ca-migration-un` or
 * `ca-migration-compare`.
 */
export function embedChartId(view: Pick<ViewState, 'page' | 'dataset'>): string {
  return view.page === 'dataset' && view.dataset ? view.dataset : `ca-migration-${view.page}`;
}

/** Datawrapper's responsive-iframe message: `{"datawrapper-height": {"<chart id>": 612}}`. */
export function datawrapperHeightMessage(
  chartId: string,
  height: number,
): { 'datawrapper-height': Record<string, number> } {
  return { 'datawrapper-height': { [chartId]: height } };
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * The copy-paste snippet for a presenter: an iframe of the view (its address as the codec writes
 * it, with `embed=1`, in the view's theme and language: `system` theme and no language follow the
 * reader's), and a few lines of script that let the chart set the iframe's height (it works
 * without them, at a fixed height). `page`: the dashboard's address, this page's by default.
 */
export function embedSnippet(view: ViewState, title: string, page?: string): string {
  const src = viewAddress(view, true, page);
  const origin = new URL(src).origin;
  return [
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" style="width: 100%; min-height: 480px; border: 0" loading="lazy"></iframe>`,
    `<script>window.addEventListener("message",function(e){if(e.origin!==${JSON.stringify(origin)}||!e.data||e.data.type!==${JSON.stringify(HEIGHT_MESSAGE)})return;document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=e.data.height+"px"})});</script>`,
  ].join('\n');
}
