import { table, type ColumnTable } from 'arquero';
import { describe, expect, it } from 'vitest';
import { parseExcelCsv, toExcelCsv } from '../../../src/export/excelCsv';
import { rowObjects } from '../../../src/lib/tableValues';

/** Rows as text, the way a spreadsheet shows them: the round trip compares these. */
function asText(t: ColumnTable): string[][] {
  const names = t.columnNames();
  return [names, ...rowObjects(t).map((row) => names.map((n) => String(row[n] ?? '')))];
}

describe('toExcelCsv', () => {
  it('starts with a BOM, ends lines with CRLF and writes numbers plainly', () => {
    const csv = toExcelCsv(table({ year: [2023], value: [652014.5], note: [null] }));
    expect(csv).toBe('\uFEFFyear,value,note\r\n2023,652014.5,\r\n');
  });

  it('keeps Cyrillic and Uzbek Latin text', () => {
    const csv = toExcelCsv(table({ name: ['Тоҷикистон', 'Oʻzbekiston'] }));
    expect(csv).toContain('Тоҷикистон\r\n');
    expect(csv).toContain('Oʻzbekiston\r\n');
  });

  it('quotes fields with commas, quotes and line breaks', () => {
    const csv = toExcelCsv(table({ a: ['x,y', 'say "hi"', 'one\ntwo', 'cr\rlf', 'plain'] }));
    expect(csv.split('\r\n').slice(1, 3)).toEqual(['"x,y"', '"say ""hi"""']);
    expect(csv).toContain('"one\ntwo"');
    expect(csv).toContain('"cr\rlf"');
    expect(csv).toContain('\r\nplain\r\n');
  });

  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+1', "'+1"],
    ['-5', "'-5"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
  ])('neutralises the formula trigger in %j', (text, field) => {
    expect(toExcelCsv(table({ a: [text] }))).toBe(`\uFEFFa\r\n${field}\r\n`);
  });

  it.each([
    [';=1+1', `"';=1+1"`],
    ['|calc', "'|calc"],
    ["';=1", `"'';=1"`],
  ])('neutralises %j, a formula for a semicolon-locale spreadsheet', (text, field) => {
    expect(toExcelCsv(table({ a: [text] }))).toBe(`\uFEFFa\r\n${field}\r\n`);
  });

  it('quotes a semicolon anywhere, so a semicolon-locale spreadsheet keeps the cell whole', () => {
    expect(toExcelCsv(table({ a: ['Moscow; St Petersburg=2'] }))).toBe(
      '\uFEFFa\r\n"Moscow; St Petersburg=2"\r\n',
    );
  });

  it('quotes a neutralised field that needs quoting', () => {
    expect(toExcelCsv(table({ a: ['=1,2'] }))).toBe('\uFEFFa\r\n"\'=1,2"\r\n');
  });

  it('leaves genuine negative numbers alone', () => {
    expect(toExcelCsv(table({ change: [-123564, null] }))).toBe('\uFEFFchange\r\n-123564\r\n\r\n');
  });
});

describe('parseExcelCsv', () => {
  it('round-trips a table with mixed columns', () => {
    const original = table({
      year: [2022, 2023, 2023, 2023],
      country: ['TJK', 'UZB', 'KGZ', 'TJK'],
      name: ['Тоҷикистон', 'Oʻzbekiston', 'Кыргызстан, "КР"', 'line\r\nbreak'],
      change: [null, -123564, 0.25, 1e21],
      note: ['=HYPERLINK("x")', '-5', "'=already quoted", "'plain"],
      tricky: ['@a', '\tb', '\rc', '+d'],
      separators: [';=1+1', '|calc', 'a;b', "'|x"],
    });
    expect(asText(parseExcelCsv(toExcelCsv(original)))).toEqual(asText(original));
  });

  it('reads files without a BOM', () => {
    expect(parseExcelCsv('a,b\r\n1,x\r\n').objects()).toEqual([{ a: '1', b: 'x' }]);
  });
});
