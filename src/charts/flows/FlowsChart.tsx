import { useRef, useState, type KeyboardEvent } from 'react';
import { Layer, Sankey, type SankeyLinkProps, type SankeyNodeProps } from 'recharts';
import { t } from '../../i18n/i18n.ts';
import { ScrollRegion } from '../../ui/ScrollRegion.tsx';
import { useWidth } from '../../ui/useWidth.ts';
import type { FlowsDrawing } from '../../views/un/model/unFlowsModel.ts';
import { ink } from '../../ui/theme.ts';

export interface FlowsChartProps {
  /** Everything drawn, from the UN view's model: bands, nodes, their words and colours. */
  drawing: FlowsDrawing;
}

const FONT = 12;
/** Average glyph width of system-ui as a share of the font size, to size the label columns. */
const GLYPH = 0.6;
/** The least room the bands need between the two label columns. */
const BANDS_MIN = 160;
/** The gap between nodes: room for a two-line label. */
const NODE_GAP = 32;

/**
 * Origin → destination bands (recharts' Sankey), each node's name and figure beside it on two
 * lines. The label columns are as wide as their longest label, so no label is cut at the edge;
 * where the screen is narrower than labels and bands need, the chart scrolls sideways instead.
 * Every node and band is reachable by keyboard (one Tab stop, then arrow keys) and shows the same
 * tooltip as on hover.
 */
export default function FlowsChart({ drawing }: FlowsChartProps) {
  const { model, text, title, sourceText } = drawing;
  const svgRoot = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<string | undefined>(undefined);
  const [stop, setStop] = useState(0);

  const data = {
    nodes: text.nodes.map((n) => ({ name: n.name })),
    links: model.links.map((l) => ({ source: l.source, target: l.target, value: l.value })),
  };
  const columnWidth = (side: 'from' | 'to') =>
    Math.ceil(
      Math.max(
        0,
        ...model.nodes.flatMap((n, i) =>
          n.side === side ? [text.nodes[i]!.name.length, text.nodes[i]!.figure.length] : [],
        ),
      ) *
        FONT *
        GLYPH,
    ) + 14;
  const left = columnWidth('from');
  const right = columnWidth('to');
  const minWidth = left + right + BANDS_MIN;
  // Two-line labels need about 30 px each: the gap between nodes keeps them apart, and the bands
  // get 320 px besides.
  const column = Math.max(
    ...(['from', 'to'] as const).map((side) => model.nodes.filter((n) => n.side === side).length),
  );
  const height = NODE_GAP * Math.max(column - 1, 0) + 320;
  const width = useWidth(svgRoot, 800);

  const describe = (item: string) => {
    const [kind, index] = item.split(':') as ['node' | 'link', string];
    return kind === 'node' ? text.nodes[Number(index)]!.description : text.links[Number(index)]!;
  };
  const move = (k: number) => {
    const next = (k + text.order.length) % text.order.length;
    setStop(next);
    setActive(text.order[next]);
    svgRoot.current?.querySelector<SVGElement>(`[data-flow="${text.order[next]}"]`)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<SVGElement>, item: string) => {
    const k = text.order.indexOf(item);
    if (e.key === 'ArrowDown' || e.key === 'ArrowRight') move(k + 1);
    else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') move(k - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(text.order.length - 1);
    else if (e.key === 'Escape') setActive(undefined);
    else return;
    e.preventDefault();
  };
  // The props that make a node or band a stop on the keyboard path, with its tooltip.
  const focusable = (item: string) => ({
    'data-flow': item,
    className: `flow-item${active === item ? ' active' : ''}`,
    tabIndex: text.order[stop] === item ? 0 : -1,
    role: 'img',
    'aria-label': describe(item),
    onFocus: () => {
      setStop(text.order.indexOf(item));
      setActive(item);
    },
    onBlur: () => setActive(undefined),
    onKeyDown: (e: KeyboardEvent<SVGElement>) => onKeyDown(e, item),
    onMouseEnter: () => setActive(item),
    onMouseLeave: () => setActive(undefined),
  });

  return (
    <figure className="chart flows" aria-label={t('flows.label', { title })}>
      <p className="visually-hidden">{t('flows.keyboardHelp')}</p>
      <ScrollRegion label={t('flows.label', { title })}>
        <div className="flows-frame" ref={svgRoot} style={{ minWidth }}>
          <Sankey
            width={width}
            height={height}
            data={data}
            nodePadding={NODE_GAP}
            nodeWidth={10}
            margin={{ left, right, top: 16, bottom: 24 }}
            link={(props: SankeyLinkProps) => {
              const item = `link:${props.index}`;
              const d = `M${props.sourceX},${props.sourceY}C${props.sourceControlX},${props.sourceY} ${props.targetControlX},${props.targetY} ${props.targetX},${props.targetY}`;
              return (
                <path
                  d={d}
                  fill="none"
                  stroke={drawing.linkColors[props.index]}
                  strokeOpacity={active === item ? 0.8 : 0.45}
                  strokeWidth={Math.max(1, props.linkWidth)}
                  {...focusable(item)}
                />
              );
            }}
            node={(props: SankeyNodeProps) => {
              const { x, y, width, height: h } = props;
              const item = `node:${props.index}`;
              const node = model.nodes[props.index]!;
              const own = text.nodes[props.index]!;
              const leftSide = node.side === 'from';
              const labelX = leftSide ? x - 6 : x + width + 6;
              return (
                <Layer key={item}>
                  <rect
                    x={x}
                    y={y}
                    width={width}
                    height={Math.max(h, 1)}
                    fill={leftSide ? drawing.nodeColors[props.index] : ink.neutral}
                    {...focusable(item)}
                  />
                  <text
                    x={labelX}
                    y={y + h / 2}
                    textAnchor={leftSide ? 'end' : 'start'}
                    fontSize={FONT}
                    fill={ink.text}
                    aria-hidden
                  >
                    <tspan x={labelX} dy="-0.2em">
                      {own.figure ? `${own.name}: ` : own.name}
                    </tspan>
                    <tspan x={labelX} dy="1.2em">
                      {own.figure}
                    </tspan>
                  </text>
                </Layer>
              );
            }}
          />
        </div>
      </ScrollRegion>
      {active !== undefined ? (
        <div className="map-tooltip flows-tooltip" role="status">
          {describe(active)}
          <br />
          <small>{sourceText}</small>
        </div>
      ) : null}
    </figure>
  );
}
