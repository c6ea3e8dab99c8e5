import { render } from '@testing-library/react';
import type { ColumnTable } from 'arquero';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExploreControls } from '../../../../src/views/dataset/ExploreControls';
import type { DatasetMeta } from '../../../../src/data/metadataSchema';
import { datasetView } from '../../../../src/views/dataset/model/datasetView';
import { defaultViewState, type ViewState } from '../../../../src/state/viewState';
import { fileSystemSource } from '../../../support/fileSystemSource';
import { TEST_TIMEOUT } from '../../../testTimeout';

let meta: DatasetMeta;
let table: ColumnTable;

beforeAll(async () => {
  const source = fileSystemSource();
  meta = await source.loadMetadata('tajik-migrants-series.meta.json');
  table = await source.loadTable(meta);
}, TEST_TIMEOUT);

/** The controls' folded summary line, as a reader sees it above the filters. */
function summaryFor(view: Partial<ViewState>): string {
  const state = { ...defaultViewState, ...view };
  const slice = datasetView(table, meta, state, 'line');
  const { unmount } = render(
    <ExploreControls
      meta={meta}
      slice={slice}
      view={state}
      chartType="line"
      sources={slice.sources}
      canShowEvents={false}
      update={() => {}}
    />,
  );
  const text = document.querySelector('summary')!.textContent ?? '';
  unmount();
  return text;
}

describe('the filter counter', () => {
  it('counts nothing when the view opens on its defaults', () => {
    expect(summaryFor({})).toBe('Filters and chart options');
  });

  it('counts each dimension set away from its default', () => {
    expect(summaryFor({ filters: { sex: ['female'], destination: ['RUS'] } })).toBe(
      'Filters and chart options (filters set: 2)',
    );
  });

  it('counts a narrowed year range as a filter, as the reset button clears it', () => {
    expect(summaryFor({ filters: { sex: ['female'] }, time: [2015, 2020] })).toBe(
      'Filters and chart options (filters set: 2)',
    );
  });
});
