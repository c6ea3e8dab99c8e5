import { expect, test } from '@playwright/test';
import { byDeclaredOrder } from '../../src/data/datasetOrder';
import { formatNumber } from '../../src/i18n/format';
import type { PageData } from '../../src/sources/pageData';
import { fileSystemSource } from '../support/fileSystemSource';
import { viewAt } from '../support/viewAt';
import { watchPage } from './helpers';

/**
 * The overview written at build carries the rows of the card its first screen shows, no more: a
 * card further down is readable in its written HTML (its first rows, figures and citations) and
 * is taken over, with its rows loaded then, when the reader comes to it (ReachedCard).
 */

const source = fileSystemSource();
const files = await source.listDatasets();
const cards = (
  await Promise.all(files.map(async (file) => ({ file, meta: await source.loadMetadata(file) })))
)
  .sort(byDeclaredOrder)
  .map(({ meta }) => meta.id);
// A bar chart far below the first screen (the 77,000-row UN table).
const FAR = 'un-migrant-stock-2019';
const far = await viewAt(`?view=dataset&id=${FAR}`, 'en');
const farFigures = far.slice.observations
  .slice(0, 8)
  .flatMap((o) => (typeof o.value === 'number' ? [formatNumber(o.value, 'en')] : []));

test('the overview carries the first card’s rows alone; a card further down shows its first rows and citations without JavaScript', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('./');
  const data = JSON.parse((await page.locator('#page-data').textContent())!) as PageData;
  const carried = data.queries.queries.filter((q) => q.queryKey[0] === 'view');
  expect(carried.map((q) => q.queryKey[1])).toEqual([cards[0]]);

  const card = page.locator(`article[data-dataset="${FAR}"]`);
  expect(cards.indexOf(FAR)).toBeGreaterThan(3);
  await expect(card.getByRole('heading', { level: 2 })).toHaveText(far.meta.title);
  await expect(card.locator('table tbody tr')).toHaveCount(8);
  expect(farFigures.length).toBeGreaterThan(0);
  for (const figure of farFigures) await expect(card.locator('table tbody')).toContainText(figure);
  await expect(card).toContainText(far.slice.sources[0]!.citation);
  await expect(card.getByRole('link', { name: /^Rows 1–8 of / })).toHaveText(
    new RegExp(`of ${formatNumber(far.slice.observations.length, 'en')}:`),
  );
  await context.close();
});

test('a card further down is taken over when the reader comes to it: its rows load then, it draws, and its written HTML stays', async ({
  page,
}) => {
  const reported: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning' || /hydrat|mismatch/i.test(m.text())) {
      reported.push(`${m.type()}: ${m.text()}`);
    }
  });
  const problems = watchPage(page);
  const asked: string[] = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname.split('/').pop()!));
  // The far card as written, marked before the app runs.
  await page.addInitScript((id) => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { written: Element | null }).written = document.querySelector(
        `article[data-dataset="${id}"]`,
      );
    });
  }, FAR);
  await page.goto('./');
  await page.waitForFunction(() =>
    Object.keys(document.getElementById('root')!).some((k) => k.startsWith('__reactContainer')),
  );
  await expect(page.locator('fieldset.page-live:not([disabled])')).toHaveCount(1);
  const card = page.locator(`article[data-dataset="${FAR}"]`);
  // Far below the first screen: its written first rows, not yet its chart nor its file.
  await expect(card.locator('table tbody tr')).toHaveCount(8);
  await expect(card.locator('.recharts-surface')).toHaveCount(0);
  expect(asked).not.toContain(`${FAR}.arrow.gz`);

  await card.scrollIntoViewIfNeeded();
  await expect(card.locator('.recharts-bar-rectangle').first()).toBeVisible();
  // Its whole table, once drawn; its rows came from its own file, asked for on the way.
  await expect(card.locator('table tbody tr')).toHaveCount(far.slice.observations.length);
  expect(asked).toContain(`${FAR}.arrow.gz`);
  const kept = await page.evaluate(() => {
    const written = (window as unknown as { written: Element | null }).written;
    return written !== null && document.contains(written);
  });
  expect(kept, 'the card’s written HTML was taken over, not thrown away').toBe(true);
  expect(reported).toEqual([]);
  expect(problems).toEqual([]);
});
