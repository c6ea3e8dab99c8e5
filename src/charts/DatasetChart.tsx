import type { DatasetMeta } from '../data/metadataSchema.ts';
import { t } from '../i18n/i18n.ts';
import { BarChartView } from './BarChartView.tsx';
import { ChartLegend } from './ChartLegend.tsx';
import type { ChartModel } from '../views/dataset/model/chartModel.ts';
import { WithDrawing } from './drawings.tsx';
import type { ChartEvent } from '../views/dataset/model/timelineEvents.ts';
import type { Observation } from '../model/observations.ts';
import { prefersReducedMotion } from '../ui/motion.ts';
import { ChartClamp, EMBED_HEIGHT } from '../ui/ChartClamp.tsx';

interface DatasetChartProps {
  meta: DatasetMeta;
  model: ChartModel;
  observations: Observation[];
  /** The slice's rows as records, for drawings without a measure (timeline, matrix). */
  rows: Record<string, unknown>[];
  /** Events (agreements, meetings) to mark on a year axis. */
  events?: ChartEvent[];
  animate?: boolean;
  /**
   * An embed's: the drawing cut to the room the embed has (ChartClamp), the notes of figures in
   * doubt behind their heading (which says how many), the figures themselves still ringed.
   */
  compact?: boolean;
}

/** Picks the drawing for the model's chart type; every drawing reads the same model. */
export function DatasetChart({
  meta,
  model,
  observations,
  rows,
  events = [],
  animate: wanted = true,
  compact = false,
}: DatasetChartProps) {
  const animate = wanted && !prefersReducedMotion();
  // An embed may cut its drawing short: its legend goes above it, so which line or bar is which
  // is read without opening the whole chart.
  const plotted = !['timeline', 'matrix', 'figures', 'table'].includes(model.type);
  const legendApart = compact && plotted && (model.lines ?? model.bars) !== undefined;
  const marksKey = model.legend.filter((item) => item.mark);
  const drawing = (() => {
    switch (model.type) {
      case 'timeline':
        return (
          <WithDrawing kind="timeline" draw={(Timeline) => <Timeline rows={rows} meta={meta} />} />
        );
      case 'matrix':
        return <WithDrawing kind="matrix" draw={(Matrix) => <Matrix rows={rows} meta={meta} />} />;
      case 'figures':
        return (
          <WithDrawing
            kind="figures"
            draw={(Figures) => <Figures observations={observations} meta={meta} />}
          />
        );
      case 'table':
        return (
          <WithDrawing
            kind="table"
            draw={(Table) => <Table observations={observations} meta={meta} />}
          />
        );
      default:
        if (model.lines) {
          const lines = model.lines;
          return (
            <WithDrawing
              kind="line"
              draw={(LineChart) => (
                <LineChart
                  model={{ ...model, lines }}
                  meta={meta}
                  events={events}
                  animate={animate}
                  compact={legendApart}
                />
              )}
            />
          );
        }
        if (model.bars) {
          const props = {
            model: { ...model, bars: model.bars },
            meta,
            horizontal: model.type === 'bar' && meta.display.horizontal === true,
            animate,
            compact: legendApart,
          };
          return model.bars.stacked ? (
            <WithDrawing kind="stacked-bar" draw={(Stacked) => <Stacked {...props} />} />
          ) : (
            <BarChartView {...props} />
          );
        }
        return null;
    }
  })();
  const flagList = (
    <ul>
      {model.flags.map((f, i) => (
        <li key={i}>{f.text}</li>
      ))}
    </ul>
  );
  return (
    <>
      {legendApart ? <ChartLegend items={model.legend.filter((item) => !item.mark)} /> : null}
      <ChartClamp budget={compact ? EMBED_HEIGHT : undefined} min={model.lines ? 300 : 220}>
        {drawing}
      </ChartClamp>
      {legendApart && marksKey.length > 0 ? (
        <details className="mark-key">
          <summary>{t('chart.markKey', { count: marksKey.length })}</summary>
          <ChartLegend items={marksKey} />
        </details>
      ) : null}
      {model.flags.length > 0 ? (
        <div className="flag-notes" role="note">
          {compact ? (
            <details>
              <summary>
                <strong>
                  {t('chart.flagsTitle')} ({model.flags.length})
                </strong>
              </summary>
              {flagList}
            </details>
          ) : (
            <>
              <strong>{t('chart.flagsTitle')}</strong>
              {flagList}
            </>
          )}
        </div>
      ) : null}
    </>
  );
}
