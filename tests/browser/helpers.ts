import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

export const SCREENSHOTS = 'tests/screenshots';

export async function screenshot(page: Page, name: string, fullPage = true) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage });
}

/** Waits until every dataset card has drawn its chart, figures or table. */
export async function waitForCards(page: Page, count: number) {
  await page
    .locator('article.dataset-card[data-dataset]')
    .nth(count - 1)
    .waitFor();
  await page.waitForFunction(
    (n) =>
      [...document.querySelectorAll('article.dataset-card[data-dataset]')].filter((card) =>
        card.querySelector('.recharts-surface, .figures, .timeline, .matrix, .error'),
      ).length >= n,
    count,
    { timeout: 30_000 },
  );
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
