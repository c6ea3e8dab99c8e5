import { describe, expect, it } from 'vitest';
import { buildLineSeries } from '../../../../../src/views/dataset/model/lineSeries';
import { readObservations } from '../../../../../src/model/observations';
import { parseCsvTable } from '../../../../../src/data/parseCsvTable';
import { SAMPLE_CSV, sampleMeta } from '../../../../support/sampleMeta';

const meta = sampleMeta();
const observations = readObservations(parseCsvTable('data/sample.csv', SAMPLE_CSV, meta), meta);

describe('buildLineSeries', () => {
  const model = buildLineSeries(observations, meta);
  const linePoints = model.series.flatMap((s) => s.segments.flat());

  it('never joins a part-year figure to the yearly line', () => {
    expect(linePoints.some((p) => p.observation.periodType === 'part')).toBe(false);
    expect(model.partial.map((p) => [p.x, p.value])).toEqual([[2019, 411000]]);
  });

  it('draws the ministry figure for 2020 and shows the other source beside it', () => {
    const main2020 = linePoints.find((p) => p.x === 2020)!;
    expect(main2020.value).toBe(129807);
    expect(main2020.sourceIds).toEqual(['MINISTRY']);
    expect(model.alternatives.map((p) => [p.x, p.value, p.sourceIds[0]])).toEqual([
      [2020, 111000, 'PRESIDENT'],
    ]);
  });

  it('lets the user draw the line from another source', () => {
    const president = buildLineSeries(observations, meta, { preferredSource: 'PRESIDENT' });
    const main2020 = president.series.flatMap((s) => s.segments.flat()).find((p) => p.x === 2020)!;
    expect(main2020.value).toBe(111000);
    expect(president.alternatives.map((p) => p.value)).toEqual([129807]);
  });

  it('joins consecutive years only, leaving gaps where there is no value', () => {
    const segments = model.series[0]!.segments.map((s) => s.map((p) => p.x));
    expect(segments).toEqual([[2020, 2021], [2023]]);
    // The missing year is bridged by a join of its own kind (drawn dashed), not a plain line.
    expect(model.series[0]!.joins.map((j) => [j.from.x, j.to.x, j.kind])).toEqual([
      [2021, 2023, 'gap'],
    ]);
  });

  it('splits a line at a method break and reports the break', () => {
    const withBreak = sampleMeta({
      breaks: [{ where: { country: 'TJK' }, before: 2021, note: 'Method changed.' }],
    });
    const broken = buildLineSeries(observations, withBreak);
    expect(broken.series[0]!.segments.map((s) => s.map((p) => p.x))).toEqual([
      [2020],
      [2021],
      [2023],
    ]);
    expect(broken.breaks).toEqual([{ x: 2021, note: 'Method changed.' }]);
  });

  it('joins another source series only in the next year, never across missing years', () => {
    const csv = (rows: string) =>
      readObservations(
        parseCsvTable(
          'data/sample.csv',
          `year,period,period_type,country,value,qualifier,source_id\n${rows}`,
          meta,
        ),
        meta,
      );
    const across = buildLineSeries(
      csv(
        '2019,calendar year,year,TJK,100,,MINISTRY\n2020,calendar year,year,TJK,110,,MINISTRY\n2022,calendar year,year,TJK,130,,PRESIDENT\n2023,calendar year,year,TJK,140,,PRESIDENT\n',
      ),
      meta,
    ).series[0]!;
    // A change of source and two missing years: the line stops, with no join of either kind.
    expect(across.joins).toEqual([]);
    expect(across.stretches.map((s) => s.map((p) => p.x))).toEqual([
      [2019, 2020],
      [2022, 2023],
    ]);
    const next = buildLineSeries(
      csv(
        '2020,calendar year,year,TJK,110,,MINISTRY\n2021,calendar year,year,TJK,130,,PRESIDENT\n',
      ),
      meta,
    ).series[0]!;
    expect(next.joins.map((j) => [j.from.x, j.to.x, j.kind])).toEqual([[2020, 2021, 'source']]);
    expect(next.stretches).toHaveLength(2);
    // Missing years of one series: a dashed join, and one stretch.
    expect(model.series[0]!.stretches.map((s) => s.map((p) => p.x))).toEqual([[2020, 2021, 2023]]);
  });

  it('treats agreeing sources as one point carrying both sources', () => {
    const twice = `${SAMPLE_CSV}2023,calendar year,year,TJK,652014,,PRESIDENT\n`;
    const obs = readObservations(parseCsvTable('data/sample.csv', twice, meta), meta);
    const point = buildLineSeries(obs, meta)
      .series[0]!.segments.flat()
      .find((p) => p.x === 2023)!;
    expect(point.sourceIds).toEqual(['MINISTRY', 'PRESIDENT']);
  });
});

describe('changesAlongLines', () => {
  it('gives the change between consecutive years of the drawn line only (derived)', async () => {
    const { changesAlongLines } = await import('../../../../../src/views/dataset/model/yearOnYear');
    const model = buildLineSeries(observations, meta);
    const changes = [...changesAlongLines(model)].map(([o, c]) => [
      o.time,
      c.change,
      c.percent?.toFixed(2),
    ]);
    // 2020 → 2021 on the ministry's line; 2023 follows a gap, so no change. Per cent to one decimal.
    expect(changes).toEqual([[2021, 70193, '54.10']]);
  });
});
