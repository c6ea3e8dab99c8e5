import { describe, expect, it } from 'vitest';
import { readCsvRecords } from '../../../src/data/csvRecords';
import { quoteValue, stripUnpairedBidi } from '../../../src/data/dataText';

describe('stripUnpairedBidi', () => {
  it('drops an override that is never closed, which would reverse the text after it', () => {
    expect(stripUnpairedBidi('Uzbekistan\u202e 2023')).toBe('Uzbekistan 2023');
    expect(stripUnpairedBidi('a\u2067b')).toBe('ab');
  });
  it('drops closers that close nothing', () => {
    expect(stripUnpairedBidi('a\u202cb\u2069c')).toBe('abc');
  });
  it('keeps paired controls; an isolate closes embeddings left open inside it', () => {
    expect(stripUnpairedBidi('x \u202bابن\u202c y')).toBe('x \u202bابن\u202c y');
    expect(stripUnpairedBidi('\u2068a\u202eb\u2069')).toBe('\u2068ab\u2069');
  });
  it('leaves text without controls as it is', () => {
    expect(stripUnpairedBidi('Ўзбекистон')).toBe('Ўзбекистон');
  });
});

describe('quoteValue', () => {
  it('cuts long values and says how long they were', () => {
    expect(quoteValue('y'.repeat(100))).toBe(`"${'y'.repeat(60)}… (100 characters)"`);
  });
  it('shows control characters instead of letting them act', () => {
    expect(quoteValue('a\u202eb\nc')).toBe('"a\\u202eb\\nc"');
  });
});

describe('readCsvRecords', () => {
  it('reads quoted fields with commas, quotes and line breaks', () => {
    const { header, rows } = readCsvRecords('\ufeffa,b\r\n"x, y","say ""hi""\nthere"\r\n');
    expect(header).toEqual(['a', 'b']);
    expect(rows).toEqual([['x, y', 'say "hi"\nthere']]);
  });
  it('keeps empty trailing fields, so a missing or extra field is seen', () => {
    expect(readCsvRecords('a,b,c\n1,,\n').rows).toEqual([['1', '', '']]);
    expect(readCsvRecords('a,b\n1,2,\n').rows).toEqual([['1', '2', '']]);
  });
});
