import { timeColumn } from '../data/labels';
import type { DatasetMeta, DisplayType } from '../data/metadataSchema';
import { t } from '../i18n/i18n';
import { buildBarSeries } from './barSeries';
import { BarChartView } from './BarChartView';
import { FiguresView } from './FiguresView';
import { buildLineSeries } from './lineSeries';
import { LineChartView } from './LineChartView';
import type { ChartEvent } from '../view/timelineEvents';
import { MatrixView } from './MatrixView';
import { ObservationTable } from './ObservationTable';
import type { Observation } from '../view/observations';
import { TimelineView } from './TimelineView';

interface DatasetChartProps {
  meta: DatasetMeta;
  observations: Observation[];
  /** The slice's rows as records, for drawings without a measure (timeline, matrix). */
  rows: Record<string, unknown>[];
  type: DisplayType;
  preferredSource?: string | undefined;
  sort?: 'value' | 'name' | 'data';
  /** Events (agreements, meetings) to mark on a year axis. */
  events?: ChartEvent[];
  /** At most this many bars; the rest become one derived bar. */
  limit?: number;
  animate?: boolean;
}

/** Picks the drawing for a chart type; every drawing gets the same observations. */
export function DatasetChart({
  meta,
  observations,
  rows,
  type,
  preferredSource,
  sort,
  limit,
  events = [],
  animate = true,
}: DatasetChartProps) {
  const time = timeColumn(meta);
  const options = { ...(preferredSource ? { preferredSource } : {}) };
  switch (type) {
    case 'timeline':
      return <TimelineView rows={rows} meta={meta} />;
    case 'matrix':
      return <MatrixView rows={rows} meta={meta} />;
    case 'figures':
      return <FiguresView observations={observations} meta={meta} />;
    case 'table':
      return <ObservationTable observations={observations} meta={meta} />;
    case 'line':
      return (
        <LineChartView
          model={buildLineSeries(observations, meta, options)}
          meta={meta}
          events={events}
          animate={animate}
        />
      );
    default: {
      const x = (type === 'bar' ? meta.display.x : undefined) ?? time?.name ?? meta.display.x;
      const model = buildBarSeries(observations, meta, x!, {
        ...options,
        sort: sort ?? 'data',
        ...(limit !== undefined
          ? { limit, remainderLabel: `${t('un.remainder')} (${t('chart.derived')})` }
          : {}),
      });
      const unit = observations[0]?.unit ?? '';
      return (
        <BarChartView
          model={model}
          meta={meta}
          horizontal={type === 'bar' && meta.display.horizontal === true}
          stacked={type === 'stacked-bar'}
          unit={unit}
          animate={animate}
        />
      );
    }
  }
}
