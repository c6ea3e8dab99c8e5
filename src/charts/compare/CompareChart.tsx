import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../i18n/format.ts';
import { axisInk, ink, tooltipInk } from '../../ui/theme.ts';
import { CONFLICT_COLOR, type CompareGroup } from '../../views/compare/model/compareModel.ts';
import { figureRoom, labelLines, valueLabelRoom } from '../categoryAxisWidth.ts';
import { useCategoryAxis } from '../useCategoryAxis.ts';
import { ChartRoom, useChartDrawn } from '../../ui/ChartRoom.tsx';

/**
 * One group of the compare view: figures of one kind and one period, totals or parts, one bar per
 * row on the scale every group shares; a figure that differs from another of its kind and year is
 * outlined, and each bar's text carries its qualifier and doubt.
 */
export function CompareChart({ group }: { group: CompareGroup }) {
  // recharts draws nothing on the server: the chart's room until the page is the browser's
  // (and, on the overview, until the reader comes near its card).
  const drawn = useChartDrawn();
  const { bars } = group;
  const {
    frame,
    frameWidth,
    width: axisWidth,
    axis: labelAxis,
  } = useCategoryAxis<HTMLElement>(
    260,
    bars.map((b) => b.label),
    12,
    figureRoom(
      bars.map((b) => b.short),
      12,
    ),
  );
  const left = 8;
  const right = valueLabelRoom(
    frameWidth,
    axisWidth,
    left,
    bars.map((b) => ({ value: b.value, text: b.short })),
    group.axis.max,
    12,
  );
  // Each bar as tall as its label, or the figure written beside it, needs, wrapped in this
  // language at this width: a figure with a long note wraps in the right margin, and rose above
  // its row ("1,900,000" cut off) when the row was sized for the label alone.
  const lines = Math.max(
    1,
    ...bars.map((b) =>
      Math.max(labelLines(b.label, axisWidth, 12), labelLines(b.short, right, 12)),
    ),
  );
  const height = Math.max(34, lines * 15 + 8) * bars.length + 50;
  return (
    <figure className="chart" aria-label={group.heading} ref={frame} data-group={group.key}>
      <figcaption className="compare-group">{group.heading}</figcaption>
      {drawn ? (
        <BarChart
          responsive
          style={{ width: '100%', height }}
          data={bars}
          layout="vertical"
          margin={{ left, right }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical stroke={ink.grid} />
          <XAxis
            {...axisInk}
            type="number"
            domain={[0, group.axis.max]}
            ticks={group.axis.ticks}
            tickFormatter={(v: number) => formatNumber(v)}
          />
          <YAxis {...labelAxis} />
          <Tooltip
            {...tooltipInk}
            formatter={(_v, _name, item) => (item.payload as CompareGroup['bars'][number]).text}
          />
          <Bar dataKey="value" name={group.heading} isAnimationActive={false}>
            {bars.map((d, i) => (
              <Cell
                key={i}
                fill={group.color}
                stroke={d.conflict ? CONFLICT_COLOR : undefined}
                strokeWidth={d.conflict ? 2 : 0}
              />
            ))}
            <LabelList dataKey="short" position="right" fontSize={12} fill={ink.text} />
          </Bar>
        </BarChart>
      ) : (
        <ChartRoom height={height} />
      )}
    </figure>
  );
}
