import { legendSwatch } from '../ui/legendSwatch.ts';
import type { LegendItem } from '../views/dataset/model/chartModel.ts';

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
  return (
    <>
      {legendSwatch(item.shape, item.color).map(({ kind, ...attributes }, i) =>
        kind === 'path' ? <path key={i} {...attributes} /> : <circle key={i} {...attributes} />,
      )}
    </>
  );
}
