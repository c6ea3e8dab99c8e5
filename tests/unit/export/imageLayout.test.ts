import { describe, expect, it } from 'vitest';
import {
  estimateWidth,
  groupedLabels,
  IMAGE_SIZES,
  layoutImage,
  legendRows,
  marksLine,
  planImages,
  sourcesLine,
  STYLES,
  wrapText,
  type ImageFormat,
} from '../../../src/export/imageLayout';

const measure = estimateWidth;
// The title the issue found running past the right edge of a slide (Russian, 1,280 px).
const russianTitle =
  'Трудовые мигранты, выезжающие из Таджикистана, по полу и странам назначения, 2005–2024';
// The nineteen sources of the Tajik series, as short citations.
const nineteen = [
  'Asia-Plus (2006)',
  'TASS (2013)',
  ...Array.from({ length: 17 }, (_, i) => `Source ${i + 3} (${2000 + i})`),
];

describe('wrapText', () => {
  it('wraps a title to lines that each fit the width, keeping every word in order', () => {
    const lines = wrapText(russianTitle, 600, STYLES.title, measure);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(russianTitle);
    for (const line of lines) expect(measure(line, 28, true)).toBeLessThanOrEqual(600);
  });

  it('breaks a word wider than the line into pieces, none lost', () => {
    const url = `https://example.org/${'a'.repeat(120)}`;
    const lines = wrapText(url, 300, STYLES.footer, measure);
    expect(lines.join('')).toBe(url);
    for (const line of lines) expect(measure(line, 14)).toBeLessThanOrEqual(300);
  });
});

describe('sourcesLine', () => {
  it('names every source when they fit', () => {
    expect(sourcesLine(['Asia-Plus (2024)', 'TASS (2023)'], 1144, measure)).toBe(
      'Sources: Asia-Plus (2024); TASS (2023)',
    );
  });

  it('names the first sources and counts the rest, on one line, when they do not fit', () => {
    const line = sourcesLine(nineteen, 1144, measure);
    expect(line).toMatch(
      /^Sources: Asia-Plus \(2006\); TASS \(2013\); .* and \d+ more — full list in the data$/,
    );
    const shown = line.split('; ').length;
    expect(line).toContain(`and ${19 - shown} more`);
    expect(measure(line, 14)).toBeLessThanOrEqual(1144);
  });

  it('counts them all where not even one name fits', () => {
    expect(sourcesLine(nineteen, 200, measure)).toBe('19 sources — full list in the data');
  });
});

describe('marksLine', () => {
  it('says flags and derived figures in short', () => {
    expect(marksLine({ flagged: 2 })).toBe('◇ 2 figures in doubt — see the data');
    expect(marksLine({ flagged: 1, derived: 3 })).toBe(
      '◇ 1 figure in doubt — see the data · 3 figures derived (computed by this dashboard from the figures shown)',
    );
    expect(marksLine({})).toBe('');
  });
});

describe('legendRows', () => {
  it('starts a new row rather than letting entries overlap or run past the width', () => {
    const items = Array.from({ length: 7 }, (_, i) => ({
      label: `legend entry number ${i} with some words`,
      color: '#000',
      shape: 'bar',
    }));
    const placed = legendRows(items, 700, measure);
    expect(new Set(placed.map((p) => p.row)).size).toBeGreaterThan(1);
    for (const p of placed) expect(p.x + p.width).toBeLessThanOrEqual(700);
    for (const [a, b] of placed.slice(1).map((p, i) => [placed[i]!, p] as const)) {
      if (a.row === b.row) expect(b.x).toBeGreaterThanOrEqual(a.x + a.width);
    }
  });
});

