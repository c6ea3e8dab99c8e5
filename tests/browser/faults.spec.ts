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

/** A chunk under its hashed name, whatever query a retry adds (`?retry=1`). */
const chunkUrl = (name: string) => (url: URL) =>
  new RegExp(`/assets/${name}-[\\w-]+\\.js$`).test(url.pathname);

/** Breaks one file until `heal()` is called; then the real file is served again. */
async function breakFile(
  page: Page,
  pattern: string | ((url: URL) => boolean),
  fault: (route: Route) => Promise<void>,
) {
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
  // Every request for the chunk, whatever query the loader adds when it asks again.
  const heal = await breakFile(page, chunkUrl('LineChartView'), (route) =>
    route.abort('connectionreset'),
  );
  await page.goto('./?view=dataset&id=remittances');
  const card = page.locator('[data-dataset="remittances"]');
  const alert = card.getByRole('alert');
  await expect(alert).toContainText('The code that draws this chart could not be loaded.');
  await expect(alert).toContainText(/LineChartView-[\w-]+\.js/);
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
    // With a query, so the cards' rows are fetched (the written overview carries them).
    await page.goto('./?lang=en');
    await waitForCards(page, readdirSync('data').filter((f) => f.endsWith('.meta.json')).length);
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(info.some((line) => line.includes('parsing on the page instead'))).toBe(true);
    expect(problems).toEqual([]);
  });
}

test('the UN view: a failed table says so, and Retry draws it', async ({ page }) => {
  const problems = watchPage(page);
  // The UN table is read by partitions: the first view's is Uzbekistan's (origin).
  const heal = await breakFile(
    page,
    '**/data/un-ims2020-bilateral-by-sex/origin_iso3-0218-UZB.parquet',
    FAULTS['500'].apply,
  );
  await page.goto('./?view=un');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'data/un-ims2020-bilateral-by-sex/origin_iso3-0218-UZB.parquet: could not be fetched (HTTP 500)',
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
  const heal = await breakFile(
    page,
    '**/data/un-ims2020-bilateral-by-sex.meta.json',
    FAULTS.abort.apply,
  );
  await page.goto('./?view=un');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'data/un-ims2020-bilateral-by-sex.meta.json: could not be fetched (Failed to fetch)',
  );
  heal();
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
  expect(problems).toEqual([]);
});

test('the overview: one failed card keeps the others, and its Retry draws it', async ({ page }) => {
  const problems = watchPage(page);
  const heal = await breakFile(page, FILES.arrow, FAULTS['404'].apply);
  // With a query the app renders afresh and fetches each card's rows; the page written at build
  // for './' carries them in its HTML, so no file of theirs would be asked for.
  await page.goto('./?lang=en');
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

// Code that fails to arrive: a view's, a panel's or a drawing's chunk (or a language's messages)
// fails only its own part, with what went wrong in the reader's words, and Retry (or, after a
// redeploy, Reload) brings it.

/** Answers a chunk with something other than the chunk itself. */
type CodeFault = '404' | '500' | 'abort' | 'truncated' | 'garbage' | 'index.html';
const CODE_FAULTS: Record<CodeFault, (route: Route) => Promise<void>> = {
  '404': (route) => route.fulfill({ status: 404, body: 'Not found' }),
  '500': (route) => route.fulfill({ status: 500, body: 'Internal error' }),
  abort: (route) => route.abort('connectionreset'),
  truncated: async (route) => {
    const real = await route.fetch();
    const body = await real.text();
    await route.fulfill({ response: real, body: body.slice(0, body.length >> 1) });
  },
  garbage: (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/javascript',
      body: '\u0000\u00ff}{ garbage ((',
    }),
  'index.html': async (route) => {
    const page = await route.fetch({ url: new URL('./', route.request().url()).href });
    await route.fulfill({ response: page, contentType: 'text/html', body: await page.text() });
  },
};

/** What a reader is told, for a chunk named `name`. */
const codeSays = (name: string, fault: CodeFault): RegExp => {
  const file = `assets/${name}-[\\w-]+\\.js`;
  const says: Record<CodeFault, string> = {
    '404': `The site has been updated since this page was opened, and ${file} is no longer there\\. Reload the page to get the new version\\.`,
    'index.html': `The site has been updated since this page was opened, and ${file} is no longer there\\. Reload the page to get the new version\\.`,
    '500': `${file} could not be fetched \\(HTTP 500\\)\\.`,
    abort: `${file} could not be fetched: the site could not be reached\\. Check your connection, then Retry\\.`,
    truncated: `${file} arrived incomplete or damaged and could not be run\\.`,
    garbage: `${file} arrived incomplete or damaged and could not be run\\.`,
  };
  return new RegExp(says[fault]);
};

/** Breaks a chunk (at any URL a retry gives it) until `heal()`; counts the requests for it. */
async function breakChunk(page: Page, name: string, fault: (route: Route) => Promise<void>) {
  let broken = true;
  const asked: string[] = [];
  await page.route(chunkUrl(name), (route) => {
    asked.push(route.request().url());
    return broken ? fault(route) : route.fallback();
  });
  return {
    asked,
    heal: () => {
      broken = false;
    },
  };
}

/** The header and navigation are still there, and the page is not blank. */
async function expectFrame(page: Page) {
  await expectNotBlank(page);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Central Asian labour migration' }),
  ).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Views' }).getByRole('link')).toHaveCount(4);
}

