import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

export const SCREENSHOTS = 'tests/screenshots';

export async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
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
