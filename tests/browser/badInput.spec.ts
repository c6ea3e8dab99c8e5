import { expect, test, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { brokenDatasets } from '../fixtures/bad-input/brokenDatasets';
import { expectNotBlank, screenshot, waitForCards, watchPage } from './helpers';

const real = readdirSync('data').filter((f) => f.endsWith('.meta.json'));

test(`${brokenDatasets.length} broken datasets served beside the real ones: each card names file, row and column; every real dataset still renders`, async ({
  page,
}) => {
  const problems = watchPage(page);
  const files = new Map<string, string>();
  for (const broken of brokenDatasets) {
    files.set(`${broken.id}.meta.json`, broken.meta);
    files.set(`${broken.id}.csv`, broken.csv);
  }
  await page.route('**/data/index.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        datasets: [...real, ...brokenDatasets.map((b) => `${b.id}.meta.json`)],
      }),
    }),
  );
  await page.route(/\/data\/bad-[a-z0-9-]+\.(csv|meta\.json)$/, (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop()!;
    return route.fulfill({ contentType: 'text/plain; charset=utf-8', body: files.get(name) ?? '' });
  });
  await page.goto('./');
  await waitForCards(page, real.length);
  for (const broken of brokenDatasets) {
    const card = page.locator(
      `[data-dataset="${broken.id}"], [data-file="${broken.id}.meta.json"]`,
    );
    // A card's rows (and so a CSV's errors) are read as the reader scrolls to it.
    await card.scrollIntoViewIfNeeded();
    await expect(card.getByRole('alert').locator('p'), broken.what).toHaveText(broken.expected);
  }
  for (const file of real) {
    const id = file.replace('.meta.json', '');
    await page.locator(`[data-dataset="${id}"]`).scrollIntoViewIfNeeded();
    await expect(
      page
        .locator(`[data-dataset="${id}"]`)
        .locator('.recharts-surface, .figures, .timeline, .matrix')
        .first(),
    ).toBeVisible();
  }
  await expect(page.getByRole('alert')).toHaveCount(brokenDatasets.length);
  await expectNotBlank(page);
  await screenshot(page, 'bad-input-corpus');
  expect(problems).toEqual([]);
});

/**
 * Built files that arrive damaged: each is checked against the catalogue when decoded, so the
 * card or view names the file that is wrong, and Retry fetches it again past the cache.
 */
type Damage = (arrow: Uint8Array) => Uint8Array;
const DAMAGE: Record<string, Damage> = {
  'random bytes': (arrow) => {
    const bytes = new Uint8Array(arrow.length);
    let x = 20261207;
    for (let i = 0; i < bytes.length; i++) {
      bytes[i] = (x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 24;
    }
    return bytes;
  },
  garbage: (arrow) => {
    const bytes = arrow.slice();
    bytes.fill(0x7a, Math.floor(bytes.length / 2), Math.floor(bytes.length / 2) + 16);
    return bytes;
  },
  'a truncated file': (arrow) => arrow.slice(0, Math.floor(arrow.length / 3)),
};

/** Serves `pattern` damaged (unpacked, as a host that sets Content-Encoding would) until healed. */
async function damage(page: Page, pattern: string, change: Damage) {
  let broken = true;
  await page.route(pattern, async (route) => {
    if (!broken) return route.fallback();
    const real = await route.fetch();
    // The preview server may already have unpacked it (Content-Encoding: gzip).
    const bytes = await real.body();
    const arrow = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
    const body = Buffer.from(change(arrow));
    return route.fulfill({ status: 200, contentType: 'application/octet-stream', body });
  });
  return () => (broken = false);
}

/** The cache mode of every fetch the page makes, as `[url, mode]`. */
async function recordCacheModes(page: Page) {
  await page.addInitScript(() => {
    const modes: [string, string | undefined][] = [];
    (window as unknown as { cacheModes: typeof modes }).cacheModes = modes;
    const original = window.fetch.bind(window);
    window.fetch = (input, init) => {
      modes.push([String(input), init?.cache]);
      return original(input, init);
    };
  });
  return (file: string) =>
    page.evaluate(
      (name) =>
        (window as unknown as { cacheModes: [string, string | undefined][] }).cacheModes
          .filter(([url]) => url.endsWith(name))
          .map(([, mode]) => mode),
      file,
    );
}

for (const [what, change] of Object.entries(DAMAGE)) {
  test(`an Arrow file with ${what}: the view names the file, and Retry loads it again past the cache`, async ({
    page,
  }) => {
    const problems = watchPage(page);
    const file = 'data/tajik-migrants-by-sex.arrow.gz';
    const cacheModes = await recordCacheModes(page);
    const heal = await damage(page, `**/${file}`, change);
    await page.goto('./?view=dataset&id=tajik-migrants-by-sex');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(`${file}: is not the table the catalogue lists: `);
    await expectNotBlank(page);
    heal();
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(
      page.locator('[data-dataset="tajik-migrants-by-sex"] .recharts-bar-rectangle').first(),
    ).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    // Retry went to the server, past the copy the browser cached.
    expect(await cacheModes(file)).toEqual(['no-cache', 'reload']);
    expect(problems).toEqual([]);
  });
}

for (const what of ['garbage', 'a truncated file']) {
  test(`the UN totals file with ${what}: the UN view names that file, not the bilateral table`, async ({
    page,
  }) => {
    const problems = watchPage(page);
    // The UN's totals by destination (read in the worker with the table, in either direction).
    const file = 'data/un-ims2020-totals-by-destination.arrow.gz';
    const heal = await damage(page, `**/${file}`, DAMAGE[what]!);
    await page.goto('./?view=un');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(`${file}: is not the table the catalogue lists: `, {
      timeout: 30_000,
    });
    heal();
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(problems).toEqual([]);
  });
}