const UN_DRAWN = '.un-panel table.data-table tbody tr';

for (const fault of Object.keys(CODE_FAULTS) as CodeFault[]) {
  test(`the UN view's code: ${fault} fails that view alone, says so, and ${fault === '404' || fault === 'index.html' ? 'Reload' : 'Retry'} brings it`, async ({
    page,
  }) => {
    const problems = watchPage(page);
    const { heal, asked } = await breakChunk(page, 'UnStockPage', CODE_FAULTS[fault]);
    await page.goto('./?view=un');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('This part of the page could not be loaded.');
    await expect(alert).toContainText(codeSays('UnStockPage', fault));
    await expectFrame(page);
    if (fault === 'truncated') await screenshot(page, 'fault-code-truncated');
    heal();
    if (fault === '404' || fault === 'index.html') {
      // Only a new page helps: the old build's file is gone.
      await expect(alert.getByRole('button', { name: 'Retry' })).toHaveCount(0);
      await alert.getByRole('button', { name: 'Reload the page' }).click();
    } else {
      await alert.getByRole('button', { name: 'Retry' }).click();
      // Asked for afresh, not the module the browser keeps from the failed attempt.
      await expect.poll(() => asked.some((url) => /[?&]retry=\d/.test(url))).toBe(true);
    }
    await expect(page.locator(UN_DRAWN).first()).toBeAttached({ timeout: 45_000 });
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(problems).toEqual([]);
  });
}

const PARTS = [
  {
    name: 'ComparePage',
    url: './?view=compare',
    drawn: '.compare-country table.data-table tbody tr',
  },
  { name: 'WorldMap', url: './?view=un&show=map', drawn: '.world-map .map-country' },
  { name: 'FlowsChart', url: './?view=un&show=flows', drawn: '.flows .recharts-surface' },
  {
    name: 'ExploreControls',
    url: DATASET,
    drawn: '[data-dataset="tajik-migrants-by-sex"] select',
  },
] as const;

for (const part of PARTS) {
  test(`${part.name}'s code that arrives damaged fails only its own part; Retry loads it under a fresh URL`, async ({
    page,
  }) => {
    const problems = watchPage(page);
    const { heal, asked } = await breakChunk(page, part.name, CODE_FAULTS.truncated);
    await page.goto(part.url);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(codeSays(part.name, 'truncated'));
    await expectFrame(page);
    if (part.name === 'ExploreControls') {
      // The card's chart and sources stay.
      await expectChart(page);
    }
    if (part.name === 'WorldMap' || part.name === 'FlowsChart') {
      // The UN view's panels stay.
      await expect(page.locator(UN_DRAWN).first()).toBeAttached({ timeout: 45_000 });
    }
    heal();
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.locator(part.drawn).first()).toBeAttached({ timeout: 45_000 });
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(asked.some((url) => /[?&]retry=\d/.test(url))).toBe(true);
    expect(problems).toEqual([]);
  });
}

