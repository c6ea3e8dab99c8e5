import { describe, expect, it } from 'vitest';
import { shortCitations } from '../../../src/data/citations';
import { downloadTable } from '../../../src/export/downloadTable';
import type { DatasetMeta } from '../../../src/data/metadataSchema';
import { fileSystemSource } from '../../support/fileSystemSource';

async function everyMeta(): Promise<DatasetMeta[]> {
  const source = fileSystemSource();
  return Promise.all((await source.listDatasets()).map((file) => source.loadMetadata(file)));
}

describe('short citations in one source line', () => {
  it('never read the same twice, in any dataset or in the UN view (table and totals)', async () => {
    const metas = await everyMeta();
    const byId = new Map(metas.map((m) => [m.id, m]));
    const lines = [
      ...metas.map((m) => m.sources),
      ...['un-emigrant-totals-2019', 'un-migrant-stock-totals-2019'].map((totals) => [
        ...byId.get('un-migrant-stock-2019')!.sources,
        ...byId.get(totals)!.sources,
      ]),
    ];
    for (const sources of lines) {
      const labels = shortCitations(sources);
      expect(new Set(labels).size).toBe(labels.length);
    }
  });

  it('letter repeated author–years in the order listed, and leave the others alone', async () => {
    const remittances = (await everyMeta()).find((m) => m.id === 'remittances')!;
    const labels = shortCitations(remittances.sources);
    expect(labels.filter((l) => l.startsWith('Asia-Plus (2025'))).toEqual([
      'Asia-Plus (2025a)',
      'Asia-Plus (2025b)',
      'Asia-Plus (2025c)',
    ]);
    expect(labels).not.toContain('Asia-Plus (2025)');
    // A source keeps its letter whichever of its siblings a view draws.
    remittances.sources.forEach((source, i) => {
      expect(shortCitations([source], remittances.sources)).toEqual([labels[i]]);
    });
    const un = shortCitations(
      (await everyMeta()).filter((m) => m.id.startsWith('un-')).flatMap((m) => m.sources),
    );
    // The 2019 revision (published 2019) and the 2020 revision (published January 2021).
    expect(un.every((l) => /\((2019|2021)[a-z]\)$/.test(l))).toBe(true);
  });
});

describe('the source column of a download', () => {
  it('cites each source id with its own short citation, lettered as in the source line', async () => {
    const source = fileSystemSource();
    const meta = await source.loadMetadata('remittances.meta.json');
    const out = downloadTable(await source.loadTable(meta), meta);
    const labelOf = new Map<string, string>();
    for (const row of out.objects() as Record<string, unknown>[]) {
      labelOf.set(String(row.source_id), String(row.source));
    }
    const labels = [...labelOf.values()];
    expect(labels.length).toBeGreaterThan(1);
    expect(new Set(labels).size).toBe(labels.length);
  });
});
