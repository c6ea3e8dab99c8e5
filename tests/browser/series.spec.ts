import { expect, test } from '@playwright/test';
import type { Locator } from '@playwright/test';
import { openTab, screenshot } from './helpers';

/** The last label on a panel's first chart's value axis: where its scale ends. */
function lastValueTick(panel: Locator) {
  return panel
    .locator('figure')
    .first()
    .locator('.recharts-xAxis-tick-labels text')
    .last()
    .textContent();
}

test('the Tajik series shows 2020 twice, each figure with its own source', async ({ page }) => {
  await page.goto('./?view=dataset&id=tajik-migrants-series');
  const card = page.locator('[data-dataset="tajik-migrants-series"]');
  await expect(card.locator('.recharts-surface').first()).toBeVisible();
  await openTab(card, 'Table');
  const rows2020 = card.locator('table.data-table tbody tr', { hasText: /^2020/ });
  await expect(rows2020).toHaveCount(2);
  const withValue = (value: string) =>
    rows2020.filter({ has: page.locator('td.num', { hasText: new RegExp(`^${value}$`) }) });
  await expect(withValue('129,807')).toContainText('Khovar');
  await expect(withValue('111,000')).toContainText('TASS');
  // On the chart: the ministry's figure on the line, the President's as another source's mark.
  await expect(card.locator('.legend')).toContainText('another source’s figure');
  // Part-year figures are their own marks, with a qualifier kept: "> 411,000" for Jan–Sep 2019.
  await expect(card.locator('table.data-table')).toContainText('> 411,000');
  await openTab(card, 'Chart');
  await screenshot(page, 'tajik-series');

  // The user can let another source draw the line.
  await card.getByLabel('Which source draws the line').selectOption('TJ_TASS_20210126');
  await expect(card.locator('.legend')).toContainText('another source’s figure');
  await expect(page).toHaveURL(/source=TJ_TASS_20210126/);
});

test('unemployment shows the 2018 method break with its note', async ({ page }) => {
  await page.goto('./?view=dataset&id=unemployment&country=UZB');
  const card = page.locator('[data-dataset="unemployment"]');
  await expect(card.locator('.break-note')).toContainText('2018');
  await expect(card.locator('.recharts-reference-line')).toHaveCount(1);
  await screenshot(page, 'unemployment-uzb');
});

test('the UN view reads 1,146,175 people born in Uzbekistan living in Russia in 2020', async ({
  page,
}) => {
  const started = Date.now();
  await page.goto('./?view=un');
  const row = page.locator('table.data-table tbody tr', { hasText: 'Russia' }).first();
  await expect(row).toContainText('1,146,175');
  console.log(`UN table (8,184 rows): page opened to figures shown in ${Date.now() - started} ms`);
  // Under the panel's heading (the summary under the chart says it too).
  await expect(
    page
      .getByRole('region', { name: 'Uzbekistan, 2020 (both sexes)', exact: true })
      .getByText('Total born in Uzbekistan living abroad, 2020 (both sexes): 2,027,823 (derived)'),
  ).toBeVisible();
  await expect(page.locator('table.data-table thead')).toContainText('(derived)');
  await screenshot(page, 'un-uzbekistan');

  // Who lives in Russia? The same table, the other way round.
  await page.getByLabel('Question', { exact: true }).selectOption('destination');
  const country = page.getByRole('combobox', { name: 'Country', exact: true });
  await country.fill('RUS');
  await country.press('Enter');
  await expect(page).toHaveURL(/dir=destination/);
  await expect(page.locator('table.data-table tbody tr', { hasText: 'Uzbekistan' })).toContainText(
    '1,146,175',
  );
});

test('the compare view labels each figure with what it counts', async ({ page }) => {
  await page.goto('./?view=compare');
  const uzbekistan = page.locator('table', { hasText: 'Uzbekistan' }).first();
  // The compare view reads the UN table too: allow for parsing it on a loaded machine.
  await expect(uzbekistan).toContainText('1,146,535');
  await expect(uzbekistan).toContainText('486,100');
  await expect(uzbekistan).toContainText('Flow: people who left during the period');
  await expect(uzbekistan).toContainText('1,146,535');
  await expect(uzbekistan).toContainText('Stock: people abroad on a date');
  await screenshot(page, 'compare');
});

test('two origins side by side on one scale: Uzbekistan and Tajikistan', async ({ page }) => {
  await page.goto('./?view=un&vs=TJK');
  const panels = page.locator('.un-panel');
  await expect(panels).toHaveCount(2);
  await expect(panels.nth(0)).toContainText('Uzbekistan');
  await expect(panels.nth(1)).toContainText('Tajikistan');
  await expect(panels.nth(0).locator('tbody tr').first()).toContainText('1,146,175');
  // One scale: both value axes end at the same tick.
  expect(await lastValueTick(panels.nth(0))).toBe(await lastValueTick(panels.nth(1)));
  await screenshot(page, 'un-side-by-side');
});

test('one origin in two years side by side: Uzbekistan 1990 and 2020', async ({ page }) => {
  await page.goto('./?view=un&year=2020&vsyear=1990');
  const panels = page.locator('.un-panel');
  await expect(panels).toHaveCount(2);
  await expect(panels.nth(0).locator('h3')).toHaveText('Uzbekistan, 2020 (both sexes)');
  await expect(panels.nth(1).locator('h3')).toHaveText('Uzbekistan, 1990 (both sexes)');
  await expect(panels.nth(0).locator('tbody tr').first()).toContainText('1,146,175');
  expect(await lastValueTick(panels.nth(0))).toBe(await lastValueTick(panels.nth(1)));
});
