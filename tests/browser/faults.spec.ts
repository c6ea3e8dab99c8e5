import { expect, test, type Page, type Request, type Route } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { expectNotBlank, screenshot, waitForCards, watchPage } from './helpers';

/**
 * Network faults, one file at a time: the page says what failed, names the file, and its Retry
 * loads the view once the fault is gone. A CSV worker that cannot start is replaced, silently, by
 * parsing on the page. The built site reads the catalogue and Arrow files; the metadata and CSV
 * files are read for datasets the build did not see, as when the catalogue lists no prebuilt one.
 */

const DATASET = './?view=dataset&id=tajik-migrants-by-sex';
const FILES = {
  catalogue: '**/data/index.json',
  metadata: '**/data/tajik-migrants-by-sex.meta.json',
  csv: '**/data/tajik-migrants-by-sex.csv',
  arrow: '**/data/tajik-migrants-by-sex.arrow.gz',
} as const;
const SHOWN = {
  catalogue: 'data/index.json',
  metadata: 'data/tajik-migrants-by-sex.meta.json',
  csv: 'data/tajik-migrants-by-sex.csv',
  arrow: 'data/tajik-migrants-by-sex.arrow.gz',
} as const;

/** The catalogue without what the build prepared: every dataset is read as CSV and checked. */
async function servedAsCsv(page: Page) {
  await page.route(FILES.catalogue, async (route) => {
    const built = (await (await route.fetch()).json()) as { datasets: string[] };
    await route.fulfill({ json: { datasets: built.datasets } });
  });
}

type Fault = '404' | '500' | 'abort';
const FAULTS: Record<Fault, { apply: (route: Route) => Promise<void>; says: RegExp }> = {
  '404': {
    apply: (route) => route.fulfill({ status: 404, body: 'Not found' }),
    says: /could not be fetched \(HTTP 404\)/,
  },
  '500': {
    apply: (route) => route.fulfill({ status: 500, body: 'Internal error' }),
    says: /could not be fetched \(HTTP 500\)/,
  },
  abort: {
    apply: (route) => route.abort('connectionreset'),
    says: /could not be fetched \(Failed to fetch\)/,
  },
};

/** Breaks one file until `heal()` is called; then the real file is served again. */
async function breakFile(page: Page, pattern: string, fault: (route: Route) => Promise<void>) {
  let broken = true;
  await page.route(pattern, (route) => (broken ? fault(route) : route.fallback()));
  return () => {
    broken = false;
  };
}

async function expectChart(page: Page) {
  await expect(
    page.locator('[data-dataset="tajik-migrants-by-sex"] .recharts-bar-rectangle').first(),
  ).toBeVisible();
}

for (const [kind, pattern] of Object.entries(FILES) as [keyof typeof FILES, string][]) {
  for (const [name, fault] of Object.entries(FAULTS) as [Fault, (typeof FAULTS)[Fault]][]) {
    test(`${kind} ${name}: the error names the file and Retry recovers`, async ({ page }) => {
      const problems = watchPage(page);
      if (kind === 'metadata' || kind === 'csv') await servedAsCsv(page);
      const heal = await breakFile(page, pattern, fault.apply);
      await page.goto(DATASET);
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(SHOWN[kind]);
      await expect(alert).toContainText(fault.says);
      await expectNotBlank(page);
      if (kind === 'csv' && name === '404') await screenshot(page, 'fault-csv-404');
      heal();
      await alert.getByRole('button', { name: 'Retry' }).click();
      await expectChart(page);
      await expect(page.getByRole('alert')).toHaveCount(0);
      expect(problems).toEqual([]);
    });
  }
}

test("a drawing's code that does not arrive: its card says so, the rest stays, and Retry draws it", async ({
  page,
}) => {
  const problems = watchPage(page);
  const heal = await breakFile(page, '**/assets/LineChartView-*.js', (route) =>
    route.abort('connectionreset'),
  );
  await page.goto('./?view=dataset&id=remittances');
  const card = page.locator('[data-dataset="remittances"]');
  const alert = card.getByRole('alert');
  await expect(alert).toContainText('The code that draws this chart could not be loaded.');
  await expect(alert).toContainText(/LineChartView-\w+\.js/);
  // The card's table and source line do not depend on the drawing's code.
  await expect(card.locator(':scope > .source-line')).toContainText(/Sources?:/);
  await card.locator('[role="tab"][data-tab="table"]').click();
  await expect(card.locator('table.data-table')).toBeVisible();
  heal();
  await card.locator('[role="tab"][data-tab="chart"]').click();
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(card.locator('.recharts-line-curve').first()).toBeVisible();
  await expect(card.getByRole('alert')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('a slow file: the page says it is loading, then draws the chart', async ({ page }) => {
  const problems = watchPage(page);
  await servedAsCsv(page);
  // The file is held back until the page has said it is loading, however long that takes.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(FILES.csv, async (route) => {
    await released;
    await route.fallback();
  });
  await page.goto(DATASET);
  await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toBeVisible();
  release();
  await expectChart(page);
  expect(problems).toEqual([]);
});

test('a file that never arrives times out with a message, and Retry loads it', async ({ page }) => {
  const problems = watchPage(page);
  // The page's clock runs fast past the 30 s limit; the held request is never answered.
  await page.clock.install();
  let hold = true;
  let asked = () => {};
  const metadataAsked = new Promise<void>((resolve) => (asked = resolve));
  await servedAsCsv(page);
  await page.route(FILES.metadata, (route) => {
    asked();
    return hold ? undefined : route.fallback();
  });
  const onTheirWay = new Set<Request>();
  page.on('request', (request) => onTheirWay.add(request));
  page.on('requestfinished', (request) => onTheirWay.delete(request));
  page.on('requestfailed', (request) => onTheirWay.delete(request));
  await page.goto(DATASET);
  await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toBeVisible();
  // Only once the held file is asked for (after the catalogue), and every other file has landed
  // and been read (a turn of the page's task queue), does the clock jump past the limit.
  await metadataAsked;
  await expect
    .poll(() => [...onTheirWay].map((r) => r.url()).filter((url) => !url.endsWith(SHOWN.metadata)))
    .toEqual([]);
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  await page.clock.runFor(31_000);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'data/tajik-migrants-by-sex.meta.json: could not be fetched (no answer within 30 seconds)',
  );
  hold = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await page.clock.runFor(5_000);
  await expectChart(page);
  expect(problems).toEqual([]);
});

