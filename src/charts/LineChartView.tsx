import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { DatasetMeta } from '../data/metadataSchema';
import { formatNumber } from '../i18n/format';
import { t } from '../i18n/i18n';
import { colorAt } from '../ui/palette';
import { FigureTooltip, type TooltipEntry } from './FigureTooltip';
import type { LineSeriesModel, SeriesPoint } from './lineSeries';

interface LineChartViewProps {
  model: LineSeriesModel;
  meta: DatasetMeta;
  animate?: boolean;
}

/**
 * Series over years: a line where consecutive years have values, a dot where one stands alone,
 * diamonds for part-year figures and hollow triangles for other sources' figures, and a dashed
 * rule with a note where the method changed.
 */
export function LineChartView({ model, meta, animate = true }: LineChartViewProps) {
  // One colour per series (sex, destination…), shared by its line, part-year and other-source marks.
  const seriesKeys = [...new Set(model.series.map((s) => s.seriesKey))];
  const colorOfKey = (key: string) => colorAt(Math.max(0, seriesKeys.indexOf(key)));
  const color = (p: SeriesPoint) => colorOfKey(p.seriesKey);
  const xs = [
    ...model.series.flatMap((s) => s.segments.flat()),
    ...model.partial,
    ...model.alternatives,
  ].map((p) => p.x);
  const domain: [number, number] = [Math.min(...xs) - 0.5, Math.max(...xs) + 0.5];
  const entryOf = (p: SeriesPoint, kind: TooltipEntry['kind']): TooltipEntry => ({
    label: p.seriesLabel,
    observation: p.observation,
    sourceIds: p.sourceIds,
    kind,
  });
  return (
    <ResponsiveContainer width="100%" height={340} initialDimension={{ width: 640, height: 340 }}>
      <ComposedChart margin={{ top: 16, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          type="number"
          dataKey="x"
          domain={domain}
          allowDecimals={false}
          tickFormatter={(v: number) => (Number.isInteger(v) ? String(v) : '')}
        />
        <YAxis type="number" dataKey="value" width={80} tickFormatter={(v: number) => formatNumber(v)} />
        <Tooltip
          cursor={false}
          content={({ active, payload }) => {
            if (!active || !payload?.length) return null;
            const entries = payload
              .map((item) => item.payload as SeriesPoint | undefined)
              .filter((p): p is SeriesPoint => p?.observation !== undefined)
              .map((p) =>
                entryOf(
                  p,
                  model.partial.includes(p)
                    ? 'partial'
                    : model.alternatives.includes(p)
                      ? 'alternative'
                      : 'main',
                ),
              );
            return <FigureTooltip entries={entries.slice(0, 4)} meta={meta} />;
          }}
        />
        <Legend />
        {model.breaks.map((b) => (
          <ReferenceLine
            key={b.x}
            x={b.x - 0.5}
            stroke="#444"
            strokeDasharray="6 4"
            label={{ value: t('chart.breakNote'), position: 'insideTopLeft', fontSize: 12 }}
          />
        ))}
        {model.series.flatMap((s) =>
          s.segments.map((segment, j) => (
            <Line
              key={`${s.key}-${j}`}
              data={segment}
              dataKey="value"
              name={s.label}
              legendType={j === 0 ? 'line' : 'none'}
              stroke={colorOfKey(s.seriesKey)}
              strokeDasharray={s.pointInTime ? '5 3' : undefined}
              strokeWidth={2}
              dot={{ r: 4, fill: colorOfKey(s.seriesKey) }}
              isAnimationActive={animate}
            />
          )),
        )}
        {model.partial.length > 0 ? (
          <Scatter
            data={model.partial}
            dataKey="value"
            name={t('chart.legendPartial')}
            shape="diamond"
            fill="#E69F00"
            isAnimationActive={animate}
          />
        ) : null}
        {model.alternatives.length > 0 ? (
          <Scatter
            data={model.alternatives}
            dataKey="value"
            name={t('chart.legendAlternative')}
            shape={(props: { cx?: number; cy?: number; payload?: SeriesPoint }) => (
              <path
                d={`M${props.cx},${(props.cy ?? 0) - 7}l7,12h-14z`}
                fill="white"
                stroke={props.payload ? color(props.payload) : '#000'}
                strokeWidth={2}
              />
            )}
            isAnimationActive={animate}
          />
        ) : null}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
