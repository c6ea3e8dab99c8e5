import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

// `npm run bench:browser`: the performance spec alone, never part of `npm test`. The same Chromium
// and flags as the browser tests; its own server (serve.mjs) for the app, the floor and a blank page.
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
    timeout: 120_000,
  },
});
