import { shortCitation, sourceById, sourcePrefix } from '../data/citations.ts';
import type { DatasetMeta } from '../data/metadataSchema.ts';
import { t } from '../i18n/i18n.ts';
import { formatWithUnit } from '../model/formatFigure.ts';
import { rowTextInEnglish, type Observation } from '../model/observations.ts';
import { columnsWithRole, markedEnglish, valueLabel } from '../data/labels.ts';
import { LocalText } from '../ui/LocalText.tsx';

/**
 * Below this width a chart has no room for a tooltip (up to 320 px) beside the pointer: recharts
 * would start it at the plot's left edge, past a horizontal chart's labels, and it ran off a
 * phone's screen with its source line cut. There it spans the chart from the chart's left edge.
 */
const NARROW_CHART = 560;

/** Where a chart's tooltip goes, from the width of the chart's frame (`useWidth`). */
export function tooltipLayout(chartWidth: number) {
  const narrow = chartWidth < NARROW_CHART;
  return {
    allowEscapeViewBox: { x: false, y: false },
    wrapperStyle: {
      maxWidth: narrow ? chartWidth : 'min(320px, 80vw)',
      whiteSpace: 'normal',
      zIndex: 2,
    },
    ...(narrow ? { position: { x: 0 } } : {}),
  } as const;
}

export interface TooltipEntry {
  label: string;
  observation: Observation;
  sourceIds: string[];
  kind?: 'main' | 'partial' | 'alternative';
}

/**
 * What hovering a mark shows: exact value (every decimal the source gave) with unit and qualifier, the data's doubt about it (a
 * flag shows wherever its figure shows), period, source, notes.
 */
export function FigureTooltip({ entries, meta }: { entries: TooltipEntry[]; meta: DatasetMeta }) {
  if (entries.length === 0) return null;
  const flagColumn = columnsWithRole(meta, 'flag')[0];
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
                undefined,
                { whole: true },
              )}
            </div>
            {o.flag ? (
              <div className="tooltip-flag" data-flag={o.flag}>
                {valueLabel(flagColumn, o.flag)}
              </div>
            ) : null}
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
