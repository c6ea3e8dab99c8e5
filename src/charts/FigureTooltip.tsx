import { shortCitation, sourceById, sourcePrefix } from '../data/citations';
import type { DatasetMeta } from '../data/metadataSchema';
import { t } from '../i18n/i18n';
import { formatWithUnit } from './formatFigure';
import { rowTextInEnglish, type Observation } from '../view/observations';
import { markedEnglish } from '../data/labels';
import { LocalText } from '../ui/LocalText';

export interface TooltipEntry {
  label: string;
  observation: Observation;
  sourceIds: string[];
  kind?: 'main' | 'partial' | 'alternative';
}

/** What hovering a mark shows: exact value with unit and qualifier, period, source, notes. */
export function FigureTooltip({ entries, meta }: { entries: TooltipEntry[]; meta: DatasetMeta }) {
  if (entries.length === 0) return null;
  return (
    <div className="tooltip">
      {entries.map((entry, i) => {
        const o = entry.observation;
        const sources = entry.sourceIds
          .map((id) => sourceById(meta, id))
          .filter((s) => s !== undefined)
          .map(shortCitation);
        return (
          <div key={i} className="tooltip-entry">
            <div className="tooltip-label">
              {entry.label}
              {o.time !== undefined ? ` — ${o.time}` : ''}
              {entry.kind === 'alternative' ? ` (${t('chart.alternative')})` : ''}
            </div>
            <div className="tooltip-value">
              {formatWithUnit(
                o.value,
                o.derived ? undefined : o.qualifier,
                markedEnglish(o.unit, rowTextInEnglish(o, 'unit')),
              )}
            </div>
            {o.derived ? <div className="tooltip-note">{o.derived}</div> : null}
            {o.period ? (
              <div>
                {t('table.period')}:{' '}
                <LocalText text={o.period} english={rowTextInEnglish(o, 'period')} />
              </div>
            ) : null}
            {sources.length > 0 ? (
              <div>
                {sourcePrefix(sources.length)} {sources.join('; ')}
              </div>
            ) : null}
            {o.note ? (
              <div className="tooltip-note">
                <LocalText text={o.note} english={rowTextInEnglish(o, 'note')} />
              </div>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
