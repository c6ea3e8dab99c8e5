import { afterAll, beforeAll } from 'vitest';
import { loadLocale, setActiveLocale } from '../../src/i18n/i18n';
import { TEST_TIMEOUT } from '../testTimeout';
import { loadEveryDataset, type LoadedDataset } from './fileSystemSource';

/**
 * For a property test over every dataset in data/ in every language: the datasets, filled in
 * before the file's tests run (with Russian and Uzbek messages loaded), and English again after.
 */
export function everyDatasetInEveryLanguage(): readonly LoadedDataset[] {
  const loaded: LoadedDataset[] = [];
  beforeAll(async () => {
    loaded.push(...(await loadEveryDataset()));
    await Promise.all([loadLocale('ru'), loadLocale('uz')]);
  }, TEST_TIMEOUT);
  afterAll(() => setActiveLocale('en'));
  return loaded;
}
