import { expect, test, type Page, type Request } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileSystemSource } from '../support/fileSystemSource';
import { formatNumber } from '../../src/i18n/format';
import { loadLocale, setActiveLocale, type Locale } from '../../src/i18n/i18n';
import { localizeMeta } from '../../src/data/metaText';
import type { DatasetMeta } from '../../src/data/metadataSchema';
import { viewAt } from '../support/viewAt';
import { watchPage } from './helpers';

/**
 * The pages written at build (src/build/prerenderPages.ts), as a reader without JavaScript, a
 * search engine or a link preview gets them, and as the app takes them over.
 */

const source = fileSystemSource();
const files = await source.listDatasets();
const metas: DatasetMeta[] = await Promise.all(files.map((f) => source.loadMetadata(f)));
const LANGS: { locale: Locale; prefix: string }[] = [
  { locale: 'en', prefix: '' },
  { locale: 'ru', prefix: 'ru/' },
  { locale: 'uz', prefix: 'uz/' },
];

/** A figure of the dataset's first measured row, as the page writes it in `locale`. */
async function aFigure(meta: DatasetMeta, locale: Locale): Promise<string | undefined> {
  const measure = meta.columns.find((c) => c.role === 'measure');
  if (!measure) return undefined;
  const table = await source.loadTable(meta);
  const values = table.array(measure.name) as (number | null)[];
  const value = values.find((v): v is number => typeof v === 'number');
  if (value === undefined) return undefined;
  await loadLocale(locale);
  setActiveLocale(locale);
  return formatNumber(value);
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const { locale, prefix } of LANGS) {
    test(`every dataset page shows its figures, citations and CSV link (${locale})`, async ({
      page,
    }) => {
      for (const base of metas) {
        const meta = localizeMeta(base, locale);
        const response = await page.goto(`${prefix}datasets/${meta.id}/`);
        expect(response?.status(), meta.id).toBe(200);
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        const card = page.locator(`article.dataset-card[data-dataset="${meta.id}"]`);
        await expect(card.getByRole('heading', { level: 2 })).toHaveText(meta.title);
        // Controls that need the app say so rather than take a choice and lose it.
        await expect(page.locator('header select').first()).toBeDisabled();
        // What the default view says in words (its figures from data/), and the citations of
        // the sources it draws, on the Sources panel shown without scripts.
        const { slice, summary } = await viewAt(`?view=dataset&id=${meta.id}`, locale);
        if (summary[0]) await expect(card, meta.id).toContainText(summary[0]);
        for (const s of slice.sources.slice(0, 3)) await expect(card).toContainText(s.citation);
        await expect(card.locator(':scope > .source-line')).toBeVisible();
        const csv = card.getByRole('link', { name: /CSV/ });
        await expect(csv).toBeVisible();
        const href = await csv.getAttribute('href');
        const got = await page.request.get(new URL(href!, page.url()).href);
        expect(got.status()).toBe(200);
        expect(await got.text()).toBe(readFileSync(`data/${meta.file}`, 'utf8'));
      }
    });
  }

  test('the overview, UN and compare pages show their figures', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('article.dataset-card[data-dataset]')).toHaveCount(metas.length);
    const remittances = metas.find((m) => m.id === 'remittances')!;
    const figure = await aFigure(remittances, 'en');
    await expect(page.locator('article[data-dataset="remittances"]')).toContainText(figure!);

    await page.goto('un/');
    // The UN view's largest destination of Uzbekistan's emigrants, with the source line.
    await expect(page.locator('main')).toContainText('Russia');
    await expect(page.locator('.source-line').first()).toContainText(/United Nations/);

    await page.goto('ru/compare/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.locator('table').first()).toContainText(/\d/);
  });

  test('the overview lists each table’s first rows and links to the whole; the UN and compare pages link their CSV files', async ({
    page,
  }) => {
    await page.goto('./');
    const card = page.locator('article[data-dataset="tajik-migrants-series"]');
    await expect(card.locator('table tbody tr')).toHaveCount(8);
    const whole = card.getByRole('link', { name: /^Rows 1–8 of \d+: every row/ });
    const rows = (await viewAt('?view=dataset&id=tajik-migrants-series', 'en')).slice.observations
      .length;
    await expect(whole).toHaveText(new RegExp(`of ${rows}:`));
    // The dataset's written page, with every row: readable without scripts too.
    await whole.click();
    await expect(page).toHaveURL(/\/datasets\/tajik-migrants-series\/$/);
    const table = page.locator('article[data-dataset="tajik-migrants-series"] table tbody tr');
    await expect(table).toHaveCount(rows);

    // The UN page draws the whole 2020 table by sex.
    const un = metas.find((m) => m.id === 'un-ims2020-bilateral-by-sex')!;
    for (const { path, files } of [
      { path: 'un/', files: [un.file] },
      { path: 'compare/', files: ['tajik-migrants-series.csv', 'uzbek-migrants-series.csv'] },
    ]) {
      await page.goto(path);
      const links = page.getByRole('link', { name: /^The whole table \(CSV\)/ });
      const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      for (const file of files) {
        const href = hrefs.find((h) => h.endsWith(`/data/${file}`));
        expect(href, `${path}: ${file}`).toBeDefined();
        const got = await page.request.get(href!);
        expect(await got.text()).toBe(readFileSync(`data/${file}`, 'utf8'));
      }
    }
  });
});

