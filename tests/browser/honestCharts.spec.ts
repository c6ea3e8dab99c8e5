import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openTab, screenshot, waitForCards } from './helpers';

/** The numbers along a chart's value (y) axis, as drawn. */
async function yTicks(figure: Locator): Promise<number[]> {
  const texts = await figure.locator('.recharts-yAxis-tick-labels text').allTextContents();
  return texts.map((t) => Number(t.replace(/[^\d.-]/g, '')));
}

/** Moves the mouse over a year on a line chart's x axis, placed between its labelled ticks. */
async function hoverYear(page: Page, figure: Locator, year: number) {
  const ticks = figure.locator('.recharts-xAxis-tick-labels text');
  // Read again until every tick has its box: recharts may redraw its ticks between two reads
  // (the chart settling to its width), and a tick read then has none.
  let labels: number[] = [];
  let boxes: ({ x: number; width: number } | null)[] = [];
  await expect(async () => {
    labels = (await ticks.allTextContents()).map(Number);
    boxes = await Promise.all(labels.map((_, i) => ticks.nth(i).boundingBox()));
    expect(labels.length).toBeGreaterThan(1);
    expect(boxes.every((box) => box !== null)).toBe(true);
  }).toPass();
  // Ticks stop at the last round year drawn (2020 on a chart to 2024): past it, go on at their pace.
  const found = labels.findIndex((y, n) => y <= year && (labels[n + 1] ?? Infinity) > year);
  const i = Math.min(found, labels.length - 2);
  const [a, b] = [boxes[i]!, boxes[i + 1]!];
  const x = a.x + a.width / 2 + ((year - labels[i]!) / (labels[i + 1]! - labels[i]!)) * (b.x - a.x);
  const plot = (await figure.locator('.recharts-cartesian-grid').boundingBox())!;
  await page.mouse.move(x, plot.y + plot.height / 2);
}

test('the UN card and the UN dataset view show 2019 figures and say so', async ({ page }) => {
  await page.goto('./');
  await waitForCards(page, 12);
  const card = page.locator('[data-dataset="un-migrant-stock-2019"]');
  await expect(card.locator('.drawn')).toHaveText('Country of origin: Uzbekistan · 2019');
  // A card far down the page draws when the reader comes to it.
  await card.scrollIntoViewIfNeeded();
  // Russia's bar is the 2019 figure (1,146,535), not the 2005 one the card once took.
  await card.locator('.recharts-bar-rectangle').first().hover();
  await expect(card.locator('.tooltip')).toContainText('Russia — 2019');
  await expect(card.locator('.tooltip')).toContainText('1,146,535');

  await page.goto('./?view=dataset&id=un-migrant-stock-2019');
  const view = page.locator('[data-dataset="un-migrant-stock-2019"]');
  await expect(view.locator('.drawn')).toHaveText('Country of origin: Uzbekistan · 2019');
  await expect(view.getByLabel('Year', { exact: true })).toHaveValue('2019');
  const years = await view.locator('table.data-table tbody tr td:first-child').allTextContents();
  expect(new Set(years)).toEqual(new Set(['2019']));
  await expect(view.locator('.recharts-bar-rectangle')).not.toHaveCount(0);

  // Another year is one choice away, and the address keeps it.
  await view.getByLabel('Year', { exact: true }).selectOption('1990');
  await expect(page).toHaveURL(/time=1990(&|$)/);
  await expect(view.locator('.drawn')).toHaveText('Country of origin: Uzbekistan · 1990');
  await screenshot(page, 'un-dataset-1990');
});

test('stacked Tajik 2023 reaches the stated 652,014, not the total added to its parts', async ({
  page,
}) => {
  await page.goto('./?view=dataset&id=tajik-migrants-by-sex&chart=stacked-bar');
  const figure = page.locator('[data-dataset="tajik-migrants-by-sex"] figure');
  await expect(figure.locator('.recharts-bar-rectangle')).not.toHaveCount(0);
  // Total + men + women stacked would reach 1,304,028 and stretch the axis past it.
  expect(Math.max(...(await yTicks(figure)))).toBeLessThan(1_000_000);
  // The stack of men and women ends where the total's marker is drawn (once the bars have grown).
  const gap = async () => {
    const marker = await figure.locator('path[data-total]').last().boundingBox();
    const boxes = await figure
      .locator('.recharts-bar-rectangle path')
      .evaluateAll((paths) => paths.map((p) => p.getBoundingClientRect().toJSON() as DOMRect));
    if (!marker) return Infinity;
    const centre = marker.x + marker.width / 2;
    const column = boxes.filter((b) => Math.abs(b.x + b.width / 2 - centre) < 5);
    if (column.length !== 2) return Infinity;
    return Math.abs(Math.min(...column.map((b) => b.y)) - (marker.y + marker.height / 2));
  };
  await expect.poll(gap).toBeLessThan(3);
  await expect(figure.locator('.legend')).toContainText('Total (stated total, not stacked)');
  await screenshot(page, 'stacked-tajik-by-sex');
});

