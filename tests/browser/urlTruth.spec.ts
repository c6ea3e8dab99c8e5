import { expect, test } from '@playwright/test';
import { screenshot, watchPage } from './helpers';

/**
 * The address tells the truth: every parameter that is repeated, not offered by the dataset, out
 * of range or not in the data is named in the notice (in embeds too), and the controls show what
 * is drawn.
 */

const SERIES = './?view=dataset&id=tajik-migrants-series';

const CASES: { what: string; url: string; named: string[] }[] = [
  {
    what: 'a repeated key',
    url: './?view=dataset&id=tajik-migrants-by-sex&sex=female&sex=male',
    named: ['sex=male (repeated)'],
  },
  {
    what: 'a chart type the dataset does not offer',
    url: './?view=dataset&id=tajik-migrants-by-sex&chart=timeline',
    named: ['chart=timeline (not offered here)'],
  },
  {
    what: 'a time range outside the data',
    url: `${SERIES}&time=1990..1995`,
    named: ['time=1990..1995 (the data cover 2005–2024)'],
  },
  {
    what: 'a time range reaching past the data',
    url: `${SERIES}&time=2000..2030`,
    named: ['time=2000..2030 (the data cover 2005–2024)'],
  },
  {
    what: 'a filter value the data does not have',
    url: './?view=dataset&id=tajik-migrants-by-sex&sex=female~robots',
    named: ['sex=robots (not in the data)'],
  },
  {
    what: 'a source the dataset does not list',
    url: `${SERIES}&source=NOPE_2020`,
    named: ['source=NOPE_2020 (not in the data)'],
  },
  {
    what: 'a share of a dataset with no stated total, and sorting a line',
    url: './?view=dataset&id=uzbekistan-labour-market&measure=share&chart=table&sort=value',
    named: ['measure=share (not offered here)', 'sort=value (not offered here)'],
  },
];

test(`${CASES.length} addresses asking for what the data cannot give: each named in the notice, in embeds too`, async ({
  page,
}) => {
  const problems = watchPage(page);
  for (const embed of [false, true]) {
    for (const c of CASES) {
      await page.goto(`${c.url}${embed ? '&embed=1' : ''}`);
      const notice = page.locator('.notice[role="status"]');
      for (const named of c.named) await expect(notice, c.what).toContainText(named);
      await expect(notice).toHaveAttribute('aria-live', 'polite');
      if (embed) await expect(notice).toHaveClass(/notice-small/);
      await expect(page.locator('[data-dataset]').first()).toBeVisible();
    }
  }
  await screenshot(page, 'url-notice-embed', false);
  expect(problems).toEqual([]);
});

test('a time range outside the data: the year selects show the years drawn', async ({ page }) => {
  await page.goto(`${SERIES}&time=1990..1995&chart=line`);
  await expect(page.locator('.notice')).toContainText('time=1990..1995');
  // A range that misses the data is not applied: the whole series is drawn, and the selects say so.
  await expect(page.getByRole('combobox', { name: 'From' })).toHaveValue('2005');
  await expect(page.getByRole('combobox', { name: 'To' })).toHaveValue('2024');
  await screenshot(page, 'url-time-out-of-range', false);
});

test('a UN country not in the table is named in the view, nothing is drawn for it, and the address is kept', async ({
  page,
}) => {
  const problems = watchPage(page);
  await page.goto('./?view=un&country=ZZZ&vs=QQQ~TJK&top=37');
  // The address notice: what the address could not set at all.
  await expect(page.locator('.notice[role="status"]').first()).toContainText('top=37');
  // The view's notice: the countries asked for that the table cannot answer for.
  const notice = page.locator('article .notice[role="status"]');
  await expect(notice).toContainText('Not available in this table: ZZZ and QQQ.');
  await expect(page.getByLabel('Countries shown')).toHaveValue('10');
  // Tajikistan, which the table holds, is drawn; nothing stands in for the others.
  await expect(page.locator('.un-panel h3')).toHaveText(['Tajikistan, 2020 (both sexes)']);
  // Nothing was rewritten behind the reader's back: the address is the one opened.
  await expect(page).toHaveURL(/country=ZZZ&vs=QQQ~TJK&top=37$/);
  await screenshot(page, 'url-un-not-in-data', false);
  expect(problems).toEqual([]);
});
