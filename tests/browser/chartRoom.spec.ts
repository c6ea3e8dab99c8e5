import { expect, test, type Route } from '@playwright/test';

/**
 * A written page keeps its chart's room (src/ui/ChartRoom.tsx) until the chart draws, so the text
 * under the chart does not move when it does (issue 28; the browser performance spec saw the
 * dataset page's summary, source line and actions jump up 6 px). The page's take-over is held
 * back (its code is not answered) while the written page is measured, then let through, and the
 * same text measured again once the chart is drawn. The dataset drawn has one series: no legend
 * under its chart.
 */
test('the text under a written page’s chart stays where it was when the chart draws', async ({
  page,
}) => {
  let release: () => void = () => undefined;
  const asked = new Promise<void>((heldBack) => {
    void page.route('**/assets/takeOverPage-*.js', async (route: Route) => {
      heldBack();
      await new Promise<void>((go) => (release = go));
      await route.continue();
    });
  });
  await page.goto('datasets/tajik-migrants-by-destination/', { waitUntil: 'commit' });
  // The take-over's code is asked for as the page is parsed (a modulepreload link), which may be
  // before the style sheets are in: the written page is measured once it is parsed and styled,
  // as a reader first sees it.
  await asked;
  await page.waitForFunction(
    () =>
      document.readyState !== 'loading' &&
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every(
        (link) => link.sheet !== null,
      ),
  );
  const summary = page.locator('figcaption.chart-summary');
  const top = () => summary.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  await expect(page.locator('.chart-room')).toHaveCount(1);
  const before = await top();
  release();
  await page.locator('.recharts-bar-rectangle').first().waitFor();
  await expect(page.locator('.chart-room')).toHaveCount(0);
  expect(Math.abs((await top()) - before), 'px the summary moved').toBeLessThan(0.5);
});
