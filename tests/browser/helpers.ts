import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { mkdirSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export const SCREENSHOTS = 'tests/screenshots';

export async function screenshot(page: Page, name: string, fullPage = true) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage });
}

/**
 * Waits until every dataset card has drawn its chart, figures or table, scrolling to each card
 * not drawn yet (an overview card draws as the reader nears it), then back to the top.
 */
export async function waitForCards(page: Page, count: number) {
  await page
    .locator('article.dataset-card[data-dataset]')
    .nth(count - 1)
    .waitFor();
  await page.waitForFunction((n) => {
    const cards = [...document.querySelectorAll('article.dataset-card[data-dataset]')];
    const waiting = cards.filter(
      (card) => !card.querySelector('.recharts-surface, .figures, .timeline, .matrix, .error'),
    );
    waiting[0]?.scrollIntoView({ block: 'center' });
    return cards.length - waiting.length >= n;
  }, count);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * Collects what must never happen on a page: uncaught errors, dialogs (an injected `alert`), and
 * CSP violations. Check `problems` at the end of a test.
 */
export function watchPage(page: Page) {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  return problems;
}

/** The page shows something: the app rendered, not a blank screen. */
export async function expectNotBlank(page: Page) {
  const text = await page.locator('#root').innerText();
  if (text.trim().length < 20) throw new Error(`blank page: "${text}"`);
}

/**
 * Injected markup that would run: elements with event-handler attributes, the `<img src=x>` of
 * the hostile addresses, and inline scripts the page's Content Security Policy does not list by
 * hash. The one inline script a built page has (public/first-paint.js) is listed; anything an
 * address wrote into the page would not be. Data blocks (JSON, JSON-LD) never run.
 */
export async function injectedMarkup(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const policy =
      document
        .querySelector('meta[http-equiv="Content-Security-Policy"]')
        ?.getAttribute('content') ?? '';
    const found = [...document.querySelectorAll('img[src="x"], [onerror], [onload]')].map((e) =>
      e.outerHTML.slice(0, 80),
    );
    for (const script of document.querySelectorAll('script:not([src])')) {
      const type = script.getAttribute('type');
      if (type === 'application/json' || type === 'application/ld+json') continue;
      const text = new TextEncoder().encode(script.textContent ?? '');
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', text));
      const hash = btoa(String.fromCharCode(...digest));
      if (!policy.includes(`'sha256-${hash}'`)) found.push(script.outerHTML.slice(0, 80));
    }
    return found;
  });
}

/** Parses our CSV (BOM, CRLF, RFC 4180) in the test, independently of the app's parser. */
export function parseCsv(text: string): string[][] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 1; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      field += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      endField();
    } else if (c === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else {
      field += c;
    }
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

/** Opens a card's tab (Chart, Table, Sources, Cite, Download, Embed) with a click, and waits for it. */
export async function openTab(
  card: Locator,
  name: 'Chart' | 'Table' | 'Sources' | 'Cite' | 'Download' | 'Embed',
) {
  const tab = card.getByRole('tab', { name, exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

/** Every view of the dashboard, with what shows it has drawn; the layout and axe tests walk them. */
export interface DashboardView {
  name: string;
  url: string;
  ready: string;
  /** Scrolled to first: an overview card draws when the reader comes near it. */
  reach?: string;
}

const datasetIds = readdirSync('data')
  .filter((f) => f.endsWith('.meta.json'))
  .map((f) => f.replace(/\.meta\.json$/, ''));

const DRAWN = 'figure.chart :is(.recharts-surface, .figures, .timeline, .matrix, table), .empty';

export const dashboardViews: DashboardView[] = [
  {
    name: 'overview',
    url: './',
    ready: 'article.dataset-card[data-dataset] .recharts-surface',
    reach: 'article.dataset-card[data-dataset]',
  },
  ...datasetIds.map((id) => ({
    name: `dataset ${id}`,
    url: `./?view=dataset&id=${id}`,
    ready: `[data-dataset="${id}"] :is(${DRAWN})`,
  })),
  { name: 'UN bars', url: './?view=un', ready: '.un-panel table.data-table tbody tr' },
  { name: 'UN map', url: './?view=un&show=map', ready: '.world-map .map-country' },
  { name: 'UN flows', url: './?view=un&show=flows', ready: '.flows .recharts-surface' },
  { name: 'compare', url: './?view=compare', ready: '.compare-country table.data-table tbody tr' },
  { name: 'sources', url: './?view=sources', ready: '.sources-dataset .citation' },
  {
    name: 'dataset embed',
    url: './?view=dataset&id=tajik-migrants-series&embed=1',
    ready: '.recharts-surface',
  },
  { name: 'UN embed', url: './?view=un&embed=1', ready: '.un-panel .recharts-surface' },
  {
    name: 'compare embed',
    url: './?view=compare&embed=1',
    // One country's charts; its table is in the dashboard and the downloads.
    ready: '.compare-country .recharts-surface',
  },
];

/** Opens a view and waits for its figures (the UN table takes a while on a busy machine). */
export async function openView(page: Page, view: DashboardView, query = '') {
  const url = query ? `${view.url}${view.url.includes('?') ? '&' : '?'}${query}` : view.url;
  await page.goto(url);
  if (view.reach) await page.locator(view.reach).first().scrollIntoViewIfNeeded();
  await page.locator(view.ready).first().waitFor({ state: 'attached' });
}

/**
 * A host page on another origin with `body` in it, as a newsroom's CMS would serve an embed
 * snippet: a small server on another loopback port (Chromium will not let a page it deems public
 * frame a local server). Returns the opened page and a function that stops the server.
 */
export async function openHostPage(context: BrowserContext, body: string) {
  const server = createServer((_, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html><body><h1>Article</h1>${body}</body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const host = await context.newPage();
  await host.goto(`http://localhost:${port}/article`);
  return { host, close: () => server.close() };
}

/**
 * The box of an element once it has stopped moving, however long that takes: its page's
 * transitions and animations (the finite ones) have ended and it stays put over two frames.
 */
export async function settledBox(locator: Locator) {
  let box = await locator.boundingBox();
  for (;;) {
    await locator.evaluate(async () => {
      const moving = document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity);
      await Promise.all(moving.map((a) => a.finished.catch(() => undefined)));
      await new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)));
    });
    const now = await locator.boundingBox();
    if (now && box && now.x === box.x && now.y === box.y && now.width === box.width) return now;
    box = now;
  }
}
