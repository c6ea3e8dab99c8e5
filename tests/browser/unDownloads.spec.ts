import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import readXlsxFile from 'read-excel-file/node';
import { parseCsv, screenshot, openHostPage } from './helpers';

async function downloadCsv(page: Page): Promise<string[][]> {
  const menu = page.locator('.download-menu');
  await menu.locator('summary').click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    menu.getByRole('button', { name: 'CSV of this view' }).click(),
  ]);
  return parseCsv(readFileSync(await file.path(), 'utf8'));
}

test('the UN view downloads a CSV whose rows are the bars drawn, with the published total', async ({
  page,
}) => {
  await page.goto('./?view=un&dir=destination&country=KAZ&top=5');
  const table = page.locator('.un-panel table.data-table');
  await expect(table.locator('tbody tr').first()).toBeVisible();
  await expect(
    page.locator('.un-panel').getByText(/3,732,073 \(UN published total\)/),
  ).toBeVisible();
  // What Kazakhstan's figures rest on, beside them: the UN's type of data.
  await expect(page.locator('.un-panel .un-type')).toHaveText(
    'What the UN’s figure rests on (type of data): B R: foreign-born population, refugees added.',
  );
  const shown = await table.locator('tbody tr td:nth-child(2)').allTextContents();
  const [header, ...rows] = await downloadCsv(page);
  const stock = header!.findIndex((h) => h.startsWith('stock'));
  expect(rows.map((r) => Number(r[stock]))).toEqual(shown.map((s) => Number(s.replace(/\D/g, ''))));
  expect(header).toContain('share_of');
  expect(rows[0]![header!.indexOf('share_of')]).toContain('3,732,073');
  // Whose figures and what they rest on, in every row.
  expect(new Set(rows.map((r) => r[header!.indexOf('sex')]))).toEqual(new Set(['both']));
  expect(rows[0]![header!.indexOf('data_type')]).toBe('B R');
});

test('the UN view downloads the whole UN table as its full CSV: every pair, as data/ holds it', async ({
  page,
}) => {
  await page.goto('./?view=un');
  await expect(page.locator('.un-panel table.data-table tbody tr').first()).toBeVisible();
  const menu = page.locator('.download-menu');
  await menu.locator('summary').click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    menu.getByRole('button', { name: 'Full dataset (CSV)' }).click(),
  ]);
  expect(file.suggestedFilename()).toMatch(/^un-ims2020-bilateral-by-sex_full_.*\.csv$/);
  const [header, ...rows] = parseCsv(readFileSync(await file.path(), 'utf8'));
  // Read from the table's partitions (every origin's), the same rows as the CSV in data/.
  const source = readFileSync('data/un-ims2020-bilateral-by-sex.csv', 'utf8').trim().split('\n');
  expect(rows).toHaveLength(source.length - 1);
  const col = (name: string) => header!.findIndex((h) => h.split(' ')[0] === name);
  const row = rows.find(
    (r) =>
      r[col('year')] === '2020' &&
      r[col('destination_iso3')] === 'RUS' &&
      r[col('origin_iso3')] === 'UZB' &&
      r[col('sex')] === 'both',
  )!;
  // UN DESA, International Migrant Stock 2020: Uzbekistan-born in Russia, 2020.
  expect(row[col('value')]).toBe('1146175');
});

test('the map downloads the figures it draws: every country with a figure', async ({ page }) => {
  await page.goto('./?view=un&show=map');
  const drawn = page.locator('figure.world-map path[data-value]');
  await expect(drawn.first()).toBeVisible();
  const values = await drawn.evaluateAll((paths) =>
    paths.map((p) => ({
      code: p.getAttribute('data-iso3') ?? '',
      value: Number(p.getAttribute('data-value')),
    })),
  );
  const [header, ...rows] = await downloadCsv(page);
  const iso = header!.indexOf('destination_iso3');
  const stock = header!.findIndex((h) => h.startsWith('stock'));
  const inFile = new Map(rows.map((r) => [r[iso], Number(r[stock])]));
  for (const { code, value } of values) expect(inFile.get(code)).toBe(value);
  // Figures too small to draw are in the file too, and named under the map.
  expect(rows.length).toBeGreaterThanOrEqual(values.length);
});

