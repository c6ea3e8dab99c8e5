import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/**
 * Chart images a presenter can use as they are: the same fixed layout whether asked for on a
 * phone or a desktop, measured from the files themselves.
 */

const SLIDE = 'slide, 1,200 × 675';
const SQUARE = 'square, 1,080 × 1,080';
const LABELS = {
  en: { tab: 'Download', png: 'Chart as PNG', svg: 'Chart as SVG', slide: SLIDE, square: SQUARE },
  ru: {
    tab: 'Скачать',
    png: 'График в PNG',
    svg: 'График в SVG',
    slide: 'слайд, 1200 × 675',
    square: 'квадрат, 1080 × 1080',
  },
  uz: {
    tab: 'Yuklab olish',
    png: 'Grafik PNG formatida',
    svg: 'Grafik SVG formatida',
    slide: 'slayd, 1200 × 675',
    square: 'kvadrat, 1080 × 1080',
  },
};

/** The numbers an event label says: "4", "4, 5", "14–20". */
function eventNumbers(text: string): number[] {
  const range = /^(\d+)–(\d+)$/.exec(text);
  if (range) {
    const [from, to] = [Number(range[1]), Number(range[2])];
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  }
  return /^\d+(, \d+)*$/.test(text) ? text.split(', ').map(Number) : [];
}

async function downloadImage(
  page: Page,
  lang: keyof typeof LABELS,
  kind: 'png' | 'svg',
  format: 'slide' | 'square',
): Promise<Buffer> {
  const words = LABELS[lang];
  const tab = page.getByRole('tab', { name: words.tab, exact: true }).first();
  const menu = page.locator('.download-menu').first();
  if (await tab.isVisible()) {
    await tab.click();
  } else if ((await menu.getAttribute('open')) === null) {
    await menu.locator('summary').click();
  }
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    menu.getByRole('button', { name: `${words[kind]} (${words[format]})`, exact: true }).click(),
  ]);
  return readFileSync(await file.path());
}

const pngSize = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];

/** What a reader of the SVG would measure: its smallest text, its chart's share, its title's box. */
async function measureSvg(page: Page, svg: string) {
  const viewer = await page.context().newPage();
  await viewer.setContent(`<body style="margin:0">${svg}</body>`);
  const result = await viewer.evaluate(() => {
    const root = document.querySelector('body > svg') as SVGSVGElement;
    const width = Number(root.getAttribute('width'));
    const height = Number(root.getAttribute('height'));
    // Text size as drawn at 1×: its font size times the scale of the drawing it sits in.
    const sizes = [...root.querySelectorAll('text')]
      .filter((t) => (t.textContent ?? '').trim() !== '')
      .map((t) => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM()!.a);
    const charts = [...root.querySelectorAll<SVGSVGElement>('svg[data-role="chart"]')];
    const chartArea = charts.reduce(
      (sum, c) => sum + c.width.baseVal.value * c.height.baseVal.value,
      0,
    );
    const titles = [...root.querySelectorAll<SVGTextElement>('text[data-role="title"]')].map(
      (t) => {
        const box = t.getBBox();
        return { left: box.x, right: box.x + box.width };
      },
    );
    return {
      width,
      height,
      smallest: Math.min(...sizes),
      share: chartArea / (width * height),
      titles,
    };
  });
  await viewer.close();
  return result;
}

for (const width of [390, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('the Tajik series (Russian, women, Russia): a slide and a square, 2× PNG, readable SVG', async ({
      page,
    }) => {
      await page.goto(
        './?view=dataset&id=tajik-migrants-series&lang=ru&sex=female&destination=RUS',
      );
      await expect(page.locator('.recharts-surface').first()).toBeVisible();

      expect(pngSize(await downloadImage(page, 'ru', 'png', 'slide'))).toEqual([2400, 1350]);
      expect(pngSize(await downloadImage(page, 'ru', 'png', 'square'))).toEqual([2160, 2160]);

      for (const format of ['slide', 'square'] as const) {
        const svg = (await downloadImage(page, 'ru', 'svg', format)).toString('utf8');
        const m = await measureSvg(page, svg);
        expect([m.width, m.height]).toEqual(format === 'slide' ? [1200, 675] : [1080, 1080]);
        expect(m.smallest).toBeGreaterThanOrEqual(14);
        expect(m.share).toBeGreaterThanOrEqual(0.6);
        expect(m.titles.length).toBeGreaterThan(0);
        for (const title of m.titles) {
          expect(title.left).toBeGreaterThanOrEqual(0);
          expect(title.right).toBeLessThanOrEqual(m.width);
        }
        // One line for the sources, the title whole across its lines.
        expect(svg.match(/data-role="footer"/g)).toHaveLength(1);
        expect(svg).toContain('Трудовые мигранты');
      }
    });

    test('the UN view with Tajikistan beside Uzbekistan (Uzbek): both panels in one square', async ({
      page,
    }) => {
      await page.goto('./?view=un&vs=TJK&lang=uz');
      await expect(page.locator('.un-panel .recharts-surface').first()).toBeVisible();
      const svg = (await downloadImage(page, 'uz', 'svg', 'square')).toString('utf8');
      const m = await measureSvg(page, svg);
      expect([m.width, m.height]).toEqual([1080, 1080]);
      expect(m.smallest).toBeGreaterThanOrEqual(14);
      expect(m.share).toBeGreaterThanOrEqual(0.6);
      for (const title of m.titles) expect(title.right).toBeLessThanOrEqual(m.width);
      expect(svg.match(/data-role="chart"/g)).toHaveLength(2);
      expect(svg.match(/data-role="caption"/g)!.length).toBeGreaterThanOrEqual(2);
      expect(pngSize(await downloadImage(page, 'uz', 'png', 'slide'))).toEqual([2400, 1350]);
    });
  });
}

