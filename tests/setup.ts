// Setup for the jsdom project (vite.config.ts; tests/setupMessages.ts is loaded by both): jest-dom
// matchers, React cleanup, a sized ResizeObserver, no clock on waiting. Tests in the node project
// have no DOM and load none of this.
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { TEST_TIMEOUT } from './testTimeout';

// findBy… and waitFor wait for what they look for however busy the machine is (their default
// gives up after 1 s); just under the test's own limit, so one that never comes fails with
// their message and the DOM, not the runner's.
configure({ asyncUtilTimeout: TEST_TIMEOUT - 30_000 });

// Recharts measures its container; jsdom has no layout, so give observers a fixed size.
class FixedSizeResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    const rect = { width: 800, height: 400, top: 0, left: 0, bottom: 400, right: 800, x: 0, y: 0 };
    this.callback(
      [{ target, contentRect: rect } as unknown as ResizeObserverEntry],
      this as unknown as ResizeObserver,
    );
  }
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver = FixedSizeResizeObserver as unknown as typeof ResizeObserver;

afterEach(() => cleanup());
