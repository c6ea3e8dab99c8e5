import { expect, test, type Download, type Page } from '@playwright/test';
import { unzipSync, strFromU8 } from 'fflate';
import { readFileSync, statSync } from 'node:fs';
import readXlsxFile from 'read-excel-file/node';
import { openTab, parseCsv } from './helpers';

/** Today in UTC, as file names carry it (read after the download, so midnight cannot split them). */
const today = () => new Date().toISOString().slice(0, 10);

async function download(
  page: Page,
  card: string,
  label: string,
): Promise<{ file: Download; path: string }> {
  // A card's downloads are in its Download tab.
  await openTab(page.locator(`[data-dataset="${card}"]`), 'Download');
  const menu = page.locator(`[data-dataset="${card}"] .download-menu`);
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    menu.getByRole('button', { name: label }).click(),
  ]);
  const path = await file.path();
  return { file, path };
}

test('CSV of the view: Tajik migrants 2023, women only → one row of 97,210 with its source', async ({
  page,
}) => {
  await page.goto('./?view=dataset&id=tajik-migrants-by-sex&sex=female&time=2023..2023');
  const card = page.locator('[data-dataset="tajik-migrants-by-sex"]');
  await openTab(card, 'Table');
  await expect(card.locator('table.data-table tbody tr')).toHaveCount(1);
  await expect(card.locator('table.data-table tbody tr').first()).toBeVisible();
  const onScreen = await card.locator('table.data-table tbody tr td.num').first().textContent();
  const { file, path } = await download(page, 'tajik-migrants-by-sex', 'CSV of this view');
  expect(file.suggestedFilename()).toBe(`tajik-migrants-by-sex_2023_female_${today()}.csv`);
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  expect(rows).toHaveLength(1);
  const row = Object.fromEntries(header!.map((h, i) => [h, rows[0]![i]]));
  expect(Number(row['value (persons)'])).toBe(97210);
  expect(onScreen).toBe('97,210');
  expect(row.sex).toBe('female');
  expect(row.source).toContain('Asia-Plus');
});

test('CSV with derived columns: the 2022→2023 change stays a number and is marked derived', async ({
  page,
}) => {
  await page.goto('./?view=dataset&id=tajik-migrants-by-sex&sex=total');
  const { path } = await download(page, 'tajik-migrants-by-sex', 'CSV of this view');
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  const col = (name: string) => header!.indexOf(name);
  const row2023 = rows.find((r) => r[col('year')] === '2023')!;
  expect(row2023[col('change')]).toBe('-123564');
  expect(row2023[col('derived_note')]).toMatch(/computed by this dashboard/);
});

test('the data package holds the CSV, metadata.json with the filters and URL, and a README on citing', async ({
  page,
}) => {
  await page.goto('./?view=dataset&id=tajik-migrants-by-sex&sex=female');
  const { file, path } = await download(
    page,
    'tajik-migrants-by-sex',
    'Data package (.zip: CSV, metadata, how to cite)',
  );
  expect(file.suggestedFilename()).toMatch(/^tajik-migrants-by-sex_female_\d{4}-\d{2}-\d{2}\.zip$/);
  const files = unzipSync(new Uint8Array(readFileSync(path)));
  const names = Object.keys(files).sort();
  const csvName = `tajik-migrants-by-sex_female_${today()}.csv`;
  expect(names).toEqual(
    [
      'README.md',
      'citation.bib',
      'citation.ris',
      'datapackage.json',
      'metadata.json',
      csvName,
    ].sort(),
  );
  // The Frictionless descriptor names the CSV beside it.
  const descriptor = JSON.parse(strFromU8(files['datapackage.json']!));
  expect(descriptor.resources.map((r: { path: string }) => r.path)).toEqual([csvName]);
  const metadata = JSON.parse(strFromU8(files['metadata.json']!));
  expect(metadata.download.filters.sex).toEqual(['female']);
  expect(metadata.download.viewUrl).toContain('sex=female');
  expect(metadata.sources[0].citation).toContain('Asia-Plus');
  expect(strFromU8(files['README.md']!)).toMatch(/How to cite/);
});

