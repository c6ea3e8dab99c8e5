import { screen, waitFor } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SourcesPanel } from '../../../../src/views/sources/SourcesPanel';
import { validateMetadata } from '../../../../src/data/validateMetadata';
import { renderWithData } from '../../../support/renderWithData';

const meta = (id: string) =>
  validateMetadata(`${id}.meta.json`, readFileSync(`data/${id}.meta.json`, 'utf8'));

describe('the Sources page lists each official source’s vintage', () => {
  it('the release, the date retrieved and the next release, beside the citation', async () => {
    renderWithData(
      <SourcesPanel
        datasets={[meta('un-ims2020-totals-by-destination'), meta('wdi-unemployment')]}
      />,
    );
    // The citations come with their own code.
    const un = await waitFor(() => {
      const found = document.getElementById(
        'source-un-ims2020-totals-by-destination-UN_DESA_IMS_2020_DESTINATION',
      );
      expect(found).not.toBeNull();
      return found!;
    });
    expect(un).toHaveTextContent(
      'Release: International Migrant Stock 2020 (POP/DB/MIG/Stock/Rev.2020).',
    );
    expect(un).toHaveTextContent(
      /Next release: Already published: the 2024 revision .* is not yet included here/,
    );
    expect(un).toHaveTextContent('retrieved December 7, 2026');
    expect(screen.getAllByText(/^Release: World Development Indicators, /)).toHaveLength(1);
  });
});
