/**
 * The room a chart takes, kept until it draws (useHydrated), so nothing below it moves when it
 * does. An SVG's own height attribute: the site's Content-Security-Policy refuses style
 * attributes in HTML.
 */
export function ChartRoom({ height }: { height: number }) {
  return <svg className="chart-room" width="100%" height={height} aria-hidden="true" />;
}
