import { expect, test, type Page } from '@playwright/test';
import { openTab, settledBox } from './helpers';

/** Issue 27's small things a reader trips on, measured in the page as drawn. */

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function tajikSeries(page: Page, width: number) {
  await page.setViewportSize({ width, height: 900 });
  await page.goto('./?view=dataset&id=tajik-migrants-series&lang=ru');
  const card = page.locator('[data-dataset="tajik-migrants-series"]');
  const chart = card.locator('.recharts-surface').first();
  await expect(chart).toBeVisible();
  await settledBox(chart);
  return card;
}

for (const width of [390, 1280]) {
  test(`part-year labels of the Tajik series in Russian at ${width} px: whole, apart, inside the plot`, async ({
    page,
  }) => {
    const card = await tajikSeries(page, width);
    // The part-year periods written on the chart (found by their words, whatever draws them).
    const labels = card
      .locator('.recharts-surface')
      .first()
      .locator('text', { hasText: /январ|с начала года/ });
    await expect(labels.first()).toBeVisible();
    const boxes = await labels.evaluateAll((nodes) =>
      nodes.map((n) => {
        const b = n.getBoundingClientRect();
        return { text: n.textContent ?? '', x: b.x, y: b.y, width: b.width, height: b.height };
      }),
    );
    const plot = (await card.locator('.recharts-cartesian-grid').first().boundingBox())!;
    expect(boxes.length).toBeGreaterThan(2);
    boxes.forEach((a, i) => {
      expect(a.text).not.toContain('…');
      expect(a.text).toMatch(/январ|с начала года/);
      expect(a.x).toBeGreaterThanOrEqual(plot.x - 0.5);
      expect(a.x + a.width).toBeLessThanOrEqual(plot.x + plot.width + 0.5);
      expect(a.y).toBeGreaterThanOrEqual(plot.y - 0.5);
      expect(a.y + a.height).toBeLessThanOrEqual(plot.y + plot.height + 0.5);
      for (const b of boxes.slice(i + 1))
        expect(overlap(a, b), `${a.text} / ${b.text}`).toBe(false);
    });
  });
}

test('the years axis ticks on round years: 2005, 2010, 2015, 2020 for the Tajik series', async ({
  page,
}) => {
  const card = await tajikSeries(page, 1280);
  const ticks = card.locator('.recharts-xAxis-tick-labels text');
  await expect(ticks).toHaveText(['2005', '2010', '2015', '2020']);
  const values = await card.locator('.recharts-yAxis-tick-labels text').allTextContents();
  // From zero to a round top: 800 000 is above the highest figure, 799 000.
  expect(values.map((v) => Number(v.replace(/\D/g, '')))).toEqual([
    0, 200_000, 400_000, 600_000, 800_000,
  ]);
});

test('a series filtered alone keeps its colour', async ({ page }) => {
  await page.goto('./?view=dataset&id=tajik-migrants-series&sex=total~male~female');
  const card = page.locator('[data-dataset="tajik-migrants-series"]');
  const swatch = (name: string) =>
    card.locator('.legend li', { hasText: new RegExp(`^${name}$`) }).locator('svg circle');
  await expect(swatch('Women')).toBeVisible();
  const together = await swatch('Women').getAttribute('fill');
  expect(await swatch('Total').getAttribute('fill')).not.toBe(together);
  await page.goto('./?view=dataset&id=tajik-migrants-series&sex=female');
  const line = card.locator('.recharts-line-curve').first();
  await expect(line).toBeVisible();
  await expect(line).toHaveAttribute('stroke', together!);
});

for (const lang of ['en', 'uz']) {
  test(`the phone Sankey (${lang}, 390 px) opens on its flows, every band and label in view`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 900 });
    await page.goto(`./?view=un&show=flows&lang=${lang}`);
    const flows = page.locator('figure.flows').first();
    await expect(flows.locator('path[data-flow]').first()).toBeAttached();
    await settledBox(flows);
    const boxes = await flows
      .locator('path[data-flow], text')
      .evaluateAll((nodes) =>
        nodes.map((n) => [n.getBoundingClientRect().left, n.getBoundingClientRect().right]),
      );
    expect(boxes.length).toBeGreaterThan(10);
    for (const [left, right] of boxes) {
      expect(left).toBeGreaterThanOrEqual(0);
      expect(right).toBeLessThanOrEqual(390);
    }
  });
}

test('the table sorts by a column from its heading button, with aria-sort', async ({ page }) => {
  await page.goto('./?view=dataset&id=unemployment&country=UZB');
  const card = page.locator('[data-dataset="unemployment"]');
  await openTab(card, 'Table');
  const button = card.getByRole('button', { name: /^Value/ });
  const heading = card.locator('th').filter({ has: page.getByRole('button', { name: /^Value/ }) });
  await expect(heading).toHaveAttribute('aria-sort', 'none');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(heading).toHaveAttribute('aria-sort', 'ascending');
  const index = await heading.evaluate((th) => (th as HTMLTableCellElement).cellIndex);
  const values = (
    await card.locator(`table.data-table tbody tr td:nth-child(${index + 1})`).allTextContents()
  ).map((v) => Number(v.replace(/[^\d.]/g, '')));
  expect(values.length).toBeGreaterThan(5);
  expect(values).toEqual([...values].sort((a, b) => a - b));
  await page.keyboard.press('Space');
  await expect(heading).toHaveAttribute('aria-sort', 'descending');
});
