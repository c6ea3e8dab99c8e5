import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ObservationTable } from '../../../src/charts/ObservationTable';
import { viewDownloadTable } from '../../../src/export/viewDownload';
import { rowObjects } from '../../../src/lib/tableValues';
import { viewAt } from '../../support/viewAt';

describe('a rate changes in percentage points, in the table and the CSV (issue 25)', () => {
  it('gives the year-on-year change of an unemployment rate in points, with no per cent change', async () => {
    const { meta, slice, model } = await viewAt(
      '?view=dataset&id=unemployment&chart=line&country=UZB',
    );
    render(
      <ObservationTable observations={slice.observations} meta={meta} changes={model.changes} />,
    );
    // 10.5 % in 2020 to 9.6 % in 2021: −0.9 points, not −8.6 %.
    expect(screen.getByText('-0.9 pp')).toBeTruthy();
    expect(screen.queryByText(/-8\.6/)).toBeNull();
    const rows = rowObjects(
      viewDownloadTable(
        meta,
        slice,
        slice.observations.map((o) => model.changes.get(o)),
      ),
    );
    const row2021 = rows.find(
      (r) => r.year === 2021 && r.series === 'uzb_ministry_survey' && r.period_type === 'year',
    )!;
    expect(row2021.change_pp).toBe(-0.9);
    expect('change_pct' in row2021).toBe(false);
    expect(String(row2021.derived_note)).toContain('percentage points');
  });
});
