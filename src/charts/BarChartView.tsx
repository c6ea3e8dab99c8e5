import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { DatasetMeta } from '../data/metadataSchema';
import { formatNumber } from '../i18n/format';
import { colorAt } from '../ui/palette';
import type { BarSeriesModel } from './barSeries';
import { FigureTooltip, type TooltipEntry } from './FigureTooltip';

interface BarChartViewProps {
  model: BarSeriesModel;
  meta: DatasetMeta;
  horizontal: boolean;
  stacked: boolean;
  unit: string;
  animate?: boolean;
}

/** Bars for categories (horizontal for long names), grouped or stacked by series. */
export function BarChartView({
  model,
  meta,
  horizontal,
  stacked,
  unit,
  animate = true,
}: BarChartViewProps) {
  const data = model.rows.map((row) => ({
    label: row.label,
    ...Object.fromEntries(Object.entries(row.cells).map(([key, cell]) => [key, cell.value])),
  }));
  const height = horizontal ? Math.max(160, 36 * data.length + 60) : 320;
  const valueAxis = {
    type: 'number' as const,
    tickFormatter: (v: number) => formatNumber(v),
  };
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
      <BarChart
        data={data}
        layout={horizontal ? 'vertical' : 'horizontal'}
        margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
        accessibilityLayer
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={!horizontal} vertical={horizontal} />
        {horizontal ? (
          <>
            <XAxis {...valueAxis} />
            <YAxis type="category" dataKey="label" width={150} interval={0} />
          </>
        ) : (
          <>
            <XAxis type="category" dataKey="label" interval={0} />
            <YAxis {...valueAxis} width={80} />
          </>
        )}
        <Tooltip
          content={({ active, label }) => {
            if (!active) return null;
            const row = model.rows.find((r) => r.label === label);
            const entries: TooltipEntry[] = row
              ? model.series
                  .filter((s) => row.cells[s.key])
                  .map((s) => ({
                    label: model.series.length > 1 ? `${row.label} · ${s.label}` : row.label,
                    observation: row.cells[s.key]!.observation,
                    sourceIds: row.cells[s.key]!.observation.sourceId
                      ? [row.cells[s.key]!.observation.sourceId!]
                      : [],
                  }))
              : [];
            return <FigureTooltip entries={entries} meta={meta} />;
          }}
        />
        {/* Legend in the series' declared order (recharts sorts by name unless told not to). */}
        {model.series.length > 1 ? <Legend itemSorter={null} /> : null}
        {model.series.map((s, i) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label}
            fill={colorAt(i)}
            stackId={stacked ? 'stack' : undefined}
            isAnimationActive={animate}
            unit={unit ? ` ${unit}` : undefined}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
