import { expect, test, type Page } from '@playwright/test';

/**
 * The UN table is stored as Parquet partitions (by origin and by destination): a view reads only
 * the partitions of the countries it draws, in either direction, and draws the UN's own figures.
 */
const FOLDER = '/data/un-ims2020-bilateral-by-sex/';

/**
 * The files of the UN table's folder the page fetches (from the page or its data worker), with
 * the bytes each took on the wire: the Parquet partitions, and the manifest.
 */
function watchPartitions(page: Page) {
  const inFolder = (url: string) => {
    const { pathname } = new URL(url);
    const at = pathname.indexOf(FOLDER);
    return at < 0 ? undefined : pathname.slice(at + FOLDER.length);
  };
  // Named as they are asked for (before any answer is used); sized when they have arrived.
  const asked = new Set<string>();
  const fetched = new Map<string, number>();
  page.on('request', (request) => {
    const file = inFolder(request.url());
    if (file) asked.add(file);
  });
  page.on('requestfinished', (request) => {
    const file = inFolder(request.url());
    if (!file) return;
    void request.sizes().then(({ responseBodySize }) => {
      fetched.set(file, (fetched.get(file) ?? 0) + responseBodySize);
    });
  });
  return {
    parquet: () => [...asked].filter((f) => f.endsWith('.parquet')),
    /** What the run measured, for the README's figures (printed, not asserted). */
    report: () => {
      const parquet = [...fetched].filter(([f]) => f.endsWith('.parquet'));
      const sum = parquet.reduce((n, [, bytes]) => n + bytes, 0);
      return `${parquet.length} Parquet files, ${sum.toLocaleString('en')} bytes; manifest ${(fetched.get('manifest.json') ?? 0).toLocaleString('en')} bytes`;
    },
  };
}

const cell = (page: Page, row: string, column: number) =>
  page.locator('.un-panel').first().locator('tbody tr', { hasText: row }).locator('td').nth(column);

test('who lives in Russia: one partition read, and the UN’s figure of the Uzbek-born there', async ({
  page,
}) => {
  const fetched = watchPartitions(page);
  await page.goto('./?view=un&dir=destination&country=RUS');
  await expect(page.locator('h2').first()).toContainText('Russia');
  // UN DESA, International Migrant Stock 2020: Uzbekistan-born in Russia, 2020, both sexes.
  await expect(cell(page, 'Uzbekistan', 1)).toHaveText('1,146,175');
  // Ukrainian-born women in Russia, as the origin view gives them (1,750,294 of 3,360,527).
  await page
    .getByRole('group', { name: 'Sex' })
    .getByRole('radio', { name: 'Female', exact: true })
    .check();
  await expect(cell(page, 'Ukraine', 1)).toHaveText('1,750,294');
  // Russia's partition by destination, not the 233 partitions by origin.
  console.log(`who lives in Russia: ${fetched.report()}`);
  expect(fetched.parquet()).toEqual([
    expect.stringMatching(/^destination_iso3-\d{4}-RUS\.parquet$/),
  ]);
});

test('where Uzbek-born live: one partition read, by origin', async ({ page }) => {
  const fetched = watchPartitions(page);
  await page.goto('./?view=un');
  await expect(cell(page, 'Russia', 1)).toHaveText('1,146,175');
  console.log(`where Uzbek-born live: ${fetched.report()}`);
  expect(fetched.parquet()).toEqual([expect.stringMatching(/^origin_iso3-\d{4}-UZB\.parquet$/)]);
});
