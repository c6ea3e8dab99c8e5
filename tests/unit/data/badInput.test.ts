import { describe, expect, it } from 'vitest';
import { DatasetError } from '../../../src/data/datasetError';
import { parseCsvTable } from '../../../src/data/parseCsvTable';
import { validateMetadata } from '../../../src/data/validateMetadata';
import { brokenDatasets } from '../../fixtures/bad-input/brokenDatasets';

/** What the app does with a dataset's two files: validate the metadata, then parse the CSV. */
function load(id: string, metaText: string, csv: string) {
  const meta = validateMetadata(`data/${id}.meta.json`, metaText);
  return parseCsvTable(`data/${id}.csv`, csv, meta);
}

describe('the bad-input corpus of datasets', () => {
  it.each(brokenDatasets.map((c) => [c.what, c] as const))(
    'rejects %s with a message naming file, row and column',
    (_, broken) => {
      let caught: unknown;
      try {
        load(broken.id, broken.meta, broken.csv);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(DatasetError);
      expect((caught as DatasetError).message).toBe(broken.expected);
      // No value is copied whole into a message, however long.
      expect((caught as DatasetError).message.length).toBeLessThan(400);
    },
  );
});
