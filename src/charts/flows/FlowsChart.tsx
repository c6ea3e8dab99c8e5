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
/** The bands' share of a narrow screen, between wrapped label columns, and its least width. */
const BANDS_SHARE = 0.3;
const BANDS_LEAST = 80;
/** Line height, as a share of the font size. */
const LINE = 1.2;

/**
 * Origin → destination bands (recharts' Sankey), each node's name and figure beside it on two
 * lines. The label columns are as wide as their longest label, so no label is cut at the edge;
 * where the screen is narrower than labels and bands need, the labels wrap onto more lines so the
 * chart opens on its bands (it scrolls sideways only if a single word is still too long).
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
  // The room the figure has; on a phone the labels wrap so the bands start in view rather than
  // off the right edge of a sideways scroll.
  const figure = useRef<HTMLElement>(null);
  const room = useWidth(figure, 800);
  const lineSets = (maxChars: number) =>
    text.nodes.map((n) =>
      (n.figure ? [`${n.name}:`, ...splitFigure(n.figure, maxChars)] : [n.name]).flatMap((line) =>
        wrapWords(line, maxChars),
      ),
    );
  const columnWidth = (lines: string[][], side: 'from' | 'to') =>
    Math.ceil(
      Math.max(
        0,
        ...model.nodes.flatMap((n, i) =>
          n.side === side ? lines[i]!.map((line) => line.length) : [],
        ),
      ) *
        FONT *
        GLYPH,
    ) + 14;
  const natural = lineSets(Infinity);
  const fits = columnWidth(natural, 'from') + columnWidth(natural, 'to') + BANDS_MIN <= room;
  const bandsNarrow = Math.max(BANDS_LEAST, Math.round(room * BANDS_SHARE));
  const labelLines = fits
    ? natural
    : lineSets(Math.max(8, Math.floor(((room - bandsNarrow) / 2 - 14) / (FONT * GLYPH))));
  const left = columnWidth(labelLines, 'from');
  const right = columnWidth(labelLines, 'to');
  const minWidth = left + right + (fits ? BANDS_MIN : bandsNarrow);
  const mostLines = Math.max(2, ...labelLines.map((lines) => lines.length));
  // Labels of several lines need the gap between nodes to keep apart.
  const gap = Math.max(NODE_GAP, Math.ceil(mostLines * FONT * LINE) + 8);
  const column = Math.max(
    ...(['from', 'to'] as const).map((side) => model.nodes.filter((n) => n.side === side).length),
  );
  const height = gap * Math.max(column - 1, 0) + 320;
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
    <figure className="chart flows" aria-label={t('flows.label', { title })} ref={figure}>
      <p className="visually-hidden">{t('flows.keyboardHelp')}</p>
      <ScrollRegion label={t('flows.label', { title })}>
        <div className="flows-frame" ref={svgRoot} style={{ minWidth }}>
          <Sankey
            width={width}
            height={height}
            data={data}
            nodePadding={gap}
            nodeWidth={10}
            margin={{ left, right, top: 16, bottom: 24 }}
            link={(props: SankeyLinkProps) => {
              const item = `link:${props.index}`;
              // A filled ribbon rather than a thick stroke: on a phone the bands' room is narrow
              // and steep, and a stroke as wide as the band bulged past its nodes.
              const half = Math.max(1, props.linkWidth) / 2;
              const { sourceX: sx, sourceY: sy, targetX: tx, targetY: ty } = props;
              const [c1, c2] = [props.sourceControlX, props.targetControlX];
              const d =
                `M${sx},${sy - half}C${c1},${sy - half} ${c2},${ty - half} ${tx},${ty - half}` +
                `L${tx},${ty + half}C${c2},${ty + half} ${c1},${sy + half} ${sx},${sy + half}Z`;
              return (
                <path
                  d={d}
                  fill={drawing.linkColors[props.index]}
                  fillOpacity={active === item ? 0.8 : 0.45}
                  {...focusable(item)}
                />
              );
            }}
            node={(props: SankeyNodeProps) => {
              const { x, y, width, height: h } = props;
              const item = `node:${props.index}`;
              const node = model.nodes[props.index]!;
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
                    {labelLines[props.index]!.map((line, k) => (
                      <tspan
                        key={k}
                        x={labelX}
                        dy={
                          k === 0
                            ? `${0.35 - ((labelLines[props.index]!.length - 1) * LINE) / 2}em`
                            : `${LINE}em`
                        }
                      >
                        {line}
                      </tspan>
                    ))}
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

/**
 * A figure on lines of its own where the column is narrow: "1,986,227" and "(sum, derived)"
 * (its words then wrap like the name's).
 */
function splitFigure(figure: string, maxChars: number): string[] {
  const at = figure.indexOf(' (');
  return figure.length <= maxChars || at < 0
    ? [figure]
    : [figure.slice(0, at), figure.slice(at + 1)];
}

/**
 * Words on lines of at most `maxChars` characters, a longer word on a line of its own. Only plain
 * spaces break: the no-break spaces grouping a figure's digits ("1 986 227") hold.
 */
function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= maxChars) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else lines.push(word);
  }
  return lines;
}