test('hovering a year lists that year’s figures only', async ({ page }) => {
  await page.goto('./?view=dataset&id=tajik-migrants-series');
  const card = page.locator('[data-dataset="tajik-migrants-series"]');
  const figure = card.locator('figure');
  await expect(figure.locator('.recharts-line-curve').first()).toBeVisible();
  for (const year of [2020, 2022]) {
    await hoverYear(page, figure, year);
    const labels = card.locator('.tooltip .tooltip-label');
    await expect(labels.first()).toBeVisible();
    for (const label of await labels.allTextContents()) expect(label).toContain(`— ${year}`);
  }
  // 2020 has two sources' figures: both are listed, and only they.
  await hoverYear(page, figure, 2020);
  await expect(card.locator('.tooltip')).toContainText('129,807');
  await expect(card.locator('.tooltip')).toContainText('111,000');
});

test('a filtered export names its filters and the years drawn', async ({ page }) => {
  await page.goto('./?view=dataset&id=tajik-migrants-series&destination=RUS&time=2010..2024');
  const card = page.locator('[data-dataset="tajik-migrants-series"]');
  await expect(card.locator('.drawn')).toContainText('Destination: Russia');
  await expect(card.locator('.drawn')).not.toContainText('2005');
  await openTab(card, 'Download');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('button', { name: 'Chart as SVG (slide, 1,200 × 675)' }).click(),
  ]);
  const svg = readFileSync((await download.path())!, 'utf8');
  // The image's own text, its wrapped lines joined again.
  const words = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
  const drawn = (await card.locator('.drawn').textContent())!;
  expect(words).toContain(drawn);
  expect(words).toContain('Destination: Russia');
});

test('changing one filter writes that filter alone into the address', async ({ page }) => {
  await page.goto('./?view=dataset&id=tajik-migrants-series');
  await page.getByRole('checkbox', { name: 'Men', exact: true }).check();
  await expect(page).toHaveURL(/sex=total~male/);
  const params = new URL(page.url()).searchParams;
  expect([...params.keys()].sort()).toEqual(['id', 'sex', 'view']);
  // Back to the default: the parameter goes.
  await page.getByRole('checkbox', { name: 'Men', exact: true }).uncheck();
  await expect(page).not.toHaveURL(/sex=/);
});

test("the remittances line keeps to one series, every other source's 2023 figure beside it", async ({
  page,
}) => {
  await page.goto('./?view=dataset&id=remittances&country=TJK');
  const card = page.locator('[data-dataset="remittances"]');
  await openTab(card, 'Table');
  const row2023 = card.locator('table.data-table tbody tr', { hasText: /2023/ });
  // Every source's 2023 figure is listed: the World Bank's 4.634 that the line draws (rank 1),
  // the ADB's 5.7 (two outlets) and the IOM/World Bank 4.6 that Asia-Plus reports.
  await expect(row2023).toHaveCount(4);
  await openTab(card, 'Chart');
  await expect(card.locator('.flag-notes')).toContainText('2023');
  // One series draws the line: no join onto another source's series anywhere.
  const legend = card.locator('.legend');
  await expect(legend).toContainText('another source’s figure for the same year');
  await expect(legend).not.toContainText('continues on another source');
  await screenshot(page, 'remittances-tjk');
});

test('a summary compares figures of one source series only, and says which figure is in doubt', async ({
  page,
}) => {
  await page.goto('./?view=dataset&id=remittances');
  const card = page.locator('[data-dataset="remittances"]');
  const summary = card.locator('figcaption.chart-summary');
  // Tajikistan's change runs along the World Bank's series alone, at its figures' decimals (no
  // float noise); never from Asia-Plus's 2010 figure across other series and missing years.
  await expect(summary).toContainText(
    'Tajikistan: from 0.07856 USD billion in 2002 to 6.802 USD billion in 2024, a change of +6.723 (derived)',
  );
  await expect(summary).not.toContainText('+3.5');
  // The figures the data calls into doubt (2023's 5.7 and 4.6) are other sources' marks beside
  // the line: the summary ranks and compares neither.
  await expect(summary).not.toContainText('5.7');
  await expect(summary).not.toContainText('4.6 USD');

  await page.goto(
    './?view=dataset&id=tajik-migrants-series&chart=line&destination=all~RUS~KAZ~other',
  );
  const tajik = page.locator('[data-dataset="tajik-migrants-series"]');
  const figure = tajik.locator('figure');
  await expect(figure.locator('.recharts-line-curve').first()).toBeVisible();
  await expect(tajik.locator('figcaption.chart-summary')).not.toContainText(
    'Largest: Russia, 2022',
  );
  // The doubtful 793,791 says so wherever it shows: on hover too.
  await hoverYear(page, figure, 2022);
  await expect(tajik.locator('.tooltip')).toContainText('793,791');
  await expect(tajik.locator('.tooltip .tooltip-flag')).toContainText('doubtful');
});

test('stocks at several dates in one year have their own shapes and legend entries', async ({
  page,
}) => {
  await page.goto(
    './?view=dataset&id=uzbek-migrants-series&chart=line&indicator=migrants_abroad_stock&destination=all~RUS~KAZ~TUR~KOR~other',
  );
  const card = page.locator('[data-dataset="uzbek-migrants-series"]');
  const legend = card.locator('.legend');
  for (const period of ['as of 1 Jan 2022', 'Q1 2022', 'end of year']) {
    await expect(legend).toContainText(`figure at a date: ${period}`);
  }
  await expect(card.locator('figcaption.chart-summary')).not.toContainText('-1,502,000');
  await screenshot(page, 'uzbek-stocks-shapes');
});
