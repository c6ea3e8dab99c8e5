import type { DatasetMeta } from '../../src/data/metadataSchema';

/** A small, valid metadata record for tests of parsing and of the series rules. */
export function sampleMeta(overrides: Partial<DatasetMeta> = {}): DatasetMeta {
  return {
    id: 'sample',
    title: 'Sample',
    description: 'A test dataset.',
    file: 'sample.csv',
    concept: 'flow',
    referencePeriod: '2019–2023',
    columns: [
      { name: 'year', type: 'integer', role: 'dimension', label: 'Year', time: true },
      { name: 'period', type: 'string', role: 'period', label: 'Period' },
      {
        name: 'period_type',
        type: 'string',
        role: 'period_type',
        label: 'Period type',
        values: ['year', 'part', 'point'],
      },
      { name: 'country', type: 'string', role: 'dimension', label: 'Country', codes: 'iso3' },
      { name: 'value', type: 'number', role: 'measure', label: 'Value', unit: 'persons' },
      { name: 'qualifier', type: 'string', role: 'qualifier', label: 'Qualifier', nullable: true },
      { name: 'source_id', type: 'string', role: 'source', label: 'Source' },
    ],
    sources: [
      {
        id: 'MINISTRY',
        publisher: 'Ministry',
        title: 'Report',
        retrieved: '2026-11-22',
        locator: 'p. 1',
        rank: 1,
        citation: 'Ministry, Report.',
        published: '2021-02-12',
      },
      {
        id: 'PRESIDENT',
        publisher: 'News agency',
        title: 'Speech',
        retrieved: '2026-11-22',
        locator: 'para. 2',
        rank: 3,
        citation: 'News agency, Speech.',
        published: '2021-01-26',
      },
    ],
    license: 'Test',
    caveats: [],
    display: { type: 'line', x: 'year' },
    ...overrides,
  };
}

export const SAMPLE_CSV = `year,period,period_type,country,value,qualifier,source_id
2019,Jan-Sep,part,TJK,411000,more than,MINISTRY
2020,calendar year,year,TJK,129807,,MINISTRY
2020,calendar year,year,TJK,111000,,PRESIDENT
2021,calendar year,year,TJK,200000,,MINISTRY
2023,calendar year,year,TJK,652014,,MINISTRY
`;