test('the Tajik series at its defaults (English): the chart takes at least 60 % of the slide, the filters and flags still said', async ({
  page,
}) => {
  await page.goto('./?view=dataset&id=tajik-migrants-series');
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  for (const format of ['slide', 'square'] as const) {
    const svg = (await downloadImage(page, 'en', 'svg', format)).toString('utf8');
    const m = await measureSvg(page, svg);
    expect(m.share).toBeGreaterThanOrEqual(0.6);
    expect(m.smallest).toBeGreaterThanOrEqual(14);
    for (const title of m.titles) expect(title.right).toBeLessThanOrEqual(m.width);
    // The filters drawn, the sources in one line and the figures in doubt, all still there.
    expect(svg).toContain('All destinations');
    expect(svg.match(/data-role="footer"/g)).toHaveLength(1);
    expect(svg).toMatch(/data-role="note"[^>]*>◇ \d+ figures? in doubt/);
  }
});

test('agreements drawn on the chart are in its image too: the numbered dashed lines, and a footer note saying what they are', async ({
  page,
}) => {
  await page.goto('./?view=dataset&id=tajik-migrants-series&events=1');
  const listed = page.locator('.event-list li');
  await expect(listed.first()).toBeVisible();
  const count = await listed.count();
  expect(count).toBeGreaterThan(1);

  const svg = (await downloadImage(page, 'en', 'svg', 'slide')).toString('utf8');
  const viewer = await page.context().newPage();
  await viewer.setContent(`<body style="margin:0">${svg}</body>`);
  // The chart's event lines, each with its number as on the page's list.
  const chart = viewer.locator('svg[data-role="chart"]');
  await expect(chart.locator('.recharts-reference-line')).not.toHaveCount(0);
  const numbers = (await chart.locator('text[data-event-label]').allTextContents())
    .flatMap(eventNumbers)
    .sort((a, b) => a - b);
  expect(numbers).toEqual(Array.from({ length: count }, (_, i) => i + 1));
  await expect(viewer.locator('[data-role="note"]')).toContainText(
    `Dashed lines 1–${count}: agreements and events`,
  );
  // The numbers as readable as the rest of the image.
  expect((await measureSvg(page, svg)).smallest).toBeGreaterThanOrEqual(14);
  await viewer.close();
});

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The boxes of what the image's drawing labels itself, as the browser draws the SVG: part-year
 * periods, event numbers, the marks they must not cover, the legend's words, and the chart's.
 */
async function drawnBoxes(page: Page, svg: string) {
  const viewer = await page.context().newPage();
  await viewer.setContent(`<body style="margin:0">${svg}</body>`);
  const boxes = await viewer.evaluate(() => {
    const rect = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const root = document.querySelector('body > svg') as SVGSVGElement;
    const all = (selector: string) => [...root.querySelectorAll(selector)];
    return {
      image: rect(root),
      charts: all('svg[data-role="chart"]').map(rect),
      parts: all('text[data-part-label]').map((e) => ({ text: e.textContent ?? '', ...rect(e) })),
      // Numbers over the event lines (drawn as the lines' own labels before they were laid out).
      events: all('text[data-event-label], text.recharts-label')
        .filter((e) => /^\d/.test(e.textContent ?? ''))
        .map((e) => ({ text: e.textContent ?? '', ...rect(e) })),
      // The marks drawn (diamonds, dots, date markers), not the dashed rings round them.
      marks: all('.recharts-line-dots path, .recharts-line-dots circle:not([data-flag])').map(rect),
      legend: all('text[data-role="legend"], text[data-role="legend-heading"]').map((e) => ({
        text: e.textContent ?? '',
        ...rect(e),
      })),
    };
  });
  await viewer.close();
  return boxes;
}

