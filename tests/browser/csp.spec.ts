import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { expectNotBlank, openTab, screenshot, waitForCards, watchPage } from './helpers';

/**
 * The built page carries a Content Security Policy with no 'unsafe-eval' and no 'unsafe-inline'
 * for scripts. Every view, chart type and download runs under it here, and any violation (a
 * `Function` or `eval`, an inline script, a blocked worker or image) fails the test.
 */

const metas = readdirSync('data')
  .filter((f) => f.endsWith('.meta.json'))
  .map((f) => JSON.parse(readFileSync(`data/${f}`, 'utf8')) as { id: string });

async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

test('the built page ships the policy: no unsafe-eval, no unsafe-inline scripts', async ({
  page,
}) => {
  await page.goto('./');
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-eval');
  expect(policy).not.toContain('unsafe-inline');
});

test('every view under the policy: overview, each dataset in each chart type, UN, compare, embeds, downloads', async ({
  page,
}) => {
  const problems = watchPage(page);
  await recordViolations(page);
  await page.goto('./');
  await waitForCards(page, metas.length);
  await expect(page.getByRole('alert')).toHaveCount(0);
  let views = 1;

  for (const { id } of metas) {
    await page.goto(`./?view=dataset&id=${id}`);
    const card = page.locator(`[data-dataset="${id}"]`);
    await expect(
      card.locator('.recharts-surface, .figures, .timeline, .matrix, table').first(),
    ).toBeVisible();
    // The controls load on their own (a lazy chunk): wait for them before reading the choices.
    await expect(card.locator('.explore-controls')).toBeAttached();
    const chartType = page.getByLabel('Chart type');
    const types =
      (await chartType.count()) > 0
        ? await chartType
            .locator('option')
            .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))
        : [];
    for (const type of types) {
      await chartType.selectOption(type);
      await expect(
        card.locator('.recharts-surface, .figures, .timeline, .matrix, table').first(),
      ).toBeVisible();
      views++;
    }
    await expectNotBlank(page);
  }

  // Share of a stated total, sorting, events on the axis, another source for the line.
  for (const url of [
    './?view=dataset&id=tajik-migrants-by-sex&measure=share&sort=value',
    './?view=dataset&id=tajik-migrants-series&chart=line&events=1',
    './?view=dataset&id=tajik-migrants-series&source=TJ_KHOVAR_20210212',
    './?view=un&country=TJK&vs=KGZ&measure=share',
    './?view=un&dir=destination&country=RUS&vsyear=1990&top=20',
    './?view=compare',
    './?view=dataset&id=tajik-migrants-by-sex&sex=total~female&embed=1',
    './?view=dataset&id=unemployment&embed=1',
  ]) {
    await page.goto(url);
    await expect(page.locator('.recharts-surface, .figures, table').first()).toBeVisible();
    await expectNotBlank(page);
    views++;
  }

  // Every download, drawn and written under the policy.
  await page.goto('./?view=dataset&id=tajik-migrants-by-sex');
  await openTab(page.locator('[data-dataset="tajik-migrants-by-sex"]'), 'Download');
  for (const name of [
    'CSV of this view',
    'Excel (.xlsx) of this view',
    'Full dataset (CSV)',
    'Full dataset (Excel .xlsx)',
    /Data package/,
    'Chart as PNG',
    'Chart as SVG',
  ]) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name }).first().click(),
    ]);
    expect(await download.path()).toBeTruthy();
  }
  await screenshot(page, 'csp-dataset-view', false);

  expect(await violations(page)).toEqual([]);
  expect(problems).toEqual([]);
  expect(views).toBeGreaterThan(30);
});
