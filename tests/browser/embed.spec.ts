import { expect, test, type BrowserContext, type Frame, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { openTab, screenshot, openHostPage, watchPage } from './helpers';

test('a presenter copies the snippet; the host page shows the chart with its filters and source, sized to fit', async ({
  page,
  context,
  baseURL,
}) => {
  await page.goto('./?view=dataset&id=tajik-migrants-by-sex&sex=total~female');
  await openTab(page.locator('[data-dataset="tajik-migrants-by-sex"]'), 'Embed');
  const snippet = await page.getByLabel(/Paste this into your page/).inputValue();
  // The embed's page written at build, which a reader without scripts can read too, with the
  // filters as its query.
  expect(snippet).toContain('datasets/tajik-migrants-by-sex/embed/?sex=total~female');

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
  // (The site's page written at build, the overview, is not shown in the chart's place.)
  await expect(blocked.host.frameLocator('iframe').locator('#root')).toBeHidden();
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

/**
 * The tallest an embed may be at 640 px wide (and wider): about a Datawrapper or Our World in
 * Data embed, a chart, its title and a source line. Before compact embeds: 2,077 px for a
 * dataset and 10,538 px for the comparison at 640 px.
 */
const EMBED_MAX_AT_640 = 700;
/** At 320 px the same embed wraps its words: bounded too, if more loosely. */
const EMBED_MAX_AT_320 = 1000;

const DATASET_IDS = readdirSync('data')
  .filter((f) => f.endsWith('.meta.json'))
  .map((f) => f.replace(/\.meta\.json$/, ''));
const EMBEDS = [
  ...DATASET_IDS.map((id) => ({ query: `?view=dataset&id=${id}&embed=1`, chartId: id })),
  { query: '?view=un&embed=1', chartId: 'ca-migration-un' },
  { query: '?view=compare&embed=1', chartId: 'ca-migration-compare' },
];

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  // A static host ignores the query: the snippet's iframe opens the embed's own page, which
  // shows the compact embed (not the overview): title, what is drawn, the table, one source
  // line and the data's CSV, and not every citation or the dashboard around it.
  for (const { path, title, figure, source } of [
    {
      path: 'datasets/tajik-migrants-by-sex/embed/',
      title: 'Tajik labour migrants who went abroad, by sex',
      figure: '97,210',
      source: 'Source: Asia-Plus (2024)',
    },
    {
      path: 'un/embed/',
      title: 'Where people born in Uzbekistan live, 2020 (both sexes)',
      figure: '1,146,175',
      source: 'United Nations',
    },
    {
      path: 'ru/compare/embed/',
      title: 'Сравнение показателей',
      figure: 'Узбекистан',
      source: 'Источник',
    },
  ]) {
    test(`${path} shows its table, source line and CSV`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading').first()).toContainText(title);
      await expect(page.locator('.site-header, .front-door')).toHaveCount(0);
      await expect(page.locator('table').first()).toBeVisible();
      await expect(page.locator('main')).toContainText(figure);
      await expect(page.locator('article > .source-line')).toHaveCount(1);
      await expect(page.locator('article > .source-line')).toContainText(source);
      await expect(page.locator('.citation:visible')).toHaveCount(0);
      const csv = page.getByRole('link', { name: /CSV/ }).first();
      const got = await page.request.get(
        new URL((await csv.getAttribute('href'))!, page.url()).href,
      );
      expect(got.status()).toBe(200);
      expect(await got.text()).toMatch(/^[a-z_]+,/);
    });
  }
});

/** A host page with one iframe in a column `width` px wide, keeping every message it gets. */
async function hostColumn(context: BrowserContext, width: number) {
  const opened = await openHostPage(
    context,
    `<div style="width: ${width}px"><iframe id="embed" title="Chart" style="width: 100%; height: 480px; border: 0"></iframe></div>
     <script>window.received = []; window.addEventListener('message', (e) => window.received.push(e.data));</script>`,
  );
  await opened.host.setViewportSize({ width: width + 40, height: 900 });
  const frame = (await opened.host.locator('#embed').elementHandle())!.contentFrame();
  return { ...opened, frame: (await frame)! };
}

/**
 * Opens `url` in the host's iframe and waits until it is drawn: its drawing, source line and
 * "Get the data" shown, and every cut drawing measured as it now is. Returns its height.
 */
