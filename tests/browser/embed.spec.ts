import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openTab, screenshot, openHostPage, watchPage } from './helpers';

test('a presenter copies the snippet; the host page shows the chart with its filters and source, sized to fit', async ({
  page,
  context,
  baseURL,
}) => {
  await page.goto('./?view=dataset&id=tajik-migrants-by-sex&sex=total~female');
  await openTab(page.locator('[data-dataset="tajik-migrants-by-sex"]'), 'Embed');
  const snippet = await page.getByLabel(/Paste this into your page/).inputValue();
  expect(snippet).toContain('embed=1');
  expect(snippet).toContain('sex=total~female');

  const { host, close } = await openHostPage(
    context,
    `${snippet}<p id="after">After the chart</p>`,
  );
  const frame = host.frameLocator('iframe');
  await expect(frame.locator('.recharts-bar-rectangle')).toHaveCount(3);
  await expect(frame.locator('.source-line')).toContainText('Source: Asia-Plus (2024)');
  // The embed says what it draws: the filter and the years, from the same chart model.
  await expect(frame.locator('.drawn')).toHaveText('Sex: Total, Women · 2022–2023');
  await expect(frame.locator('.site-header')).toHaveCount(0);
  // The chart sets the iframe's height to its content (the snippet starts it at 480 px).
  await expect
    .poll(async () =>
      Number(
        (await host.locator('iframe').evaluate((f) => f.getBoundingClientRect().height)).toFixed(0),
      ),
    )
    .toBeGreaterThan(480);
  const contentHeight = await frame
    .locator('html')
    .evaluate((h) => Math.ceil(h.getBoundingClientRect().height));
  const iframeHeight = await host
    .locator('iframe')
    .evaluate((f) => Math.round(f.getBoundingClientRect().height));
  expect(Math.abs(iframeHeight - contentHeight)).toBeLessThanOrEqual(2);
  // Its source links lead to the full citation on the dashboard, in a new tab.
  const link = frame.locator('.source-line a').first();
  await expect(link).toHaveAttribute('target', '_blank');
  expect(await link.getAttribute('href')).toMatch(
    new RegExp(`^${baseURL}\\?view=dataset&id=tajik-migrants-by-sex.*#source-`),
  );
  await screenshot(host, 'embed-host');

  // Downloads work inside the embed, in the card's Download tab.
  await frame.getByRole('tab', { name: 'Download' }).click();
  const [file] = await Promise.all([
    host.waitForEvent('download'),
    frame.getByRole('button', { name: 'CSV of this view' }).click(),
  ]);
  const csv = readFileSync(await file.path(), 'utf8');
  expect(csv).toContain('97210');
  expect(csv).not.toContain('554804');
  close();
});

for (const view of [
  { name: 'the overview', url: './?embed=1', full: '' },
  { name: 'Sources', url: './?view=sources&embed=1', full: '?view=sources' },
]) {
  test(`embed=1 on ${view.name}, not an embed: says so with a link to the full page, not the whole dashboard`, async ({
    page,
    baseURL,
  }) => {
    const problems = watchPage(page);
    await page.goto(view.url);
    await expect(page.getByRole('status')).toHaveText(
      'This view is not offered as an embed: only a dataset’s chart, the UN migrant stock view and the comparison are.',
    );
    const link = page.getByRole('link', { name: 'Open in the dashboard' });
    await expect(link).toHaveAttribute('href', `${baseURL}${view.full}`);
    await expect(page.locator('.site-header')).toHaveCount(0);
    await expect(page.locator('article.dataset-card, .sources-dataset')).toHaveCount(0);
    expect(problems).toEqual([]);
  });
}

const EMBED = '?view=dataset&id=tajik-migrants-by-sex&embed=1';
const frameOf = (url: string, sandbox: string) =>
  `<iframe sandbox="${sandbox}" src="${url}" title="Chart" style="width: 100%; height: 480px; border: 0"></iframe>`;

test('a sandboxed embed with the permissions the README gives shows its chart', async ({
  context,
  baseURL,
}) => {
  const { host, close } = await openHostPage(
    context,
    frameOf(
      `${baseURL}${EMBED}`,
      'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads',
    ),
  );
  const frame = host.frameLocator('iframe');
  await expect(frame.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(frame.locator('.source-line')).toContainText('Source: Asia-Plus (2024)');
  close();
});

test('sandbox="allow-scripts" alone: the scripts are refused without CORS headers, and load with them', async ({
  context,
  baseURL,
}) => {
  // Without CORS headers: the framed page's module script is a cross-origin request from an
  // opaque origin, which the browser blocks.
  const blocked = await openHostPage(context, '');
  const refused = blocked.host.waitForEvent('console', (m) => /CORS policy/.test(m.text()));
  await blocked.host.setContent(frameOf(`${baseURL}${EMBED}`, 'allow-scripts'));
  await refused;
  await expect(blocked.host.frameLocator('iframe').locator('#root')).toBeEmpty();
  blocked.close();

  // With `Access-Control-Allow-Origin: *` on the site's files, the same iframe draws.
  await context.route(`${baseURL}**`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'access-control-allow-origin': '*' },
    });
  });
  const allowed = await openHostPage(context, frameOf(`${baseURL}${EMBED}`, 'allow-scripts'));
  await expect(
    allowed.host.frameLocator('iframe').locator('.recharts-bar-rectangle').first(),
  ).toBeVisible();
  allowed.close();
});
