import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { openTab, parseCsv, screenshot, waitForCards } from './helpers';

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
  // With a query the app renders afresh and fetches each card's rows; the page written at build
  // for './' carries them in its HTML, so no file of theirs would be asked for.
  await page.goto('./?lang=en');
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
  // Cards draw as the reader comes near them.
  await page.locator('article.dataset-card[data-dataset]').first().scrollIntoViewIfNeeded();
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
  // With a query the app renders afresh and fetches each card's rows; the page written at build
  // for './' carries them in its HTML, so no file of theirs would be asked for.
  await page.goto('./?lang=en');
  await waitForCards(page, datasets.length);
  await expect(page.locator('[data-dataset="tajik-migrants-by-sex"] [role="alert"]')).toContainText(
    'data/tajik-migrants-by-sex.csv, row 2, column "value"',
  );
  await expect(
    page.locator('[data-dataset="uzbek-migrants-by-destination"] .recharts-surface').first(),
  ).toBeVisible();
  await screenshot(page, 'broken-dataset');
});

/** A dataset's rows from data/, read here, apart from the app, as objects by column name. */
function dataRows(id: string): Record<string, string>[] {
  const text = readFileSync(`data/${id}.csv`, 'utf8').replace(/\r?\n/g, '\r\n');
  const [header, ...rows] = parseCsv(`\ufeff${text}`);
  return rows
    .filter((r) => r.length === header!.length)
    .map((r) => Object.fromEntries(header!.map((name, i) => [name, r[i]!])));
}
const en = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 20 });

test('the overview opens with key figures from data/, each cited, flagged as the data flag it, and linking to its view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./?lang=en');
  const figures = page.locator('.key-figure');
  await expect(figures).toHaveCount(4);

  // Latest Tajik departures: the latest calendar year's figure, every source giving it, in doubt.
  const tajik = dataRows('tajik-migrants-series').filter(
    (r) => r.sex === 'total' && r.destination === 'all' && r.period_type === 'year',
  );
  const year = Math.max(...tajik.map((r) => Number(r.year)));
  const latest = tajik.filter((r) => Number(r.year) === year);
  const card = page.locator('[data-key-figure="tajikDepartures"]');
  await expect(card.locator('.key-number')).toHaveText(en(Number(latest[0]!.value)));
  await expect(card).toContainText(String(year));
  if (latest[0]!.flag) await expect(card.locator('.key-flag summary')).toContainText('In doubt');
  const sourceLinks = card.locator('.source-line a');
  await expect(sourceLinks).toHaveCount(latest.length);
  for (const r of latest) {
    await expect(
      card.locator(`.source-line a[href$="#source-tajik-migrants-series-${r.source_id}"]`),
    ).toHaveAttribute('href', /view=sources/);
  }

  // Uzbek migrants abroad: where sources disagree, both figures with their sources.
  const uzbek = page.locator('[data-key-figure="uzbekAbroad"]');
  const stock = dataRows('uzbek-migrants-series').filter(
    (r) => r.indicator === 'migrants_abroad_stock' && r.sex === 'total' && r.destination === 'all',
  );
  const uzYear = Math.max(...stock.map((r) => Number(r.year)));
  const working = dataRows('uzbekistan-labour-market').find(
    (r) => r.indicator === 'working_abroad' && r.period!.includes(String(uzYear)),
  )!;
  const uzFigures = [
    ...stock.filter((r) => Number(r.year) === uzYear).map((r) => Number(r.value)),
    Number(working.value),
  ];
  await expect(uzbek.locator('.key-number')).toHaveText(
    uzFigures.map((v) => new RegExp(`^\\D*${en(v)}`)),
  );
  await expect(uzbek.locator('.key-figure-disagree')).toBeVisible();
  await expect(uzbek.locator('.source-line')).toHaveCount(uzFigures.length);

  // Remittances, % of GDP: the World Bank's latest figure for each country, every digit kept.
  const wdi = dataRows('wdi-remittances').filter((r) => r.indicator === 'BX.TRF.PWKR.DT.GD.ZS');
  const remittances = page.locator('[data-key-figure="remittances"]');
  for (const [i, country] of ['TJK', 'KGZ', 'UZB'].entries()) {
    const own = wdi.filter((r) => r.country === country);
    const last = own.find((r) => Number(r.year) === Math.max(...own.map((o) => Number(o.year))))!;
    const number = remittances.locator('.key-number').nth(i);
    await expect(number).toHaveAttribute('value', String(Number(last.value)));
    await expect(number).toHaveAttribute('title', en(Number(last.value)));
  }

  // Where Central Asians live: the largest destination of people born in Kazakhstan, 2020.
  const un = dataRows('un-ims2020-bilateral-central-asia').filter(
    (r) => r.year === '2020' && r.sex === 'both' && r.origin_iso3 === 'KAZ',
  );
  const top = un.reduce((a, b) => (Number(b.stock) > Number(a.stock) ? b : a));
  const where = page.locator('[data-key-figure="whereLive"]');
  await expect(where.locator('.key-values > li', { hasText: 'Kazakhstan →' })).toContainText(
    en(Number(top.stock)),
  );

  // A source link leads to its full citation; a figure's link opens the view that explains it.
  const link = card.locator('.source-line a').first();
  const anchor = decodeURIComponent((await link.getAttribute('href'))!.split('#')[1]!);
  await link.click();
  await expect(page).toHaveURL(/view=sources/);
  await expect(page.locator(`[id="${anchor}"]`)).toContainText('retrieved');
  await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
  await page.goBack();
  await page.locator('[data-key-figure="tajikDepartures"] .key-figure-link a').click();
  await expect(page).toHaveURL(/view=dataset&id=tajik-migrants-series/);
  await expect(page.getByRole('heading', { level: 2, name: /leaving Tajikistan/ })).toBeVisible();
  await expect(page.locator('.recharts-line-curve').first()).toBeVisible();
});

