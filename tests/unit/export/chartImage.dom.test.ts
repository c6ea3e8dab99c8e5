import { themeTokens } from '../../../src/ui/theme';
import { describe, expect, it } from 'vitest';
import { composeChartSvg, type ImageLegendItem } from '../../../src/export/chartImage';
import { estimateWidth, layoutImage, type ImageText } from '../../../src/export/imageLayout';

const SVG_NS = 'http://www.w3.org/2000/svg';

function smallChart(): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', '400');
  svg.setAttribute('height', '200');
  svg.setAttribute('style', 'width: 100%');
  const rect = document.createElementNS(SVG_NS, 'rect');
  rect.setAttribute('width', '100');
  rect.setAttribute('height', '50');
  rect.setAttribute('fill', '#0072B2');
  rect.setAttribute('onclick', 'alert(1)');
  const label = document.createElementNS(SVG_NS, 'text');
  label.setAttribute('font-size', '10');
  label.textContent = '2015';
  svg.append(rect, label, document.createElementNS(SVG_NS, 'script'));
  return svg;
}

const text: ImageText<ImageLegendItem> = {
  title: 'Tajik <script>alert("x")</script> & \'migrants\'',
  subtitle: 'Persons who travelled abroad for work',
  legend: [
    { label: 'Men', color: '#0072B2', shape: 'line' as const },
    { label: 'Women & girls', color: '#D55E00', shape: 'line' as const },
    { label: 'part-year figure', color: '#555555', shape: 'diamond' as const },
    { label: 'another source', color: '#555555', shape: 'triangle' as const },
  ],
  sources: ['Asia-Plus (2024)', 'TASS (2023)'],
  flagged: 2,
};

const compose = (
  chart: SVGSVGElement,
  t: ImageText<ImageLegendItem> = text,
  theme?: 'light' | 'dark',
) => composeChartSvg(layoutImage(t, 'slide', estimateWidth), [chart], theme);

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

function texts(doc: Document): string[] {
  return Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent ?? '');
}

describe('composeChartSvg', () => {
  it('is a well-formed standalone SVG at presentation size', () => {
    const doc = parse(compose(smallChart()));
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe(SVG_NS);
    expect(root.getAttribute('width')).toBe('1200');
    expect(root.getAttribute('height')).toBe('675');
    expect(root.getAttribute('font-family')).toBe('system-ui, sans-serif');
    expect(root.firstElementChild?.getAttribute('fill')).toBe('#ffffff');
  });

  it('draws the title, subtitle, legend, source line and note as text', () => {
    const all = texts(parse(compose(smallChart())));
    expect(all).toContain(text.title);
    expect(all).toContain(text.subtitle);
    expect(all).toContain('Men');
    expect(all).toContain('Women & girls');
    expect(all).toContain('Sources: Asia-Plus (2024); TASS (2023)');
    expect(all).toContain('◇ 2 figures in doubt — see the data');
  });

  it('draws each legend entry with the mark the chart uses, not a square', () => {
    const doc = parse(compose(smallChart()));
    const swatches = Array.from(doc.documentElement.children).filter((e) => e.tagName === 'g');
    expect(swatches).toHaveLength(4);
    // A line with a dot; a filled diamond; a hollow triangle.
    expect(swatches[0]!.querySelector('path')?.getAttribute('d')).toBe('M0,7H24');
    expect(swatches[0]!.querySelector('circle')).not.toBeNull();
    expect(swatches[2]!.querySelector('path')?.getAttribute('d')).toBe('M12,0l7,7l-7,7l-7,-7z');
    // Hollow: filled with the background of the theme drawn (light by default).
    expect(swatches[3]!.querySelector('path')?.getAttribute('fill')).toBe('#ffffff');
    expect(doc.documentElement.querySelectorAll(':scope > rect')).toHaveLength(1);
  });

  it('escapes text so it never becomes markup', () => {
    const svg = compose(smallChart());
    expect(svg).toContain('Tajik &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;');
    const doc = parse(svg);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
  });

  it('places a copy of the chart in its cell, without scripts or handlers, text at least 14 px', () => {
    const chart = smallChart();
    const layout = layoutImage(text, 'slide', estimateWidth);
    const doc = parse(composeChartSvg(layout, [chart]));
    const nested = doc.documentElement.getElementsByTagName('svg')[0]!;
    expect(nested.getAttribute('viewBox')).toBe('0 0 400 200');
    expect(nested.getAttribute('style')).toBeNull();
    const cell = layout.cells[0]!;
    expect(Number(nested.getAttribute('y'))).toBe(cell.y);
    expect(Number(nested.getAttribute('width'))).toBe(cell.width);
    const rect = nested.getElementsByTagName('rect')[0]!;
    expect(rect.getAttribute('fill')).toBe('#0072B2');
    expect(rect.getAttribute('onclick')).toBeNull();
    // The 10 px label of the page's drawing is 14 px in the image, whatever the drawing's scale.
    const big = smallChart();
    big.setAttribute('viewBox', '0 0 2400 1200');
    const scaled = parse(composeChartSvg(layout, [big])).getElementsByTagName('svg')[1]!;
    const scale = Math.min(cell.width / 2400, cell.height / 1200);
    const size = Number(scaled.getElementsByTagName('text')[0]!.getAttribute('font-size'));
    expect(size * scale).toBeCloseTo(14, 0);
    // The page's chart is untouched.
    expect(chart.getAttribute('width')).toBe('400');
    expect(chart.getElementsByTagName('script')).toHaveLength(1);
  });
});

describe('composeChartSvg in a theme', () => {
  it('draws in the theme asked for, every var(--…) resolved to its value', () => {
    const chart = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const bar = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
    bar.setAttribute('fill', 'var(--series-0)');
    chart.append(bar);
    const legend = [{ label: 'Women', color: 'var(--series-1)', shape: 'bar' as const }];
    for (const theme of ['light', 'dark'] as const) {
      const svg = compose(chart, { title: 'T', legend, sources: ['X'] }, theme);
      expect(svg).not.toContain('var(');
      const tokens = themeTokens[theme];
      expect(svg).toContain(`fill="${tokens.surface}"`);
      expect(svg).toContain(`fill="${tokens.series[0]}"`);
      expect(svg).toContain(`fill="${tokens.series[1]}"`);
      expect(svg).toContain(`fill="${tokens.text}"`);
    }
  });
});
