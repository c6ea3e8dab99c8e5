import { serializeViewState } from '../view/urlCodec';
import type { ViewState } from '../view/viewState';

/**
 * The full address of a view on this dashboard, written by the one serialiser: for links, the
 * data package's record of the view, and the embed snippet (`embed` true for the iframe's).
 */
export function viewAddress(view: ViewState, embed = false): string {
  return `${window.location.origin}${window.location.pathname}${serializeViewState({ ...view, embed })}`;
}
