import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../i18n/format.ts';
import { prefersReducedMotion } from '../../ui/motion.ts';
import { axisInk, ink, tooltipInk } from '../../ui/theme.ts';
import type { UnPanel } from '../../views/un/model/unModel.ts';
import { useCategoryAxis } from '../useCategoryAxis.ts';
import { ChartRoom, useChartDrawn } from '../../ui/ChartRoom.tsx';

/**
 * One panel's bars (a country in a year): the model's bars on the scale every panel shares,
 * which ends on a round tick; the tooltip says each figure as the table does.
 */
export function UnBarsChart({ panel, animate = true }: { panel: UnPanel; animate?: boolean }) {
  // recharts draws nothing on the server: the chart's room until the page is the browser's
  // (and, on the overview, until the reader comes near its card).
  const drawn = useChartDrawn();
  const { frame, axis: labelAxis } = useCategoryAxis<HTMLElement>(
    180,
    panel.bars.map((b) => b.label),
  );
  return (
    <figure className="chart" ref={frame} aria-label={`${panel.heading}: ${panel.measureLabel}`}>
      {drawn ? (
        <BarChart
          responsive
          style={{ width: '100%', height: 36 * panel.bars.length + 60 }}
          data={panel.bars}
          layout="vertical"
          // No room kept for half the last figure under the axis: recharts keeps it on the chart,
          // ending at its edge, and the bars keep the width (the axis ends on a round tick past them).
          margin={{ left: 8, right: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical stroke={ink.grid} />
          <XAxis
            {...axisInk}
            type="number"
            domain={[0, panel.axis.max]}
            ticks={panel.axis.ticks}
            tickFormatter={(v: number) => formatNumber(v)}
          />
          <YAxis {...labelAxis} />
          <Tooltip
            {...tooltipInk}
            formatter={(_v, _name, item) => (item.payload as UnPanel['bars'][number]).text}
          />
          <Bar
            dataKey="value"
            name={panel.measureLabel}
            fill={panel.color}
            isAnimationActive={animate && !prefersReducedMotion()}
          />
        </BarChart>
      ) : (
        <ChartRoom height={36 * panel.bars.length + 60} />
      )}
    </figure>
  );
}
