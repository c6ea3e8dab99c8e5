import { expect, test, type Page } from '@playwright/test';
import { dashboardViews, openView, settledBox } from './helpers';

/** Phone, large phone, tablet, desktop. */
const WIDTHS = [320, 390, 768, 1280];

// Nothing may make the page itself scroll sideways: wide tables and the agreements matrix scroll
// inside their own labelled region, long addresses wrap, charts take their container's width.
for (const view of dashboardViews) {
  test(`${view.name}: no sideways scrolling at ${WIDTHS.join(', ')} px`, async ({ page }) => {
    await page.setViewportSize({ width: WIDTHS[0]!, height: 800 });
    await openView(page, view);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      // Charts resize over the next frames (ResizeObserver): wait until the page fits, naming
      // what sticks out while it does not.
      const overflow = () =>
        page.evaluate(() => {
          const width = document.documentElement.clientWidth;
          const scroll = document.documentElement.scrollWidth;
          if (scroll <= width) return [];
          const wide = [...document.querySelectorAll('body *')]
            .filter((e) => e.getBoundingClientRect().right > width + 1)
            .slice(0, 3)
            .map((e) => `${e.tagName.toLowerCase()}.${String(e.className)}`);
          return [`scrolls to ${scroll} px`, ...wide];
        });
      await expect.poll(overflow, `${view.name} at ${width}px`).toEqual([]);
    }
  });
}

test('a wide table scrolls inside its own labelled, focusable region on a phone', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('./?view=dataset&id=agreement-parties');
  const region = page.getByRole('region', { name: /agreement/i }).first();
  await expect(region).toBeVisible();
  await expect(region).toHaveAttribute('tabindex', '0');
  const { scroll, client } = await region.evaluate((r) => ({
    scroll: r.scrollWidth,
    client: r.clientWidth,
  }));
  expect(scroll).toBeGreaterThan(client);
  // The keyboard scrolls it.
  await region.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((r) => r.scrollLeft)).toBeGreaterThan(0);
});

// The dataset and UN views' controls fold on a phone (the compare view has none: its only
// controls are the Download and Embed menus, which are closed disclosures everywhere).
const folding = [
  {
    name: 'dataset view',
    url: './?view=dataset&id=tajik-migrants-series',
    control: (page: Page) => page.getByRole('group', { name: /Sex/ }).first(),
    drawn: '[data-dataset="tajik-migrants-series"] .recharts-surface',
  },
  {
    name: 'UN view',
    url: './?view=un',
    control: (page: Page) => page.getByRole('combobox', { name: 'Question' }),
    drawn: '.un-panel table.data-table tbody tr',
  },
];

for (const view of folding) {
  test(`${view.name}: controls fold into a disclosure on a phone and open with the keyboard`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(view.url);
    const disclosure = page.locator('details.filters-disclosure');
    await expect(disclosure).toHaveCount(1);
    await expect(disclosure).not.toHaveAttribute('open');
    await expect(view.control(page)).toBeHidden();
    // Folded, the controls leave the figures where the reader looks.
    await page.locator(view.drawn).first().waitFor({ state: 'attached' });
    await disclosure.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(disclosure).toHaveAttribute('open');
    await expect(view.control(page)).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(disclosure).not.toHaveAttribute('open');
    // On a desktop they start open.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.reload();
    await page.locator(view.drawn).first().waitFor({ state: 'attached' });
    await expect(page.locator('details.filters-disclosure')).toHaveAttribute('open');
    await expect(view.control(page)).toBeVisible();
  });
}

// A horizontal bar chart's label column gives way on a phone (at 390 px the compare view's fixed
// 260 px column once left its bars no width at all), yet never cuts a word or a figure off.
const horizontalBars = [
  { name: 'compare view', url: './?view=compare', width: 320 },
  // Russian labels are longer and wrap onto more lines (they once ran into each other at 390 px):
  // each bar must be as tall as its label.
  { name: 'compare view in Russian', url: './?view=compare&lang=ru', width: 390 },
  { name: 'UN view', url: './?view=un', width: 320 },
  { name: 'dataset view', url: './?view=dataset&id=uzbek-migrants-by-destination', width: 320 },
];