test('chart as SVG and PNG, with title and source line drawn in', async ({ page }) => {
  await page.goto('./?view=dataset&id=tajik-migrants-by-sex');
  const svg = await download(page, 'tajik-migrants-by-sex', 'Chart as SVG (slide, 1,200 × 675)');
  const text = readFileSync(svg.path, 'utf8');
  expect(text).toContain('Tajik labour migrants');
  expect(text).toMatch(/Sources?: Asia-Plus/);
  // The drawing itself is inside: its bars, not just a legend icon.
  expect(text.match(/recharts-bar-rectangle/g)?.length).toBeGreaterThanOrEqual(4);
  const png = await download(page, 'tajik-migrants-by-sex', 'Chart as PNG (slide, 1,200 × 675)');
  const bytes = readFileSync(png.path);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  expect(bytes.readUInt32BE(16)).toBe(2400); // 1200 px at 2× scale
  console.log(`PNG ${statSync(png.path).size} bytes, SVG ${statSync(svg.path).size} bytes`);
});

test('downloads work from the keyboard, and the full UN table downloads whole', async ({
  page,
}) => {
  await page.goto('./?view=dataset&id=un-migrant-stock-2019');
  const card = page.locator('[data-dataset="un-migrant-stock-2019"]');
  const menu = card.locator('.download-menu');
  // To the Download tab with the arrow keys (Chart → Table → Sources → Cite → Download).
  await card.getByRole('tab', { name: 'Chart' }).focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(card.getByRole('tab', { name: 'Download' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  const button = menu.getByRole('button', { name: 'Full dataset (CSV)' });
  await expect(button).toBeEnabled();
  await button.focus();
  const started = Date.now();
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const path = await file.path();
  const elapsed = Date.now() - started;
  const rows = readFileSync(path, 'utf8').split('\r\n').filter(Boolean).length - 1;
  expect(rows).toBe(76772);
  console.log(
    `Full UN table CSV: ${rows} rows, ${statSync(path).size} bytes, ${elapsed} ms from key press to file`,
  );
});

/** An .xlsx read back as a spreadsheet program reads it: each sheet's name and cells. */
const readWorkbook = (path: string) => readXlsxFile(readFileSync(path), { trim: false });

/** Sheet 1 against the CSV of the same view: same cells, figures as numbers. */
function expectSameCells(data: unknown[][], csv: string[][]) {
  expect(data).toHaveLength(csv.length);
  csv.forEach((row, r) =>
    row.forEach((text, c) => {
      const cell = data[r]![c] ?? null;
      if (text === '') expect(cell).toBeNull();
      else if (typeof cell === 'number') expect(String(cell)).toBe(text);
      else expect(cell).toBe(text);
    }),
  );
}

test('Excel of the view: the Tajik series as numbers, row for row as the CSV, with its citation', async ({
  page,
}) => {
  await page.goto('./?view=dataset&id=tajik-migrants-series');
  const csv = await download(page, 'tajik-migrants-series', 'CSV of this view');
  const xlsx = await download(page, 'tajik-migrants-series', 'Excel (.xlsx) of this view');
  expect(xlsx.file.suggestedFilename()).toBe(
    csv.file.suggestedFilename().replace(/\.csv$/, '.xlsx'),
  );
  const [data, citation] = await readWorkbook(xlsx.path);
  expect([data!.sheet, citation!.sheet]).toEqual(['Data', 'Citation']);
  const cells = parseCsv(readFileSync(csv.path, 'utf8'));
  expectSameCells(data!.data, cells);
  const header = data!.data[0] as string[];
  const value = header.indexOf('value');
  // 775,578 departures in 2022 (TASS, Asia-Plus): a number in the sheet, not text.
  const figures = data!.data.slice(1).map((r) => r[value]);
  expect(figures.every((f) => typeof f === 'number')).toBe(true);
  expect(figures).toContain(775578);
  const label = (name: string) => citation!.data.find((r) => r[0] === name)?.[1];
  expect(label('This view in the dashboard')).toContain('view=dataset');
  expect(label('This view in the dashboard')).toContain('id=tajik-migrants-series');
  expect(label('Downloaded')).toBe(today());
  expect(citation!.data.flat()).toContain('Asia-Plus');
  await expect(page.locator('[data-dataset="tajik-migrants-series"] .download-status')).toHaveText(
    `Downloaded ${xlsx.file.suggestedFilename()}`,
  );
});

test('Excel of the whole dataset: every row of the UN table, built in the data worker', async ({
  page,
}) => {
  await page.goto('./?view=dataset&id=un-ims2020-totals-by-destination');
  const { file, path } = await download(
    page,
    'un-ims2020-totals-by-destination',
    'Full dataset (Excel .xlsx)',
  );
  expect(file.suggestedFilename()).toBe(`un-ims2020-totals-by-destination_full_${today()}.xlsx`);
  const [data] = await readWorkbook(path);
  const lines = readFileSync('data/un-ims2020-totals-by-destination.csv', 'utf8')
    .split('\n')
    .filter(Boolean);
  expect(data!.data).toHaveLength(lines.length);
});

test('Excel of a long view on the page: 696 rows, a sheet over 160 kB, under the page’s policy', async ({
  page,
}) => {
  // Over 160 kB, the library's own zip starts a Worker from a blob: URL, which the page's
  // policy (worker-src 'self') blocks: the download never came (src/build/cspSafeXlsx.ts).
  await page.goto('./?view=dataset&id=un-ims2020-totals-by-destination&sex=both~male~female');
  const { path } = await download(
    page,
    'un-ims2020-totals-by-destination',
    'Excel (.xlsx) of this view',
  );
  const parts = unzipSync(new Uint8Array(readFileSync(path)));
  expect(parts['xl/worksheets/sheet1.xml']!.length).toBeGreaterThan(160_000);
  const [data] = await readWorkbook(path);
  // 232 destinations, three rows each (both sexes, men, women), and the header.
  expect(data!.data).toHaveLength(232 * 3 + 1);
});

test('Excel of the UN view: the bars drawn, as numbers, citing the bilateral table and the totals', async ({
  page,
}) => {
  await page.goto('./?view=un&dir=destination&country=KAZ&top=5');
  await expect(page.locator('.un-panel table.data-table tbody tr').first()).toBeVisible();
  const menu = page.locator('.download-menu');
  await menu.locator('summary').click();
  const take = async (name: string) => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      menu.getByRole('button', { name }).click(),
    ]);
    return { file, path: await file.path() };
  };
  const csv = await take('CSV of this view');
  const xlsx = await take('Excel (.xlsx) of this view');
  expect(xlsx.file.suggestedFilename()).toMatch(
    /^un-ims2020-bilateral-by-sex_living-in_kaz_.*\.xlsx$/,
  );
  const [data, citation] = await readWorkbook(xlsx.path);
  expectSameCells(data!.data, parseCsv(readFileSync(csv.path, 'utf8')));
  const header = data!.data[0] as string[];
  const stock = header.findIndex((h) => h.startsWith('stock'));
  expect(data!.data.slice(1).every((r) => typeof r[stock] === 'number')).toBe(true);
  const datasets = citation!.data.filter((r) => r[0] === 'Dataset').map((r) => String(r[1]));
  expect(datasets).toHaveLength(2);
  expect(datasets[0]).toContain('(un-ims2020-bilateral-by-sex)');
  expect(citation!.data.find((r) => r[0] === 'This view in the dashboard')?.[1]).toContain(
    'country=KAZ',
  );
});
