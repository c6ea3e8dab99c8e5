import { expect, test, type Page } from '@playwright/test';
import { createRequire } from 'node:module';

// axe-core, injected into the page: the accessibility engine most checkers use. The app's CSP
// rightly refuses an injected script, so these tests (only) let the test tool past it.
test.use({ bypassCSP: true });
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Every rule axe runs by default (WCAG A/AA and best practices such as heading order). */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const found = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    return (await axe.run(document)).violations;
  });
  return found.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} (${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(', ')})`,
  );
}

/** One view of each kind, with the card tab to open before checking (tables live in a tab). */
const VIEWS: {
  name: string;
  url: string;
  ready: string;
  tab?: 'Table' | 'Sources' | 'Download';
}[] = [
  { name: 'overview', url: './?', ready: 'article.dataset-card[data-dataset] .recharts-surface' },
  {
    name: 'dataset view with events',
    url: './?view=dataset&id=tajik-migrants-series&events=1',
    ready: '.recharts-surface',
  },
  {
    name: 'dataset table tab',
    url: './?view=dataset&id=tajik-migrants-by-sex',
    ready: '.recharts-surface',
    tab: 'Table',
  },
  {
    name: 'dataset sources tab',
    url: './?view=dataset&id=remittances',
    ready: '.recharts-surface',
    tab: 'Sources',
  },
  { name: 'matrix', url: './?view=dataset&id=agreement-parties', ready: '.matrix' },
  { name: 'UN bars', url: './?view=un', ready: '.un-panel table.data-table tbody tr' },
  { name: 'UN map', url: './?view=un&show=map', ready: '.world-map .map-country' },
  { name: 'UN flows', url: './?view=un&show=flows', ready: '.flows .recharts-surface' },
  { name: 'compare', url: './?view=compare', ready: '.compare-country table.data-table tbody tr' },
  { name: 'sources', url: './?view=sources', ready: '.sources-dataset .citation' },
  {
    name: 'embed',
    url: './?view=dataset&id=tajik-migrants-by-sex&embed=1',
    ready: '.recharts-surface',
  },
];

/**
 * The variants each view is checked in: both themes in English, and each other language in one
 * theme (Russian dark, Uzbek light), so every language and every theme is met on every view
 * without running the whole product of the three (66 runs of axe) in every CI run.
 */
const VARIANTS: { theme: 'light' | 'dark'; lang: 'en' | 'ru' | 'uz' }[] = [
  { theme: 'light', lang: 'en' },
  { theme: 'dark', lang: 'en' },
  { theme: 'dark', lang: 'ru' },
  { theme: 'light', lang: 'uz' },
];

for (const { theme, lang } of VARIANTS) {
  for (const view of VIEWS) {
    test(`axe finds no violations: ${view.name}, ${theme} theme, ${lang}`, async ({ page }) => {
      // The overview draws thirteen charts, the UN views parse a 77k-row table: on a busy machine
      // that, and axe over the result, can take longer than the default.
      test.setTimeout(120_000);
      await page.goto(`${view.url}&theme=${theme}&lang=${lang}`);
      await page.locator(view.ready).first().waitFor({ timeout: 45_000 });
      if (view.tab) {
        // Tabs are named in the interface language: found by their place (Chart, Table, Sources…).
        const order = ['Chart', 'Table', 'Sources', 'Download'];
        const tab = page
          .locator('article.dataset-card[data-dataset]')
          .first()
          .getByRole('tab')
          .nth(order.indexOf(view.tab));
        await tab.click();
        await expect(tab).toHaveAttribute('aria-selected', 'true');
      }
      // Let charts finish their entry animation: axe reads colours as drawn.
      await page.waitForTimeout(1600);
      expect(await violations(page)).toEqual([]);
    });
  }
}
