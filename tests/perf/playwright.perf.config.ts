import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';
import { TEST_TIMEOUT } from '../testTimeout';

// `npm run bench:browser`: the performance spec alone (`npm test` runs it once, quick, on the
// build test:browser made: test:perf). The same Chromium and flags as the browser tests; its own
// server (serve.mjs) for the app, the floor and a blank page.
const port = Number(process.env.PREVIEW_PORT ?? 4173);

export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: 'firstChart.perf.ts',
  outputDir: '../../test-results/perf',
  timeout: 30 * 60_000,
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}/` },
  webServer: {
    command: 'node tests/perf/serve.mjs',
    cwd: '../..',
    url: `http://127.0.0.1:${port}/floor/blank.html`,
    reuseExistingServer: false,
    timeout: TEST_TIMEOUT,
  },
});
