import { expect, test, type Page } from '@playwright/test';
import { injectedMarkup, openTab, screenshot } from './helpers';

const TAJIK_BY_SEX = './?view=dataset&id=tajik-migrants-by-sex';

/** The rows of the table on screen: the card's Table tab must be open (or the chart a table). */
function tableRows(page: Page) {
  return page.locator('[data-dataset] table.data-table tbody tr').filter({ visible: true });
}

/** Opens the card's Table tab. */
async function showTable(page: Page) {
  await openTab(page.locator('article.dataset-card[data-dataset]').first(), 'Table');
}

test('filters with the mouse change chart, table and URL; reload and back restore the view', async ({
  page,
}) => {
  await page.goto(TAJIK_BY_SEX);
  await showTable(page);
  await expect(tableRows(page)).toHaveCount(4);
  await page.getByRole('checkbox', { name: 'Men', exact: true }).uncheck();
  await page.getByRole('checkbox', { name: 'Total', exact: true }).uncheck();
  await expect(page).toHaveURL(/sex=female/);
  await expect(tableRows(page)).toHaveCount(1);
  await expect(tableRows(page).first()).toContainText('97,210');
  await expect(page.locator('.recharts-bar-rectangle')).toHaveCount(1);

  await page.reload();
  await showTable(page);
  await expect(tableRows(page)).toHaveCount(1);
  await expect(page.getByRole('checkbox', { name: 'Women', exact: true })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Men', exact: true })).not.toBeChecked();

  await page.goBack();
  await expect(page).toHaveURL(/sex=total~female/);
  await showTable(page);
  await expect(tableRows(page)).toHaveCount(3);
  await page.goBack();
  await showTable(page);
  await expect(tableRows(page)).toHaveCount(4);
});

test('filters and chart type work from the keyboard alone', async ({ page }) => {
  await page.goto(TAJIK_BY_SEX);
  await showTable(page);
  await expect(tableRows(page)).toHaveCount(4);
  const clear = page.locator('fieldset', { hasText: 'Sex' }).getByRole('button', { name: 'Clear' });
  await clear.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.empty')).toContainText('nothing is selected for Sex');
  // Tab to the "Women" checkbox and tick it with the space bar.
  await page.keyboard.press('Tab'); // Total
  await page.keyboard.press('Tab'); // Men
  await page.keyboard.press('Tab'); // Women
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/sex=female/);
  await expect(tableRows(page)).toHaveCount(1);
  const chartType = page.getByLabel('Chart type');
  await chartType.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/chart=/);
});

test('a copied URL opens the same view in a new page', async ({ page, context }) => {
  await page.goto(
    './?view=dataset&id=tajik-migrants-series&sex=total~female&time=2011..2023&chart=table',
  );
  await expect(tableRows(page).first()).toBeVisible();
  const rows = await tableRows(page).allTextContents();
  expect(rows.length).toBeGreaterThan(5);
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(tableRows(other)).toHaveCount(rows.length);
  expect(await tableRows(other).allTextContents()).toEqual(rows);
});

test('share of the stated total is derived and labelled so; year-on-year change is derived', async ({
  page,
}) => {
  await page.goto(`${TAJIK_BY_SEX}&measure=share&sex=female`);
  await showTable(page);
  await expect(tableRows(page)).toHaveCount(1);
  await expect(tableRows(page).first()).toContainText('14.9 (derived)');
  await expect(tableRows(page).first()).toContainText('% of Total (derived)');
  await page.goto(`${TAJIK_BY_SEX}&sex=total`);
  await showTable(page);
  const row2023 = tableRows(page).filter({ hasText: /^2023/ });
  await expect(row2023).toContainText('-123,564');
  await expect(row2023).toContainText('-15.9 %');
  await expect(page.locator('table.data-table thead')).toContainText(
    'Change on previous year (derived)',
  );
});

test('a hostile URL renders a working page and says what it ignored', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  const hostile =
    './?view=dataset&id=tajik-migrants-by-sex&sex=<script>alert(1)</script>&destination=RUS' +
    `&time=1..99999999999&chart=<img src=x onerror=alert(2)>&zzz=${'x'.repeat(3000)}&sex2="><svg onload=alert(3)>`;
  await page.goto(hostile);
  await showTable(page);
  await expect(tableRows(page)).toHaveCount(4);
  await expect(page.locator('.notice').first()).toContainText('Ignored');
  expect(await injectedMarkup(page)).toEqual([]);
  await page.goto('./?view=<b>bold</b>&id=../../etc/passwd&country=' + 'A'.repeat(2000));
  await expect(page.locator('article.dataset-card').first()).toBeVisible();
  expect(errors).toEqual([]);
});

for (const [chart, id, extra] of [
  ['line', 'tajik-migrants-series', ''],
  ['grouped-bar', 'tajik-migrants-by-sex', ''],
  [
    'stacked-bar',
    'uzbek-migrants-series',
    '&indicator=organised_departures&destination=RUS~KAZ~KOR~GBR',
  ],
  ['bar', 'uzbek-migrants-by-sector', '&sort=value'],
  ['table', 'remittances', ''],
  ['timeline', 'migration-agreements-timeline', ''],
  ['matrix', 'agreement-parties', ''],
] as const) {
  test(`chart type ${chart} draws (${id})`, async ({ page }) => {
    await page.goto(`./?view=dataset&id=${id}&chart=${chart}${extra}`);
    const card = page.locator(`[data-dataset="${id}"]`);
    // The drawing itself, not the table in the card's Table tab.
    const drawn = {
      line: 'figure .recharts-line-dots circle',
      'grouped-bar': 'figure .recharts-bar-rectangle',
      'stacked-bar': 'figure .recharts-bar-rectangle',
      bar: 'figure .recharts-bar-rectangle',
      table: 'figure table.data-table',
      timeline: 'figure .timeline',
      matrix: 'figure .matrix',
    }[chart];
    await expect(card.locator(drawn).first()).toBeVisible();
    await expect(page.locator('.error')).toHaveCount(0);
    await screenshot(page, `chart-${chart}`);
  });
}

test('a filter on a column named like a UN parameter survives reload: unemployment, Uzbekistan only', async ({
  page,
}) => {
  await page.goto('./?view=dataset&id=unemployment');
  await page.getByRole('checkbox', { name: 'Tajikistan', exact: true }).uncheck();
  await page.getByRole('checkbox', { name: 'Kyrgyzstan', exact: true }).uncheck();
  await expect(page).toHaveURL(/country=UZB(&|$)/);
  await page.reload();
  await expect(page.locator('.notice')).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: 'Tajikistan', exact: true })).not.toBeChecked();
  await showTable(page);
  const countries = await tableRows(page).locator('td:first-child').allTextContents();
  expect(new Set(countries)).toEqual(new Set(['Uzbekistan']));
});
