import { expect, test, type Locator, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { parseCsv, screenshot, openHostPage } from './helpers';

/** Opens the view's Download menu, clicks `name`, and returns the file's bytes and name. */
async function download(page: Page, name: string | RegExp) {
  const menu = page.locator('.download-menu').first();
  // The menu stays open after a download (focus stays on its button): open it only when closed.
  if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    menu.getByRole('button', { name }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

const unzip = (bytes: Buffer) =>
  Object.fromEntries(
    // Buffer keeps the CSV's BOM (TextDecoder would drop it).
    Object.entries(unzipSync(new Uint8Array(bytes))).map(([n, b]) => [
      n,
      Buffer.from(b).toString('utf8'),
    ]),
  );

test.describe('compare view', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('./?view=compare');
    await expect(
      page.locator('[data-country="KGZ"] .recharts-bar-rectangle').first(),
    ).toBeVisible();
  });

  test('its CSV rows equal the tables, and the bars drawn are its rows counted in people', async ({
    page,
  }) => {
    const csv = parseCsv((await download(page, 'CSV of this view')).bytes.toString('utf8'));
    const [header, ...rows] = csv;
    const col = (name: string) => header!.indexOf(name);
    for (const country of ['UZB', 'TJK', 'KGZ']) {
      const inFile = rows.filter((r) => r[col('country')] === country);
      const shown = page.locator(`.compare-country`).nth(['UZB', 'TJK', 'KGZ'].indexOf(country));
      await expect(shown.locator('tbody tr')).toHaveCount(inFile.length);
      // Each bar is one row of the file, in the same order: the figures counted in people.
      const people = inFile.filter((r) => /person|people/.test(r[col('unit')]!));
      const bars = page.locator(`[data-country="${country}"] .recharts-bar-rectangle`);
      await expect(bars).toHaveCount(people.length);
      const labels = await page
        .locator(`[data-country="${country}"] .recharts-label-list text`)
        .allTextContents();
      // Grouped by kind and period, so compared as sets of figures.
      expect(labels.map((l) => l.replace(/\D/g, '')).sort()).toEqual(
        people.map((r) => r[col('value')]!).sort(),
      );
    }
    // Kyrgyzstan's figures include the UN's published total of its emigrants.
    expect(rows.some((r) => r[col('country')] === 'KGZ' && r[col('value')] === '754981')).toBe(
      true,
    );
  });

  test('its legend lists only what each chart draws; its SVG and PNG show every country', async ({
    page,
  }) => {
    // No chart draws shares (they stay in the tables): no legend says "Share of labour migrants".
    await expect(page.locator('.compare .legend')).not.toContainText(['Share of labour migrants']);
    const kgzLegend = page.locator('[data-country="KGZ"] .legend li');
    await expect(kgzLegend).toHaveCount(1);
    await expect(kgzLegend).toContainText('Stock: people born in the country');
    await expect(page.locator('[data-country="TJK"] .legend')).toContainText('Outlined, ≠');

    // Eighteen charts do not fit one readable slide: several slides, each complete, in a zip.
    const svgs = await download(page, 'Chart as SVG (slide, 1,200 × 675)');
    expect(svgs.name).toMatch(/^compare-measures_slide_.*\.zip$/);
    const files = Object.values(unzip(svgs.bytes));
    expect(files.length).toBeGreaterThan(1);
    const svg = files.join('\n');
    // Each chart captioned with its country and what it holds.
    for (const country of ['Uzbekistan', 'Tajikistan', 'Kyrgyzstan']) {
      expect(svg).toContain(`>${country}: `);
    }
    expect(svg).toContain('754,981');
    expect(svg).toContain('591,211');
    expect(svg).not.toContain('Share of labour migrants');
    for (const file of files) {
      const [, width, height] = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(file)!;
      expect([Number(width), Number(height)]).toEqual([1200, 675]);
    }

    const pngs = unzipSync(
      new Uint8Array((await download(page, 'Chart as PNG (slide, 1,200 × 675)')).bytes),
    );
    expect(Object.keys(pngs)).toHaveLength(files.length);
    for (const png of Object.values(pngs).map((b) => Buffer.from(b))) {
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      // Drawn at twice the slide's size, never a strip.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([2400, 1350]);
    }
  });

  test('its full data and data package: every dataset it draws from, cited', async ({ page }) => {
    const full = await download(page, 'Full data of every dataset shown (.zip)');
    expect(full.name).toMatch(/^compare-measures_full_\d{4}-\d{2}-\d{2}\.zip$/);
    const fullFiles = unzip(full.bytes);
    expect(Object.keys(fullFiles)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^un-migrant-stock-2019_full_.*\.csv$/),
        expect.stringMatching(/^un-emigrant-totals-2019_full_.*\.csv$/),
        expect.stringMatching(/^tajik-migrants-series_full_.*\.csv$/),
        'metadata.json',
        'README.md',
      ]),
    );
    const unFull = Object.entries(fullFiles).find(([n]) => n.startsWith('un-migrant-stock-2019'))!;
    // The whole UN table: 76,772 rows and the header.
    expect(parseCsv(unFull[1])).toHaveLength(76773);

    const pkg = unzip((await download(page, /Data package/)).bytes);
    const csvName = Object.keys(pkg).find((n) => n.endsWith('.csv'))!;
    const metadata = JSON.parse(pkg['metadata.json']!) as {
      datasets: { id: string; sources: unknown[] }[];
      download: { files: { rows: number }[] };
    };
    expect(metadata.datasets.map((d) => d.id)).toEqual(
      expect.arrayContaining(['un-migrant-stock-2019', 'un-emigrant-totals-2019']),
    );
    expect(metadata.download.files[0]!.rows).toBe(parseCsv(pkg[csvName]!).length - 1);
    expect(pkg['README.md']).toContain('International Migrant Stock 2019');
    expect(pkg['README.md']).toContain('CC BY 3.0 IGO');
  });
});

