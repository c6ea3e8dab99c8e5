import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

// `npm run bench:parquet`: hyparquet beside DuckDB-WASM (parquet.perf.ts); `npm test` runs it once,
// quick (test:perf). The same Chromium and flags as the browser tests; the spec builds its pages and
// serves them and the Parquet files itself (range requests), on PREVIEW_PORT.
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: 'parquet.perf.ts',
  outputDir: '../../test-results/perf-parquet/results',
  timeout: 60 * 60_000,
  webServer: undefined,
});
