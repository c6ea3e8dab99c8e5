import {
  CartesianGrid,
  ComposedChart,
  LabelList,
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
import type { ChartEvent } from '../view/timelineEvents';

interface LineChartViewProps {
  model: LineSeriesModel;
  meta: DatasetMeta;
  events?: ChartEvent[];
  animate?: boolean;
}

/**
 * Series over years: a line where consecutive years have values, a dot where one stands alone,
 * diamonds for part-year figures and hollow triangles for other sources' figures, and a dashed
 * rule with a note where the method changed.
 */
export function LineChartView({ model, meta, events = [], animate = true }: LineChartViewProps) {
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
  // Events outside the years plotted are not drawn (and not listed).
  const shownEvents = events.filter((e) => e.year >= domain[0] && e.year <= domain[1]);
  const entryOf = (p: SeriesPoint, kind: TooltipEntry['kind']): TooltipEntry => ({
    label: p.seriesLabel,
    observation: p.observation,
    sourceIds: p.sourceIds,
    kind,
  });
  const legend = seriesKeys.map((key) => {
    const line = model.series.find((s) => s.seriesKey === key)!;
    return { key, color: colorOfKey(key), label: line.segments[0]![0]!.seriesLabel };
  });
  return (
    <>
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
          <YAxis
            type="number"
            dataKey="value"
            width={80}
            tickFormatter={(v: number) => formatNumber(v)}
          />
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
          {shownEvents.map((e, n) => (
            <ReferenceLine
              key={`event-${n}`}
              x={e.year}
              stroke="#8a6d00"
              strokeDasharray="2 3"
              label={{ value: String(n + 1), position: 'top', fontSize: 11, fill: '#8a6d00' }}
            />
          ))}
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
              shape={(props: { cx?: number; cy?: number; payload?: SeriesPoint }) => (
                <path
                  d={`M${props.cx},${(props.cy ?? 0) - 7}l7,7l-7,7l-7,-7z`}
                  fill={props.payload ? color(props.payload) : '#555'}
                  stroke="white"
                />
              )}
              isAnimationActive={animate}
            >
              <LabelList
                dataKey={(p: SeriesPoint) => shortPeriod(p.observation.period)}
                position="right"
                fontSize={10}
                fill="#444"
              />
            </Scatter>
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
      <ul className="legend">
        {legend.map((item) => (
          <li key={item.key}>
            <svg width="24" height="12" aria-hidden="true">
              <line x1="0" y1="6" x2="24" y2="6" stroke={item.color} strokeWidth="2" />
              <circle cx="12" cy="6" r="4" fill={item.color} />
            </svg>
            {item.label}
          </li>
        ))}
        {model.series.some((s) => s.pointInTime) ? (
          <li>
            <svg width="24" height="12" aria-hidden="true">
              <line
                x1="0"
                y1="6"
                x2="24"
                y2="6"
                stroke="#555"
                strokeWidth="2"
                strokeDasharray="5 3"
              />
            </svg>
            {t('chart.legendPointInTime')}
          </li>
        ) : null}
        {model.partial.length > 0 ? (
          <li>
            <svg width="24" height="12" aria-hidden="true">
              <path d="M12,0l6,6l-6,6l-6,-6z" fill="#555" />
            </svg>
            {t('chart.legendPartial')}
          </li>
        ) : null}
        {model.alternatives.length > 0 ? (
          <li>
            <svg width="24" height="14" aria-hidden="true">
              <path d="M12,1l6,11h-12z" fill="white" stroke="#555" strokeWidth="2" />
            </svg>
            {t('chart.legendAlternative')}
          </li>
        ) : null}
      </ul>
      {shownEvents.length > 0 ? (
        <ol className="event-list" aria-label={t('explore.eventsListed')}>
          {shownEvents.map((e, n) => (
            <li key={n} value={n + 1}>
              <strong>{e.date}</strong> {e.title} ({e.source})
            </li>
          ))}
        </ol>
      ) : null}
      {model.breaks.map((b) => (
        <p key={b.x} className="break-note">
          <strong>
            {t('chart.breakNote')} ({b.x - 1}/{b.x}):
          </strong>{' '}
          {b.note}
        </p>
      ))}
    </>
  );
}

/** A part-year label short enough to sit beside its mark; the tooltip and table give it whole. */
function shortPeriod(period: string | undefined): string {
  if (!period) return '';
  return period.length > 12 ? `${period.slice(0, 11)}…` : period;
}
