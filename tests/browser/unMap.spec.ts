import { expect, test } from '@playwright/test';
import { screenshot } from './helpers';

test('the world map draws where people born in Uzbekistan live; a click on Kazakhstan chooses it', async ({
  page,
}) => {
  await page.goto('./?view=un&show=map');
  const map = page.locator('figure.world-map');
  const russia = map.locator('path[data-iso3="RUS"]');
  await expect(russia).toHaveAttribute('data-value', '1146175');
  await expect(map.locator('.map-title')).toHaveText(
    'Where people born in Uzbekistan live, 2020 (both sexes)',
  );
  // Countries without a figure are "no data", never zero; the legend says so, and states its bins.
  await expect(map.locator('.map-legend')).toContainText('No data');
  await expect(map.locator('.map-legend')).toContainText('1,000,000 or more');
  // Kosovo, drawn without a figure: the legend says the UN counts it in Serbia.
  await expect(map.locator('.map-legend')).toContainText(
    'Kosovo: counted in Serbia in the UN figures',
  );
  await expect(map).toContainText('do not imply official endorsement');
  await screenshot(page, 'un-map-uzbekistan');

  await map.locator('path[data-iso3="KAZ"]').click();
  await expect(page).toHaveURL(/country=KAZ/);
  await expect(map.locator('.map-title')).toHaveText(
    'Where people born in Kazakhstan live, 2020 (both sexes)',
  );
  await expect(map.locator('path[data-iso3="RUS"]')).toHaveAttribute('data-value', /\d+/);
});

test('the map is keyboard operable: arrow keys move, Enter chooses', async ({ page }) => {
  await page.goto('./?view=un&show=map');
  const map = page.locator('figure.world-map');
  await expect(map.locator('path[data-iso3="RUS"]')).toHaveAttribute('data-value', '1146175');
  const first = map.locator('path[tabindex="0"]');
  await first.focus();
  await page.keyboard.press('ArrowRight');
  const focused = page.locator('path:focus');
  await expect(focused).toHaveAttribute('data-order', '1');
  await expect(map.locator('.map-tooltip')).toBeVisible();
  // Enter chooses a country the table holds as an origin: Kazakhstan.
  await map.locator('path[data-iso3="KAZ"]').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/country=KAZ/);
});

test('flows: Uzbekistan, Tajikistan and Kyrgyzstan to their largest destinations, as the bars', async ({
  page,
}) => {
  await page.goto('./?view=un&vs=TJK~KGZ&show=flows');
  const flows = page.locator('figure.flows');
  // The origin's figure is the sum of its bands: derived, and labelled so.
  // (On a narrow chart the label wraps after the name, so the two may stand on separate lines.)
  await expect(flows).toContainText(/Uzbekistan:\s*2,027,823 \(sum, derived\)/);
  await expect(flows).toContainText('Tajikistan');
  await expect(flows).toContainText('Kyrgyzstan');
  await expect(flows).toContainText('Russia');
  await expect(page.locator('.un-panel')).toHaveCount(3);
  await screenshot(page, 'un-flows');
});

test('the country box finds Kyrgyzstan from "kyrg" and from "KGZ"', async ({ page }) => {
  await page.goto('./?view=un');
  const box = page.getByRole('combobox', { name: 'Country', exact: true });
  const options = page.getByRole('listbox', { name: 'Country', exact: true }).getByRole('option');
  await expect(page.locator('table.data-table tbody tr').first()).toBeVisible();
  await box.fill('kyrg');
  await expect(options.first()).toHaveText(/Kyrgyzstan/);
  await box.press('Enter');
  await expect(page).toHaveURL(/country=KGZ/);
  await expect(box).toHaveValue('Kyrgyzstan');

  await box.fill('TJK');
  await expect(options.first()).toHaveText(/Tajikistan/);
  await box.fill('KGZ');
  await expect(options.first()).toHaveText(/Kyrgyzstan/);
  // Alternative names: the Kyrgyz Republic.
  await box.fill('kyrgyz rep');
  await expect(options.first()).toHaveText(/Kyrgyzstan/);
  // Every origin of the whole UN table, by its other names too: the Czech Republic is Czechia.
  await box.fill('czech rep');
  await expect(options).toHaveText(['Czechia CZE']);
  await box.fill('atlantis');
  await expect(options).toHaveText([/^No country matches/]);
});

test('play steps the year on the map, with the year in the title at every step', async ({
  page,
}) => {
  await page.clock.install();
  await page.goto('./?view=un&show=map&year=2010');
  const title = page.locator('.map-title');
  await expect(title).toHaveText(/2010 \(both sexes\)$/);
  await page.getByRole('button', { name: 'Play years' }).click();
  await page.clock.runFor(1600);
  await expect(title).toHaveText(/2015 \(both sexes\)$/);
  await expect(page).toHaveURL(/year=2015/);
  await page.clock.runFor(1600);
  await expect(title).toHaveText(/2020 \(both sexes\)$/);
  // A typed year is the other way in; one the UN has no estimate for is refused, saying why.
  const typed = page.getByLabel('Type a year');
  await typed.fill('1995');
  await typed.press('Enter');
  await expect(title).toHaveText(/1995 \(both sexes\)$/);
  await typed.fill('1996');
  await typed.press('Enter');
  await expect(page.getByText(/No UN estimate for 1996/)).toBeVisible();
});

test('the UN dataset view: type to choose the origin, and narrow the long list of destinations', async ({
  page,
}) => {
  await page.goto('./?view=dataset&id=un-migrant-stock-2019');
  const origin = page.getByRole('combobox', { name: 'Country of origin', exact: true });
  await expect(origin).toHaveValue('Uzbekistan');
  await origin.fill('kyrg');
  await origin.press('Enter');
  await expect(page).toHaveURL(/origin_iso3=KGZ/);
  const destinations = page.locator('fieldset', { hasText: 'Country of destination' });
  await destinations.getByRole('searchbox').fill('kaz');
  await expect(destinations.getByRole('checkbox')).toHaveCount(1);
  await expect(destinations.locator('label', { hasText: 'Kazakhstan' })).toHaveCount(1);
});
