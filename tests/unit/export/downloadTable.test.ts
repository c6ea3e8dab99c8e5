import { escape, fromCSV, table } from 'arquero';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetMetaSchema } from '../../../src/data/metadataSchema';
import { resolveMeta } from '../../../src/data/metaText';
import { downloadTable } from '../../../src/export/downloadTable';
import { filterByValues } from '../../../src/transforms/filterByValues';
import { yearOnYearChange } from '../../../src/transforms/yearOnYearChange';
import { DATA_DIR } from '../../support/fileSystemSource';
import { SAMPLE_CSV, sampleMeta } from '../../support/sampleMeta';

const tajikMeta = resolveMeta(
  datasetMetaSchema.parse(
    JSON.parse(readFileSync(path.join(DATA_DIR, 'tajik-migrants-by-sex.meta.json'), 'utf8')),
  ),
);
const tajik = fromCSV(readFileSync(path.join(DATA_DIR, 'tajik-migrants-by-sex.csv'), 'utf8'));

describe('downloadTable', () => {
  it('keeps metadata order, puts the unit in the measure name and cites every row', () => {
    const out = downloadTable(filterByValues(tajik, { sex: ['female'] }), tajikMeta);
    expect(out.columnNames()).toEqual(['year', 'sex', 'value (persons)', 'source_id', 'source']);
    expect(out.objects()).toEqual([
      {
        year: 2023,
        sex: 'female',
        'value (persons)': 97210,
        source_id: 'TJ_AP_20240528',
        source: 'Asia-Plus (2024)',
      },
    ]);
  });

  it('adds country names after code columns and cites each row by its own source', () => {
    const slice = fromCSV(SAMPLE_CSV).filter(escape((d: { year: number }) => d.year === 2020));
    const out = downloadTable(slice, sampleMeta());
    expect(out.columnNames()).toEqual([
      'year',
      'period',
      'period_type',
      'country',
      'country_name',
      'value (persons)',
      'qualifier',
      'source_id',
      'source',
    ]);
    expect(out.array('country_name')).toEqual(['Tajikistan', 'Tajikistan']);
    expect(out.array('source')).toEqual(['Ministry (2021)', 'News agency (2021)']);
  });

  it('falls back to the code for a country Intl does not know, and keeps label columns', () => {
    const meta = sampleMeta({
      columns: [
        { name: 'dest', type: 'string', role: 'dimension', label: 'Destination', codes: 'iso3' },
        { name: 'dest_label', type: 'string', role: 'label', label: 'UN name', labelFor: 'dest' },
        { name: 'value', type: 'number', role: 'measure', label: 'Value' },
      ],
    });
    const slice = table({
      dest: ['RUS', 'XXX'],
      dest_label: ['Russian Federation', 'Nowhere'],
      value: [1, 2],
    });
    const out = downloadTable(slice, meta);
    expect(out.columnNames()).toEqual(['dest', 'dest_name', 'dest_label', 'value', 'source']);
    expect(out.array('dest_name')).toEqual(['Russia', 'XXX']);
    expect(out.array('dest_label')).toEqual(['Russian Federation', 'Nowhere']);
    // No source column: every row cites the dataset's sources.
    expect(out.array('source')).toEqual([
      'Ministry (2021); News agency (2021)',
      'Ministry (2021); News agency (2021)',
    ]);
  });

  it('drops chart-internal columns and adds derived columns only when asked, with a note', () => {
    const totals = filterByValues(tajik, { sex: ['total'] });
    const changed = yearOnYearChange(totals, 'year', 'value');
    expect(downloadTable(changed, tajikMeta).columnNames()).not.toContain('change');

    const how = "change = value − previous year's value";
    const out = downloadTable(changed, tajikMeta, [{ column: 'change', how }]);
    expect(out.columnNames().slice(-2)).toEqual(['change', 'derived_note']);
    expect(out.columnNames()).not.toContain('change_pct');
    expect(out.array('change')).toEqual([null, -123564]);
    // The first year has no change, so no note; the note is on the row with the change.
    expect(out.array('derived_note')).toEqual([null, `${how}; computed by this dashboard`]);
  });

  it('joins the notes of several derived columns', () => {
    const changed = yearOnYearChange(filterByValues(tajik, { sex: ['total'] }), 'year', 'value');
    const out = downloadTable(changed, tajikMeta, [
      { column: 'change', how: 'change = a' },
      { column: 'change_pct', how: 'change_pct = b' },
    ]);
    expect(out.columnNames().slice(-3)).toEqual(['change', 'change_pct', 'derived_note']);
    expect(out.get('derived_note', 0)).toBeNull();
    expect(out.get('derived_note', 1)).toBe(
      'change = a; change_pct = b; computed by this dashboard',
    );
  });

  it('says a way of computing once on a row, where two derived columns share it', () => {
    const changed = yearOnYearChange(filterByValues(tajik, { sex: ['total'] }), 'year', 'value');
    const out = downloadTable(changed, tajikMeta, [
      { column: 'change', how: 'Derived: a − b.' },
      { column: 'change_pct', how: 'Derived: a − b.' },
    ]);
    expect(out.array('derived_note')).toEqual([null, 'Derived: a − b; computed by this dashboard']);
  });
});