test('the compare view downloads a CSV of its rows, in time order, no figure twice', async ({
  page,
}) => {
  await page.goto('./?view=compare');
  const tables = page.locator('.compare-country table.data-table');
  await expect(tables.nth(2)).toContainText('Kyrgyzstan');
  // The datasets load one by one: wait for a figure of each of the eight, not for a time.
  for (const figure of ['1,146,535', '486,100', '70.2', '1,452,300', '1,986,227']) {
    await expect(tables.first()).toContainText(figure);
  }
  for (const figure of ['652,014', '627,028', '735,031']) {
    await expect(tables.nth(1)).toContainText(figure);
  }
  const [header, ...rows] = await downloadCsv(page);
  await expect(tables.locator('tbody tr')).toHaveCount(rows.length);
  const country = header!.indexOf('country');
  const year = header!.indexOf('year');
  const value = header!.indexOf('value');
  const measure = header!.indexOf('measure');
  const period = header!.indexOf('period');
  for (const code of ['UZB', 'TJK', 'KGZ']) {
    const years = rows.filter((r) => r[country] === code).map((r) => Number(r[year]));
    expect(years).toEqual([...years].sort((a, b) => a - b));
  }
  // The same figure for the same period from several sources is one row, citing them all.
  const keys = rows.map((r) => `${r[country]}|${r[measure]}|${r[period]}|${r[value]}`);
  expect(new Set(keys).size).toBe(keys.length);
  // The Excel file holds the same rows, figures as numbers, and cites every dataset drawn.
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page
      .locator('.download-menu')
      .getByRole('button', { name: 'Excel (.xlsx) of this view' })
      .click(),
  ]);
  expect(file.suggestedFilename()).toMatch(/^compare-measures_.*\.xlsx$/);
  const [data, citation] = await readXlsxFile(readFileSync(await file.path()), { trim: false });
  expect(data!.data).toHaveLength(rows.length + 1);
  expect(data!.data[0]).toEqual(header);
  rows.forEach((row, r) => {
    const cell = data!.data[r + 1]![value];
    expect(typeof cell).toBe('number');
    expect(String(cell)).toBe(row[value]);
  });
  const datasets = citation!.data.filter((r) => r[0] === 'Dataset');
  expect(datasets.length).toBeGreaterThanOrEqual(5);
  await screenshot(page, 'compare');
});

for (const [name, url, check] of [
  ['the UN map', './?view=un&show=map&vs=TJK', 'figure.world-map path[data-iso3="RUS"]'],
  // (An embed shows one country's charts; its table is in the dashboard.)
  ['the compare view', './?view=compare', '.compare-country .recharts-surface'],
] as const) {
  test(`${name} embeds in a page on another origin`, async ({ page, context }) => {
    await page.goto(url);
    await page.getByText('Embed this chart').click();
    const snippet = await page.getByLabel(/Paste this into your page/).inputValue();
    // The view's written embed page (un/embed/, compare/embed/).
    expect(snippet).toMatch(/\/(un|compare)\/embed\//);
    const { host, close } = await openHostPage(context, snippet);
    const frame = host.frameLocator('iframe');
    await expect(frame.locator(check).first()).toBeVisible();
    await expect(frame.locator('.site-header')).toHaveCount(0);
    await expect(frame.locator('.download-menu')).toHaveCount(1);
    await expect(frame.getByText('Open in the dashboard')).toHaveCount(1);
    await expect
      .poll(async () => (await host.locator('iframe').boundingBox())?.height ?? 0)
      .toBeGreaterThan(480);
    await screenshot(host, `embed-${name.replace(/\W+/g, '-')}`);
    close();
  });
}
