import { expect, test, type Page } from '@playwright/test';
import { createRequire } from 'node:module';

// axe-core, injected into the page: the accessibility engine most checkers use. The app's CSP
// rightly refuses an injected script, so these tests (only) let the test tool past it.
// Reduced motion: the charts are drawn at once (as for any reader who asks for less motion), so
// axe reads their final colours without waiting out an entry animation.
test.use({ bypassCSP: true, reducedMotion: 'reduce' });
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Every rule axe runs by default (WCAG A/AA and best practices such as heading order). */
async function violations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
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
  tab?: 'Table' | 'Sources' | 'Cite' | 'Download';
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
  {
    name: 'dataset cite tab',
    url: './?view=dataset&id=tajik-migrants-series',
    ready: '.recharts-surface',
    tab: 'Cite',
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

/** Every view in both themes and all three languages: 11 views × 6 = 66 runs of axe. */
const VARIANTS = (['light', 'dark'] as const).flatMap((theme) =>
  (['en', 'ru', 'uz'] as const).map((lang) => ({ theme, lang })),
);
type Variant = (typeof VARIANTS)[number];

/**
 * The same view in another theme and language, as the address says, without loading the page
 * again: the app reads the address on `popstate` (as on Back) and re-renders in place. Waits
 * until the language's messages have loaded and the theme is on the page.
 */
async function switchTo(page: Page, { theme, lang }: Variant) {
  await page.evaluate(
    ({ theme, lang }) => {
      const url = new URL(window.location.href);
      url.searchParams.set('theme', theme);
      url.searchParams.set('lang', lang);
      window.history.replaceState(window.history.state, '', url);
      window.dispatchEvent(new PopStateEvent('popstate'));
    },
    { theme, lang },
  );
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/** Tabs are named in the interface language: found by their place (Chart, Table, Sources…). */
async function openTab(page: Page, name: NonNullable<(typeof VIEWS)[number]['tab']>) {
  const order = ['Chart', 'Table', 'Sources', 'Cite', 'Download'];
  const tab = page
    .locator('article.dataset-card[data-dataset]')
    .first()
    .getByRole('tab')
    .nth(order.indexOf(name));
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

VIEWS.forEach((view, n) => {
  test(`axe finds no violations: ${view.name}, in light and dark, in en, ru and uz`, async ({
    page,
  }) => {
    // Each view is loaded once, each in another of the six variants (so every variant is also
    // met on a fresh load somewhere), then switched through the other five in place.
    const order = [
      ...VARIANTS.slice(n % VARIANTS.length),
      ...VARIANTS.slice(0, n % VARIANTS.length),
    ];
    const first = order[0]!;
    await page.goto(`${view.url}&theme=${first.theme}&lang=${first.lang}`);
    // The overview's cards draw as the reader comes near them.
    const drawn = async () => {
      if (view.name === 'overview') {
        await page.locator('article.dataset-card[data-dataset]').first().scrollIntoViewIfNeeded();
      }
      await page.locator(view.ready).first().waitFor();
    };
    await drawn();
    for (const variant of order) {
      if (variant !== first) await switchTo(page, variant);
      await drawn();
      if (view.tab) await openTab(page, view.tab);
      // The re-render has reached the screen.
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
      expect
        .soft(await violations(page), `${view.name}, ${variant.theme} theme, ${variant.lang}`)
        .toEqual([]);
    }
  });
});
