import { Line } from 'recharts';
import { BarChartView, type BarChartViewProps, type StatedTotal } from './BarChartView.tsx';

/**
 * Bars stacked by series, the stated total drawn as a marker beside its parts, never a part of
 * the stack. Its own chunk (charts/drawings.tsx): only a chosen stack draws Recharts' lines, so
 * the first view, which opens on plain and grouped bars, does not carry them.
 */
export function StackedBarChartView(props: BarChartViewProps) {
  return <BarChartView {...props} statedTotal={statedTotal} />;
}

const statedTotal: StatedTotal = (series, color, horizontal) => (
  <Line
    key={series.key}
    dataKey={series.key}
    name={series.label}
    stroke="none"
    isAnimationActive={false}
    activeDot={false}
    dot={(props: { cx?: number; cy?: number }) => (
      <TotalMarker
        key={`${series.key}-${props.cx}-${props.cy}`}
        x={props.cx}
        y={props.cy}
        color={color}
        horizontal={horizontal}
      />
    )}
  />
);

/** The stated total beside a stack: a thick rule across the bar at the total's value. */
function TotalMarker({
  x,
  y,
  color,
  horizontal,
}: {
  x: number | undefined;
  y: number | undefined;
  color: string;
  horizontal: boolean;
}) {
  if (x === undefined || y === undefined) return <g />;
  const d = horizontal ? `M${x},${y - 14}V${y + 14}` : `M${x - 18},${y}H${x + 18}`;
  return <path d={d} stroke={color} strokeWidth={4} data-total="true" />;
}
