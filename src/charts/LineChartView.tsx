import { useRef, useState } from 'react';
import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  Tooltip,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
  XAxis,
  YAxis,
} from 'recharts';
import type { DatasetMeta } from '../data/metadataSchema.ts';
import { formatDateOrSpan } from '../i18n/dateSpan.ts';
import { formatNumber } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';
import type { ChartModel } from '../views/dataset/model/chartModel.ts';
import { ChartLegend } from './ChartLegend.tsx';
import { FigureTooltip, tooltipLayout, type TooltipEntry } from './FigureTooltip.tsx';
import type { LineSeriesModel, SeriesPoint } from '../views/dataset/model/lineSeries.ts';
import { lineChartRows, type LineRow } from './lineChartRows.ts';
import { eventRowHeight, layoutEventLabels } from './eventLabels.ts';
import { layoutPartLabels, PART_LABEL_FONT } from '../views/dataset/model/partLabels.ts';
import { eventsWithin, type ChartEvent } from '../views/dataset/model/timelineEvents.ts';
import { markerParts, type MarkerShape } from '../ui/legendSwatch.ts';
import { axisInk, ink } from '../ui/theme.ts';
import { useTextSize } from '../ui/imageText.ts';
import { useWidth } from '../ui/useWidth.ts';
import { yearTicksFor } from '../model/niceAxis.ts';
import { ChartRoom, useChartDrawn } from '../ui/ChartRoom.tsx';

interface LineChartViewProps {
  model: ChartModel & { lines: LineSeriesModel };
  meta: DatasetMeta;
  events?: ChartEvent[];
  animate?: boolean;
  /**
   * An embed's: the legend drawn apart, above a drawing the embed may cut (DatasetChart), and each
   * break's note behind its heading, as the notes of figures in doubt are.
   */
  compact?: boolean;
}

/** What recharts hands a label renderer (positions may come as strings). */
interface LabelProps {
  x?: number | string | undefined;
  y?: number | string | undefined;
  index?: number | undefined;
}

interface DotProps {
  cx?: number;
  cy?: number;
  payload?: LineRow;
  dataKey?: unknown;
}

/**
 * Series over years, drawn from the chart model: a solid line through consecutive years of one
 * source series, a dashed join across missing years, a dotted labelled join where the line moves
 * to another source's series, diamonds for part-year figures, hollow triangles for other sources'
 * figures, a ring round a figure the data calls into doubt, and a dashed rule where the method
 * changed. All marks share one row per year, so the tooltip lists exactly that year's figures.
 */
