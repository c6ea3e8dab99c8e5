import { screen, waitFor, within } from '@testing-library/react';
import { createElement, type ComponentProps } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/App';
import type * as Drawing from '../../../src/charts/DatasetChart';
import { fileSystemSource } from '../../support/fileSystemSource';
import { renderWithData } from '../../support/renderWithData';
import { TEST_TIMEOUT } from '../../testTimeout';

const BROKEN = 'tajik-migrants-by-sex';

// One card's drawing throws as it renders, as a value React cannot show would.
vi.mock('../../../src/charts/DatasetChart', async (importOriginal) => {
  const real = await importOriginal<typeof Drawing>();
  return {
    ...real,
    DatasetChart: (props: ComponentProps<typeof real.DatasetChart>) => {
      if (props.meta.id === BROKEN) throw new Error('Objects are not valid as a React child');
      return createElement(real.DatasetChart, props);
    },
  };
});

describe('a card that fails as it draws', { timeout: TEST_TIMEOUT }, () => {
  it('fails alone: it says so with Retry, and the header and the other cards stay', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderWithData(<App />, fileSystemSource());
    await waitFor(
      () => expect(document.querySelector(`[data-dataset="${BROKEN}"] .error`)).not.toBeNull(),
      { timeout: TEST_TIMEOUT },
    );
    const card = document.querySelector<HTMLElement>(`[data-dataset="${BROKEN}"]`)!;
    const alert = within(card).getByRole('alert');
    expect(alert).toHaveTextContent('This dataset could not be shown.');
    expect(alert).toHaveTextContent(
      'This part of the page stopped working: Objects are not valid as a React child',
    );
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeEnabled();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Central Asian labour migration',
    );
    const other = document.querySelector('[data-dataset="uzbek-migrants-by-destination"]')!;
    await waitFor(() => expect(other.querySelector('.recharts-surface')).not.toBeNull(), {
      timeout: TEST_TIMEOUT,
    });
  });
});
