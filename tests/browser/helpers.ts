import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

export const SCREENSHOTS = 'tests/screenshots';

export async function screenshot(page: Page, name: string, fullPage = true) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage });
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

/**
 * Collects what must never happen on a page: uncaught errors, dialogs (an injected `alert`), and
 * CSP violations. Check `problems` at the end of a test.
 */
export function watchPage(page: Page) {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  return problems;
}

/** The page shows something: the app rendered, not a blank screen. */
export async function expectNotBlank(page: Page) {
  const text = await page.locator('#root').innerText();
  if (text.trim().length < 20) throw new Error(`blank page: "${text}"`);
}
