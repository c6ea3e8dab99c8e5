import type { DatasetMeta } from '../data/metadataSchema.ts';
import { t } from '../i18n/i18n.ts';
import { BarChartView } from './BarChartView.tsx';
import type { ChartModel } from '../views/dataset/model/chartModel.ts';
import { WithDrawing } from './drawings.tsx';
import type { ChartEvent } from '../views/dataset/model/timelineEvents.ts';
import { ObservationTable } from './ObservationTable.tsx';
import type { Observation } from '../model/observations.ts';
import { prefersReducedMotion } from '../ui/motion.ts';

interface DatasetChartProps {
  meta: DatasetMeta;
  model: ChartModel;
  observations: Observation[];
  /** The slice's rows as records, for drawings without a measure (timeline, matrix). */
  rows: Record<string, unknown>[];
  /** Events (agreements, meetings) to mark on a year axis. */
  events?: ChartEvent[];
  animate?: boolean;
}

/** Picks the drawing for the model's chart type; every drawing reads the same model. */
export function DatasetChart({
  meta,
  model,
  observations,
  rows,
  events = [],
  animate: wanted = true,
}: DatasetChartProps) {
  const animate = wanted && !prefersReducedMotion();
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
        return <ObservationTable observations={observations} meta={meta} />;
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
                />
              )}
            />
          );
        }
        if (model.bars) {
          return (
            <BarChartView
              model={{ ...model, bars: model.bars }}
              meta={meta}
              horizontal={model.type === 'bar' && meta.display.horizontal === true}
              animate={animate}
            />
          );
        }
        return null;
    }
  })();
  return (
    <>
      {drawing}
      {model.flags.length > 0 ? (
        <div className="flag-notes" role="note">
          <strong>{t('chart.flagsTitle')}</strong>
          <ul>
            {model.flags.map((f, i) => (
              <li key={i}>{f.text}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
