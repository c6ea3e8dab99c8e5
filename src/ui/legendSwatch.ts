/** The shapes a legend entry can take (the same names as the chart model's). */
export type SwatchShape =
  | 'line'
  | 'dashed-line'
  | 'bar'
  | 'total'
  | 'diamond'
  | 'triangle'
  | 'flag'
  | 'gap'
  | 'source-join';

export type SwatchPart =
  | { kind: 'path'; d: string; fill: string; stroke?: string; width?: number; dash?: string }
  | {
      kind: 'circle';
      cx: number;
      cy: number;
      r: number;
      fill: string;
      stroke?: string;
      width?: number;
      dash?: string;
    };

const FLAG_RED = '#b00020';

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
    width: 2,
    ...(dash ? { dash } : {}),
  });
  switch (shape) {
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
    case 'total':
      return [{ kind: 'path', d: 'M2,7H22', fill: 'none', stroke: color, width: 4 }];
    case 'diamond':
      return [{ kind: 'path', d: 'M12,0l7,7l-7,7l-7,-7z', fill: color }];
    case 'triangle':
      return [{ kind: 'path', d: 'M12,1l6,11h-12z', fill: 'white', stroke: color, width: 2 }];
    case 'flag':
      return [
        { kind: 'circle', cx: 12, cy: 7, r: 3, fill: color },
        {
          kind: 'circle',
          cx: 12,
          cy: 7,
          r: 6,
          fill: 'none',
          stroke: FLAG_RED,
          width: 2,
          dash: '3 2',
        },
      ];
  }
}

/** The same swatch as SVG markup, for the exported image; colours are escaped by the caller's rules. */
export function legendSwatchMarkup(
  shape: SwatchShape,
  color: string,
  x: number | string,
  y: number | string,
): string {
  const attr = (name: string, value: string | number | undefined) =>
    value === undefined ? '' : ` ${name}="${String(value).replace(/[&<>"']/g, '')}"`;
  const parts = legendSwatch(shape, color)
    .map((p) =>
      p.kind === 'path'
        ? `<path${attr('d', p.d)}${attr('fill', p.fill)}${attr('stroke', p.stroke)}${attr('stroke-width', p.width)}${attr('stroke-dasharray', p.dash)}/>`
        : `<circle${attr('cx', p.cx)}${attr('cy', p.cy)}${attr('r', p.r)}${attr('fill', p.fill)}${attr('stroke', p.stroke)}${attr('stroke-width', p.width)}${attr('stroke-dasharray', p.dash)}/>`,
    )
    .join('');
  return `<g transform="translate(${x},${y})">${parts}</g>`;
}
