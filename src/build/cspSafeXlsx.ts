import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * write-excel-file's browser entry zips the workbook with fflate's asynchronous `zip`, which for a
 * part over 160 kB (the data sheet of a long view) starts a Worker from a `blob:` URL holding code
 * it writes from function source: the Content Security Policy (`worker-src 'self'`, no `blob:`)
 * forbids it, and the download would fail. This plugin makes that entry use the library's own
 * synchronous generator (same files, `zipSync`), which runs under the policy; a workbook of a view
 * is zipped in milliseconds. The patch checks the text it replaces, so an upgrade that moves it
 * fails the build instead of quietly bringing the worker back.
 */

const BROWSER_ENTRY = /write-excel-file\/modules\/export\/writeXlsxFileBrowser\.js$/;

const ORIGINAL = [
  "import { generateXlsxFileAsync } from './writeXlsxFileUniversal.js';",
  'return generateXlsxFileAsync(arg1, arg2, arg3, convertFileContentToUint8Array);',
];

export function cspSafeXlsx(): Plugin {
  return {
    name: 'csp-safe-xlsx',
    enforce: 'pre',
    load(id) {
      const file = id.split('?')[0]!;
      if (!BROWSER_ENTRY.test(file)) return null;
      let source = readFileSync(file, 'utf8');
      for (const original of ORIGINAL) {
        if (!source.includes(original)) {
          throw new Error(
            `cspSafeXlsx: ${file} no longer holds the code this patch replaces; review the patch for this write-excel-file version`,
          );
        }
        source = source.replace(original, original.replace('Async', 'Sync'));
      }
      return source;
    },
  };
}
