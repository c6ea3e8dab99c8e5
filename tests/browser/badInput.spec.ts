import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { brokenDatasets } from '../fixtures/bad-input/brokenDatasets';
import { expectNotBlank, screenshot, waitForCards, watchPage } from './helpers';

const real = readdirSync('data').filter((f) => f.endsWith('.meta.json'));

test(`${brokenDatasets.length} broken datasets served beside the real ones: each card names file, row and column; every real dataset still renders`, async ({
  page,
}) => {
  test.setTimeout(120_000);
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
    await expect(card.getByRole('alert').locator('p'), broken.what).toHaveText(broken.expected, {
      timeout: 20_000,
    });
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