test('the datasets can be searched by country, publisher and title, from the keyboard, in Russian too', async ({
  page,
}) => {
  await page.goto('./?lang=en');
  const search = page.getByLabel('Search the datasets');
  const listed = page.locator('.dataset-listing > li');
  await expect(listed).toHaveCount(datasets.length);
  await search.focus();
  await page.keyboard.type('world bank');
  const worldBank = datasets.filter((f) =>
    /"publisher": "[^"]*World Bank/.test(readFileSync(`data/${f}`, 'utf8')),
  );
  await expect(listed).toHaveCount(worldBank.length);
  await expect(page.locator('.dataset-count')).toHaveText(
    `${worldBank.length} of ${datasets.length} datasets`,
  );
  await expect(page.locator('[data-listing="wdi-remittances"]')).toContainText(
    'Publisher: World Bank',
  );
  await expect(page.locator('[data-listing="tajik-migrants-by-sex"]')).toHaveCount(0);
  // A country named in a dataset's columns, and Escape to clear.
  await page.keyboard.press('Escape');
  await expect(listed).toHaveCount(datasets.length);
  await page.keyboard.type('xylophone');
  await expect(page.locator('.dataset-count')).toHaveText(/^No dataset matches/);
  // A dataset found by its title; Tab to the first found, Enter: its view.
  const title = (
    JSON.parse(readFileSync('data/tajik-migrants-by-sex.meta.json', 'utf8')) as {
      title: { en: string };
    }
  ).title.en;
  await search.fill(title);
  await expect(page.locator('[data-listing="tajik-migrants-by-sex"]')).toBeVisible();
  const firstFound = await listed.first().getAttribute('data-listing');
  await page.keyboard.press('Tab');
  await expect(listed.first().locator('a')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`view=dataset&id=${firstFound}`));
  await page.goto('./?lang=ru');
  await page.getByLabel('Поиск по наборам данных').fill('Всемирный банк');
  await expect(page.locator('[data-listing="wdi-remittances"]')).toBeVisible();
  await expect(page.locator('[data-listing="tajik-migrants-by-sex"]')).toHaveCount(0);
});

test('a long category card draws its 15 largest, says how many more, and its table keeps every row', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./');
  const card = page.locator('[data-dataset="un-migrant-stock-totals-2019"]');
  await card.scrollIntoViewIfNeeded();
  await expect(card.locator('.recharts-bar-rectangle').first()).toBeVisible();
  const rows = dataRows('un-migrant-stock-totals-2019').filter((r) => r.year === '2019');
  const withFigure = rows.filter((r) => r.stock !== '');
  await expect(card.locator('.recharts-bar-rectangle')).toHaveCount(15);
  await expect(card.locator('.chart-more')).toHaveText(
    `The 15 largest are drawn; ${withFigure.length - 15} more are in the table.`,
  );
  // Largest first, and the summary names the largest figure of the data.
  // (Each series draws its own bars: read top to bottom by position.)
  const bars = await card.locator('.recharts-bar-rectangle path').evaluateAll((els) =>
    els.map((e) => {
      const box = (e as SVGGraphicsElement).getBBox();
      return { y: box.y, length: box.width };
    }),
  );
  expect(bars).toHaveLength(15);
  const lengths = bars.sort((a, b) => a.y - b.y).map((b) => b.length);
  expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
  const largest = Math.max(...withFigure.map((r) => Number(r.stock)));
  await expect(card.locator('.chart-summary')).toContainText(en(largest));
  // Was about 9,000 px tall with 232 bars.
  expect((await card.boundingBox())!.height).toBeLessThan(1200);
  // No two legend entries share a colour.
  const swatches = await card
    .locator('.legend li svg > :first-child')
    .evaluateAll((els) => els.map((e) => getComputedStyle(e).fill));
  expect(swatches.length).toBeGreaterThan(1);
  expect(new Set(swatches).size).toBe(swatches.length);
  await openTab(card, 'Table');
  await expect(card.locator('table tbody tr')).toHaveCount(rows.length);
});

for (const width of [320, 390]) {
  test(`the front door holds at ${width} px: nothing wider than the screen`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('./?lang=ru');
    await expect(page.locator('.key-figure')).toHaveCount(4);
    await expect(page.locator('.dataset-listing > li').first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width,
    );
    for (const box of await page.locator('.key-figure, .dataset-search input').all()) {
      const b = (await box.boundingBox())!;
      expect(b.x + b.width).toBeLessThanOrEqual(width);
    }
  });
}
