import type { ColumnTable } from 'arquero';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildChartModel } from '../../../../../src/views/dataset/model/chartModel';
import { chartSummary } from '../../../../../src/views/dataset/model/chartSummary';
import type { DatasetMeta } from '../../../../../src/data/metadataSchema';
import { parseCsvTable } from '../../../../../src/data/parseCsvTable';
import type { DisplayType } from '../../../../../src/data/metadataSchema';
import { datasetView } from '../../../../../src/views/dataset/model/datasetView';
import { defaultViewState, type ViewState } from '../../../../../src/state/viewState';
import { fileSystemSource } from '../../../../support/fileSystemSource';
import { SAMPLE_CSV, sampleMeta } from '../../../../support/sampleMeta';
import { TEST_TIMEOUT } from '../../../../testTimeout';

const data: Record<string, { meta: DatasetMeta; table: ColumnTable }> = {};

beforeAll(async () => {
  const source = fileSystemSource();
  for (const id of ['tajik-migrants-by-sex', 'uzbek-migrants-by-destination']) {
    const meta = await source.loadMetadata(`${id}.meta.json`);
    data[id] = { meta, table: await source.loadTable(meta) };
  }
}, TEST_TIMEOUT);

function summary(
  meta: DatasetMeta,
  table: ColumnTable,
  type: DisplayType,
  view: Partial<ViewState> = {},
) {
  const slice = datasetView(table, meta, { ...defaultViewState, ...view }, type);
  return chartSummary(buildChartModel(meta, slice, type));
}

describe('chartSummary: the chart in words', () => {
  it('names the largest and smallest category of a bar chart, with unit and qualifier as given', () => {
    const { meta, table } = data['uzbek-migrants-by-destination']!;
    const sentences = summary(meta, table, 'bar');
    expect(sentences[0]).toBe('Largest: Russia, 70.2 % of labour migrants.');
    expect(sentences[1]).toMatch(/^Smallest: /);
    // No time axis: no change over a period.
    expect(sentences.join(' ')).not.toMatch(/from .* to /);
  });

  it('gives each series its start, end and the change between (derived) over the years', () => {
    const { meta, table } = data['tajik-migrants-by-sex']!;
    const sentences = summary(meta, table, 'line');
    expect(sentences).toContain(
      'Total: from 775,578 persons in 2022 to 652,014 persons in 2023, a change of -123,564 (derived).',
    );
    // A series with one year has no change to tell.
    expect(sentences).toContain('Women: 97,210 persons in 2023, the only figure.');
    // The total is ranked with the total, the sexes with each other: never a total with its parts.
    expect(sentences.slice(0, 4)).toEqual([
      'Largest: Total, 2022, 775,578 persons.',
      'Smallest: Total, 2023, 652,014 persons.',
      'Largest: Men, 2023, 554,804 persons.',
      'Smallest: Women, 2023, 97,210 persons.',
    ]);
  });

  it('says no change where a figure is qualified, and leaves part-year marks out', () => {
    const meta = sampleMeta();
    const table = parseCsvTable('sample.csv', SAMPLE_CSV, meta);
    const sentences = chartSummary(
      buildChartModel(meta, datasetView(table, meta, defaultViewState, 'line'), 'line'),
    );
    // 2019 "more than 411,000" is a part-year diamond, not on the line; the line runs 2020–2023.
    expect(sentences).toContain('Largest: Value, 2023, 652,014 persons.');
    expect(sentences).toContain('Smallest: Value, 2020, 129,807 persons.');
    expect(sentences).toContain(
      'Value: from 129,807 persons in 2020 to 652,014 persons in 2023, a change of +522,207 (derived).',
    );
    const qualified = SAMPLE_CSV.replace(
      '2023,calendar year,year,TJK,652014,,',
      '2023,calendar year,year,TJK,652014,about,',
    );
    const sentences2 = chartSummary(
      buildChartModel(
        meta,
        datasetView(parseCsvTable('sample.csv', qualified, meta), meta, defaultViewState, 'line'),
        'line',
      ),
    );
    expect(sentences2).toContain(
      'Value: from 129,807 persons in 2020 to ≈ 652,014 persons in 2023.',
    );
  });

  it('says nothing for drawings that are themselves text (timeline, matrix)', () => {
    const { meta, table } = data['uzbek-migrants-by-destination']!;
    const slice = datasetView(table, meta, defaultViewState, 'table');
    expect(chartSummary(buildChartModel(meta, slice, 'table'))).toEqual([]);
  });
});
