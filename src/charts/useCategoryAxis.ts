import { useRef } from 'react';
import { axisInk } from '../ui/theme.ts';
import { useWidth } from '../ui/useWidth.ts';
import { categoryAxisWidth } from './categoryAxisWidth.ts';

/**
 * A horizontal bar chart's label axis sized to its frame: put `frame` on the element holding the
 * chart and spread `axis` on the category YAxis (`dataKey="label"`). `reserved`: px the chart
 * keeps for figures written beside its bars.
 */
export function useCategoryAxis<E extends HTMLElement>(
  preferred: number,
  labels: readonly string[],
  fontSize?: number,
  reserved?: number,
) {
  const frame = useRef<E>(null);
  const frameWidth = useWidth(frame, 1000);
  const width = categoryAxisWidth(frameWidth, preferred, labels, fontSize, reserved);
  const axis = {
    ...axisInk,
    type: 'category' as const,
    dataKey: 'label',
    width,
    interval: 0,
    ...(fontSize === undefined ? {} : { fontSize }),
  };
  return { frame, frameWidth, width, axis };
}