async function openEmbed(host: Page, frame: Frame, url: string, lang = 'en'): Promise<number> {
  await host.evaluate((src) => {
    (window as unknown as { received: unknown[] }).received = [];
    document.querySelector('iframe')!.src = src;
  }, url);
  await frame.waitForURL(url);
  await expect(
    frame.locator('.recharts-surface, .figures, .timeline, .matrix').first(),
  ).toBeVisible();
  // The embed's one source line (a matrix also cites in its cells).
  await expect(frame.locator('article > .source-line')).toBeVisible();
  await expect(frame.getByText(GET_DATA[lang]!, { exact: true })).toBeVisible();
  await frame.waitForFunction(() =>
    [...document.querySelectorAll<HTMLElement>('.chart-clamp')].every(
      (clamp) =>
        clamp.dataset.measured ===
        String(Math.round(clamp.firstElementChild!.getBoundingClientRect().height)),
    ),
  );
  return frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
}

/**
 * The legend entries a reader cannot see without opening the whole chart: below the height the
 * clamp shows, or under the fade at its foot (2.5rem). Entries behind a closed disclosure (the
 * key to the marks) are opened on demand and not counted.
 */
function legendCut(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const fade = 2.5 * parseFloat(getComputedStyle(document.documentElement).fontSize);
    return [...document.querySelectorAll<HTMLElement>('.legend li')]
      .filter((li) => !li.closest('details:not([open])'))
      .filter((li) => {
        const clamp = li.closest('.chart-clamp.clamped');
        return (
          clamp !== null &&
          li.getBoundingClientRect().bottom > clamp.getBoundingClientRect().bottom - fade
        );
      })
      .map((li) => li.textContent ?? '');
  });
}

/** "Get the data" in each language the spec reads an embed in. */
const GET_DATA: Record<string, string> = {
  en: 'Get the data',
  ru: 'Получить данные',
  uz: 'Maʼlumotlarni olish',
};

test(`every dataset's embed, the UN and the compare embed: at most ${EMBED_MAX_AT_640} px tall at 640 and 1,200 px (in Russian and Uzbek too), with their legend, source line and Get the data, and both height messages sent`, async ({
  context,
  baseURL,
}) => {
  const heights: Record<string, Record<string, number>> = {};
  // Every width in English; Russian and Uzbek, whose words run longer, at 640 px.
  const runs = [
    ...[320, 640, 1200].map((width) => ({ width, lang: 'en' })),
    { width: 640, lang: 'ru' },
    { width: 640, lang: 'uz' },
  ];
  for (const { width, lang } of runs) {
    const { host, frame, close } = await hostColumn(context, width);
    for (const { query: shown, chartId } of EMBEDS) {
      const query = lang === 'en' ? shown : `${shown}&lang=${lang}`;
      const height = await openEmbed(host, frame, `${baseURL}${query}`, lang);
      (heights[shown] ??= {})[`${lang} ${width}`] = height;
      // Which line or bar is which is read without opening the whole chart.
      expect.soft(await legendCut(frame), `legend cut in ${query} at ${width} px`).toEqual([]);
      // The host is told the height in our message and in Datawrapper's, for CMSs that listen.
      await host.waitForFunction(
        ({ height, chartId }) => {
          const got = (window as unknown as { received: Record<string, unknown>[] }).received;
          return (
            got.some((m) => m.type === 'ca-migration-embed-height' && m.height === height) &&
            got.some(
              (m) =>
                (m['datawrapper-height'] as Record<string, number> | undefined)?.[chartId] ===
                height,
            )
          );
        },
        { height, chartId },
      );
      const bound = width === 320 ? EMBED_MAX_AT_320 : EMBED_MAX_AT_640;
      expect.soft(height, `${query} at ${width} px`).toBeLessThanOrEqual(bound);
    }
    close();
  }
  console.log(
    Object.entries(heights)
      .map(([query, h]) => `${query.padEnd(60)} ${Object.values(h).join(' ')}`)
      .join('\n'),
  );
});

