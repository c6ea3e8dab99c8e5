import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
import { catalogJson } from './dataDirPlugin.ts';
import { datasetJsonLd } from './datasetJsonLd.ts';
import type { RenderedPage } from './renderPage.tsx';

/**
 * A static page for every view a reader or a search engine arrives at: the overview, each
 * dataset's view (`datasets/<id>/`), the UN view (`un/`) and the comparison (`compare/`), in
 * English, and the same under `ru/` and `uz/` (paths: src/state/urlCodec.ts). Each holds the
 * view's HTML as the app renders it (renderPage.tsx, through Vite's SSR loader) with the data
 * that render read, which the browser takes over (main.tsx); a dataset's page describes the
 * dataset for machines (schema.org Dataset); each view that embeds has its embed's page below its
 * own (embedPagePaths). With a sitemap.xml and a robots.txt naming it.
 *
 * Addresses in the sitemap, canonical links and link previews need the site's address: the
 * `SITE_URL` environment variable (`https://data.example.org/migration/`), by default the
 * preview server's.
 */

const LANGUAGE_PREFIXES = { en: '', ru: 'ru/', uz: 'uz/' } as const;
type PageLocale = keyof typeof LANGUAGE_PREFIXES;
export const DEFAULT_SITE_URL = 'http://127.0.0.1:4173/';

/** Every page written, as paths below the site's folder (`''` is the overview in English). */
export function pagePaths(datasetIds: readonly string[]): string[] {
  return Object.values(LANGUAGE_PREFIXES).flatMap((prefix) => [
    prefix,
    ...datasetIds.map((id) => `${prefix}datasets/${id}/`),
    `${prefix}un/`,
    `${prefix}compare/`,
  ]);
}

/**
 * The embed of each view that embeds, below the view's own page (`datasets/<id>/embed/`, `un/embed/`,
 * `compare/embed/`, in each language): what the embed snippet's iframe opens, readable without
 * scripts. Not in the sitemap: each names its view's page canonical.
 */
