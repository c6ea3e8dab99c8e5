import { expect, test } from '@playwright/test';
import { hostileUrls } from '../fixtures/bad-input/hostileUrls';
import { expectNotBlank, injectedMarkup, watchPage } from './helpers';

test(`${hostileUrls.length} hostile addresses: a working page each, no script run, every dropped parameter named`, async ({
  page,
}) => {
  const problems = watchPage(page);
  for (const { url, named, shows } of hostileUrls) {
    await page.goto(url);
    await expect(page.locator('h1, h2').first(), url).toBeVisible();
    if (named) await expect(page.locator('.notice[role="status"]'), url).toContainText(named);
    if (shows) await expect(page.getByText(shows), url).toBeVisible();
    expect(await injectedMarkup(page), url).toEqual([]);
    await expectNotBlank(page);
  }
  expect(problems).toEqual([]);
});
