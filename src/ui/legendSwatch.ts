import { ink } from './theme.ts';

/**
 * The dot of a line: a circle on a line of calendar years; the others mark lines of figures at a
 * date, one shape per date kind, so that figures of several periods at one year are told apart.
 */
export type MarkerShape =
  'circle' | 'square' | 'hollow-circle' | 'hollow-square' | 'cross' | 'plus';

/** The shapes of lines of figures at a date, in the order date kinds are given them. */
export const POINT_MARKERS: readonly MarkerShape[] = [
  'square',
  'hollow-circle',
  'hollow-square',
  'cross',
  'plus',
];

/** A line's dot centred on (x, y), as plain shapes: the chart and its legend draw the same. */
export function markerParts(shape: MarkerShape, x: number, y: number, color: string): SwatchPart[] {
  const hollow = { fill: ink.surface, stroke: color, strokeWidth: 2 };
  switch (shape) {
    case 'circle':
      return [{ kind: 'circle', cx: x, cy: y, r: 4, fill: color }];
    case 'square':
      return [{ kind: 'path', d: `M${x - 4},${y - 4}h8v8h-8z`, fill: color }];
    case 'hollow-circle':
      return [{ kind: 'circle', cx: x, cy: y, r: 4, ...hollow }];
    case 'hollow-square':
      return [{ kind: 'path', d: `M${x - 4},${y - 4}h8v8h-8z`, ...hollow }];
    case 'cross':
      return [{ kind: 'path', d: `M${x - 4},${y - 4}l8,8M${x - 4},${y + 4}l8,-8`, ...hollow }];
    case 'plus':
      return [{ kind: 'path', d: `M${x - 5},${y}h10M${x},${y - 5}v10`, ...hollow }];
  }
}

/** The shapes a legend entry can take (the same names as the chart model's). */
export type SwatchShape =
  | MarkerShape
  | 'line'
  | 'dashed-line'
  | 'bar'
  | 'outlined-bar'
  | 'total'
  | 'diamond'
  | 'triangle'
  | 'flag'
  | 'gap'
  | 'source-join'
  | 'hatch';

/** One shape of a swatch, with SVG attributes named as React names them. */
export interface SwatchPart {
  kind: 'path' | 'circle';
  d?: string;
  cx?: number;
  cy?: number;
  r?: number;
  fill: string;
  stroke?: string;
  strokeWidth?: number;
  strokeDasharray?: string;
}

/**
 * A legend swatch in a 24 × 14 box, as plain shapes: the page's legend and the exported image
 * draw the same marks the chart does (a diamond is a diamond in the PNG too).
 */
export function legendSwatch(shape: SwatchShape, color: string): SwatchPart[] {
  const line = (dash?: string): SwatchPart => ({
    kind: 'path',
    d: 'M0,7H24',
    fill: 'none',
    stroke: color,
    strokeWidth: 2,
    ...(dash ? { strokeDasharray: dash } : {}),
  });
  switch (shape) {
    case 'circle':
    case 'square':
    case 'hollow-circle':
    case 'hollow-square':
    case 'cross':
    case 'plus':
      return markerParts(shape, 12, 7, color);
    case 'line':
      return [line(), { kind: 'circle', cx: 12, cy: 7, r: 4, fill: color }];
    case 'dashed-line':
      return [line('5 3')];
    case 'gap':
      return [line('6 4')];
    case 'source-join':
      return [line('1 4')];
    case 'bar':
      return [{ kind: 'path', d: 'M5,1h14v12h-14z', fill: color }];
    case 'outlined-bar':
      return [{ kind: 'path', d: 'M5,1h14v12h-14z', fill: 'white', stroke: color, strokeWidth: 2 }];
    case 'total':
      return [{ kind: 'path', d: 'M2,7H22', fill: 'none', stroke: color, strokeWidth: 4 }];
    case 'diamond':
      return [{ kind: 'path', d: 'M12,0l7,7l-7,7l-7,-7z', fill: color }];
    case 'triangle':
      return [
        { kind: 'path', d: 'M12,1l6,11h-12z', fill: ink.surface, stroke: color, strokeWidth: 2 },
      ];
    case 'hatch':
      // "No data" on the map: an outlined box with diagonal hatching, as the map draws it.
      return [
        {
          kind: 'path',
          d: 'M5,1h14v12h-14z',
          fill: ink.surface,
          stroke: ink.mapOutline,
          strokeWidth: 1,
        },
        {
          kind: 'path',
          d: 'M5,9l8,-8M5,13l12,-12M11,13l8,-8',
          fill: 'none',
          stroke: color,
          strokeWidth: 1.2,
        },
      ];
    case 'flag':
      return [
        { kind: 'circle', cx: 12, cy: 7, r: 3, fill: color },
        {
          kind: 'circle',
          cx: 12,
          cy: 7,
          r: 6,
          fill: 'none',
          stroke: ink.flag,
          strokeWidth: 2,
          strokeDasharray: '3 2',
        },
      ];
  }
}

/** The same swatch as SVG markup, for the exported image. */
export function legendSwatchMarkup(
  shape: SwatchShape,
  color: string,
  x: number | string,
  y: number | string,
): string {
  const parts = legendSwatch(shape, color).map(({ kind, ...attributes }) => {
    const markup = Object.entries(attributes)
      .filter(([, value]) => value !== undefined)
      // strokeWidth → stroke-width; values are ours or a palette colour, stripped of quotes.
      .map(
        ([name, value]) =>
          ` ${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}="${String(value).replace(/[&<>"']/g, '')}"`,
      )
      .join('');
    return `<${kind}${markup}/>`;
  });
  return `<g transform="translate(${x},${y})">${parts.join('')}</g>`;
}
