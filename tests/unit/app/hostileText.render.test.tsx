import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App';
import type { DatasetSource } from '../../../src/sources/datasetSource';
import { selectView } from '../../../src/views/dataset/model/datasetView';
import { fileSystemSource } from '../../support/fileSystemSource';
import { renderWithData } from '../../support/renderWithData';
import { TEST_TIMEOUT } from '../../testTimeout';

/**
 * The case that blanked the app (React error #31): a note reading `__proto__` in
 * tajik-migrants-series.csv. Notes that name object members are shown as the words they are,
 * and every card still draws.
 */

const source = fileSystemSource();
const WORDS = ['__proto__', 'constructor', 'toString'];

describe('notes that name object members', { timeout: TEST_TIMEOUT }, () => {
  it('leave the overview whole, every card drawn and no error shown', async () => {
    const loadTable: DatasetSource['loadTable'] = async (meta) => {
      const table = await source.loadTable(meta);
      if (meta.id !== 'tajik-migrants-series') return table;
      const notes = Array.from(table.array('note') as ArrayLike<unknown>);
      WORDS.forEach((word, i) => (notes[i] = word));
      return table.assign({ note: notes });
    };
    const hostile: DatasetSource = {
      ...source,
      loadTable,
      selectView: async (meta, request) => selectView(await loadTable(meta), meta, request),
    };
    renderWithData(<App />, hostile);
    const files = await source.listDatasets();
    await waitFor(
      () =>
        expect(document.querySelectorAll('article.dataset-card[data-dataset]')).toHaveLength(
          files.length,
        ),
      { timeout: TEST_TIMEOUT },
    );
    const card = document.querySelector('[data-dataset="tajik-migrants-series"]')!;
    await waitFor(() => expect(card.querySelector('.recharts-surface')).not.toBeNull(), {
      timeout: TEST_TIMEOUT,
    });
    expect(screen.queryAllByRole('alert')).toHaveLength(0);
  });
});
