import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { prefetchView } from '../../../src/app/prefetchView';
import type { DatasetSource } from '../../../src/sources/datasetSource';
import { unViewQuery, viewQuery } from '../../../src/sources/queries';
import { viewRequest } from '../../../src/views/dataset/model/describeView';
import { unViewRequest } from '../../../src/views/un/model/unViewRequest';
import { defaultViewState, type ViewState } from '../../../src/state/viewState';
import { fileSystemSource } from '../../support/fileSystemSource';

/** The repository's data, recording what is asked for: files, and the views' queries. */
function recordingSource() {
  const source = fileSystemSource();
  const asked: string[] = [];
  const recording: DatasetSource = {
    ...source,
    listDatasets: () => (asked.push('index.json'), source.listDatasets()),
    loadMetadata: (file) => (asked.push(file), source.loadMetadata(file)),
    loadTable: (meta) => (asked.push(`table ${meta.id}`), source.loadTable(meta)),
    selectView: (meta, request) => (
      asked.push(`view ${meta.id}`),
      source.selectView(meta, request)
    ),
    selectUnView: (meta, totals, request) => (
      asked.push(`un-view ${meta.id} ${totals?.id}`),
      source.selectUnView(meta, totals, request)
    ),
  };
  return { asked, source: recording };
}

async function prefetched(view: ViewState) {
  const { asked, source } = recordingSource();
  const client = new QueryClient();
  const done = prefetchView(client, source, view);
  // The catalogue is asked for at once, before anything renders.
  expect(asked).toEqual(['index.json']);
  // Everything it started has settled, however long that took.
  await done;
  expect(client.isFetching()).toBe(0);
  return { asked, client, source };
}

const queries = (asked: string[]) => asked.filter((f) => !f.endsWith('.json'));

describe('prefetchView', () => {
  it('asks for one dataset page’s view as its metadata arrives, and for nothing else', async () => {
    const view = { ...defaultViewState, page: 'dataset', dataset: 'remittances' } as const;
    const { asked, client, source } = await prefetched(view);
    expect(queries(asked)).toEqual(['view remittances']);
    expect(asked.filter((f) => f.endsWith('.meta.json')).length).toBeGreaterThan(5);
    // Under the key the card's hook reads: the card finds its rows there.
    const meta = await source.loadMetadata('remittances.meta.json');
    const request = viewRequest(view, meta.display.type);
    expect(client.getQueryData(viewQuery(source, meta, request).queryKey)).toBeDefined();
  });

  it('asks the UN page’s figures where the tables live, and loads no table on the page', async () => {
    const view = { ...defaultViewState, page: 'un' } as const;
    const { asked, client, source } = await prefetched(view);
    // Born in Uzbekistan: the 2020 revision by sex, with the totals by destination (what each
    // destination's figure rests on).
    const asks = 'un-view un-ims2020-bilateral-by-sex un-ims2020-totals-by-destination';
    expect(queries(asked)).toEqual([asks]);
    const [meta, totals] = await Promise.all(
      ['un-ims2020-bilateral-by-sex.meta.json', 'un-ims2020-totals-by-destination.meta.json'].map(
        (f) => source.loadMetadata(f),
      ),
    );
    const key = unViewQuery(source, meta!, totals, unViewRequest(view.un, 'en')).queryKey;
    expect(client.getQueryData(key)).toMatchObject({ panels: [{ country: 'UZB', year: 2020 }] });

    const destination = await prefetched({
      ...view,
      un: { ...view.un, direction: 'destination' },
    });
    expect(queries(destination.asked)).toEqual([asks]);
  });

  it('asks for the first screen’s cards on the overview, and every card’s metadata', async () => {
    const { asked, source } = await prefetched(defaultViewState);
    const files = await source.listDatasets();
    expect(asked.filter((f) => f.endsWith('.meta.json')).sort()).toEqual([...files].sort());
    // The three the overview shows first (lowest `order`); the others load as they are scrolled to.
    const metas = await Promise.all(files.map((f) => source.loadMetadata(f)));
    const first = metas
      .sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity))
      .slice(0, 3)
      .map((m) => `view ${m.id}`);
    expect(queries(asked).sort()).toEqual(first.sort());
    expect(first).not.toContain('view un-migrant-stock-2019');
  });

  it('asks for nothing for a dataset the catalogue does not have', async () => {
    const { asked } = await prefetched({ ...defaultViewState, page: 'dataset', dataset: 'nope' });
    expect(queries(asked)).toEqual([]);
  });
});
