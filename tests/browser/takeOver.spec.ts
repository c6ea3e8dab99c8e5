import { expect, test } from '@playwright/test';
import { watchPage } from './helpers';

/**
 * A page written at build carries, or asks for in its HTML, everything taking it over needs: the
 * app's code and every chunk the take-over loads are in its <link rel="modulepreload"> tags, and
 * a dataset's or the UN page's metadata is in its page data, so nothing waits for the catalogue
 * (data/index.json, every dataset's metadata) or for chunks asked for in rounds after the entry.
 * Here every script its HTML does not list, and every data file, is held unanswered: the page must
 * still be taken over and draw its chart (src/build/prerenderPages.ts, src/build/renderPage.tsx).
 */

/** A drawn chart's mark: a bar or a line. */
const CHART = '.recharts-bar-rectangle, .recharts-line-curve';

for (const path of ['datasets/tajik-migrants-by-destination/', 'un/', 'ru/datasets/remittances/']) {
  test(`${path} is taken over and draws its chart with only what its HTML lists`, async ({
    page,
    request,
    baseURL,
  }) => {
    const problems = watchPage(page);
    const address = new URL(path, baseURL).href;
    const html = await (await request.get(address)).text();
    const listed = new Set(
      [...html.matchAll(/<link rel="modulepreload"[^>]*href="([^"]+)"/g)].map(
        ([, href]) => new URL(href!, address).href,
      ),
    );
    expect(html).not.toContain('data/index.json');
    await page.route('**/*', (route) => {
      const url = route.request().url().split('?')[0]!;
      const script = url.endsWith('.js') && !listed.has(url);
      // Never answered: a page that waits for it is never taken over.
      if (!script && !url.includes('/data/')) return route.continue();
    });
    await page.goto(address);
    // Taken over: its controls are live (disabled until React holds the page).
    await expect(page.locator('fieldset.page-live:not([disabled])')).toHaveCount(1);
    await expect(page.locator('header select').first()).toBeEnabled();
    await expect(page.locator(CHART).first()).toBeVisible();
    expect(problems).toEqual([]);
  });
}