test("a drawing's code that arrives truncated: Retry loads it afresh, not the broken module", async ({
  page,
}) => {
  const problems = watchPage(page);
  const { heal } = await breakChunk(page, 'LineChartView', CODE_FAULTS.truncated);
  await page.goto('./?view=dataset&id=remittances');
  const card = page.locator('[data-dataset="remittances"]');
  const alert = card.getByRole('alert');
  await expect(alert).toContainText('The code that draws this chart could not be loaded.');
  await expect(alert).toContainText(codeSays('LineChartView', 'truncated'));
  heal();
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(card.locator('.recharts-line-curve').first()).toBeVisible();
  await expect(card.getByRole('alert')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('offline with the page open: the view asked for says the reader is offline, and loads once back online', async ({
  page,
  context,
}) => {
  const problems = watchPage(page);
  await page.goto('./');
  await expect(page.locator('article.dataset-card[data-dataset]').first()).toBeVisible();
  // The app holds the written page (its controls are live): until then a link is a plain link,
  // and offline it would lead to the browser's own error page.
  await expect(page.getByLabel('Theme', { exact: true })).toBeEnabled();
  await context.setOffline(true);
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'Compare measures' })
    .click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    /You are offline, so assets\/ComparePage-[\w-]+\.js could not be fetched\. Retry once you are connected\./,
  );
  await expectFrame(page);
  await context.setOffline(false);
  await expect(page.locator(PARTS[0].drawn).first()).toBeAttached({ timeout: 45_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('code that never arrives: past the limit the view says so, and Retry asks for it afresh', async ({
  page,
}) => {
  const problems = watchPage(page);
  // The page's clock runs past the 30 s limit; the held request is never answered.
  await page.clock.install();
  let hold = true;
  let asked = () => {};
  const chunkAsked = new Promise<void>((resolve) => (asked = resolve));
  await page.route(chunkUrl('UnStockPage'), (route) => {
    asked();
    return hold ? undefined : route.fallback();
  });
  await page.goto('./?view=un');
  await expect(page.getByRole('status').filter({ hasText: 'Loading the view' })).toBeVisible();
  await chunkAsked;
  await page.clock.runFor(31_000);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    /assets\/UnStockPage-[\w-]+\.js did not arrive within 30 seconds\./,
  );
  await expectFrame(page);
  hold = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await page.clock.runFor(5_000);
  await expect(page.locator(UN_DRAWN).first()).toBeAttached({ timeout: 45_000 });
  expect(problems).toEqual([]);
});

test('a Russian catalogue that fails: the page stays whole in English, says so, and Retry shows it in Russian', async ({
  page,
}) => {
  const problems = watchPage(page);
  const { heal } = await breakChunk(page, 'messages.ru', CODE_FAULTS['500']);
  await page.goto('./?lang=ru');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    /Русский: the interface could not be loaded, so the page is shown in English\. assets\/messages\.ru-[\w-]+\.js could not be fetched \(HTTP 500\)\./,
  );
  await expectFrame(page);
  heal();
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Трудовая миграция из Центральной Азии',
  );
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test("a redeploy under a Russian reader's open page is told in Russian", async ({ page }) => {
  const problems = watchPage(page);
  await breakChunk(page, 'UnStockPage', CODE_FAULTS['404']);
  await page.goto('./?view=un&lang=ru');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Не удалось загрузить эту часть страницы.');
  await expect(alert).toContainText(
    /Сайт обновился после того, как эта страница была открыта, и файла assets\/UnStockPage-[\w-]+\.js больше нет\./,
  );
  await expect(alert.getByRole('button', { name: 'Перезагрузить страницу' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('the export code that does not arrive: the download says why, and the next click saves the file', async ({
  page,
}) => {
  const problems = watchPage(page);
  const { heal } = await breakChunk(page, 'downloadActions', CODE_FAULTS['500']);
  await page.goto(DATASET);
  const card = page.locator('[data-dataset="tajik-migrants-by-sex"]');
  await card.getByRole('tab', { name: 'Download', exact: true }).click();
  const csv = card.getByRole('button', { name: 'CSV of this view' });
  await csv.click();
  await expect(card.locator('.download-status')).toHaveText(
    /^The download failed: assets\/downloadActions-[\w-]+\.js could not be fetched \(HTTP 500\)\.$/,
  );
  heal();
  const [file] = await Promise.all([page.waitForEvent('download'), csv.click()]);
  expect(file.suggestedFilename()).toMatch(/^tajik-migrants-by-sex_.*\.csv$/);
  await expect(card.locator('.download-status')).toHaveText(/^Downloaded tajik-migrants-by-sex_/);
  expect(problems).toEqual([]);
});

test('the compare view says which dataset it still waits for, offers no download of a part, and names one that failed', async ({
  page,
}) => {
  // The Tajik table held back until the view has said it waits for it, however long that takes.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(FILES.arrow, async (route) => {
    await released;
    await route.fallback();
  });
  await page.goto('./?view=compare');
  const view = page.locator('article.compare');
  // Once every other table has come, the Tajik one alone is awaited.
  await expect(view.locator('p.loading[role="status"]')).toHaveText(
    'Loading Tajik labour migrants who went abroad, by sex…',
  );
  await expect(view).toHaveAttribute('aria-busy', 'true');
  // The other countries' figures are there, but no download of a view still missing some.
  await expect(view.locator('.compare-country').first()).toContainText('1,146,535');
  await expect(view.locator('.download-menu')).toHaveCount(0);
  release();
  await expect(view).toHaveAttribute('aria-busy', 'false');
  await expect(view.locator('.compare-country').nth(1)).toContainText('652,014');
  await expect(view.locator('.download-menu')).toHaveCount(1);

  // A table that cannot be had is named, and the rest of the view stands.
  await page.unrouteAll();
  await page.route(FILES.arrow, (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto('./?view=compare&lang=ru');
  await expect(view.getByRole('alert')).toHaveText(
    'Не показано, так как не удалось загрузить: Трудовые мигранты из Таджикистана, выехавшие за рубеж, по полу.',
  );
  await expect(view).toHaveAttribute('aria-busy', 'false');
  await expect(view.locator('.compare-country').first()).toContainText('1 146 535');
});
