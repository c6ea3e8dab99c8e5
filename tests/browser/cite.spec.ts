import { expect, test, type Locator } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { openTab } from './helpers';

/** One format's section of a Cite panel: its heading, its text and its buttons. */
const format = (panel: Locator, name: string) => panel.getByRole('region', { name, exact: true });

test('a card’s Cite tab gives the source, then the view, as APA, BibTeX and RIS; Copy copies', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?view=dataset&id=tajik-migrants-by-sex&sex=female');
  const card = page.locator('[data-dataset="tajik-migrants-by-sex"]');
  await openTab(card, 'Cite');
  const panel = card.locator('.cite-panel');
  await expect(panel.getByRole('heading')).toHaveText([
    'APA style',
    'BibTeX',
    'RIS (EndNote, Zotero, Mendeley)',
  ]);
  const viewUrl = new URL('./?view=dataset&id=tajik-migrants-by-sex&sex=female', page.url()).href;

  // The source first (the figures are Asia-Plus's, for the year drawn: bars show one), then this view.
  const apa = format(panel, 'APA style').locator('pre');
  await expect(apa).toContainText(
    'Asia-Plus. (2024, May 28). Heads of migration agencies of CIS member nations gather in Dushanbe to discuss cooperation. Reference period: 2023. Retrieved November 22, 2026, from https://asiaplustj.info/',
  );
  await expect(apa).toContainText(
    `Central Asian Labour Migration Dashboard. (n.d.). Tajik labour migrants who went abroad, by sex (Sex: Women · 2023) [Data view]. Derived from Asia-Plus (2024). Reference period: 2023.`,
  );
  await expect(apa).toContainText(`from ${viewUrl}`);
  const apaText = (await apa.textContent())!;
  expect(apaText.indexOf('Asia-Plus.')).toBeLessThan(apaText.indexOf('Central Asian Labour'));

  const bib = format(panel, 'BibTeX');
  await expect(bib.locator('pre')).toContainText('@misc{tj_ap_20240528,');
  await bib.getByRole('button', { name: 'Copy' }).click();
  await expect(bib.getByRole('status')).toHaveText('BibTeX: copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^@misc\{tj_ap_20240528,\n {2}author = \{\{Asia-Plus\}\},/);
  expect(copied).toContain(`  url = {${viewUrl}},`);

  // The .ris file, as written: CRLF line ends, each record closed by ER.
  const ris = format(panel, 'RIS (EndNote, Zotero, Mendeley)');
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    ris.getByRole('button', { name: 'Download .ris file' }).click(),
  ]);
  expect(file.suggestedFilename()).toMatch(
    /^tajik-migrants-by-sex_citation_\d{4}-\d{2}-\d{2}\.ris$/,
  );
  const text = readFileSync(await file.path(), 'utf8');
  expect(text.startsWith('TY  - ELEC\r\nTI  - Heads of migration agencies')).toBe(true);
  expect(text.match(/^ER {2}- $/gm)).toHaveLength(2);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  expect(text).toContain(`UR  - ${viewUrl}\r\n`);
});

test('without the Clipboard API, Copy selects the text and says how to copy it', async ({
  page,
}) => {
  await page.addInitScript(() =>
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }),
  );
  await page.goto('./?view=dataset&id=tajik-migrants-by-sex');
  const card = page.locator('[data-dataset="tajik-migrants-by-sex"]');
  await openTab(card, 'Cite');
  const panel = card.locator('.cite-panel');
  const apa = format(panel, 'APA style');
  await apa.getByRole('button', { name: 'Copy' }).click();
  await expect(apa.getByRole('status')).toHaveText(
    'APA style: selected; press Ctrl+C (⌘C on a Mac) to copy',
  );
  const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
  expect(selected).toMatch(/^Asia-Plus\. \(2024, May 28\)\./);
});

test('the UN and compare views cite their sources and the view, in Russian too', async ({
  page,
}) => {
  await page.goto('./?view=un&lang=ru');
  const menu = page.locator('.cite-menu');
  await menu.getByText('Цитирование', { exact: true }).click();
  const apa = format(menu, 'Стиль APA').locator('pre');
  await expect(apa).toContainText('United Nations');
  await expect(apa).toContainText('Central Asian Labour Migration Dashboard. (n.d.).');
  await expect(apa).toContainText('?view=un');

  await page.goto('./?view=compare');
  const compare = page.locator('.cite-menu');
  await compare.getByText('Cite', { exact: true }).click();
  const bib = format(compare, 'BibTeX').locator('pre');
  await expect(bib).toContainText('@misc{');
  await expect(bib).toContainText('?view=compare');
  // Several datasets: every entry once, keys unique.
  const keys = ((await bib.textContent()) ?? '').match(/^@misc\{[^,]+,/gm) ?? [];
  expect(keys.length).toBeGreaterThan(3);
  expect(new Set(keys).size).toBe(keys.length);
});

test('the Frictionless catalogue sits beside the data and lists every dataset’s CSV', async ({
  request,
}) => {
  const response = await request.get('./data/datapackage.json');
  expect(response.ok()).toBe(true);
  const catalogue = (await response.json()) as {
    profile: string;
    resources: { name: string; path: string }[];
  };
  expect(catalogue.profile).toBe('tabular-data-package');
  const ids = readdirSync('data')
    .filter((f) => f.endsWith('.meta.json'))
    .map((f) => f.replace(/\.meta\.json$/, ''))
    .sort();
  expect(catalogue.resources.map((r) => r.name).sort()).toEqual(ids);
  for (const resource of catalogue.resources) {
    const csv = await request.get(`./data/${resource.path}`);
    expect(csv.ok(), resource.path).toBe(true);
  }
});
