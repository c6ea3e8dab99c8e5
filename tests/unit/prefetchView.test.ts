import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { prefetchView } from '../../src/app/prefetchView';
import { tableQuery } from '../../src/sources/queries';
import { defaultViewState, type ViewState } from '../../src/view/viewState';
import { fileSystemSource } from '../support/fileSystemSource';

/** The repository's data, recording which files are asked for. */
function recordingSource() {
  const source = fileSystemSource();
  const asked: string[] = [];
  return {
    asked,
    source: {
      listDatasets: () => (asked.push('index.json'), source.listDatasets()),
      loadMetadata: (file: string) => (asked.push(file), source.loadMetadata(file)),
      loadTable: (meta: Parameters<typeof source.loadTable>[0]) => (
        asked.push(meta.file),
        source.loadTable(meta)
      ),
      selectView: (...args: Parameters<typeof source.selectView>) => source.selectView(...args),
    },
  };
}

async function prefetched(view: ViewState) {
  const { asked, source } = recordingSource();
  const client = new QueryClient();
  prefetchView(client, source, view);
  // The catalogue is asked for at once, before anything renders.
  expect(asked).toEqual(['index.json']);
  await expect.poll(() => client.isFetching() === 0 && asked.length > 1).toBe(true);
  return { asked, client, source };
}

describe('prefetchView', () => {
  it('asks for one dataset page’s table as its metadata arrives, and for no other table', async () => {
    const view = { ...defaultViewState, page: 'dataset', dataset: 'remittances' } as const;
    const { asked, client, source } = await prefetched(view);
    expect(asked.filter((f) => f.endsWith('.csv'))).toEqual(['remittances.csv']);
    expect(asked.filter((f) => f.endsWith('.meta.json')).length).toBeGreaterThan(5);
    // Under the key the card's hook reads: the card finds the table there.
    const meta = await source.loadMetadata('remittances.meta.json');
    expect(client.getQueryData(tableQuery(source, meta).queryKey)).toBeDefined();
  });

  it('asks for both UN tables on the UN page, and for every table on the overview', async () => {
    const un = await prefetched({ ...defaultViewState, page: 'un' });
    expect(un.asked.filter((f) => f.endsWith('.csv')).sort()).toEqual([
      'un-migrant-stock-2019.csv',
      'un-migrant-stock-totals-2019.csv',
    ]);
    const overview = await prefetched(defaultViewState);
    const metas = overview.asked.filter((f) => f.endsWith('.meta.json'));
    expect(overview.asked.filter((f) => f.endsWith('.csv'))).toHaveLength(metas.length);
  });

  it('asks for no table for a dataset the catalogue does not have', async () => {
    const { asked } = await prefetched({ ...defaultViewState, page: 'dataset', dataset: 'nope' });
    expect(asked.filter((f) => f.endsWith('.csv'))).toEqual([]);
  });
});
