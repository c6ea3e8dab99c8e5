import { formatNumber } from '../../i18n/format';
import { t } from '../../i18n/i18n';
import type { MapBin } from './mapModel';

/** A bin as the legend states it: "1,000 to 9,999", "fewer than 100", "1,000,000 or more". */
export function binLabel({ from, to }: Pick<MapBin, 'from' | 'to'>): string {
  if (to === undefined) return t('map.binTop', { from: formatNumber(from) });
  if (from === 0) return t('map.binBottom', { to: formatNumber(to) });
  return t('map.binRange', { from: formatNumber(from), to: formatNumber(to - 1) });
}
