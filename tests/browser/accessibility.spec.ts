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

test('the overview has no serious accessibility violations', async ({ page }) => {
  await page.goto('./');
  await waitForCards(page, datasets);
  expect(await seriousViolations(page)).toEqual([]);
});

test('the dataset view with its controls has no serious accessibility violations', async ({
  page,
}) => {
  await page.goto('./?view=dataset&id=tajik-migrants-series&events=1');
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the UN view has no serious accessibility violations', async ({ page }) => {
  await page.goto('./?view=un');
  await expect(page.locator('table.data-table tbody tr').first()).toBeVisible({ timeout: 30_000 });
  expect(await seriousViolations(page)).toEqual([]);
});