export function LineChartView({
  model,
  meta,
  events = [],
  animate = true,
  compact = false,
}: LineChartViewProps) {
  // recharts draws nothing on the server: the chart's room until the page is the browser's
  // (and, on the overview, until the reader comes near its card).
  const drawn = useChartDrawn();
  // Lines grow once, when first drawn. Recharts restarts the animation on every resize (a tab
  // switch that shows or hides the scrollbar is one), and an image exported meanwhile caught the
  // lines half-way between two widths, their points off their years.
  const [grown, setGrown] = useState(false);
  const grow = animate && !grown;
  const lines = model.lines;
  const chart = lineChartRows(lines);
  // The chart's width, for where its tooltip goes (tooltipLayout).
  const frame = useRef<HTMLDivElement>(null);
  const width = useWidth(frame, 1000);
  const colorOf = (p: SeriesPoint | undefined) => (p && model.colors[p.seriesKey]) ?? ink.neutral;
  const xs = chart.rows.map((r) => r.x);
  const domain: [number, number] = [Math.min(...xs) - 0.5, Math.max(...xs) + 0.5];
  // Events outside the years plotted are not drawn (and not listed).
  const shownEvents = eventsWithin(events, xs);
  // In an image every text is raised to 14 px: labels are placed at the size they are drawn.
  const size = useTextSize();
  const pointOf = (props: DotProps) =>
    props.payload?.points[String(props.dataKey)] as SeriesPoint | undefined;

  const dot = (shape: MarkShapeName) =>
    function Dot(props: DotProps) {
      const p = pointOf(props);
      if (!p || props.cx === undefined || props.cy === undefined) return <g />;
      return <MarkShape shape={shape} x={props.cx} y={props.cy} color={colorOf(p)} point={p} />;
    };

  return (
    <div ref={frame}>
      {drawn ? (
        <ComposedChart
          responsive
          style={{ width: '100%', height: 340 }}
          data={chart.rows}
          margin={{
            top: Math.max(16, eventRowHeight(size(EVENT_FONT)) + 2),
            right: 24,
            bottom: 8,
            left: 8,
          }}
        >
          <CartesianGrid strokeDasharray="3 3" stroke={ink.grid} />
          <XAxis
            {...axisInk}
            type="number"
            dataKey="x"
            domain={domain}
            allowDecimals={false}
            // Round years from the model (2000, 2005, 2010), never recharts' 2005/2011/2017.
            ticks={model.timeAxis && yearTicksFor(model.timeAxis, width)}
            interval={0}
            tickFormatter={(v: number) => (Number.isInteger(v) ? String(v) : '')}
          />
          <YAxis
            {...axisInk}
            type="number"
            // As wide as its longest figure: "1 200 000" at 16 px needs more than a fixed 80.
            width="auto"
            domain={model.valueAxis ? [0, model.valueAxis.max] : undefined}
            ticks={model.valueAxis?.ticks}
            interval={0}
            tickFormatter={(v: number) => formatNumber(v)}
          />
          <Tooltip
            cursor={{ stroke: ink.axis, strokeDasharray: '2 2' }}
            {...tooltipLayout(width)}
            content={({ active, label }) => {
              if (!active || typeof label !== 'number') return null;
              const row = chart.rows.find((r) => r.x === label);
              return <FigureTooltip entries={row ? entriesOf(row, lines) : []} meta={meta} />;
            }}
          />
          {shownEvents.map((e, n) => (
            <ReferenceLine key={`event-${n}`} x={e.year} stroke={ink.event} strokeDasharray="2 3" />
          ))}
          <EventLabels years={shownEvents.map((e) => e.year)} fontSize={size(EVENT_FONT)} />
          {lines.breaks.map((b) => (
            <ReferenceLine
              key={b.x}
              x={b.x - 0.5}
              stroke={ink.axis}
              strokeDasharray="6 4"
              label={{
                value: t('chart.breakNote'),
                position: 'insideTopLeft',
                fontSize: size(12),
                fill: ink.text,
              }}
            />
          ))}
          {chart.joins.map((join) => (
            <Line
              key={join.key}
              dataKey={join.key}
              connectNulls
              stroke={join.kind === 'gap' ? colorOf(join.from) : ink.neutral}
              strokeDasharray={join.kind === 'gap' ? '6 4' : '1 4'}
              strokeWidth={join.kind === 'gap' ? 1.5 : 2}
              dot={false}
              activeDot={false}
              legendType="none"
              isAnimationActive={grow}
              label={
                join.kind === 'source'
                  ? (props: LabelProps) =>
                      props.index === chart.rows.findIndex((r) => r.x === join.to.x) ? (
                        <text
                          x={Number(props.x)}
                          y={Number(props.y) - 10}
                          fontSize={size(10)}
                          fill={ink.muted}
                          textAnchor="end"
                        >
                          {t('chart.sourceJoin')}
                        </text>
                      ) : (
                        <g />
                      )
                  : undefined
              }
            />
          ))}
          {chart.segments.map((segment) => (
            <Line
              key={segment.key}
              dataKey={segment.key}
              stroke={colorOf(segment.first)}
              strokeDasharray={segment.pointInTime ? '5 3' : undefined}
              strokeWidth={2}
              dot={dot(segment.marker)}
              activeDot={false}
              isAnimationActive={grow}
              onAnimationEnd={() => setGrown(true)}
            />
          ))}
          {/* Marks that stand alone: part-year diamonds (labelled below) and other
              sources' triangles, each a column of the year table drawn without a line. */}
          {[
            ...chart.partial.map((key) => ({ key, shape: 'diamond' as const })),
            ...chart.alternatives.map((key) => ({ key, shape: 'triangle' as const })),
          ].map(({ key, shape }) => (
            <Line
              key={key}
              dataKey={key}
              stroke="none"
              dot={dot(shape)}
              activeDot={false}
              isAnimationActive={false}
            />
          ))}
          <PartLabels lines={lines} fontSize={size(PART_LABEL_FONT)} />
        </ComposedChart>
      ) : (
        <ChartRoom height={340} />
      )}
      {compact ? null : <ChartLegend items={model.legend} />}
      {shownEvents.length > 0 ? (
        <ol className="event-list" aria-label={t('explore.eventsListed')}>
          {shownEvents.map((e, n) => (
            <li key={n} value={n + 1}>
              <strong>{formatDateOrSpan(e.date)}</strong> {e.title} ({e.source})
            </li>
          ))}
        </ol>
      ) : null}
      {lines.breaks.map((b) => {
        const heading = `${t('chart.breakNote')} (${b.x - 1}/${b.x})`;
        return compact ? (
          <details key={b.x} className="break-note">
            <summary>
              <strong>{heading}</strong>
            </summary>
            {b.note}
          </details>
        ) : (
          <p key={b.x} className="break-note">
            <strong>{heading}:</strong> {b.note}
          </p>
        );
      })}
    </div>
  );
}

