import { defineConfig } from '@playwright/test';
import { TEST_TIMEOUT } from './tests/testTimeout';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Another port lets several checkouts on one machine run their browser tests at once.
const port = Number(process.env.PREVIEW_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/browser',
  outputDir: 'test-results',
  fullyParallel: false,
  // Two spec files at a time: the suite mostly waits on pages, not on the CPU (with two workers on
  // 2 cores: 8.5 min wall, 3.5 min CPU), and each file still runs its tests in order.
  workers: 2,
  retries: 0,
  // No spec waits against a clock of its own: an assertion waits for what it expects however busy
  // the machine is. The limits are far beyond any wait a loaded machine needs (a page's slowest
  // chart draws in seconds); they only stop a failing assertion from holding the suite for the
  // whole test limit, and say what it was waiting for.
  timeout: TEST_TIMEOUT,
  expect: { timeout: 120_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    launchOptions: {
      executablePath: chromium,
      // Debian's Chromium as root on a machine with no outside network: no sandbox, no
      // background connections, no GPU.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: TEST_TIMEOUT,
  },
});
