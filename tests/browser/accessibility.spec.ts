import { expect, test, type Page } from '@playwright/test';
import { createRequire } from 'node:module';
import { waitForCards } from './helpers';
import { readdirSync } from 'node:fs';

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

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    return (await axe.run(document)).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')})`,
    );
}

const datasets = readdirSync('data').filter((f) => f.endsWith('.meta.json')).length;

/** Each view, and what shows it is drawn. */
const VIEWS: { name: string; address: string; ready: (page: Page) => Promise<unknown> }[] = [
  { name: 'the overview', address: './', ready: (page) => waitForCards(page, datasets) },
  {
    name: 'the dataset view with its controls',
    address: './?view=dataset&id=tajik-migrants-series&events=1',
    ready: (page) =>
      expect(page.locator('.recharts-surface').first()).toBeVisible({ timeout: 30_000 }),
  },
  {
    name: 'the UN view',
    address: './?view=un',
    ready: (page) =>
      expect(page.locator('table.data-table tbody tr').first()).toBeVisible({ timeout: 30_000 }),
  },
];

/**
 * The variants each view is checked in: every interface language. Another dimension (a theme)
 * is one more loop here, its parameters joined to the address.
 */
const VARIANTS: { name: string; params: Record<string, string> }[] = ['en', 'ru', 'uz'].map(
  (lang) => ({ name: lang, params: { lang } }),
);

function withParams(address: string, params: Record<string, string>): string {
  const query = new URLSearchParams(params).toString();
  return `${address}${address.includes('?') ? '&' : '?'}${query}`;
}

for (const view of VIEWS) {
  for (const variant of VARIANTS) {
    test(`${view.name} (${variant.name}) has no serious accessibility violations`, async ({
      page,
    }) => {
      await page.goto(withParams(view.address, variant.params));
      await view.ready(page);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
}
