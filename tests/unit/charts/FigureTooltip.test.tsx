import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FigureTooltip } from '../../../src/charts/FigureTooltip';
import { viewAt } from '../../support/viewAt';

describe('FigureTooltip', () => {
  it('says a figure is in doubt wherever it shows it (issue 25)', async () => {
    const { meta, model } = await viewAt(
      '?view=dataset&id=tajik-migrants-series&chart=line&destination=all~RUS~KAZ~other',
    );
    const russia2022 = model.marks.find(
      (m) => m.observation.dims.destination === 'RUS' && m.x === 2022,
    )!;
    expect(russia2022.observation.flag).toBe('doubtful');
    render(
      <FigureTooltip
        meta={meta}
        entries={[{ label: 'Russia', observation: russia2022.observation, sourceIds: [] }]}
      />,
    );
    expect(screen.getByText('793,791 persons')).toBeTruthy();
    expect(screen.getByText('doubtful: above the total it is part of')).toBeTruthy();
  });
});
