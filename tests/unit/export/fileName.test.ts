import { describe, expect, it } from 'vitest';
import { downloadFileName, filterParts } from '../../../src/export/fileName';

const day = new Date('2026-11-22T10:00:00Z');

describe('downloadFileName', () => {
  it('names the dataset, the slice and the day', () => {
    expect(downloadFileName('tajik-migrants-by-sex', ['2023', 'female'], day, 'csv')).toBe(
      'tajik-migrants-by-sex_2023_female_2026-11-22.csv',
    );
  });

  it('takes the date in UTC', () => {
    expect(downloadFileName('x', [], new Date('2026-11-22T23:30:00-05:00'), 'zip')).toBe(
      'x_2026-11-23.zip',
    );
  });

  it('keeps only lower-case letters, digits and single hyphens', () => {
    expect(
      downloadFileName('d', ['TJK+UZB', ' a/b\\c:d*e?f"g<h>i|j ', 'São Paulo'], day, 'png'),
    ).toBe('d_tjk-uzb_a-b-c-d-e-f-g-h-i-j_sao-paulo_2026-11-22.png');
  });

  it('drops parts with nothing left and shortens long ones', () => {
    const name = downloadFileName('d', ['Тоҷикистон', '...', 'x'.repeat(60)], day, 'svg');
    expect(name).toBe(`d_${'x'.repeat(40)}_2026-11-22.svg`);
  });

  it('stays within 150 characters', () => {
    const parts = Array.from({ length: 10 }, (_, i) => `${i}`.repeat(40));
    const name = downloadFileName('a'.repeat(200), parts, day, 'csv');
    expect(name.length).toBeLessThanOrEqual(150);
    expect(name.endsWith('_2026-11-22.csv')).toBe(true);
    const some = downloadFileName('dataset', parts, day, 'csv');
    expect(some.length).toBeLessThanOrEqual(150);
    expect(some).toMatch(/^dataset_0{40}_1{40}_/);
  });

  it('never makes a Windows device name', () => {
    for (const id of ['CON', 'prn', 'aux', 'NUL', 'COM1', 'lpt9', '']) {
      const name = downloadFileName(id, [], day, 'csv');
      const stem = name.split('.')[0]!;
      expect(stem).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/i);
      expect(name.split('_')[0]).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/i);
      expect(name).toMatch(/^[a-z0-9-]+(_[a-z0-9-]+)*\.csv$/);
    }
  });
});

describe('filterParts', () => {
  it('puts the time range first, then small filters', () => {
    expect(filterParts({ sex: ['male', 'female'], country: ['TJK'] }, [2010, 2023])).toEqual([
      '2010-2023',
      'male+female',
      'TJK',
    ]);
  });

  it('writes a single year once', () => {
    expect(filterParts({}, [2023, 2023])).toEqual(['2023']);
  });

  it('leaves out filters that select nothing or more than three values', () => {
    expect(filterParts({ a: [], b: ['1', '2', '3'], c: ['1', '2', '3', '4'] })).toEqual(['1+2+3']);
  });
});
