import { expect, test } from '@playwright/test';
import { dashboardViews, openView } from './helpers';

/** Phone, large phone, tablet, desktop. */
const WIDTHS = [320, 390, 768, 1280];

// Nothing may make the page itself scroll sideways: wide tables and the agreements matrix scroll
// inside their own labelled region, long addresses wrap, charts take their container's width.
for (const view of dashboardViews) {
  test(`${view.name}: no sideways scrolling at ${WIDTHS.join(', ')} px`, async ({ page }) => {
    await page.setViewportSize({ width: WIDTHS[0]!, height: 800 });
    await openView(page, view);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      // Charts resize on the next frames (ResizeObserver): measure once they have.
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 150))),
      );
      const overflow = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const wide = [...document.querySelectorAll('body *')]
          .filter((e) => e.getBoundingClientRect().right > width + 1)
          .slice(0, 3)
          .map((e) => `${e.tagName.toLowerCase()}.${String(e.className)}`);
        return { scroll: document.documentElement.scrollWidth, wide };
      });
      expect(
        overflow.scroll,
        `${view.name} at ${width}px: ${overflow.wide.join(', ')}`,
      ).toBeLessThanOrEqual(width);
    }
  });
}

test('a wide table scrolls inside its own labelled, focusable region on a phone', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('./?view=dataset&id=agreement-parties');
  const region = page.getByRole('region', { name: /agreement/i }).first();
  await expect(region).toBeVisible();
  await expect(region).toHaveAttribute('tabindex', '0');
  const { scroll, client } = await region.evaluate((r) => ({
    scroll: r.scrollWidth,
    client: r.clientWidth,
  }));
  expect(scroll).toBeGreaterThan(client);
  // The keyboard scrolls it.
  await region.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((r) => r.scrollLeft)).toBeGreaterThan(0);
});

test('filters fold into a disclosure on a phone and open with the keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('./?view=dataset&id=tajik-migrants-series');
  const disclosure = page.locator('details.filters-disclosure');
  await expect(disclosure).not.toHaveAttribute('open');
  await expect(page.getByRole('group', { name: /Sex/ })).toBeHidden();
  await disclosure.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(disclosure).toHaveAttribute('open');
  await expect(page.getByRole('group', { name: /Sex/ }).first()).toBeVisible();
  // On a desktop they start open.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.reload();
  await expect(page.locator('details.filters-disclosure')).toHaveAttribute('open');
});
