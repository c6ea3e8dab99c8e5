import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDerived, formatNumber } from '../../i18n/format.ts';
import { t } from '../../i18n/i18n.ts';
import { axisInk, ink, tooltipInk } from '../../ui/theme.ts';
import type { UnTrend } from '../../views/un/model/unModel.ts';
import { ChartRoom, useChartDrawn } from '../../ui/ChartRoom.tsx';

/** The largest partners of a panel over the UN years, in the measure chosen; gaps stay gaps. */
export function UnTrendChart({ trend }: { trend: UnTrend }) {
  // recharts draws nothing on the server: the chart's room until the page is the browser's
  // (and, on the overview, until the reader comes near its card).
  const drawn = useChartDrawn();
  const share = trend.measure === 'share';
  const format = (v: number) =>
    share ? `${formatDerived(v)} % (${t('chart.derived')})` : formatNumber(v);
  return (
    <figure className="chart" aria-label={trend.heading}>
      {drawn ? (
        <LineChart
          responsive
          style={{ width: '100%', height: 320 }}
          data={trend.rows}
          margin={{ left: 8, right: 24 }}
        >
          <CartesianGrid strokeDasharray="3 3" stroke={ink.grid} />
          <XAxis
            {...axisInk}
            dataKey="year"
            type="number"
            domain={['dataMin', 'dataMax']}
            ticks={trend.years}
          />
          <YAxis
            {...axisInk}
            width="auto"
            domain={[0, trend.axis.max]}
            ticks={trend.axis.ticks}
            tickFormatter={(v: number) => formatNumber(v)}
          />
          <Tooltip {...tooltipInk} formatter={(v) => format(Number(v))} />
          <Legend />
          {trend.lines.map((line) => (
            <Line
              key={line.key}
              dataKey={line.key}
              name={line.label}
              stroke={line.color}
              strokeWidth={2}
              connectNulls={false}
            />
          ))}
        </LineChart>
      ) : (
        <ChartRoom height={320} />
      )}
    </figure>
  );
}
