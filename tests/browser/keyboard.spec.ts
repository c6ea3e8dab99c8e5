import { expect, test, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';

const datasets = readdirSync('data').filter((f) => f.endsWith('.meta.json')).length;

const focusedText = (page: Page) =>
  page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

test('card tabs follow the WAI-ARIA pattern: arrows, Home and End move and select', async ({
  page,
}) => {
  await page.goto('./?view=dataset&id=tajik-migrants-by-sex');
  const card = page.locator('[data-dataset="tajik-migrants-by-sex"]');
  const tabs = card.getByRole('tab');
  await expect(tabs).toHaveText(['Chart', 'Table', 'Sources', 'Cite', 'Download', 'Embed']);
  await card.getByRole('tab', { name: 'Chart' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(card.getByRole('tab', { name: 'Table' })).toBeFocused();
  await expect(card.getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true');
  await expect(card.getByRole('tabpanel')).toContainText('97,210');
  await page.keyboard.press('End');
  await expect(card.getByRole('tab', { name: 'Embed' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(card.getByRole('tab', { name: 'Chart' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(card.getByRole('tab', { name: 'Embed' })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(card.getByRole('tab', { name: 'Chart' })).toHaveAttribute('aria-selected', 'true');
  // One tab stop: Tab leaves the tab list for the panel's content.
  await page.keyboard.press('Tab');
  await expect(card.getByRole('tab', { name: 'Table' })).not.toBeFocused();
  // The chart has its summary in words as its description.
  const figure = card.locator('figure.chart');
  await expect(figure).toHaveAccessibleDescription(/Largest: Total, 2022, 775,578 persons/);
});

test('after a download from the keyboard, focus stays on the button pressed', async ({ page }) => {
  await page.goto('./?view=dataset&id=tajik-migrants-by-sex');
  const card = page.locator('[data-dataset="tajik-migrants-by-sex"]');
  await card.getByRole('tab', { name: 'Chart' }).focus();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await expect(card.getByRole('tab', { name: 'Download' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  // The panel's code loads when the tab is first opened; a reader tabs on once they see it.
  await expect(card.getByRole('button', { name: 'CSV of this view' })).toBeVisible();
  await page.keyboard.press('Tab');
  expect(await focusedText(page)).toBe('CSV of this view');
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(file.suggestedFilename()).toMatch(/^tajik-migrants-by-sex_.*\.csv$/);
  await expect(card.getByRole('button', { name: 'CSV of this view' })).toBeFocused();
  await expect(card.getByRole('status').first()).toContainText('Downloaded tajik-migrants-by-sex_');
  // And again for the image, past the view's Excel, the full CSV and Excel, and the package.
  for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
  expect(await focusedText(page)).toBe('Chart as PNG (slide, 1,200 × 675)');
  const [png] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(png.suggestedFilename()).toMatch(/\.png$/);
  await expect(
    card.getByRole('button', { name: 'Chart as PNG (slide, 1,200 × 675)' }),
  ).toBeFocused();
});

test('Escape closes the Download and Embed menus and returns focus to what opened them', async ({
  page,
}) => {
  await page.goto('./?view=compare');
  await expect(page.locator('.compare-country table.data-table tbody tr').first()).toBeVisible();
  for (const [menuClass, first] of [
    ['.download-menu', 'CSV of this view'],
    ['.embed-panel', 'Language of the embedded chart'],
  ] as const) {
    const menu = page.locator(menuClass).first();
    const summary = menu.locator('summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('open');
    await page.keyboard.press('Tab');
    await expect(
      menu.getByLabel(first).or(menu.getByRole('button', { name: first })),
    ).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).not.toHaveAttribute('open');
    await expect(summary).toBeFocused();
  }
  // In an open menu, a download keeps the menu open and the focus on its button.
  const menu = page.locator('.download-menu').first();
  await menu.locator('summary').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  await expect(menu.getByRole('button', { name: 'CSV of this view' })).toBeFocused();
  await expect(menu).toHaveAttribute('open');
});

test('a source line leads to the citation in the card’s Sources tab, focused', async ({ page }) => {
  await page.goto('./');
  const card = page.locator('[data-dataset="tajik-migrants-by-sex"]');
  // The card draws as the reader scrolls to it.
  await card.scrollIntoViewIfNeeded();
  await expect(card.locator('.recharts-surface').first()).toBeVisible();
  await card.locator('.source-line a').first().click();
  await expect(card.getByRole('tab', { name: 'Sources' })).toHaveAttribute('aria-selected', 'true');
  const target = page.locator(':target');
  await expect(target).toBeVisible();
  await expect(target).toBeFocused();
  await expect(target).toContainText('asiaplustj.info');
  // The whole bibliography is on the Sources page, not at the end of the overview.
  await expect(page.locator('#sources')).toHaveCount(0);
  await page.getByRole('link', { name: 'Sources', exact: true }).click();
  await expect(page).toHaveURL(/view=sources/);
  await expect(page.locator('.sources-dataset')).toHaveCount(datasets);
  await expect(page.locator('.sources-dataset h3').first()).toBeVisible();
});

test('the theme switch recolours the page and is kept in the address', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./');
  // The system's dark preference is followed by default.
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByLabel('Theme', { exact: true }).selectOption('light');
  await expect(page).toHaveURL(/theme=light/);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  const background = await page.evaluate(
    () => getComputedStyle(document.documentElement).backgroundColor,
  );
  expect(background).toBe('rgb(247, 247, 245)');
  // Kept when moving to another view.
  await page.getByRole('link', { name: 'Compare measures' }).click();
  await expect(page).toHaveURL(/view=compare.*theme=light|theme=light.*view=compare/);
  await page.goto('./?theme=dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const stroke = await page
    .locator('.recharts-bar-rectangle path, .recharts-rectangle')
    .first()
    .evaluate((e) => getComputedStyle(e).fill);
  expect(stroke).not.toBe('rgb(0, 0, 0)');
});