for (const fault of ['404', 'abort'] as const) {
  test(`the CSV worker's script ${fault === '404' ? 'is gone (a redeploy)' : 'cannot load'}: the page parses the files itself, without alarm`, async ({
    page,
  }) => {
    const problems = watchPage(page);
    const info: string[] = [];
    page.on('console', (m) => info.push(m.text()));
    await servedAsCsv(page);
    await page.route('**/assets/csvWorker*', (route) =>
      fault === '404' ? route.fulfill({ status: 404, body: '' }) : route.abort(),
    );
    await page.goto('./');
    await waitForCards(page, readdirSync('data').filter((f) => f.endsWith('.meta.json')).length);
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(info.some((line) => line.includes('parsing on the page instead'))).toBe(true);
    expect(problems).toEqual([]);
  });
}

test('the UN view: a failed table says so, and Retry draws it', async ({ page }) => {
  const problems = watchPage(page);
  const heal = await breakFile(page, '**/data/un-migrant-stock-2019.arrow.gz', FAULTS['500'].apply);
  await page.goto('./?view=un');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'data/un-migrant-stock-2019.arrow.gz: could not be fetched (HTTP 500)',
  );
  heal();
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('the UN view: failed metadata says so instead of waiting, and Retry draws it', async ({
  page,
}) => {
  const problems = watchPage(page);
  await servedAsCsv(page);
  const heal = await breakFile(page, '**/data/un-migrant-stock-2019.meta.json', FAULTS.abort.apply);
  await page.goto('./?view=un');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'data/un-migrant-stock-2019.meta.json: could not be fetched (Failed to fetch)',
  );
  heal();
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
  expect(problems).toEqual([]);
});

test('the overview: one failed card keeps the others, and its Retry draws it', async ({ page }) => {
  const problems = watchPage(page);
  const heal = await breakFile(page, FILES.arrow, FAULTS['404'].apply);
  await page.goto('./');
  const card = page.locator('[data-dataset="tajik-migrants-by-sex"]');
  // Its rows are asked for as the reader scrolls to it.
  await card.scrollIntoViewIfNeeded();
  await expect(card.getByRole('alert')).toContainText(
    'data/tajik-migrants-by-sex.arrow.gz: could not be fetched (HTTP 404)',
  );
  const other = page.locator('[data-dataset="uzbek-migrants-by-destination"]');
  await other.scrollIntoViewIfNeeded();
  await expect(other.locator('.recharts-surface').first()).toBeVisible();
  heal();
  await card.scrollIntoViewIfNeeded();
  await card.getByRole('button', { name: 'Retry' }).click();
  await expect(card.locator('.recharts-bar-rectangle').first()).toBeVisible();
  expect(problems).toEqual([]);
});

for (const embed of [false, true]) {
  test(`an unknown dataset id gets a "no such dataset" page listing the datasets${embed ? ', in an embed too' : ''}`, async ({
    page,
  }) => {
    const problems = watchPage(page);
    await page.goto(`./?view=dataset&id=nope${embed ? '&embed=1' : ''}`);
    await expect(page.getByRole('heading', { name: 'There is no dataset “nope”.' })).toBeVisible();
    const offered = page.locator('.no-such-dataset li a');
    await expect(
      offered.filter({ hasText: 'Tajik labour migrants who went abroad, by sex' }),
    ).toHaveAttribute('href', `?view=dataset&id=tajik-migrants-by-sex${embed ? '&embed=1' : ''}`);
    await expect(offered).toHaveCount(
      readdirSync('data').filter((f) => f.endsWith('.meta.json')).length,
    );
    await screenshot(page, embed ? 'no-such-dataset-embed' : 'no-such-dataset');
    await offered.filter({ hasText: 'Tajik labour migrants who went abroad, by sex' }).click();
    await expectChart(page);
    expect(problems).toEqual([]);
  });
}

test('an embed whose catalogue fails says so and recovers on Retry', async ({ page }) => {
  const problems = watchPage(page);
  const heal = await breakFile(page, FILES.catalogue, FAULTS['500'].apply);
  await page.goto(`${DATASET}&embed=1`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('data/index.json: could not be fetched (HTTP 500)');
  heal();
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expectChart(page);
  expect(problems).toEqual([]);
});
