import {
  Layer,
  Rectangle,
  ResponsiveContainer,
  Sankey,
  Tooltip,
  type SankeyLinkProps,
  type SankeyNodeProps,
} from 'recharts';
import { formatNumber } from '../../i18n/format';
import { t } from '../../i18n/i18n';
import type { FlowsModel } from './flowsModel';
import { ink, tooltipInk } from '../../ui/theme';

export interface FlowsChartProps {
  model: FlowsModel;
  title: string;
  nameOf: (code: string) => string;
  colorOf: (country: string) => string;
}

/** Origin → destination bands (recharts' Sankey); names and figures beside each node. */
export default function FlowsChart({ model, title, nameOf, colorOf }: FlowsChartProps) {
  // A node fed by (or feeding) several bands shows their sum: a derived figure, labelled so.
  const bands = new Map<number, number>();
  for (const l of model.links) {
    bands.set(l.target, (bands.get(l.target) ?? 0) + 1);
    bands.set(l.source, (bands.get(l.source) ?? 0) + 1);
  }
  const data = {
    nodes: model.nodes.map((n, i) => ({
      summed: (bands.get(i) ?? 0) > 1,
      name: nameOf(n.code),
      side: n.side,
      color: n.side === 'from' ? colorOf(n.code) : ink.neutral,
    })),
    links: model.links.map((l) => ({
      source: l.source,
      target: l.target,
      value: l.value,
      color: colorOf(l.country),
    })),
  };
  const height = Math.max(320, 26 * model.nodes.filter((n) => n.side === 'to').length + 40);
  return (
    <figure className="chart flows" aria-label={t('flows.label', { title })}>
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 800, height }}>
        <Sankey
          data={data}
          nodePadding={12}
          nodeWidth={10}
          margin={{ left: 150, right: 300, top: 10, bottom: 10 }}
          link={(props: SankeyLinkProps) => (
            <path
              d={`M${props.sourceX},${props.sourceY}C${props.sourceControlX},${props.sourceY} ${props.targetControlX},${props.targetY} ${props.targetX},${props.targetY}`}
              fill="none"
              stroke={data.links[props.index]?.color ?? ink.rest}
              strokeOpacity={0.45}
              strokeWidth={Math.max(1, props.linkWidth)}
            />
          )}
          node={(props: SankeyNodeProps) => {
            const { x, y, width, height: h, payload } = props;
            const own = data.nodes[props.index]!;
            const left = own.side === 'from';
            return (
              <Layer key={`node-${props.index}`}>
                <Rectangle x={x} y={y} width={width} height={h} fill={own.color} />
                <text
                  x={left ? x - 6 : x + width + 6}
                  y={y + h / 2}
                  textAnchor={left ? 'end' : 'start'}
                  dominantBaseline="middle"
                  fontSize={12}
                  fill={ink.text}
                >
                  {`${own.name}: ${formatNumber(Number(payload.value))}${own.summed ? ` (${t('flows.sum')})` : ''}`}
                </text>
              </Layer>
            );
          }}
        >
          <Tooltip {...tooltipInk} formatter={(v) => formatNumber(Number(v))} />
        </Sankey>
      </ResponsiveContainer>
    </figure>
  );
}
