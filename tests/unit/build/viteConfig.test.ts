import { createLogger, loadConfigFromFile } from 'vite';
import { expect, it } from 'vitest';

/**
 * `npm start` shows the address first: Vite bundles vite.config.ts and everything it imports
 * (the build plugins, and through them src/data, src/state, src/i18n …) and prints a screen of
 * warnings for each import its native config loader could not follow, above the address. Every
 * relative import in that graph names its file (`./prebuildData.ts`), so there is none.
 */
it('loads vite.config.ts with no warning about its imports', async () => {
  const warnings: string[] = [];
  const logger = createLogger('warn');
  logger.warn = (message) => void warnings.push(message);
  logger.warnOnce = (message) => void warnings.push(message);
  await loadConfigFromFile(
    { command: 'serve', mode: 'development' },
    'vite.config.ts',
    process.cwd(),
    'warn',
    logger,
    'bundle',
  );
  expect(warnings.join('\n')).toBe('');
});