/** Every figure drawn at one year: the lines' points, part-year figures, other sources'. */
function entriesOf(row: LineRow, lines: LineSeriesModel): TooltipEntry[] {
  return Object.values(row.points).map((p) => ({
    label: p.seriesLabel,
    observation: p.observation,
    sourceIds: p.sourceIds,
    kind: lines.partial.includes(p)
      ? 'partial'
      : lines.alternatives.includes(p)
        ? 'alternative'
        : 'main',
  }));
}

type MarkShapeName = MarkerShape | 'diamond' | 'triangle';

/** A mark of the line chart; a figure the data flags gets a ring round it as well. */
function MarkShape({
  shape,
  x,
  y,
  color,
  point,
}: {
  shape: MarkShapeName;
  x: number;
  y: number;
  color: string;
  point: SeriesPoint;
}) {
  return (
    <g>
      {shape === 'diamond' ? (
        <path d={`M${x},${y - 7}l7,7l-7,7l-7,-7z`} fill={color} stroke={ink.surface} />
      ) : null}
      {shape === 'triangle' ? (
        <path d={`M${x},${y - 7}l7,12h-14z`} fill={ink.surface} stroke={color} strokeWidth={2} />
      ) : shape !== 'diamond' ? (
        markerParts(shape, x, y, color).map(({ kind, ...attributes }, i) =>
          kind === 'path' ? <path key={i} {...attributes} /> : <circle key={i} {...attributes} />,
        )
      ) : null}
      {point.observation.flag ? (
        <circle
          cx={x}
          cy={y}
          r={10}
          fill="none"
          stroke={ink.flag}
          strokeWidth={2}
          strokeDasharray="3 2"
          data-flag={point.observation.flag}
        />
      ) : null}
    </g>
  );
}

/**
 * Each part-year diamond's period, whole, where layoutPartLabels finds it room: never cut, never
 * over another label or diamond, never past the plot's edge.
 */
function PartLabels({ lines, fontSize }: { lines: LineSeriesModel; fontSize: number }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  if (!xScale || !yScale || !plot || lines.partial.length === 0) return null;
  const labels = layoutPartLabels(
    lines,
    (p) => {
      const x = xScale(p.x);
      const y = yScale(p.value);
      return x === undefined || y === undefined ? undefined : { x, y };
    },
    plot,
    fontSize,
  );
  return (
    <g className="part-labels">
      {labels.map((l, i) => {
        // The box is measured generously: the text keeps to the side nearest its diamond, a
        // label left of it ending at the diamond rather than leaving a gap.
        const at = xScale(l.point.x) ?? l.box.x;
        const anchor = l.box.x + l.box.width <= at ? 'end' : l.box.x >= at ? 'start' : 'middle';
        const x =
          anchor === 'end'
            ? l.box.x + l.box.width
            : anchor === 'start'
              ? l.box.x
              : l.box.x + l.box.width / 2;
        return (
          <text
            key={i}
            x={x}
            textAnchor={anchor}
            y={l.box.y + l.box.height * 0.78}
            fontSize={fontSize}
            fill={ink.muted}
            data-part-label=""
          >
            {l.text}
          </text>
        );
      })}
    </g>
  );
}

/** The size of an event's number on the page (an image raises it to 14 px). */
const EVENT_FONT = 11;

/**
 * The events' numbers over their dashed lines, as in the list under the chart: the events of one
 * year in one label ("4, 5"), neighbouring years' labels one under the other, never on top.
 */
function EventLabels({ years, fontSize }: { years: readonly number[]; fontSize: number }) {
  const xScale = useXAxisScale();
  const plot = usePlotArea();
  if (!xScale || !plot || years.length === 0) return null;
  const labels = layoutEventLabels(years, (year) => xScale(year), plot, fontSize);
  return (
    <g className="event-labels">
      {labels.map((l) => (
        <text
          key={l.text}
          x={l.x}
          y={l.y}
          textAnchor="middle"
          fontSize={fontSize}
          fill={ink.event}
          data-event-label=""
        >
          {l.text}
        </text>
      ))}
    </g>
  );
}
