import { legendSwatch } from '../ui/legendSwatch';
import type { LegendItem } from './chartModel';

/** The chart's legend from its model: the same shapes the chart and the exported image draw. */
export function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  if (items.length === 0) return null;
  return (
    <ul className="legend">
      {items.map((item) => (
        <li key={`${item.shape}-${item.label}`}>
          <svg width="24" height="14" viewBox="0 0 24 14" aria-hidden="true">
            <LegendSwatch item={item} />
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}

function LegendSwatch({ item }: { item: LegendItem }) {
  const parts = legendSwatch(item.shape, item.color);
  return (
    <>
      {parts.map((part, i) =>
        part.kind === 'path' ? (
          <path
            key={i}
            d={part.d}
            fill={part.fill}
            stroke={part.stroke}
            strokeWidth={part.width}
            strokeDasharray={part.dash}
          />
        ) : (
          <circle
            key={i}
            cx={part.cx}
            cy={part.cy}
            r={part.r}
            fill={part.fill}
            stroke={part.stroke}
            strokeWidth={part.width}
            strokeDasharray={part.dash}
          />
        ),
      )}
    </>
  );
}
