import { expect, test } from '@playwright/test';

test.describe('with the clipboard allowed', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  for (const view of [
    {
      name: 'a dataset card',
      url: '?view=dataset&id=tajik-migrants-by-sex&sex=total~female',
      scope: '[data-dataset="tajik-migrants-by-sex"]',
    },
    { name: 'the UN view', url: '?view=un&country=TJK&year=2015', scope: 'article' },
    { name: 'the compare view', url: '?view=compare', scope: 'article.compare' },
  ]) {
    test(`Copy link on ${view.name}: the view's address on the clipboard, by keyboard, said politely`, async ({
      page,
      baseURL,
    }) => {
      await page.goto(`./${view.url}`);
      const card = page.locator(view.scope).first();
      const button = card.getByRole('button', { name: 'Copy link' });
      await button.focus();
      await page.keyboard.press('Enter');
      const status = card.locator('.copy-link [role="status"]');
      await expect(status).toHaveText('Link copied');
      await expect(status).toHaveAttribute('aria-live', 'polite');
      // The address the codec writes for the view shown: the one in the address bar.
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        `${baseURL}${view.url}`,
      );
      expect(page.url()).toBe(`${baseURL}${view.url}`);
    });
  }

  test('Copy link in an embed copies the full view, not the embed', async ({ page, baseURL }) => {
    await page.goto('./?view=dataset&id=tajik-migrants-by-sex&sex=total~female&embed=1');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseURL}?view=dataset&id=tajik-migrants-by-sex&sex=total~female`,
    );
  });
});

test('Copy link where the browser refuses the clipboard: the address is selected in a field, in Russian', async ({
  page,
  baseURL,
}) => {
  // A browser (or a sandboxed frame) that does not let the page write to the clipboard.
  await page.addInitScript(() => {
    Object.defineProperty(navigator.clipboard, 'writeText', {
      value: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
    });
  });
  await page.goto('./?view=dataset&id=uzbek-migrants-by-sector&lang=ru');
  const card = page.locator('[data-dataset="uzbek-migrants-by-sector"]');
  await card.getByRole('button', { name: 'Копировать ссылку' }).click();
  await expect(card.locator('.copy-link [role="status"]')).toContainText(
    'Копирование здесь не разрешено',
  );
  const field = card.getByRole('textbox', { name: 'Ссылка на этот вид' });
  await expect(field).toHaveValue(`${baseURL}?view=dataset&id=uzbek-migrants-by-sector&lang=ru`);
  await expect(field).toBeFocused();
  // The whole address is selected: Ctrl+C copies it.
  expect(
    await field.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd]),
  ).toEqual([0, `${baseURL}?view=dataset&id=uzbek-migrants-by-sector&lang=ru`.length]);
});
