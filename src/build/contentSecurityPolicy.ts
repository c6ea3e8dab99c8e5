import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * The tightest policy the built app runs under: scripts and workers only from the site itself
 * (no 'unsafe-eval', no 'unsafe-inline': the one inline script, first-paint.js, is allowed by
 * its hash alone), styles from its own stylesheet plus the style attributes React sets through
 * the DOM, images from itself and the blob:/data: URLs the chart export draws, data fetched from
 * itself only, no plugins, no forms, no <base> tricks.
 * `frame-ancestors` cannot be set in a meta tag: hosts send it as a header (see README).
 */
export function policyText(scriptHashes: readonly string[] = []): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes.map((hash) => `'${hash}'`)].join(' '),
    "worker-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** The hash a policy names an inline script by (`sha256-…`), of its text exactly as written. */
export const scriptHash = (text: string) =>
  `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/** index.html's tag for public/first-paint.js, which the dev server serves as a file. */
const FIRST_PAINT_TAG = /<script src="\.\/first-paint\.js"><\/script>/;
/** The built page's module scripts (its entry and the chunks the entry imports). */
const MODULE_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>/g;

/**
 * Puts the policy into the built index.html (not the dev server's, which injects inline scripts),
 * and first-paint.js into the page itself: as a file it was a parser-blocking request before the
 * style sheets and scripts were even asked for (a round trip, ≈ 0.6 s on a slow mobile network).
 * The page's module scripts become modulepreload links, fetched as before, which first-paint.js
 * runs once the page has been painted (`data-start`): as module scripts they ran before the
 * first paint.
 */
export function contentSecurityPolicy(): Plugin {
  let publicDir: string;
  return {
    name: 'content-security-policy',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        const hashes: string[] = [];
        if (FIRST_PAINT_TAG.test(html)) {
          // Its comments (whole lines) stay in the file: every page carries the script.
          const script = readFileSync(path.join(publicDir, 'first-paint.js'), 'utf8')
            .replace(/^\s*\/\/.*\n/gm, '')
            .trim();
          hashes.push(scriptHash(script));
          // A function replacement: the script's text is taken as is (no `$&` patterns).
          html = html
            .replace(FIRST_PAINT_TAG, () => `<script>${script}</script>`)
            .replace(
              MODULE_SCRIPT,
              (_, src: string) => `<link rel="modulepreload" crossorigin href="${src}" data-start>`,
            );
        }
        return {
          html,
          tags: [
            {
              tag: 'meta',
              attrs: {
                'http-equiv': 'Content-Security-Policy',
                content: policyText(hashes),
              },
              injectTo: 'head-prepend',
            },
          ],
        };
      },
    },
  };
}
