import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

export const SCREENSHOTS = 'tests/screenshots';

export async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}

/** Waits until every dataset card has drawn its chart, figures or table. */
export async function waitForCards(page: Page, count: number) {
  await page
    .locator('article.dataset-card[data-dataset]')
    .nth(count - 1)
    .waitFor();
  await page.waitForFunction(
    (n) =>
      [...document.querySelectorAll('article.dataset-card[data-dataset]')].filter((card) =>
        card.querySelector('.recharts-surface, .figures, .timeline, .matrix, .error'),
      ).length >= n,
    count,
    { timeout: 30_000 },
  );
}