test('the embed keeps its figures one click away: Get the data opens the downloads, "and 14 more" every citation, Show the whole chart the rest', async ({
  page,
}) => {
  await page.setViewportSize({ width: 640, height: 800 });
  await page.goto('./?view=dataset&id=unemployment&embed=1');
  const csv = page.getByRole('button', { name: 'CSV of this view' });
  await expect(page.locator('.source-line')).toHaveText(
    'Sources: Kun.uz (2018); Tashkent Times (2022) and 14 more',
  );
  await expect(csv).toBeHidden();
  await page.getByRole('button', { name: 'Get the data' }).click();
  await expect(csv).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Download' })).toBeFocused();

  await page.getByRole('button', { name: 'and 14 more' }).click();
  await expect(page.getByRole('tab', { name: 'Sources' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel')).toContainText('National Statistical Committee');

  // Figures in doubt stay announced beside the chart, their notes behind their heading; so do
  // the break in the series and the key to the marks. Which line is which is above the chart.
  await page.getByRole('tab', { name: 'Chart' }).click();
  await expect(page.getByText('Figures in doubt (3)')).toBeVisible();
  const series = page.locator('figure.chart > .legend li');
  await expect(series).toHaveCount(7);
  for (const item of await series.all()) await expect(item).toBeInViewport();
  const ringed = page.getByText('ringed: a figure the data itself calls into doubt (see below)');
  await expect(ringed).toBeHidden();
  await page.getByText('Key to the marks (11)').click();
  await expect(ringed).toBeVisible();
  const breakNote = page.getByText(/^Break in series \(2017\/2018\)$/);
  await expect(breakNote).toBeVisible();
  await breakNote.click();
  await expect(page.locator('.break-note')).toContainText('2018');

  // A drawing taller than the embed has room for: the rest one click away.
  await page.goto('./?view=dataset&id=un-ims2020-totals-by-destination&embed=1');
  const whole = page.getByRole('button', { name: 'Show the whole chart' });
  await expect(whole).toHaveAttribute('aria-expanded', 'false');
  const more = page.getByText('The 15 largest are drawn; 217 more are in the table.');
  await expect(more).not.toBeInViewport();
  // Its legend (the UN's types of data) is read without it.
  for (const item of await page.locator('.legend li').all()) await expect(item).toBeInViewport();
  await whole.click();
  await expect(whole).toHaveAttribute('aria-expanded', 'true');
  await more.scrollIntoViewIfNeeded();
  await expect(more).toBeInViewport();

  for (const view of ['un', 'compare']) {
    await page.goto(`./?view=${view}&embed=1`);
    const viewCsv = page.getByRole('button', { name: 'CSV of this view' });
    await expect(page.locator('.source-line')).toBeVisible();
    await expect(viewCsv).toBeHidden();
    await page.getByText('Get the data', { exact: true }).click();
    await expect(viewCsv).toBeVisible();
  }
});

test('the compare embed shows one country, the one its address names, and switches inside the embed', async ({
  page,
}) => {
  await page.goto('./?view=compare&embed=1&country=TJK');
  await expect(page.locator('.compare-country')).toHaveCount(1);
  await expect(page.locator('.compare-country h3')).toHaveText('Tajikistan');
  await expect(page.getByRole('radio', { name: 'Tajikistan' })).toBeChecked();
  await page.getByRole('radio', { name: 'Kyrgyzstan' }).check();
  await expect(page.locator('.compare-country h3')).toHaveText('Kyrgyzstan');
  await expect(page).toHaveURL(/[?&]country=KGZ(&|$)/);
  // Without a country: the first, Uzbekistan.
  await page.goto('./?view=compare&embed=1');
  await expect(page.locator('.compare-country h3')).toHaveText('Uzbekistan');
});

test('an address asking for another view drops the page written for the site, even before the app comes', async ({
  page,
}) => {
  // The page's own code never comes: what is left is what the page's HTML and its one inline
  // script make of it.
  await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
  await page.goto('./?view=dataset&id=unemployment&embed=1');
  // The overview's key figures and 58 source lines were there, hidden, for anything to find.
  await expect(page.locator('.key-figure')).toHaveCount(0);
  await expect(page.locator('.source-line')).toHaveCount(0);
  // The page itself, without a query, keeps them (and stays readable without scripts).
  await page.goto('./');
  await expect(page.locator('.key-figure')).toHaveCount(4);
});

test('a dark embed is dark from its first paint, before any of its scripts has run', async ({
  context,
  baseURL,
}) => {
  // The page's own code never comes: what shows is what the HTML and CSS paint alone.
  await context.route(/\/assets\/.*\.js$/, (route) => route.abort());
  const { host, close } = await openHostPage(
    context,
    `<iframe src="${baseURL}?view=dataset&id=tajik-migrants-by-sex&embed=1&theme=dark" title="Chart" style="width: 100%; height: 480px; border: 0"></iframe>`,
  );
  const frame = host.frameLocator('iframe');
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
  // Nor the overview the site's page was written with, in the chart's place.
  await expect(frame.locator('#root')).toBeHidden();
  const painted = await frame.locator('html').evaluate((html) => {
    const style = getComputedStyle(html);
    return { scheme: style.colorScheme, background: style.backgroundColor };
  });
  expect(painted).toEqual({ scheme: 'dark', background: 'rgb(18, 20, 23)' });
  await expect(frame.locator('meta[name="color-scheme"]')).toHaveAttribute('content', 'light dark');
  close();
});
