import { formatNumber } from '../../../i18n/format.ts';
import { t } from '../../../i18n/i18n.ts';
import type { MapBin } from './unMapModel.ts';

/**
 * A bin as the legend states it: "1,000 to 9,999", "fewer than 100", "1,000,000 or more"; for
 * shares, "1 % to under 10 %" (a share is not a whole number: the bound is exclusive).
 */
export function binLabel(
  { from, to }: Pick<MapBin, 'from' | 'to'>,
  measure: 'absolute' | 'share' = 'absolute',
): string {
  const format = (v: number) => (measure === 'share' ? `${formatNumber(v)} %` : formatNumber(v));
  if (to === undefined) return t('map.binTop', { from: format(from) });
  if (from === 0) return t('map.binBottom', { to: format(to) });
  if (measure === 'share') return t('map.binRangeBelow', { from: format(from), to: format(to) });
  return t('map.binRange', { from: format(from), to: format(to - 1) });
}