test('every page the sitemap lists is there, and names itself canonical', async ({ request }) => {
  const sitemap = await (await request.get('sitemap.xml')).text();
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  expect(locs.length).toBe(3 * (metas.length + 3));
  const site = locs[0]!;
  expect(await (await request.get('robots.txt')).text()).toContain(`Sitemap: ${site}sitemap.xml`);
  for (const loc of locs) {
    const response = await request.get(loc.slice(site.length) || './');
    expect(response.status(), loc).toBe(200);
    // The page written for it, not the overview a static host falls back to.
    expect(await response.text(), loc).toContain(`<link rel="canonical" href="${loc}" />`);
  }
});

/** Messages React gives when the HTML it takes over does not match its first render. */
const MISMATCH = /hydrat|mismatch|Minified React error #(418|419|421|422|423|425)/i;

/**
 * Loads a page written at build, marks its HTML before the app runs, and waits for the app to
 * draw its chart: the marked nodes must still be there (taken over, not thrown away and drawn
 * again) and nothing may have been reported.
 */
async function takesOver(page: Page, path: string, expectKept = true) {
  const reported: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning' || MISMATCH.test(m.text())) {
      reported.push(`${m.type()}: ${m.text()}`);
    }
  });
  page.on('pageerror', (e) => reported.push(`page error: ${e.message}`));
  const problems = watchPage(page);
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { written: Element | null }).written = document.querySelector(
        '#root header, #root main',
      );
    });
  });
  await page.goto(path);
  // React holds the page, and every chart's room within reach has its chart (an overview card
  // further down draws as the reader scrolls to it).
  await page.waitForFunction(
    () =>
      Object.keys(document.getElementById('root')!).some((k) => k.startsWith('__reactContainer')) &&
      ![...document.querySelectorAll('.chart-room')].some(
        (room) => room.getBoundingClientRect().top < 2 * innerHeight,
      ),
  );
  const kept = await page.evaluate(() => {
    const written = (window as unknown as { written: Element | null }).written;
    return written !== null && document.contains(written);
  });
  expect(kept, `${path}: the page's HTML was taken over`).toBe(expectKept);
  // Its controls work once React holds the page; until then they are disabled (a choice made
  // before would be lost), as they stay without JavaScript.
  await expect(page.locator('fieldset.page-live:not([disabled])')).toHaveCount(1);
  // (An embed has no header.)
  if (!path.endsWith('embed/')) await expect(page.locator('header select').first()).toBeEnabled();
  expect(reported, path).toEqual([]);
  expect(problems, path).toEqual([]);
}

test.describe('the app takes the written page over', () => {
  test.use({ locale: 'en-GB' });

  // The page carries the rows its views draw: fetching their tables (and the code that queries
  // them) meanwhile would only hold back its take-over on a slow line.
  test('without fetching the tables whose rows the page carries', async ({ page }) => {
    for (const path of ['./', 'datasets/tajik-migrants-by-destination/']) {
      const fetched: string[] = [];
      const listen = (request: Request) => {
        if (/\.arrow\.gz(\?|$)/.test(request.url())) fetched.push(request.url());
      };
      page.on('request', listen);
      await page.goto(path);
      await expect(page.locator('fieldset.page-live:not([disabled])')).toHaveCount(1);
      page.off('request', listen);
      expect(fetched, path).toEqual([]);
    }
  });

  test('each dataset page, in English', async ({ page }) => {
    for (const meta of metas) await takesOver(page, `datasets/${meta.id}/`);
  });

  for (const { locale, prefix } of LANGS) {
    test(`the overview, UN and compare pages and a dataset (${locale})`, async ({ page }) => {
      // A browser without Uzbek Intl data (Debian's Chromium) writes Uzbek numbers and dates
      // otherwise than the build did: it renders the page afresh, without a mismatch.
      await page.goto('about:blank');
      const hasData = await page.evaluate(
        (tag) =>
          new Intl.NumberFormat(tag).format(1000.5) !== new Intl.NumberFormat('en').format(1000.5),
        locale,
      );
      for (const path of [
        '',
        'un/',
        'compare/',
        'datasets/tajik-migrants-series/',
        // The embeds' pages (the snippet's iframes), taken over as the others are.
        'datasets/tajik-migrants-by-sex/embed/',
        'un/embed/',
        'compare/embed/',
      ]) {
        await takesOver(page, `${prefix}${path}` || './', locale === 'en' || hasData);
      }
    });
  }
});
