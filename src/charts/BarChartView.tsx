import type { ReactElement } from 'react';
import { Bar, CartesianGrid, Cell, ComposedChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { DatasetMeta } from '../data/metadataSchema.ts';
import { formatNumber } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';
import type { BarSeriesModel } from '../views/dataset/model/barSeries.ts';
import type { ChartModel } from '../views/dataset/model/chartModel.ts';
import { ChartLegend } from './ChartLegend.tsx';
import { FigureTooltip, tooltipLayout, type TooltipEntry } from './FigureTooltip.tsx';
import { axisInk, ink } from '../ui/theme.ts';
import { useCategoryAxis } from './useCategoryAxis.ts';
import { yearTicksFor } from '../model/niceAxis.ts';
import { ChartRoom, useChartDrawn } from '../ui/ChartRoom.tsx';

export interface BarChartViewProps {
  model: ChartModel & { bars: BarSeriesModel };
  meta: DatasetMeta;
  horizontal: boolean;
  animate?: boolean;
  /** An embed's: the legend drawn apart, above a drawing the embed may cut (DatasetChart). */
  compact?: boolean;
}

/** A stated total's marks beside its stack: StackedBarChartView.tsx, loaded with stacks alone. */
export type StatedTotal = (
  series: BarSeriesModel['series'][number],
  color: string,
  horizontal: boolean,
) => ReactElement;

/**
 * Bars for categories (horizontal for long names), grouped or stacked by series. In a stack the
 * stated total is a marker beside its parts, never a part of the stack.
 */
export function BarChartView({
  model,
  meta,
  horizontal,
  animate = true,
  statedTotal,
  compact = false,
}: BarChartViewProps & { statedTotal?: StatedTotal | undefined }) {
  // recharts draws nothing on the server: the chart's room until the page is the browser's
  // (and, on the overview, until the reader comes near its card).
  const drawn = useChartDrawn();
  const bars = model.bars;
  const data = bars.rows.map((row) => ({
    label: row.label,
    ...Object.fromEntries(Object.entries(row.cells).map(([key, cell]) => [key, cell.value])),
  }));
  const {
    frame,
    frameWidth,
    axis: labelAxis,
  } = useCategoryAxis<HTMLDivElement>(
    150,
    data.map((d) => d.label),
  );
  // Where no category has figures of two series (the UN's data-type codes: one per country), the
  // series only colour the bars: each bar takes its category's whole band rather than a slot.
  // Grouped, a row is tall enough for each series' bar side by side in it.
  const grouped = !bars.stacked && bars.rows.some((r) => Object.keys(r.cells).length > 1);
  const rowHeight = grouped ? Math.max(30, 10 * bars.series.length) : 30;
  const height = horizontal ? Math.max(160, rowHeight * data.length + 60) : 320;
  const valueAxis = {
    ...axisInk,
    type: 'number' as const,
    // From zero to a round tick at or above the longest bar (the model's niceAxis).
    domain: model.valueAxis ? [0, model.valueAxis.max] : undefined,
    ticks: model.valueAxis?.ticks,
    interval: 0 as const,
    tickFormatter: (v: number) => formatNumber(v),
  };
  const unit = model.unit;
  const drawnCategories = bars.rows.filter((r) => !r.derived).length;
  return (
    <div ref={frame}>
      {drawn ? (
        <ComposedChart
          responsive
          style={{ width: '100%', height }}
          data={data}
          layout={horizontal ? 'vertical' : 'horizontal'}
          // Horizontal, the last figure under the axis is centred on the right edge: room for half.
          margin={{ top: 8, right: horizontal ? 48 : 24, bottom: 8, left: 8 }}
          accessibilityLayer
        >
          <CartesianGrid
            strokeDasharray="3 3"
            horizontal={!horizontal}
            vertical={horizontal}
            stroke={ink.grid}
          />
          {horizontal ? (
            <>
              <XAxis {...valueAxis} />
              <YAxis {...labelAxis} />
            </>
          ) : (
            <>
              <XAxis
                {...axisInk}
                type="category"
                dataKey="label"
                interval={0}
                // Years in time order: only the round ones written (2000, 2005, …).
                ticks={model.timeAxis && yearTicksFor(model.timeAxis, frameWidth).map(String)}
              />
              <YAxis {...valueAxis} width="auto" />
            </>
          )}
          <Tooltip
            {...tooltipLayout(frameWidth)}
            content={({ active, label }) => {
              if (!active) return null;
              const row = bars.rows.find((r) => r.label === label);
              const entries: TooltipEntry[] = row
                ? bars.series
                    .filter((s) => row.cells[s.key])
                    .map((s) => ({
                      label: bars.series.length > 1 ? `${row.label} · ${s.label}` : row.label,
                      observation: row.cells[s.key]!.observation,
                      sourceIds: row.cells[s.key]!.observation.sourceId
                        ? [row.cells[s.key]!.observation.sourceId!]
                        : [],
                    }))
                : [];
              return <FigureTooltip entries={entries} meta={meta} />;
            }}
          />
          {bars.series.map((s) =>
            // Never a part of the stack: drawn by the stacked drawing's own marks.
            bars.stacked && s.total ? (
              (statedTotal?.(s, model.colors[s.key] ?? ink.neutral, horizontal) ?? null)
            ) : (
              <Bar
                key={s.key}
                dataKey={s.key}
                name={s.label}
                fill={model.colors[s.key] ?? ink.neutral}
                stackId={bars.stacked || !grouped ? 'stack' : undefined}
                // Recharts restarts the growth animation on every resize; with many bars it
                // never finishes and the bars stay invisible.
                isAnimationActive={animate && data.length <= 20}
                unit={unit ? ` ${unit}` : undefined}
              >
                {/* A figure the data calls into doubt keeps its fill and gets a dashed red outline. */}
                {bars.rows.map((row) => (
                  <Cell
                    key={row.key}
                    {...(row.cells[s.key]?.observation.flag
                      ? { stroke: ink.flag, strokeWidth: 3, strokeDasharray: '4 2' }
                      : {})}
                  />
                ))}
              </Bar>
            ),
          )}
        </ComposedChart>
      ) : (
        <ChartRoom height={height} />
      )}
      {compact ? null : <ChartLegend items={model.legend} />}
      {bars.hidden.length > 0 ? (
        <p className="chart-more">
          {t('chart.moreInTable', { shown: drawnCategories, count: bars.hidden.length })}
        </p>
      ) : null}
    </div>
  );
}