for (const view of horizontalBars) {
  test(`${view.name}: bars keep room beside their labels at ${view.width} px`, async ({ page }) => {
    await page.setViewportSize({ width: view.width, height: 800 });
    await page.goto(view.url);
    await page.locator('.recharts-bar-rectangle').first().waitFor();
    const measure = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('svg.recharts-surface')]
          .filter((svg) => svg.querySelector('.recharts-bar-rectangle'))
          .map((svg) => {
            const frame = svg.getBoundingClientRect();
            const widest = Math.max(
              ...[...svg.querySelectorAll('.recharts-bar-rectangle')].map(
                (bar) => bar.getBoundingClientRect().width,
              ),
            );
            const cut = [...svg.querySelectorAll('text')]
              .filter((text) => {
                const box = text.getBoundingClientRect();
                return box.left < frame.left - 1 || box.right > frame.right + 1;
              })
              .map((text) => text.textContent);
            // Category labels (one <text> per tick, wrapped into tspans) must not run into each other.
            const labels = [...svg.querySelectorAll('.recharts-yAxis-tick-labels text')]
              .map((text) => text.getBoundingClientRect())
              .sort((a, b) => a.top - b.top);
            const overlaps = labels.filter(
              (box, i) => i > 0 && box.top < labels[i - 1]!.bottom - 1,
            );
            return {
              share: widest / frame.width,
              cut,
              overlaps: overlaps.length,
              labels: labels.length,
            };
          }),
      );
    // Charts settle over a few frames as they take the phone's width: wait until every one fits
    // (one that never does is shown with its measures when the test ends).
    const fits = (c: Awaited<ReturnType<typeof measure>>[number]) =>
      c.labels > 0 && c.overlaps === 0 && c.share > 0.25 && c.cut.length === 0;
    await expect.poll(async () => (await measure()).filter((c) => !fits(c))).toEqual([]);
    const charts = await measure();
    expect(charts.length).toBeGreaterThan(0);
    for (const { share, cut, overlaps, labels } of charts) {
      expect(labels).toBeGreaterThan(0);
      expect(overlaps, 'category labels running into each other').toBe(0);
      // The longest bar spans most of the plot, which keeps at least a quarter of the chart.
      expect(share).toBeGreaterThan(0.25);
      expect(cut, 'labels drawn past the chart edge').toEqual([]);
    }
  });
}

// A tooltip is up to 320 px wide: on a phone it once started past a horizontal chart's labels
// and ran off the screen, cutting its source line. It must stay on screen, source and all, at
// the chart's left and right ends, where it has least room.
const tooltips = [
  {
    name: 'horizontal bars in Russian, embedded',
    url: './?view=dataset&id=uzbek-migrants-by-destination&lang=ru&embed=1',
    source: 'Kamilov Oybek (2025)',
  },
  {
    name: 'a line chart',
    url: './?view=dataset&id=tajik-migrants-series',
    source: 'Source',
  },
];
for (const chart of tooltips) {
  test(`${chart.name}: the tooltip stays on a 390 px screen, source line included`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(chart.url);
    const surface = page.locator('[data-dataset] svg.recharts-surface').first();
    await surface.waitFor();
    // An embed cuts a tall drawing to its room: the whole chart is shown, to hover its far end.
    if (chart.url.includes('embed=1')) {
      await page.locator('.chart-clamp[data-measured]').waitFor();
      const whole = page.locator('.chart-clamp-toggle');
      if ((await whole.count()) > 0) await whole.click();
    }
    await surface.scrollIntoViewIfNeeded();
    const plot = await settledBox(page.locator('[data-dataset] .recharts-cartesian-grid').first());
    // Near the plot's left edge (a short bar), in the middle, and near its right edge, low down.
    for (const x of [0.02, 0.5, 0.98]) {
      await page.mouse.move(plot.x + plot.width * x, plot.y + plot.height * 0.9);
      const tooltip = page.locator('.tooltip').first();
      await expect(tooltip).toBeVisible();
      await expect(tooltip).toContainText(chart.source);
      // The tooltip glides to its place: measure it once it has stopped.
      const box = await settledBox(tooltip);
      expect(box.x, `hovering at ${x} of the plot`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `hovering at ${x} of the plot`).toBeLessThanOrEqual(390);
    }
  });
}

// A page written at build keeps each chart's room at the drawn chart's size (src/ui/ChartRoom.tsx),
// and everything else as the app takes it over: nothing the reader is reading moves when React
// takes the page over and the charts draw (layout shift). Compared as geometry, not timing: the
// page as written (its scripts refused, so it stays as the build wrote it) and the same page once
// the app holds it and every chart in reach has drawn. The compare view's bars are sized by the
// label column's measured width, which the build cannot know: it is not among these.
const written = [
  { name: 'the overview', path: './' },
  { name: 'a dataset page', path: 'datasets/tajik-migrants-series/' },
  { name: 'the UN page', path: 'un/' },
];
const PLACED = '.front-door, .dataset-list, figure.chart, .legend, .tabs, .source-line, table';
for (const width of [390, 1280]) {
  for (const view of written) {
    test(`${view.name} at ${width} px: nothing moves when the app takes the written page over`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 850 });
      const placed = () =>
        page.evaluate((selector) => {
          const boxes = [...document.querySelectorAll(selector)]
            .map((e) => ({ e, box: e.getBoundingClientRect() }))
            // What a reader sees of the page at first, and a screen below it.
            .filter(({ box }) => box.height > 0 && box.top + scrollY < 2 * innerHeight);
          return boxes.map(
            ({ e, box }) =>
              `${e.tagName.toLowerCase()}.${e.className}: top ${Math.round(box.top + scrollY)}, height ${Math.round(box.height)}`,
          );
        }, PLACED);
      await page.route('**/assets/*.js', (route) => route.abort());
      await page.goto(view.path);
      await expect(page.locator('#root main')).toBeVisible();
      const before = await placed();
      expect(before.length).toBeGreaterThan(0);
      await page.unroute('**/assets/*.js');
      await page.goto(view.path);
      await page.locator('fieldset.page-live:not([disabled])').waitFor({ state: 'attached' });
      // Every chart within reach drawn: no room left for one there.
      await page.waitForFunction(
        () =>
          ![...document.querySelectorAll('.chart-room')].some(
            (room) => room.getBoundingClientRect().top < 2 * innerHeight,
          ),
      );
      expect(await placed()).toEqual(before);
    });
  }
}
