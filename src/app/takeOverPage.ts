import { hydrate, type QueryClient } from '@tanstack/react-query';
import { adoptCountryNames } from '../i18n/countryName.ts';
import type { Locale } from '../i18n/i18n.ts';
import { chunkNamed } from '../lib/chunk.ts';
import type { DatasetSource } from '../sources/datasetSource.ts';
import { decodePageValue, intlFingerprint, type PageData } from '../sources/pageData.ts';
import { catalogQuery, metadataQuery, tableQuery } from '../sources/queries.ts';
import { prefetchCode } from '../ui/CodePart.tsx';

/**
 * Readies a page written at build for React to take over (hydrate): when the page's HTML shows
 * `address` in `locale`, the views' rows it was rendered from go into the query cache, and the
 * metadata and code parts it was rendered with are loaded, so the first render in the browser is
 * the page's HTML. The page is readable all the while: this only delays its controls.
 * False when it shows another view (then the app renders afresh). Loaded only on such a page.
 */
export async function takeOverPage(
  client: QueryClient,
  source: DatasetSource,
  address: string,
  locale: Locale,
): Promise<boolean> {
  const page = JSON.parse(document.getElementById('page-data')!.textContent!) as PageData;
  if (page.address !== address || page.locale !== locale) return false;
  if (page.intl !== intlFingerprint(locale)) return false;
  adoptCountryNames(locale, page.countryNames);
  hydrate(client, page.queries, { defaultOptions: { deserializeData: decodePageValue } });
  // The code parts come beside the files, not after them.
  const code = loadCode(client, page.code);
  // The page's HTML was rendered knowing the metadata it carries (with the catalogue's list:
  // src/build/renderPage.tsx), else every dataset's (the overview's cards): then the same files,
  // from the site (or the browser's cache), before React renders.
  const carried = page.queries.queries.some((query) => query.queryKey[0] === 'catalog');
  const ready = await client
    .fetchQuery(catalogQuery(source))
    .then((files) =>
      Promise.all(
        files
          .filter((file) => !carried || client.getQueryData(['metadata', file]) !== undefined)
          .map((file) => client.fetchQuery(metadataQuery(source, file))),
      ),
    )
    // So were the whole tables a view reads itself (the comparison's).
    .then((metas) =>
      Promise.all(
        metas
          .filter((meta) => page.tables.includes(meta.id))
          .map((meta) => client.fetchQuery(tableQuery(source, meta))),
      ),
    )
    .then(
      () => true,
      () => false,
    );
  if (!ready || !(await code)) return false;
  // A part whose code did not come shows its error, not the page's HTML: rendered afresh.
  return page.code.every((name) => client.getQueryState(['code', name])?.status === 'success');
}

/**
 * Loads the code parts the page was rendered with; false if one is never declared. A part's code
 * may declare the parts inside it (the UN view's drawings): loaded in turn.
 */
async function loadCode(client: QueryClient, names: string[]): Promise<boolean> {
  let waiting = names;
  while (waiting.length > 0) {
    const ready = waiting.filter((name) => chunkNamed(name));
    if (ready.length === 0) return false;
    await Promise.all(ready.map((name) => prefetchCode(client, chunkNamed(name)!)));
    waiting = waiting.filter((name) => !ready.includes(name));
  }
  return true;
}
