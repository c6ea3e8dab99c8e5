import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { parseCsv, screenshot, waitForCards } from './helpers';

const datasets = readdirSync('data').filter((f) => f.endsWith('.meta.json')).length;
const NBSP = '\u00a0';

async function expectLanguage(page: Page, lang: string, heading: string) {
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
}

test.describe('a Russian browser', () => {
  test.use({ locale: 'ru-RU' });

  test('opens in Russian without lang= in the address', async ({ page }) => {
    await page.goto('./');
    await expectLanguage(page, 'ru', 'Трудовая миграция из Центральной Азии');
    await expect(page.getByRole('combobox', { name: 'Язык' })).toHaveValue('ru');
    await expect(
      page.locator('article.dataset-card h2', {
        hasText: 'Денежные переводы в Таджикистан, Кыргызстан и Узбекистан',
      }),
    ).toBeVisible();
    expect(new URL(page.url()).searchParams.has('lang')).toBe(false);
    await waitForCards(page, datasets);
    await screenshot(page, 'lang-ru-overview', false);
  });

  test('lang=en in the address wins over the browser', async ({ page }) => {
    await page.goto('./?lang=en');
    await expectLanguage(page, 'en', 'Central Asian labour migration');
  });
});

test('lang=uz opens in Uzbek, with Uzbek number formats and country names', async ({ page }) => {
  await page.goto('./?view=dataset&id=tajik-migrants-by-destination&lang=uz');
  await expectLanguage(page, 'uz', 'Markaziy Osiyodan mehnat migratsiyasi');
  const card = page.locator('[data-dataset="tajik-migrants-by-destination"]');
  await expect(card.getByRole('heading', { level: 2 })).toHaveText(
    '2023 yilda Tojikistondan mehnat muhojirlari qayerga ketgan',
  );
  const table = card.locator('table.data-table');
  // 627,028 went to Russia: grouped with a no-break space in Uzbek, the country named in Uzbek.
  await expect(table).toContainText(`627${NBSP}028`);
  // Country names in Uzbek: from the browser's Intl, or, in a browser without Uzbek data (as
  // Debian's Chromium, which says "Russia"), from the CLDR names the app ships.
  await expect(table).toContainText('Rossiya');
  await expect(table).toContainText('Qozogʻiston');
  await expect(table).not.toContainText('Russia');
  await expect(table).not.toContainText('627,028');
  await expect(card.locator('.recharts-surface').first()).toBeVisible();
  await screenshot(page, 'lang-uz-dataset');
});

test('a dataset view in Russian: CSV words and notes translated, text not yet translated marked English', async ({
  page,
}) => {
  await page.goto('./?view=dataset&id=tajik-migrants-series&lang=ru');
  const card = page.locator('[data-dataset="tajik-migrants-series"]');
  await expect(card.getByRole('heading', { level: 2 })).toHaveText(
    'Трудовые мигранты, выезжающие из Таджикистана, 2005–2024',
  );
  // The summary names the CSV's unit ("persons") in Russian.
  const summary = card.locator('figcaption.chart-summary');
  await expect(summary).toContainText('человек');
  await expect(summary).not.toContainText('persons');
  // …and its numbers grouped as Russian groups them.
  await expect(summary).toContainText(`799${NBSP}000`);
  await expect(summary).not.toContainText('799,000');
  await card.locator('details.caveats summary').click();
  const caveat = card.locator('details.caveats li').first();
  await expect(caveat).toContainText('Это выезды за период');
  await expect(caveat.locator('span[lang="en"]')).toHaveCount(0);
  // The table: periods and row notes in Russian.
  await card.locator('[role="tab"][data-tab="table"]').click();
  const table = card.locator('table.data-table');
  await expect(table).toContainText('январь–сентябрь');
  await expect(table).not.toContainText('Jan-Sep');
  await expect(table).toContainText('Округлённая цифра (799 000).');
  await expect(table).not.toContainText('Rounded figure');
  // A Russian document's quote is marked up as Russian, whatever the interface language.
  await expect(
    page.locator('blockquote[lang="ru"]', { hasText: 'Выезд трудовых мигрантов' }),
  ).toHaveCount(1);
  await card.locator('[role="tab"][data-tab="chart"]').click();
  await expect(card.locator('.recharts-surface').first()).toBeVisible();
  await screenshot(page, 'lang-ru-dataset');
  // A source's caveat with no translation yet (the UN's notes on how its file was made) is
  // marked English.
  await page.goto('./?view=dataset&id=un-ims2020-totals-by-destination&lang=ru');
  const sourceCaveat = page.locator('p.caveat span[lang="en"]').first();
  await expect(sourceCaveat.locator('xpath=..')).toContainText('(на английском)');
});

