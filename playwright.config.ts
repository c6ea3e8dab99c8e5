import { defineConfig } from '@playwright/test';

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
  timeout: 60_000,
  // A loaded 2-core CI machine can take longer than the default 5 s to draw a view after its
  // data arrives; waiting longer costs nothing when the page is quick.
  expect: { timeout: 15_000 },
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
    timeout: 60_000,
  },
});
