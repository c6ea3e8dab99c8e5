import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy } from './src/build/contentSecurityPolicy.ts';
import { compileMessages } from './src/build/compileMessages.ts';
import { cspSafeArquero } from './src/build/cspSafeArquero.ts';
import { cspSafeXlsx } from './src/build/cspSafeXlsx.ts';
import { dataDirPlugin } from './src/build/dataDirPlugin.ts';
import { workerInMainGraph } from './src/build/workerInMainGraph.ts';
import { firstViewChunk } from './src/build/firstViewChunk.ts';
import { preloadCatalog } from './src/build/preloadCatalog.ts';
import { prerenderPages } from './src/build/prerenderPages.ts';
import { TEST_TIMEOUT } from './tests/testTimeout.ts';

const dataDir = fileURLToPath(new URL('./data', import.meta.url));

/** Tests that need a DOM: components (.tsx) and DOM-API tests named *.dom.test.ts. */
const domTests = ['tests/unit/**/*.test.tsx', 'tests/unit/**/*.dom.test.ts'];

export default defineConfig({
  // Relative asset paths: the built site works from any folder of any static host.
  base: './',
  plugins: [
    cspSafeArquero(),
    cspSafeXlsx(),
    react(),
    dataDirPlugin(dataDir),
    contentSecurityPolicy(),
    preloadCatalog(),
    workerInMainGraph(),
    firstViewChunk(),
    // Message catalogues compiled at build: no ICU parser in the browser.
    compileMessages(),
    // A static page per view and language, with the view's HTML and data in it (build only).
    prerenderPages(dataDir),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
    // The entry chunk is mostly the library floor (react, recharts, arquero: ~690 kB raw, see
    // tests/floor); its budget is `npm run size`, measured against that floor, not Vite's 500 kB.
    chunkSizeWarningLimit: 750,
    modulePreload: {
      // The data worker has no `document`: Vite's preload helper would reach for it to add
      // <link rel="modulepreload"> tags, so dynamic imports in the chunks the worker runs (its
      // own, and the `data` chunk it shares with the page: firstViewChunk.ts) preload nothing.
      // (A chunk with CSS would still ask for a <link>: the worker imports none dynamically.)
      // The query registry (src/sources/queryCode.ts) and the full export run there too, and load
      // the views' models and the Excel writer.
      resolveDependencies: (_file, deps, { hostId }) =>
        /(^|\/)(csvWorker|data|queryRegistry|fullExport)-/.test(hostId) ? [] : deps,
    },
  },
  test: {
    globals: true,
    // No test waits against a clock: each waits for what it needs, however busy the machine.
    // These limits only end a test that waits for something that will never come.
    testTimeout: TEST_TIMEOUT,
    hookTimeout: TEST_TIMEOUT,
    // Arquero and write-excel-file go through Vite's plugins in tests too, so tests run the
    // patched (CSP-safe) code.
    server: { deps: { inline: ['arquero', 'write-excel-file'] } },
    // Two projects so that only tests needing a DOM pay for setting up jsdom; a new file lands
    // in the right one by its name.
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          exclude: ['tests/unit/**/*.dom.test.ts'],
          setupFiles: ['./tests/setupMessages.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: domTests,
          setupFiles: ['./tests/setupMessages.ts', './tests/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          // `npm run bench` only: figures printed as ratios to a floor (tests/bench/ratio.ts).
          name: 'bench',
          environment: 'node',
          include: ['tests/bench/**/*.bench.ts'],
          // One file at a time, so benches do not share the CPU with each other.
          fileParallelism: false,
        },
      },
    ],
  },
});
