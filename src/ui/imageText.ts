import { createContext, useContext } from 'react';

/** No text below this size at 1× in a chart image: a slide is read from the back of a room. */
export const MIN_IMAGE_FONT = 14;

/**
 * The least font size a drawing is drawn with: 0 on the page, MIN_IMAGE_FONT when drawn for an
 * image. The image raises every smaller text to it afterwards; a drawing that places its own
 * labels (part-year periods, event numbers) must place them at the size they will be drawn, or
 * the raised text runs over its neighbours and off the edge.
 */
export const TextFloor = createContext(0);

/** `size`, or the floor of the drawing when that is larger. */
export function useTextSize(): (size: number) => number {
  const floor = useContext(TextFloor);
  return (size) => Math.max(size, floor);
}