export function embedPagePaths(datasetIds: readonly string[]): string[] {
  return pagePaths(datasetIds)
    .filter((p) => p.replace(/^(ru|uz)\//, '') !== '')
    .map((p) => `${p}embed/`);
}

/** The page an embed's page embeds (`datasets/<id>/`), else the page itself. */
const embeddedPage = (pagePath: string) => pagePath.replace(/embed\/$/, '');

/** The same page in each language, by path. */
function alternates(pagePath: string): Record<PageLocale, string> {
  const own = pagePath.replace(/^(ru|uz)\//, '');
  return { en: own, ru: `ru/${own}`, uz: `uz/${own}` };
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** JSON inside a <script> block: `<` never ends it (`</script>`), nor opens a comment. */
export const scriptJson = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/**
 * The built index.html with a rendered page in it, for a page `depth` folders down. `modules`:
 * the code its take-over loads beyond the entry's (codeToPreload), as paths in the site's folder.
 */
export function pageHtml(
  template: string,
  page: RenderedPage,
  pagePath: string,
  siteUrl: string,
  modules: readonly string[] = [],
): string {
  const up = '../'.repeat(pagePath.split('/').length - 1);
  const url = (p: string) => `${siteUrl}${p}`;
  const locale = page.data.locale;
  const links = Object.entries(alternates(pagePath)).map(
    ([lang, p]) => `<link rel="alternate" hreflang="${lang}" href="${escapeHtml(url(p))}" />`,
  );
  links.push(
    `<link rel="alternate" hreflang="x-default" href="${escapeHtml(url(alternates(pagePath).en))}" />`,
  );
  const head = [
    `<link rel="canonical" href="${escapeHtml(url(embeddedPage(pagePath)))}" />`,
    ...links,
    `<meta property="og:type" content="website" />`,
    `<meta property="og:title" content="${escapeHtml(page.title)}" />`,
    `<meta property="og:description" content="${escapeHtml(page.description)}" />`,
    `<meta property="og:url" content="${escapeHtml(url(embeddedPage(pagePath)))}" />`,
    `<meta property="og:locale" content="${{ en: 'en_GB', ru: 'ru_RU', uz: 'uz_UZ' }[locale]}" />`,
    `<meta name="twitter:card" content="summary" />`,
    `<meta name="twitter:title" content="${escapeHtml(page.title)}" />`,
    `<meta name="twitter:description" content="${escapeHtml(page.description)}" />`,
    // The code taking the page over loads beside the entry, not in rounds after it.
    ...modules.map(
      (file) => `<link rel="modulepreload" crossorigin href="${escapeHtml(up || './')}${file}" />`,
    ),
    // Without scripts, every tab's panel shows (the table and the sources under the chart).
    `<noscript><link rel="stylesheet" href="${up}noscript.css" /></noscript>`,
    ...(page.dataset
      ? [
          `<script type="application/ld+json">${scriptJson(
            datasetJsonLd({
              meta: page.dataset,
              locale,
              pageUrl: url(pagePath),
              dataUrl: url('data/'),
              places: page.places,
            }),
          )}</script>`,
        ]
      : []),
  ].join('\n    ');
  // A page carrying the catalogue it was rendered with does not wait for data/index.json (every
  // dataset's metadata, ~190 kB gzip): not asked for beside its scripts (renderPage.tsx).
  const carriesCatalog = page.data.queries.queries.some((q) => q.queryKey[0] === 'catalog');
  // The style sheets first, then the scripts: fetched in that order, the style sheets the first
  // paint waits for are not queued behind the scripts (a browser opens six connections to a host
  // over HTTP/1.1), and the theme's colours come before (and without) the script that sets the
  // chosen one.
  const sheetsFirst = (html: string) =>
    html.replace(
      /(\n\s*)(<link rel="modulepreload"[\s\S]*?)(<link rel="stylesheet"[^>]*>)/,
      (_, line: string, scripts: string, sheet: string) =>
        `${line}${sheet}${line}<link rel="stylesheet" href="./theme.css" />${line}${scripts.trimEnd()}`,
    );
  return (
    sheetsFirst(
      carriesCatalog
        ? template.replace(/\s*<link rel="preload" href="\.\/data\/index\.json"[^>]*>/, '')
        : template,
    )
      // Assets, data and the icon sit in the site's folder, `up` from this page.
      .replace(/(href|src)="\.\//g, `$1="${up || './'}`)
      .replace(/<html lang="[^"]*">/, `<html lang="${locale}">`)
      .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>`)
      .replace(
        /<meta\s+name="description"\s+content="[^"]*"\s*\/>/,
        `<meta name="description" content="${escapeHtml(page.description)}" />`,
      )
      .replace('</head>', `  ${head}\n  </head>`)
      .replace(
        '<div id="root"></div>',
        // A JSON data block, not a script: the Content-Security-Policy lets it be.
        `<div id="root">${page.html}</div>\n    <script type="application/json" id="page-data">${scriptJson(page.data)}</script>`,
      )
  );
}

/**
 * The theme's custom properties as a stylesheet, light unless the system asks for dark: what
 * src/ui/theme.ts sets on the page once its script runs (which then wins, as an inline style).
 */
function themeCss(properties: (theme: 'light' | 'dark') => Record<string, string>): string {
  const block = (theme: 'light' | 'dark') =>
    Object.entries({ ...properties(theme), 'color-scheme': theme })
      .map(([name, value]) => `  ${name}: ${value};`)
      .join('\n');
  return `:root {\n${block('light')}\n}\n@media (prefers-color-scheme: dark) {\n:root {\n${block('dark')}\n}\n}\n`;
}

/** What the build's chunks are: each file's static imports, and the file each named chunk loads. */
export interface BuiltChunks {
  imports: Map<string, string[]>;
  /** By chunk name (src/lib/chunk.ts), the file under the site's folder (`assets/…`). */
  named: Map<string, string>;
}

/**
 * A chunk's declaration as built: ``chunk(`UnStockPage`,()=>g(()=>import(`./UnStockPage-….js`)``
 * (src/lib/chunk.ts's declaredUrl reads the same text).
 */
const DECLARED_CHUNK =
  /\(\s*[`'"]([\w.]+)[`'"]\s*,\s*\(\)\s*=>\s*[\w$]+\(\s*\(\)\s*=>\s*import\(\s*[`'"]\.\/([^`'"]+)[`'"]\s*\)/g;

export function builtChunks(
  chunks: readonly { fileName: string; code: string; imports: readonly string[] }[],
): BuiltChunks {
  const imports = new Map<string, string[]>();
  const named = new Map<string, string>();
  for (const chunk of chunks) {
    imports.set(chunk.fileName, [...chunk.imports]);
    const folder = path.posix.dirname(chunk.fileName);
    for (const [, name, file] of chunk.code.matchAll(DECLARED_CHUNK)) {
      named.set(name!, path.posix.join(folder, file!));
    }
  }
  return { imports, named };
}

/**
 * The files a written page's take-over loads that its HTML does not already ask for: the
 * take-over's code, the page's language, and the code parts its HTML was drawn with (with the
 * English messages every part brings: src/ui/CodePart.tsx), each with the chunks it imports.
 * A part the build does not declare fails the build: the page would load it in a later round.
 * Not the overview's yet: `npm run size` counts what the site's index.html preloads as the
 * first view's JavaScript, and its cards' parts would count against the budget there.
 */
export function codeToPreload(
  page: RenderedPage,
  chunks: BuiltChunks,
  loaded: ReadonlySet<string>,
): string[] {
  if (page.view.page === 'overview') return [];
  const names = [
    'takeOverPage',
    ...(page.data.locale === 'en' ? [] : [`messages.${page.data.locale}`]),
    ...(page.data.code.length > 0 ? ['messages.en.later'] : []),
    ...page.data.code,
  ];
  const files = new Set<string>();
  const add = (file: string) => {
    if (files.has(file) || loaded.has(file)) return;
    files.add(file);
    for (const imported of chunks.imports.get(file) ?? []) add(imported);
  };
  for (const name of names) {
    const file = chunks.named.get(name);
    if (!file)
      throw new Error(`The build declares no chunk named ${name}, which ${page.path} loads`);
    add(file);
  }
  return [...files];
}

/** The files a page's HTML loads itself (its entry's), with every chunk they import. */
function loadedByTemplate(template: string, chunks: BuiltChunks): Set<string> {
  const loaded = new Set<string>();
  const add = (file: string) => {
    if (loaded.has(file)) return;
    loaded.add(file);
    for (const imported of chunks.imports.get(file) ?? []) add(imported);
  };
  for (const [, file] of template.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)) add(file!);
  return loaded;
}

export function sitemapXml(paths: readonly string[], siteUrl: string): string {
  const entries = paths.map((p) => {
    const alts = Object.entries(alternates(p))
      .map(
        ([lang, a]) =>
          `    <xhtml:link rel="alternate" hreflang="${lang}" href="${escapeHtml(siteUrl + a)}"/>`,
      )
      .join('\n');
    return `  <url>\n    <loc>${escapeHtml(siteUrl + p)}</loc>\n${alts}\n  </url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
}

export function prerenderPages(dataDir: string): Plugin {
  let config: ResolvedConfig;
  let chunks: BuiltChunks = { imports: new Map(), named: new Map() };
  return {
    name: 'prerender-pages',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle(_, bundle) {
      chunks = builtChunks(
        Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [file] : [])),
      );
    },
    async closeBundle() {
      // The app's own build only: not the floor page or a benchmark built with this config.
      if (config.build.ssr || path.resolve(config.root) !== path.dirname(path.resolve(dataDir))) {
        return;
      }
      const siteUrl = (process.env.SITE_URL ?? DEFAULT_SITE_URL).replace(/\/?$/, '/');
      const outDir = path.resolve(config.root, config.build.outDir);
      const template = readFileSync(path.join(outDir, 'index.html'), 'utf8');
      const loaded = loadedByTemplate(template, chunks);
      const ids = (JSON.parse(catalogJson(dataDir)) as { datasets: string[] }).datasets.map(
        (file) => file.replace(/\.meta\.json$/, ''),
      );
      const paths = pagePaths(ids);
      const written = [...paths, ...embedPagePaths(ids)];
      // The app's modules as the dev server serves them, run in Node: no second production build.
      const server = await createServer({
        configFile: config.configFile,
        root: config.root,
        logLevel: 'warn',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false, watch: null },
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      try {
        const { renderPage } = (await server.ssrLoadModule('/src/build/renderPage.tsx')) as {
          renderPage: (pathname: string) => Promise<RenderedPage>;
        };
        const { themeProperties } = (await server.ssrLoadModule('/src/ui/theme.ts')) as {
          themeProperties: (theme: 'light' | 'dark') => Record<string, string>;
        };
        writeFileSync(path.join(outDir, 'theme.css'), themeCss(themeProperties));
        const started = performance.now();
        for (const pagePath of written) {
          const page = await renderPage(`/${pagePath}`);
          // The codec reads the path as the view it writes there, or links would lead elsewhere.
          if (page.path !== pagePath) {
            throw new Error(`${pagePath} reads as another view (${page.data.address})`);
          }
          const dir = path.join(outDir, pagePath);
          mkdirSync(dir, { recursive: true });
          const modules = codeToPreload(page, chunks, loaded);
          writeFileSync(
            path.join(dir, 'index.html'),
            pageHtml(template, page, pagePath, siteUrl, modules),
          );
        }
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        config.logger.info(
          `${written.length} pages (${paths.length} and their embeds) written with their HTML and data in ${seconds} s`,
        );
      } finally {
        await server.close();
      }
      writeFileSync(path.join(outDir, 'sitemap.xml'), sitemapXml(paths, siteUrl));
      writeFileSync(
        path.join(outDir, 'robots.txt'),
        `User-agent: *\nAllow: /\n\nSitemap: ${siteUrl}sitemap.xml\n`,
      );
    },
  };
}