test('each kind of figure and period on an axis of its own: the Q1 2023 departures stand alone, their doubt written', async ({
  page,
}) => {
  await page.goto('./?view=compare');
  const q1 = page.locator('[data-country="UZB"] figure.chart[aria-label*="Q1 2023"]');
  await expect(q1.locator('.recharts-bar-rectangle')).toHaveCount(1, { timeout: 30_000 });
  await expect(q1).toContainText('Flow: people who left during the period');
  // Tajikistan's 2020 figure of 111,000 is flagged by the data itself: said beside the bar and in
  // the summary, in the words of the data's flag column.
  const tjk2020 = page.locator('[data-country="TJK"] figure.chart[aria-label*="2020"]');
  await expect(tjk2020.locator('.recharts-bar-rectangle')).toHaveCount(2);
  await expect(tjk2020.locator('.recharts-label-list')).toContainText(
    '111,000 (conflicts with another figure for the same year)',
  );
  await expect(page.locator('.compare .chart-summary')).toContainText(
    '111,000 (conflicts with another figure for the same year)',
  );
});

/** The numbers of a table's column, as the reader sees them ("1,146,535" → 1146535). */
async function columnNumbers(table: Locator, heading: Locator): Promise<number[]> {
  const index = await heading.evaluate((th) => (th as HTMLTableCellElement).cellIndex);
  return (await table.locator(`tbody tr td:nth-child(${index + 1})`).allTextContents()).map((v) =>
    Number(v.replace(/\(.*$/, '').replace(/[^\d.]/g, '')),
  );
}

test('the UN and compare tables sort by any column from its heading, with aria-sort, as a dataset’s does', async ({
  page,
}) => {
  await page.goto('./?view=un');
  const un = page.locator('.un-panel table.data-table').first();
  const people = un
    .locator('th')
    .filter({ has: page.getByRole('button', { name: /^Number of people/ }) });
  await expect(people).toHaveAttribute('aria-sort', 'none');
  // As the UN gives them: largest first. Sorted ascending by Enter on the heading, then back.
  const given = await columnNumbers(un, people);
  expect(given.length).toBeGreaterThan(5);
  await people.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(people).toHaveAttribute('aria-sort', 'ascending');
  const ascending = await columnNumbers(un, people);
  expect(ascending).toEqual([...given].sort((a, b) => a - b));
  await people.getByRole('button').click();
  await expect(people).toHaveAttribute('aria-sort', 'descending');
  expect(await columnNumbers(un, people)).toEqual([...given].sort((a, b) => b - a));
  // By country name, in the reader's language's order; the other headings say none.
  const country = un.locator('th').filter({ has: page.getByRole('button', { name: /^Country/ }) });
  await country.getByRole('button').click();
  await expect(country).toHaveAttribute('aria-sort', 'ascending');
  await expect(people).toHaveAttribute('aria-sort', 'none');
  const names = await un.locator('tbody tr td:first-child').allTextContents();
  expect(names).toEqual([...names].sort(new Intl.Collator('en').compare));

  await page.goto('./?view=compare');
  // The tables come one by one: read the column once the view has them all.
  await expect(page.locator('article.compare')).toHaveAttribute('aria-busy', 'false');
  const compare = page.locator('.compare-country table.data-table').first();
  const value = compare.locator('th').filter({ has: page.getByRole('button', { name: /^Value/ }) });
  await expect(value).toHaveAttribute('aria-sort', 'none');
  const figures = await columnNumbers(compare, value);
  expect(figures.length).toBeGreaterThan(3);
  await value.getByRole('button').click();
  await value.getByRole('button').click();
  await expect(value).toHaveAttribute('aria-sort', 'descending');
  expect(await columnNumbers(compare, value)).toEqual([...figures].sort((a, b) => b - a));
});

test('every panel the title names is drawn: Uzbekistan and Tajikistan, in 2020 and in 1990', async ({
  page,
}) => {
  await page.goto('./?view=un&lang=ru&vs=TJK&vsyear=1990');
  await expect(page.locator('h2').first()).toContainText('1990');
  await expect(page.locator('.un-panel h3')).toHaveText(
    [
      'Узбекистан, 2020 (оба пола)',
      'Таджикистан, 2020 (оба пола)',
      'Узбекистан, 1990 (оба пола)',
      'Таджикистан, 1990 (оба пола)',
    ],
    { timeout: 30_000 },
  );
  await page.goto('./?view=un&lang=ru&vs=TJK&vsyear=1990&show=flows');
  await expect(page.locator('figure.flows')).toHaveCount(2, { timeout: 30_000 });
  await expect(page.locator('figure.flows').nth(1)).toHaveAttribute('aria-label', /1990/);
  await page.goto('./?view=un&lang=ru&vs=TJK&vsyear=1990&show=map');
  await expect(page.locator('.map-caption')).toHaveText(
    [
      'Узбекистан, 2020 (оба пола)',
      'Таджикистан, 2020 (оба пола)',
      'Узбекистан, 1990 (оба пола)',
      'Таджикистан, 1990 (оба пола)',
    ],
    { timeout: 30_000 },
  );
});

test('a flows total is the sum over every origin drawn: Israel over all three', async ({
  page,
}) => {
  await page.goto('./?view=un&vs=TJK~KGZ&show=flows');
  const israel = page.locator('figure.flows rect[aria-label^="Israel, 2020"]');
  await expect(israel).toHaveCount(1, { timeout: 30_000 });
  const [header, ...rows] = parseCsv(
    (await download(page, 'CSV of this view')).bytes.toString('utf8'),
  );
  const stock = header!.findIndex((h) => h.startsWith('stock'));
  const into = rows.filter((r) => r[header!.indexOf('destination_iso3')] === 'ISR');
  expect(into.map((r) => r[header!.indexOf('origin_iso3')]).sort()).toEqual(['KGZ', 'TJK', 'UZB']);
  const sum = into.reduce((s, r) => s + Number(r[stock]), 0);
  await expect(israel).toHaveAttribute(
    'aria-label',
    `Israel, 2020: ${sum.toLocaleString('en')} (sum, derived)`,
  );
});

test('shares hold for every drawing: the map’s bins are shares, and the axes end on a round tick', async ({
  page,
}) => {
  await page.goto('./?view=un&measure=share&show=map');
  const legend = page.locator('figure.world-map .map-legend');
  await expect(legend).toContainText('%', { timeout: 30_000 });
  await expect(legend).not.toContainText('1,000,000');
  await page.goto('./?view=un&measure=share&vs=TJK~KGZ');
  // The bars' value axis: its tick figures (the other ticks name countries).
  const ticks = page.locator('.un-panel').first().locator('figure.chart').first();
  const figures = ticks.locator('.recharts-cartesian-axis-tick-value');
  await expect(figures.first()).toBeVisible({ timeout: 30_000 });
  const numbers = (await figures.allTextContents())
    .filter((t) => /^[\d,.]+$/.test(t))
    .map((t) => Number(t.replace(/,/g, '')));
  expect(numbers.length).toBeGreaterThan(1);
  // Russia's 79.4 % of the Tajik-born abroad (466,252 of 586,851, the largest share drawn) under
  // an axis that ends on a round tick, not at "79.449".
  expect([80, 100]).toContain(Math.max(...numbers));
});

test('the map with several origins draws one map for each, on one legend, and downloads them all', async ({
  page,
}) => {
  await page.goto('./?view=un&show=map&vs=TJK~KGZ');
  const maps = page.locator('figure.world-map .map-panel');
  await expect(maps).toHaveCount(3);
  const russia = { UZB: '1146175', TJK: '466252', KGZ: '591025' };
  for (const [country, value] of Object.entries(russia)) {
    const map = page.locator(`.map-panel[data-country="${country}"]`);
    await expect(map.locator('path[data-iso3="RUS"]')).toHaveAttribute('data-value', value);
  }
  await expect(page.locator('.map-caption')).toHaveText([
    'Uzbekistan, 2020 (both sexes)',
    'Tajikistan, 2020 (both sexes)',
    'Kyrgyzstan, 2020 (both sexes)',
  ]);
  await expect(page.locator('figure.world-map .map-legend')).toHaveCount(1);
  await expect(page.locator('figure.world-map .map-title')).toHaveText(
    'Where people born in Uzbekistan, Tajikistan, and Kyrgyzstan live, 2020 (both sexes)',
  );
  // One set of bins: the same colour is the same number on every map.
  const fillOf = (country: string, iso3: string) =>
    page
      .locator(`.map-panel[data-country="${country}"] path[data-iso3="${iso3}"]`)
      .getAttribute('fill');
  expect(await fillOf('TJK', 'RUS')).toBe(await fillOf('KGZ', 'RUS'));
  await screenshot(page, 'un-map-several-origins');

  const [header, ...rows] = parseCsv(
    (await download(page, 'CSV of this view')).bytes.toString('utf8'),
  );
  const origin = header!.indexOf('origin_iso3');
  const stock = header!.findIndex((h) => h.startsWith('stock'));
  const destination = header!.indexOf('destination_iso3');
  for (const [country, value] of Object.entries(russia)) {
    const row = rows.find((r) => r[origin] === country && r[destination] === 'RUS');
    expect(row?.[stock]).toBe(value);
  }
  // Three maps side by side would be too small on a slide: one slide each, in a zip.
  const svg = Object.values(
    unzip((await download(page, 'Chart as SVG (slide, 1,200 × 675)')).bytes),
  ).join('\n');
  for (const caption of ['Uzbekistan', 'Tajikistan', 'Kyrgyzstan'].map(
    (c) => `${c}, 2020 (both sexes)`,
  )) {
    expect(svg).toContain(`>${caption}</text>`);
  }
  expect(svg.match(/data-iso3="RUS"/g)).toHaveLength(3);
});

test('the flows are explored by keyboard: each band and node shows its hover tooltip on focus', async ({
  page,
}) => {
  await page.goto('./?view=un&vs=TJK~KGZ&show=flows');
  const flows = page.locator('figure.flows');
  const first = flows.locator('[data-flow][tabindex="0"]');
  await expect(first).toHaveCount(1);
  await first.focus();
  const tooltip = flows.locator('.flows-tooltip');
  await expect(tooltip).toContainText('Uzbekistan, 2020: 2,027,823 (sum, derived)');
  await page.keyboard.press('ArrowDown');
  const focused = page.locator('[data-flow]:focus');
  await expect(focused).toHaveAttribute('data-flow', /^link:/);
  await expect(focused).toHaveAttribute('aria-label', 'Uzbekistan → Russia, 2020: 1,146,175');
  await expect(tooltip).toContainText('Uzbekistan → Russia, 2020: 1,146,175');
  // Visible focus: the focused band is outlined in the text colour, 2 px.
  const [stroke, width] = await focused.evaluate((e) => [
    getComputedStyle(e).stroke,
    getComputedStyle(e).strokeWidth,
  ]);
  expect(stroke).toBe(await page.evaluate(() => getComputedStyle(document.body).color));
  expect(width).toBe('2px');
  await page.keyboard.press('End');
  await expect(page.locator('[data-flow]:focus')).toHaveAttribute('data-flow', /^node:/);
  // The same words on hover as on focus.
  const band = flows.locator('path[data-flow="link:0"]');
  await page.locator('h2').first().hover();
  await band.hover({ force: true });
  await expect(tooltip).toContainText((await band.getAttribute('aria-label'))!);
});

for (const width of [320, 390, 1280]) {
  test(`flow labels are not cut at the edge at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('./?view=un&vs=TJK~KGZ&show=flows');
    const svg = page.locator('figure.flows svg.recharts-surface');
    await expect(svg.locator('text').first()).toBeVisible();
    const outside = await svg.evaluate((s) => {
      const box = s.getBoundingClientRect();
      return [...s.querySelectorAll('text')]
        .map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() }))
        .filter(
          ({ r }) => r.left < box.left - 1 || r.right > box.right + 1 || r.bottom > box.bottom + 1,
        )
        .map(({ text }) => text);
    });
    expect(outside).toEqual([]);
    // On a phone the labels wrap so the chart fits the screen: nothing to scroll sideways to
    // (where a single word is still too long, the region scrolls, by keyboard too).
    const region = page.locator('figure.flows [role="region"]');
    await expect(region).toHaveAttribute('tabindex', '0');
    expect(await region.evaluate((r) => r.scrollWidth <= r.clientWidth + 1)).toBe(true);
    await screenshot(page, `un-flows-${width}`, false);
  });
}

test('the UN embed shows the chart, its filters and source, not the controls, on another origin', async ({
  page,
  context,
}) => {
  await page.goto('./?view=un&vs=TJK&year=2015&top=5&measure=share&show=map');
  await page.getByText('Embed this chart').click();
  const snippet = await page.getByLabel(/Paste this into your page/).inputValue();
  // The written embed page, keeping the view's choices.
  expect(snippet).toMatch(/\/un\/embed\/\?/);
  expect(snippet).toMatch(/vs=TJK/);
  const { host, close } = await openHostPage(context, snippet);
  const frame = host.frameLocator('iframe');
  await expect(frame.locator('.map-panel')).toHaveCount(2);
  // No control panel: no selects, no country boxes, no play button.
  await expect(frame.locator('.explore-controls')).toHaveCount(0);
  await expect(frame.locator('select, input[role="combobox"]')).toHaveCount(0);
  // The filters from the URL, in the title and the line under it.
  await expect(frame.locator('h2')).toHaveText(
    'Where people born in Uzbekistan and Tajikistan live, 2015 (both sexes)',
  );
  await expect(frame.locator('.drawn')).toHaveText(
    'The 5 largest, the rest summed (derived) · Share of the total (%) (derived) · both sexes · World map',
  );
  await expect(frame.locator('.map-legend')).toContainText('No data');
  await expect(frame.locator('.source-line').first()).toContainText(
    'United Nations, Department of Economic and Social Affairs',
  );
  await expect(frame.locator('.download-menu')).toHaveCount(1);
  await expect(frame.getByText('Open in the dashboard')).toHaveAttribute('target', '_blank');
  await screenshot(host, 'embed-un-map-no-controls');
  close();
});

test('the sex control: women draws the UN’s figures of women, says so, and keeps it in the address, the embed and the CSV', async ({
  page,
}) => {
  await page.goto('./?view=un');
  const panel = page.locator('.un-panel').first();
  const russia = panel.locator('tbody tr', { hasText: 'Russia' });
  // Both sexes: Uzbek-born in Russia, 2020 (UN DESA, International Migrant Stock 2020).
  await expect(russia.locator('td').nth(1)).toHaveText('1,146,175');
  const sex = page.getByRole('group', { name: 'Sex' });
  // By keyboard: the radio group moves with the arrow keys.
  await sex.getByRole('radio', { name: 'Total', exact: true }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(sex.getByRole('radio', { name: 'Male', exact: true })).toBeChecked();
  await expect(page).toHaveURL(/[?&]sex=male(&|$)/);
  await expect(russia.locator('td').nth(1)).toHaveText('599,311');
  // The bars' own words (the summary says the largest bar's figure): the men's.
  const summary = page.locator('.chart-summary');
  await expect(summary).toContainText('the largest is Russia, 599,311');
  await sex.getByRole('radio', { name: 'Female', exact: true }).check();
  await expect(page).toHaveURL(/[?&]sex=female(&|$)/);
  await expect(page.locator('h2').first()).toHaveText(
    'Where people born in Uzbekistan live, 2020 (women)',
  );
  // The women's figure, and its share of the 976,407 Uzbek-born women abroad (derived).
  await expect(russia.locator('td').nth(1)).toHaveText('546,864');
  await expect(russia.locator('td').nth(2)).toHaveText('56.0');
  await expect(panel.locator('p').first()).toContainText('976,407');
  // The bar of Russia is the women's figure.
  await expect(summary).toContainText('Uzbekistan, 2020 (women): the largest is Russia, 546,864');
  await expect(panel.locator('.recharts-bar-rectangle')).toHaveCount(11);
  const [header, ...rows] = parseCsv(
    (await download(page, 'CSV of this view')).bytes.toString('utf8'),
  );
  const col = (name: string) => header!.indexOf(name);
  expect(new Set(rows.map((r) => r[col('sex')]))).toEqual(new Set(['female']));
  const row = rows.find((r) => r[col('destination_iso3')] === 'RUS')!;
  expect(row[header!.findIndex((h) => h.startsWith('stock'))]).toBe('546864');
  expect(row[col('data_type')]).toBe('B');
  await page.getByText('Embed this chart').click();
  const snippet = await page.getByLabel(/Paste this into your page/).inputValue();
  expect(snippet).toMatch(/sex=female/);
  await screenshot(page, 'un-sex-female');
});

test('every country of birth the UN table has is one pick away: where Ukrainian-born women live, as the UN gives it', async ({
  page,
}) => {
  await page.goto('./?view=un');
  const country = page.getByRole('combobox', { name: 'Country', exact: true });
  // Every origin of the whole UN table is offered, not only the Central Asian five: 232 countries
  // and areas and the UN's "Other".
  await country.fill('');
  await country.press('ArrowDown');
  await expect(page.getByRole('status').filter({ hasText: /countries match/ })).toHaveText(
    '233 countries match',
  );
  await country.fill('Ukr');
  await page.getByRole('listbox').getByRole('option', { name: 'Ukraine' }).click();
  await page
    .getByRole('group', { name: 'Sex' })
    .getByRole('radio', { name: 'Female', exact: true })
    .check();
  await expect(page).toHaveURL(/[?&]country=UKR(&|$)/);
  await expect(page.locator('h2').first()).toHaveText(
    'Where people born in Ukraine live, 2020 (women)',
  );
  // UN DESA, International Migrant Stock 2020: Ukrainian-born women in Russia, 2020, of the
  // 3,360,527 Ukrainian-born women abroad (the sum over the destinations, derived): 52.1 %.
  const panel = page.locator('.un-panel').first();
  const russia = panel.locator('tbody tr', { hasText: 'Russia' });
  await expect(russia.locator('td').nth(1)).toHaveText('1,750,294');
  await expect(russia.locator('td').nth(2)).toHaveText('52.1');
  await expect(panel.locator('p').first()).toContainText('3,360,527');
  await expect(panel.locator('tbody tr', { hasText: 'Italy' }).locator('td').nth(1)).toHaveText(
    '194,023',
  );
  await screenshot(page, 'un-ukraine-women');
});

test('an address naming a country the UN table does not hold says so in the view, and keeps the address', async ({
  page,
}) => {
  await page.goto('./?view=un&country=ATA');
  const notice = page.locator('article .notice[role="status"]');
  await expect(notice).toContainText('Not available in this table: Antarctica.');
  await expect(page.locator('.un-panel')).toHaveCount(0);
  await expect(page).toHaveURL(/country=ATA/);
  const country = page.getByRole('combobox', { name: 'Country', exact: true });
  await country.fill('Afgh');
  await page.getByRole('listbox').getByRole('option', { name: 'Afghanistan' }).click();
  await expect(notice).toHaveCount(0);
  await expect(page.locator('.un-panel')).toHaveCount(1);
  // Afghan-born in Iran, 2020 (UN DESA, International Migrant Stock 2020).
  await expect(
    page.locator('.un-panel').first().locator('tbody tr', { hasText: 'Iran' }).locator('td').nth(1),
  ).toHaveText('2,710,601');
});
