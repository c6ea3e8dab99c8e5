import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App';
import type { DatasetSource } from '../../../src/sources/datasetSource';
import { run } from '../../../src/sources/queryRegistry';
import { fileSystemSource } from '../../support/fileSystemSource';
import { renderWithData } from '../../support/renderWithData';

const source = fileSystemSource();

async function allCards() {
  const files = await source.listDatasets();
  await waitFor(() =>
    expect(document.querySelectorAll('article.dataset-card[data-dataset]')).toHaveLength(
      files.length,
    ),
  );
  return [...document.querySelectorAll<HTMLElement>('article.dataset-card[data-dataset]')];
}

// Each test renders all datasets, the 76,772-row UN table included: every wait below is for what
// the page shows, with no clock of its own (tests/setup.ts, vite.config.ts).
describe('the overview', () => {
  it('shows every dataset with its chart or figures and a source line linking to its citation', async () => {
    renderWithData(<App />, source);
    const cards = await allCards();
    for (const card of cards) {
      await waitFor(() =>
        expect(
          card.querySelector('.recharts-surface, .figures, .timeline, .data-table'),
        ).not.toBeNull(),
      );
      const line = card.querySelector<HTMLElement>(':scope > .source-line')!;
      expect(line).toHaveTextContent(/^Sources?:/);
      const link = within(line).getAllByRole('link')[0]!;
      // The full citations come with their own code (a card's Sources tab).
      const target = await waitFor(() => {
        const found = document.getElementById(link.getAttribute('href')!.slice(1));
        expect(found).not.toBeNull();
        return found!;
      });
      expect(target.textContent).toMatch(/retrieved/);
    }
  });

  it('shows the Tajik 2023 figures by sex in the table', async () => {
    renderWithData(<App />, source);
    const card = (await allCards()).find((c) => c.dataset.dataset === 'tajik-migrants-by-sex')!;
    await waitFor(() => expect(within(card).getAllByText('97,210').length).toBeGreaterThan(0));
    expect(within(card).getAllByText('554,804').length).toBeGreaterThan(0);
    expect(within(card).getByText(/Source:/)).toHaveTextContent('Asia-Plus');
  });

  it('keeps the other charts when one dataset is broken, naming file, row and column', async () => {
    const loadTable: DatasetSource['loadTable'] = async (meta) => {
      if (meta.id !== 'tajik-migrants-by-sex') return source.loadTable(meta);
      const { parseCsvTable } = await import('../../../src/data/parseCsvTable');
      return parseCsvTable(
        'data/tajik-migrants-by-sex.csv',
        'year,sex,value,source_id\n2022,total,77x,TJ_AP_20240528\n',
        meta,
      );
    };
    const broken: DatasetSource = {
      ...source,
      loadTable,
      selectView: (meta, request) => run('view', { meta, request }, loadTable),
    };
    renderWithData(<App />, broken);
    await allCards();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('data/tajik-migrants-by-sex.csv, row 1, column "value"');
    const other = document.querySelector('[data-dataset="uzbek-migrants-by-destination"]')!;
    await waitFor(() => expect(other.querySelector('.recharts-surface')).not.toBeNull());
  });
});
