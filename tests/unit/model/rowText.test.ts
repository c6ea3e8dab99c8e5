import type { ColumnTable } from 'arquero';
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChartModel } from '../../../src/views/dataset/model/chartModel';
import { chartSummary } from '../../../src/views/dataset/model/chartSummary';
import { localValue } from '../../../src/data/labels';
import type { DatasetMeta } from '../../../src/data/metadataSchema';
import { localizeMeta } from '../../../src/data/metaText';
import { loadLocale, setActiveLocale } from '../../../src/i18n/i18n';
import { datasetView } from '../../../src/views/dataset/model/datasetView';
import { readObservations } from '../../../src/model/observations';
import { defaultViewState } from '../../../src/state/viewState';
import { fileSystemSource } from '../../support/fileSystemSource';
import { TEST_TIMEOUT } from '../../testTimeout';

/**
 * Words that come from CSV rows (units, periods, statuses, notes) are shown in the reader's
 * language through the column's value labels, and marked where they are left in English.
 */

const data = new Map<string, { meta: DatasetMeta; table: ColumnTable }>();
const ids = readdirSync('data')
  .filter((f) => f.endsWith('.meta.json'))
  .map((f) => f.replace(/\.meta\.json$/, ''));

beforeAll(async () => {
  await Promise.all([loadLocale('ru'), loadLocale('uz')]);
  const source = fileSystemSource();
  for (const id of ids) {
    const meta = await source.loadMetadata(`${id}.meta.json`);
    data.set(id, { meta, table: await source.loadTable(meta) });
  }
}, TEST_TIMEOUT);

afterAll(() => setActiveLocale('en'));

function dataset(id: string) {
  const found = data.get(id);
  if (!found) throw new Error(`no dataset ${id}`);
  return found;
}

describe('localValue: a CSV value in the reader language', () => {
  it('gives the value label in the language asked for, not marked', () => {
    const { meta } = dataset('remittances');
    const ru = localizeMeta(meta, 'ru');
    const unit = ru.columns.find((c) => c.name === 'unit');
    expect(localValue(ru, unit, 'USD billion', 'ru')).toEqual({
      text: 'млрд долларов США',
      english: false,
    });
    const uz = localizeMeta(meta, 'uz');
    const period = uz.columns.find((c) => c.name === 'period');
    expect(localValue(uz, period, 'Jan-Sep', 'uz')).toEqual({
      text: 'yanvar–sentabr',
      english: false,
    });
  });

  it('shows a value without a label as written, marked English only where it has words', () => {
    const { meta } = dataset('remittances');
    const ru = localizeMeta(meta, 'ru');
    const note = ru.columns.find((c) => c.name === 'note');
    expect(localValue(ru, note, 'A note no label covers', 'ru')).toEqual({
      text: 'A note no label covers',
      english: true,
    });
    // Digits read the same in every language; English is English.
    expect(localValue(ru, note, '2022–2023', 'ru').english).toBe(false);
    expect(localValue(localizeMeta(meta, 'en'), note, 'A note', 'en').english).toBe(false);
    // Country codes are named by Intl in every language.
    const stock = dataset('un-migrant-stock-2019').meta;
    const origin = stock.columns.find((c) => c.name === 'origin_iso3');
    expect(localValue(localizeMeta(stock, 'ru'), origin, 'UZB', 'ru')).toEqual({
      text: 'Узбекистан',
      english: false,
    });
  });

  it('reads observations with their unit and period translated and the CSV words kept', () => {
    const { meta, table } = dataset('tajik-migrants-series');
    const ru = localizeMeta(meta, 'ru');
    const rows = readObservations(table, ru);
    const partYear = rows.find((o) => o.asWritten.period === 'Jan-Sep')!;
    expect(partYear.period).toBe('январь–сентябрь');
    expect(partYear.unit).toBe('человек');
    expect(partYear.asWritten.unit).toBe('persons');
    expect(partYear.inEnglish ?? []).not.toContain('unit');
    // Notes are translated too, those of flagged figures and the others ("Rounded figure").
    const doubtful = rows.find((o) => o.flag === 'doubtful')!;
    expect(doubtful.note).toMatch(/^Сомнительно: больше итога за 2022 год \(775 578\)/);
    expect(doubtful.inEnglish ?? []).not.toContain('note');
    const rounded = rows.find((o) => o.note === 'Округлённая цифра (799 000).')!;
    expect(rounded.inEnglish ?? []).not.toContain('note');
  });

  it('has every unit, period and status word of the shipped data in Russian and Uzbek', () => {
    for (const id of ids) {
      const { meta, table } = dataset(id);
      for (const locale of ['ru', 'uz'] as const) {
        const local = localizeMeta(meta, locale);
        for (const column of local.columns.filter((c) =>
          ['unit', 'period', 'status'].includes(c.role),
        )) {
          for (const value of new Set(table.array(column.name) as unknown[])) {
            if (value === null || value === undefined || value === '') continue;
            const shown = localValue(local, column, value, locale);
            expect(shown.english, `${id}.${column.name} = "${String(value)}" in ${locale}`).toBe(
              false,
            );
          }
        }
      }
    }
  });
});

describe('the chart summary in Russian', () => {
  it('names the unit in Russian: "человек", not "persons"', () => {
    setActiveLocale('ru');
    const { meta, table } = dataset('tajik-migrants-series');
    const ru = localizeMeta(meta, 'ru');
    const slice = datasetView(table, ru, defaultViewState, 'line');
    const sentences = chartSummary(buildChartModel(ru, slice, 'line'), 'ru').join(' ');
    expect(sentences).toMatch(/человек/);
    expect(sentences).not.toMatch(/persons/);
  });
});
