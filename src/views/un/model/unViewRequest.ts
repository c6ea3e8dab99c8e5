import type { Locale } from '../../../i18n/i18n.ts';
import type { UnViewState } from '../../../state/viewState.ts';
import type { UnViewRequest } from './unStockView.ts';

/**
 * The UN view's request for a view state. Apart from unStockView.ts, whose computation loads
 * with the first UN query (src/sources/queryRegistry.ts): the page asks before that code is here.
 */
export function unViewRequest(un: UnViewState, locale: Locale): UnViewRequest {
  const { direction, country, vs, year, vsYear, top, measure, sex } = un;
  return { direction, country, vs, year, vsYear, top, measure, sex, locale };
}
