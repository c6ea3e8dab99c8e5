import type { Plugin } from 'vite';

/**
 * The tightest policy the built app runs under: scripts and workers only from the site itself
 * (no 'unsafe-eval', no 'unsafe-inline'), styles from its own stylesheet plus the style
 * attributes React sets through the DOM, images from itself and the blob:/data: URLs the chart
 * export draws, data fetched from itself only, no plugins, no forms, no <base> tricks.
 * `frame-ancestors` cannot be set in a meta tag: hosts send it as a header (see README).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** Puts the policy into the built index.html (not the dev server's, which injects inline scripts). */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
