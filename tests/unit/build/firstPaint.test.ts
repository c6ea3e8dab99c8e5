import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { IndexHtmlTransformResult, Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../src/build/contentSecurityPolicy';
import { builtChunks, codeToPreload } from '../../../src/build/prerenderPages';
import type { RenderedPage } from '../../../src/build/renderPage';

/**
 * What a built page asks for before its app runs: first-paint.js written into it (allowed by its
 * hash, nothing looser), its scripts started after the first paint, and the chunks its take-over
 * loads listed beside them.
 */

const PUBLIC = path.resolve('public');

function builtHtml(html: string) {
  const plugin = contentSecurityPolicy() as Plugin & {
    configResolved: (config: { publicDir: string }) => void;
    transformIndexHtml: { handler: (html: string) => IndexHtmlTransformResult };
  };
  plugin.configResolved({ publicDir: PUBLIC });
  const result = plugin.transformIndexHtml.handler(html) as {
    html: string;
    tags: { attrs: Record<string, string> }[];
  };
  return { html: result.html, policy: result.tags[0]!.attrs.content! };
}

describe('the built page', () => {
  const { html, policy } = builtHtml(
    readFileSync('index.html', 'utf8').replace(
      '<script type="module" src="/src/app/main.tsx"></script>',
      '<script type="module" crossorigin src="./assets/index-abc.js"></script>',
    ),
  );
  const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, text]) => text!);

  it('carries first-paint.js itself, allowed by its hash and by nothing looser', () => {
    expect(html).not.toContain('first-paint.js"');
    expect(inline).toHaveLength(1);
    expect(inline[0]).toContain('document.documentElement.dataset.theme = theme');
    const hash = createHash('sha256').update(inline[0]!, 'utf8').digest('base64');
    expect(policy).toContain(`script-src 'self' 'sha256-${hash}';`);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('fetches its scripts at once and leaves them to first-paint.js to run', () => {
    expect(html).not.toMatch(/<script type="module"/);
    expect(html).toContain(
      '<link rel="modulepreload" crossorigin href="./assets/index-abc.js" data-start>',
    );
  });
});

describe('the chunks a written page preloads for its take-over', () => {
  const chunks = builtChunks([
    {
      fileName: 'assets/index-a.js',
      imports: ['assets/data-b.js'],
      code: 'var H=p(`takeOverPage`,()=>Pe(()=>import(`./takeOverPage-c.js`),__vite__mapDeps([1]),import.meta.url));',
    },
    {
      fileName: 'assets/data-b.js',
      imports: [],
      code: 'x(`messages.en.later`,()=>je(()=>import(`./later-d.js`),[],import.meta.url))',
    },
    { fileName: 'assets/takeOverPage-c.js', imports: ['assets/data-b.js'], code: '' },
    { fileName: 'assets/later-d.js', imports: [], code: '' },
    {
      fileName: 'assets/Card-e.js',
      imports: ['assets/Disclosure-f.js', 'assets/data-b.js'],
      code: 'UH=p("EmbedPanel",()=>Pe(()=>import("./EmbedPanel-g.js"),__vite__mapDeps([27]),import.meta.url),e=>e.EmbedPanel)',
    },
    { fileName: 'assets/EmbedPanel-g.js', imports: ['assets/Disclosure-f.js'], code: '' },
    { fileName: 'assets/Disclosure-f.js', imports: [], code: '' },
  ]);
  const page = (code: string[], pageName = 'dataset') =>
    ({
      path: 'x/',
      view: { page: pageName },
      data: { locale: 'en', code },
    }) as unknown as RenderedPage;
  const loaded = new Set(['assets/index-a.js', 'assets/data-b.js']);

  it('are the take-over, each code part and the English messages parts bring, with their imports', () => {
    expect(codeToPreload(page(['EmbedPanel']), chunks, loaded)).toEqual([
      'assets/takeOverPage-c.js',
      'assets/later-d.js',
      'assets/EmbedPanel-g.js',
      'assets/Disclosure-f.js',
    ]);
  });

  it('fail the build for a part the build does not declare', () => {
    expect(() => codeToPreload(page(['Nowhere']), chunks, loaded)).toThrow(/Nowhere/);
  });
});
