import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { screenshot, waitForCards } from './helpers';

const datasets = readdirSync('data').filter((f) => f.endsWith('.meta.json'));

test('every dataset shows its chart and its source line, linked to the full citation', async ({
  page,
}) => {
  await page.goto('./');
  await waitForCards(page, datasets.length);
  const cards = page.locator('article.dataset-card[data-dataset]');
  await expect(cards).toHaveCount(datasets.length);
  for (const card of await cards.all()) {
    // A drawn mark (bar, line, figure, event, cell), not just an empty chart frame.
    await expect(
      card
        .locator(
          'figure .recharts-bar-rectangle, figure .recharts-line-dots circle, .figures li, .timeline li, .matrix td',
        )
        .first(),
    ).toBeVisible();
    await expect(card.locator(':scope > .source-line')).toContainText(/Sources?:/);
  }
  await expect(page.locator('.error')).toHaveCount(0);
  await screenshot(page, 'overview');

  // Following a source line lands on the full citation.
  const link = page.locator('[data-dataset="tajik-migrants-by-sex"] .source-line a').first();
  await link.click();
  const target = page.locator(':target');
  await expect(target).toContainText('asiaplustj.info');
  await expect(target).toContainText('retrieved');
});

test('the overview loads the cards the screen shows; a card further down loads as it is scrolled to', async ({
  page,
}) => {
  const asked: string[] = [];
  page.on('request', (r) => {
    const name = new URL(r.url()).pathname.split('/').pop()!;
    if (/\.(arrow\.gz|csv)$/.test(name) || /^[A-Z]\w+View-.*\.js$/.test(name)) asked.push(name);
  });
  await page.goto('./');
  const first = page.locator('article.dataset-card[data-dataset]').first();
  await expect(first.locator('.recharts-surface').first()).toBeVisible();
  // The 77,000-row UN table, far down the page, is not fetched for the first screen.
  const un = page.locator('[data-dataset="un-migrant-stock-2019"]');
  await expect(un.locator('.recharts-surface')).toHaveCount(0);
  expect(asked).not.toContain('un-migrant-stock-2019.arrow.gz');
  expect(asked.filter((name) => name.endsWith('.gz')).length).toBeLessThan(datasets.length);
  // Its title and source line are there all along.
  await expect(un.getByRole('heading', { level: 2 })).toHaveText(/International migrant stock/);
  await expect(un.locator(':scope > .source-line')).toContainText(/Sources?:/);

  await un.scrollIntoViewIfNeeded();
  await expect(un.locator('.recharts-bar-rectangle').first()).toBeVisible();
  expect(asked).toContain('un-migrant-stock-2019.arrow.gz');

  // A line chart further down: its code comes with its rows (the code of drawings other than bars
  // loads for the cards that show them), and it draws.
  const lines = page.locator('[data-dataset="remittances"]');
  await lines.scrollIntoViewIfNeeded();
  await expect(lines.locator('.recharts-line-curve').first()).toBeVisible();
  expect(asked.some((name) => name.startsWith('LineChartView-'))).toBe(true);
});

test('the catalogue is asked for by the HTML, before the scripts have arrived, and fetched once', async ({
  page,
}) => {
  const events: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/data/index.json')) events.push('catalogue asked');
  });
  page.on('requestfinished', (r) => {
    if (/\/assets\/index-[^/]+\.js$/.test(r.url())) events.push('script arrived');
  });
  await page.goto('./');
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
  expect(events.filter((e) => e === 'catalogue asked')).toHaveLength(1);
  expect(events.indexOf('catalogue asked')).toBeLessThan(events.indexOf('script arrived'));
});

test('a bar chart fetches no code for the other drawings', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname.split('/').pop()!);
  });
  await page.goto('./?view=dataset&id=tajik-migrants-by-destination');
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((name) => /^(LineChart|Timeline|Matrix|Figures)View-/.test(name))).toEqual(
    [],
  );
  // The same page for a line chart does fetch its drawing.
  await page.goto('./?view=dataset&id=remittances');
  await expect(page.locator('.recharts-line-curve').first()).toBeVisible();
  expect(scripts.some((name) => name.startsWith('LineChartView-'))).toBe(true);
});

test('hovering a bar shows the exact value and its source', async ({ page }) => {
  await page.goto('./');
  await waitForCards(page, datasets.length);
  const card = page.locator('[data-dataset="uzbek-migrants-by-destination"]');
  await card.locator('.recharts-bar-rectangle').first().hover();
  await expect(card.locator('.tooltip')).toContainText('70.2');
  await expect(card.locator('.tooltip')).toContainText('Kamilov');
});

test('a broken dataset names file, row and column, and the others still render', async ({
  page,
}) => {
  // As a dataset changed on the host after the build: the catalogue has no prebuilt Arrow for
  // it, so the page fetches and checks its CSV.
  await page.route('**/data/index.json', async (route) => {
    const response = await route.fetch();
    const catalog = (await response.json()) as { prebuilt: Record<string, unknown> };
    const key = Object.keys(catalog.prebuilt).find((k) => k.startsWith('tajik-migrants-by-sex'));
    if (key) delete catalog.prebuilt[key];
    await route.fulfill({ response, json: catalog });
  });
  await page.route('**/data/tajik-migrants-by-sex.csv', (route) =>
    route.fulfill({
      contentType: 'text/csv',
      body: 'year,sex,value,source_id\n2022,total,775578,TJ_AP_20240528\n2023,total,lots,TJ_AP_20240528\n',
    }),
  );
  await page.goto('./');
  await waitForCards(page, datasets.length);
  await expect(page.locator('[data-dataset="tajik-migrants-by-sex"] [role="alert"]')).toContainText(
    'data/tajik-migrants-by-sex.csv, row 2, column "value"',
  );
  await expect(
    page.locator('[data-dataset="uzbek-migrants-by-destination"] .recharts-surface').first(),
  ).toBeVisible();
  await screenshot(page, 'broken-dataset');
});