const overlap = (a: Rect, b: Rect) =>
  a.left < b.right - 0.5 &&
  b.left < a.right - 0.5 &&
  a.top < b.bottom - 0.5 &&
  b.top < a.bottom - 0.5;
const within = (a: Rect, b: Rect) =>
  a.left >= b.left - 0.5 &&
  a.right <= b.right + 0.5 &&
  a.top >= b.top - 0.5 &&
  a.bottom <= b.bottom + 0.5;

/** Labels of one kind that overlap each other or a mark, or stick out of the chart. */
function clashes(labels: (Rect & { text: string })[], marks: Rect[], chart: Rect): string[] {
  const found: string[] = [];
  for (const [i, a] of labels.entries()) {
    if (!within(a, chart)) found.push(`"${a.text}" cut at the chart's edge`);
    for (const b of labels.slice(i + 1)) {
      if (overlap(a, b)) found.push(`"${a.text}" over "${b.text}"`);
    }
    if (marks.some((m) => overlap(a, m))) found.push(`"${a.text}" over a point`);
  }
  return found;
}

test.describe('what the drawings label themselves, at the image’s 14 px', () => {
  for (const [id, lang, filters] of [
    ['tajik-migrants-series', 'ru', ''],
    ['uzbek-migrants-series', 'ru', '&indicator=organised_departures'],
    ['tajik-migrants-series', 'uz', ''],
  ] as const) {
    test(`part-year periods of ${id} (${lang}): whole, over no point and no other label`, async ({
      page,
    }) => {
      await page.goto(`./?view=dataset&id=${id}&lang=${lang}${filters}`);
      await expect(page.locator('.recharts-surface').first()).toBeVisible();
      let written = 0;
      for (const format of ['slide', 'square'] as const) {
        const svg = (await downloadImage(page, lang, 'svg', format)).toString('utf8');
        const b = await drawnBoxes(page, svg);
        expect(b.charts).toHaveLength(1);
        expect(clashes(b.parts, b.marks, b.charts[0]!), format).toEqual([]);
        written += b.parts.length;
      }
      // Labels are written where they have room: some do, in these series.
      expect(written).toBeGreaterThan(0);
    });
  }

  test('event numbers of the Tajik series: one per event, none over another, inside the chart', async ({
    page,
  }) => {
    await page.goto('./?view=dataset&id=tajik-migrants-series&events=1&lang=ru');
    const listed = page.locator('.event-list li');
    await expect(listed.first()).toBeVisible();
    const count = await listed.count();
    for (const format of ['slide', 'square'] as const) {
      const svg = (await downloadImage(page, 'ru', 'svg', format)).toString('utf8');
      const b = await drawnBoxes(page, svg);
      expect(b.events.flatMap((e) => eventNumbers(e.text)).sort((x, y) => x - y)).toEqual(
        Array.from({ length: count }, (_, i) => i + 1),
      );
      expect(clashes(b.events, [], b.charts[0]!), format).toEqual([]);
    }
  });

  for (const lang of ['en', 'ru', 'uz'] as const) {
    test(`the unemployment series (${lang}): 60 % chart on a slide, its whole legend clear of itself`, async ({
      page,
    }) => {
      await page.goto(`./?view=dataset&id=unemployment&lang=${lang}`);
      await expect(page.locator('.recharts-surface').first()).toBeVisible();
      for (const format of ['slide', 'square'] as const) {
        const svg = (await downloadImage(page, lang, 'svg', format)).toString('utf8');
        const m = await measureSvg(page, svg);
        expect(m.share, format).toBeGreaterThanOrEqual(0.6);
        expect(m.smallest).toBeGreaterThanOrEqual(14);
        const b = await drawnBoxes(page, svg);
        // Every series and mark in the legend, no words over others or out of the picture.
        expect(b.legend.length).toBeGreaterThanOrEqual(15);
        for (const [i, a] of b.legend.entries()) {
          expect(within(a, b.image), a.text).toBe(true);
          expect(overlap(a, b.charts[0]!), a.text).toBe(false);
          for (const c of b.legend.slice(i + 1))
            expect(overlap(a, c), `${a.text} / ${c.text}`).toBe(false);
        }
      }
    });
  }
});
