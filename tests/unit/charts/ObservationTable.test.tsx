import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ObservationTable } from '../../../src/charts/ObservationTable';
import { viewDownloadTable } from '../../../src/export/viewDownload';
import { rowObjects } from '../../../src/lib/tableValues';
import { viewAt } from '../../support/viewAt';
import { setActiveLocale } from '../../../src/i18n/i18n';

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

describe('the table sorts by any column (issue 27)', () => {
  /** The text of one column, top to bottom. */
  const column = (table: HTMLElement, heading: string) => {
    const headings = within(table).getAllByRole('columnheader');
    const index = headings.findIndex((h) => h.textContent?.startsWith(heading));
    return within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.querySelectorAll('td')[index]!.textContent ?? '');
  };
  const number = (text: string) => Number(text.replace(/[^\d.]/g, ''));

  it('sorts by value as numbers with Enter, the other way with Space, and keeps it on re-render', async () => {
    const user = userEvent.setup();
    const { meta, slice, model } = await viewAt(
      '?view=dataset&id=unemployment&chart=line&country=UZB',
    );
    const { rerender } = render(
      <ObservationTable observations={slice.observations} meta={meta} changes={model.changes} />,
    );
    const table = screen.getByRole('table');
    const value = screen.getByRole('button', { name: /^Value/ });
    const th = value.closest('th')!;
    expect(th.getAttribute('aria-sort')).toBe('none');
    value.focus();
    await user.keyboard('{Enter}');
    expect(th.getAttribute('aria-sort')).toBe('ascending');
    const up = column(table, 'Value').map(number);
    // 9.6 before 10.5: numbers, not text ("10.5" < "9.6").
    expect(up).toEqual([...up].sort((a, b) => a - b));
    expect(up.indexOf(9.6)).toBeLessThan(up.indexOf(10.5));
    await user.keyboard(' ');
    expect(th.getAttribute('aria-sort')).toBe('descending');
    const down = column(table, 'Value').map(number);
    expect(down).toEqual([...up].reverse());
    rerender(
      <ObservationTable observations={slice.observations} meta={meta} changes={model.changes} />,
    );
    expect(
      screen
        .getByRole('button', { name: /^Value/ })
        .closest('th')!
        .getAttribute('aria-sort'),
    ).toBe('descending');
    expect(column(screen.getByRole('table'), 'Value').map(number)).toEqual(down);
    // Only the sorted column says so.
    const others = within(table)
      .getAllByRole('columnheader')
      .filter((h) => h !== th);
    expect(others.every((h) => h.getAttribute('aria-sort') === 'none')).toBe(true);
  });

  it('puts rows without a change last, ascending and descending', async () => {
    const user = userEvent.setup();
    const { meta, slice, model } = await viewAt(
      '?view=dataset&id=unemployment&chart=line&country=UZB',
    );
    render(
      <ObservationTable observations={slice.observations} meta={meta} changes={model.changes} />,
    );
    const table = screen.getByRole('table');
    const change = screen.getByRole('button', { name: /^Change on previous year/ });
    for (const press of ['{Enter}', ' ']) {
      change.focus();
      await user.keyboard(press);
      const cells = column(table, 'Change on previous year');
      const firstEmpty = cells.indexOf('');
      expect(firstEmpty).toBeGreaterThan(0);
      expect(cells.slice(firstEmpty).every((c) => c === '')).toBe(true);
    }
  });

  it('sorts text by the Russian alphabet in Russian', async () => {
    const user = userEvent.setup();
    const { meta, slice } = await viewAt('?view=dataset&id=wdi-unemployment&chart=line', 'ru');
    render(<ObservationTable observations={slice.observations} meta={meta} />);
    const table = screen.getByRole('table');
    const heading = within(table).getAllByRole('columnheader')[0]!;
    const button = within(heading).getByRole('button');
    button.focus();
    await user.keyboard('{Enter}');
    const names = column(table, heading.textContent!.replace(/[▲▼↕]/g, '').trim());
    expect(names).toEqual([...names].sort(new Intl.Collator('ru').compare));
    expect(new Set(names).size).toBeGreaterThan(1);
    setActiveLocale('en');
  });
});