test('the overview in Uzbek', async ({ page }) => {
  await page.goto('./?lang=uz');
  await waitForCards(page, datasets);
  await expect(
    page.locator('article.dataset-card h2', {
      hasText: 'Oʻzbekiston, Tojikiston va Qirgʻizistonda ishsizlik',
    }),
  ).toBeVisible();
  await screenshot(page, 'lang-uz-overview', false);
});

test('switching language keeps the rest of the address and the view', async ({ page }) => {
  const start = './?view=dataset&id=tajik-migrants-series&sex=female&time=2011..2023&chart=line';
  await page.goto(start);
  await expectLanguage(page, 'en', 'Central Asian labour migration');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
  await expectLanguage(page, 'ru', 'Трудовая миграция из Центральной Азии');
  const params = new URL(page.url()).searchParams;
  expect(Object.fromEntries(params)).toEqual({
    view: 'dataset',
    id: 'tajik-migrants-series',
    sex: 'female',
    time: '2011..2023',
    chart: 'line',
    lang: 'ru',
  });
  await expect(page.getByRole('combobox', { name: 'Тип графика' })).toHaveValue('line');
  await page.getByRole('combobox', { name: 'Язык' }).selectOption('uz');
  await expectLanguage(page, 'uz', 'Markaziy Osiyodan mehnat migratsiyasi');
  expect(new URL(page.url()).searchParams.get('lang')).toBe('uz');
  await page.goBack();
  await expectLanguage(page, 'ru', 'Трудовая миграция из Центральной Азии');
});

test('the embed honours lang=, and the Embed panel offers the language', async ({ page }) => {
  await page.goto('./?view=dataset&id=tajik-migrants-by-sex&lang=ru');
  const card0 = page.locator('[data-dataset="tajik-migrants-by-sex"]');
  await card0.locator('[role="tab"][data-tab="embed"]').click();
  const panel = card0.locator('.embed-panel');
  const snippet = () => panel.locator('textarea').inputValue();
  // The written embed page in that language (ru/…/embed/).
  expect(await snippet()).toMatch(/\/ru\/datasets\/tajik-migrants-by-sex\/embed\//);
  await panel.getByRole('combobox', { name: 'Язык встроенного графика' }).selectOption('uz');
  expect(await snippet()).toMatch(/\/uz\/datasets\/tajik-migrants-by-sex\/embed\//);
  await panel.getByRole('combobox', { name: 'Язык встроенного графика' }).selectOption('');
  expect(await snippet()).not.toContain('lang=');

  await page.goto('./?view=dataset&id=tajik-migrants-by-sex&embed=1&lang=uz');
  await expect(page.locator('html')).toHaveAttribute('lang', 'uz');
  const card = page.locator('[data-dataset="tajik-migrants-by-sex"]');
  await expect(card.getByRole('heading', { level: 1 })).toHaveText(
    'Xorijga ketgan Tojikiston mehnat muhojirlari, jinsi boʻyicha',
  );
  await expect(card.locator('.source-line')).toContainText('Manba:');
});

test('a CSV downloaded in Uzbek keeps plain numbers', async ({ page }) => {
  await page.goto('./?view=dataset&id=tajik-migrants-by-sex&sex=female&time=2023..2023&lang=uz');
  const card = page.locator('[data-dataset="tajik-migrants-by-sex"]');
  await card.locator('[role="tab"][data-tab="table"]').click();
  await expect(card.locator('table.data-table tbody tr td.num').first()).toHaveText(`97${NBSP}210`);
  await card.locator('[role="tab"][data-tab="download"]').click();
  const menu = card.locator('.download-menu');
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    menu.getByRole('button', { name: 'Shu koʻrinishning CSV fayli' }).click(),
  ]);
  const [header, ...rows] = parseCsv(readFileSync(await file.path(), 'utf8'));
  const row = Object.fromEntries(header!.map((h, i) => [h, rows[0]![i]]));
  // The unit in the header is in the chosen language; the figure is plain.
  expect(row['value (kishi)']).toBe('97210');
});