describe('groupedLabels', () => {
  const ilo = 'ILO modelled estimate (World Bank WDI): one model for every country';
  const items = [
    { label: 'Uzbekistan: official rate', color: '#000', shape: 'line' },
    { label: 'Uzbekistan: survey rate', color: '#000', shape: 'line' },
    { label: 'Tajikistan: registered unemployment', color: '#000', shape: 'line' },
    { label: `Kyrgyzstan · ${ilo}`, color: '#000', shape: 'line' },
    { label: `Tajikistan · ${ilo}`, color: '#000', shape: 'line' },
    { label: 'figure at a date: end of 2015', color: '#000', shape: 'square', mark: true as const },
    {
      label: 'figure at a date: May 2017',
      color: '#000',
      shape: 'hollow-circle',
      mark: true as const,
    },
    {
      label: 'ringed: a figure the data itself calls into doubt (see below)',
      color: '#000',
      shape: 'flag',
      mark: true as const,
    },
  ];

  it('says once what neighbouring entries share, as a heading before them, cutting no name', () => {
    expect(groupedLabels(items)).toEqual([
      { heading: 'Uzbekistan:', label: 'official rate' },
      { heading: undefined, label: 'survey rate' },
      { label: 'Tajikistan: registered unemployment' },
      { heading: `${ilo} —`, label: 'Kyrgyzstan' },
      { heading: undefined, label: 'Tajikistan' },
      { heading: 'figure at a date:', label: 'end of 2015' },
      { heading: undefined, label: 'May 2017' },
      // The swatch shows the ring: its words say only what it means.
      { label: 'figure in doubt' },
    ]);
  });

  it('lays a heading out before its swatch, in the entry’s width, never over its neighbours', () => {
    const placed = legendRows(items, 1100, measure, undefined, true);
    const ilos = placed.filter((p) => p.item.label.endsWith(ilo));
    expect(ilos[0]!.heading).toBe(`${ilo} —`);
    expect(ilos[0]!.indent).toBeGreaterThan(measure(ilo, 15));
    expect(ilos[1]!.indent).toBe(0);
    for (const [a, b] of placed.slice(1).map((p, i) => [placed[i]!, p] as const)) {
      if (a.row === b.row) expect(b.x).toBeGreaterThanOrEqual(a.x + a.width);
    }
    for (const p of placed) expect(p.x + p.width).toBeLessThanOrEqual(1100);
  });
});

describe('layoutImage', () => {
  const text = {
    title: russianTitle,
    subtitle: 'Пол: Женщины · Страна назначения: Россия · 2005–2024',
    legend: [
      { label: 'Выехавшие трудовые мигранты', color: '#000', shape: 'line' },
      {
        label: 'данные за часть года (не соединены с годовой линией)',
        color: '#000',
        shape: 'diamond',
      },
    ],
    sources: nineteen,
    flagged: 4,
  };

  it.each(['slide', 'square'] as ImageFormat[])(
    'gives the chart at least 60 %% of a %s, all text 14 px or more, inside the picture',
    (format) => {
      const { width, height } = IMAGE_SIZES[format];
      const layout = layoutImage(text, format, measure);
      expect((layout.chart.width * layout.chart.height) / (width * height)).toBeGreaterThanOrEqual(
        0.6,
      );
      for (const line of layout.lines) {
        expect(line.style.size).toBeGreaterThanOrEqual(14);
        expect(line.x + measure(line.text, line.style.size, line.style.bold)).toBeLessThanOrEqual(
          width,
        );
        expect(line.y).toBeLessThanOrEqual(height);
      }
      // One line of sources, whatever their number.
      expect(layout.lines.filter((l) => l.role === 'footer')).toHaveLength(1);
      // Title, chart, legend and footer do not overlap.
      const titleBottom = Math.max(
        ...layout.lines
          .filter((l) => l.role !== 'footer' && l.role !== 'note' && l.role !== 'legend')
          .map((l) => l.y),
      );
      expect(layout.chart.y).toBeGreaterThan(titleBottom);
      expect(Math.min(...layout.legend.map((l) => l.y))).toBeGreaterThanOrEqual(
        layout.chart.y + layout.chart.height,
      );
    },
  );
});

describe('planImages', () => {
  const area = { width: 1144, height: 450 };
  it('puts two panels of eleven bars side by side in one image', () => {
    const panels = [
      { caption: 'Uzbekistan, 2019', rows: 11 },
      { caption: 'Tajikistan, 2019', rows: 11 },
    ];
    expect(planImages(panels, area, measure)).toEqual({ perImage: 2, columns: 2 });
  });

  it('splits panels too many to read in one image into several, never a strip', () => {
    const panels = Array.from({ length: 18 }, (_, i) => ({ caption: `Country ${i}`, rows: 2 }));
    const plan = planImages(panels, area, measure);
    expect(plan.perImage).toBeLessThan(18);
    expect(plan.perImage).toBeGreaterThan(1);
    expect(planImages([{ rows: 30 }, { rows: 30 }], area, measure).perImage).toBe(1);
  });
});
