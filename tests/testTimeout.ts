/**
 * Vitest's one limit on a test or hook, ms (vite.config.ts). No test waits against a clock: each
 * waits for what it needs, however busy the machine; this only ends one whose wait never ends.
 */
export const TEST_TIMEOUT = 10 * 60_000;
