import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  apaReference,
  apaText,
  bibText,
  bibtex,
  citedWorks,
  ris,
  type CitedView,
} from '../../../src/export/citeThis';
import { loadEveryDataset, type LoadedDataset } from '../../support/fileSystemSource';
import { TEST_TIMEOUT } from '../../testTimeout';

let loaded: LoadedDataset[] = [];
beforeAll(async () => {
  loaded = await loadEveryDataset();
}, TEST_TIMEOUT);

const view = (id: string): CitedView => ({
  title: 'A view',
  url: `https://example.org/?view=dataset&id=${id}`,
  accessed: new Date('2026-12-07T10:00:00Z'),
});

/** Braces balanced at every point, as BibTeX counts them (an escaped brace counts too). */
function balanced(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '{') depth++;
    if (c === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

/** The entries of a .bib file: `@type{key,` … `}` at depth 0. */
function bibEntries(text: string): { type: string; key: string; fields: Map<string, string> }[] {
  const entries = [];
  const pattern = /@(\w+)\{([^,\s]+),\n([\s\S]*?)\n\}(?=\n|$)/g;
  for (const m of text.matchAll(pattern)) {
    const fields = new Map<string, string>();
    for (const line of m[3]!.split(',\n')) {
      const field = /^ {2}([a-z]+) = \{([\s\S]*)\}$/.exec(line);
      if (!field) throw new Error(`not a field: ${line}`);
      fields.set(field[1]!, field[2]!);
    }
    entries.push({ type: m[1]!, key: m[2]!, fields });
  }
  return entries;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

describe('cite this: every dataset in data/', () => {
  it('BibTeX: one entry per source, then the view; braces balanced; specials escaped', () => {
    for (const { meta } of loaded) {
      const works = citedWorks([{ meta, sources: meta.sources }], view(meta.id));
      const text = bibtex(works);
      expect(balanced(text), meta.id).toBe(true);
      const entries = bibEntries(text);
      const distinct = new Set(meta.sources.map((s) => s.citation)).size;
      expect(entries, meta.id).toHaveLength(distinct + 1);
      expect(new Set(entries.map((e) => e.key)).size).toBe(entries.length);
      for (const entry of entries) {
        expect(entry.key).toMatch(/^[a-z0-9_-]+$/);
        for (const [name, value] of entry.fields) {
          expect(balanced(value), `${meta.id} ${entry.key} ${name}`).toBe(true);
          // Outside the verbatim url field no special character is left bare.
          if (name !== 'url') expect(value, `${entry.key} ${name}`).not.toMatch(/(^|[^\\])[%&#_$]/);
        }
      }
      // The original sources first: the figures are theirs.
      meta.sources.forEach((source, i) => {
        if (meta.sources.findIndex((s) => s.citation === source.citation) !== i) return;
        const entry = entries.find(
          (e) =>
            e.fields.get('urldate') === source.retrieved &&
            e.fields.get('title')?.includes(bibText(source.title)),
        );
        expect(entry, `${meta.id} ${source.id}`).toBeDefined();
        if (source.url) expect(entry!.fields.get('url')).toBe(source.url);
      });
      expect(entries.at(-1)!.fields.get('url')).toBe(view(meta.id).url);
      expect(entries.at(-1)!.fields.get('author')).toBe(
        '{Central Asian Labour Migration Dashboard}',
      );
    }
  });

  it('RIS: CRLF lines of TAG  - value, one record per work, each from TY to ER', () => {
    for (const { meta } of loaded) {
      const works = citedWorks([{ meta, sources: meta.sources }], view(meta.id));
      const text = ris(works);
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      const records = text.split('\r\n\r\n').map((r) => r.replace(/\r\n$/, '').split('\r\n'));
      expect(records, meta.id).toHaveLength(works.length);
      records.forEach((lines, i) => {
        expect(lines[0]).toMatch(/^TY {2}- (DATA|ELEC)$/);
        expect(lines.at(-1)).toBe('ER  - ');
        for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
        const tags = lines.map((l) => l.slice(0, 2));
        for (const tag of ['TI', 'AU', 'PB', 'Y2']) expect(tags, `${meta.id} ${i}`).toContain(tag);
        const work = works[i]!;
        expect(lines).toContain(`Y2  - ${work.retrieved.replaceAll('-', '/')}/`);
        if (work.url) expect(lines).toContain(`UR  - ${work.url}`);
        // A publisher as author: one corporate name, not a given and a family name.
        if (work.people.length === 0) expect(lines).toContain(`AU  - ${work.publisher},`);
      });
    }
  });

  it('APA: publisher (or author), year or n.d., title, address and retrieved date of every source', () => {
    for (const { meta } of loaded) {
      for (const source of meta.sources) {
        const [work] = citedWorks([{ meta, sources: [source] }], view(meta.id));
        const text = apaReference(work!);
        expect(text, source.id).toContain(
          source.author ? source.author.split(/,| and /)[0]! : source.publisher,
        );
        expect(text).toContain(source.publisher);
        expect(text).toContain(source.published ? `(${source.published.slice(0, 4)}` : '(n.d.)');
        expect(text).toContain(source.title);
        if (source.url) expect(text).toContain(source.url);
        const [y, m, d] = source.retrieved.split('-');
        expect(text).toContain(`Retrieved ${MONTHS[Number(m) - 1]} ${Number(d)}, ${y}`);
      }
    }
  });

  it('reads as a reference: the Tajik figures by sex', () => {
    const { meta } = loaded.find((d) => d.meta.id === 'tajik-migrants-by-sex')!;
    const works = citedWorks(
      [
        {
          meta,
          sources: meta.sources,
          years: new Map([['TJ_AP_20240528', [2022, 2023] as const]]),
        },
      ],
      {
        ...view(meta.id),
        title: 'Tajik labour migrants who went abroad, by sex',
        refersTo: '2022–2023',
      },
    );
    expect(apaText(works)).toBe(
      'Asia-Plus. (2024, May 28). Heads of migration agencies of CIS member nations gather in Dushanbe to discuss cooperation. Reference period: 2022–2023. Retrieved November 22, 2026, from https://asiaplustj.info/en/news/tajikistan/society/20240528/heads-of-migration-agencies-of-cis-member-nations-gather-in-dushanbe-to-discuss-cooperation\n\n' +
        'Central Asian Labour Migration Dashboard. (n.d.). Tajik labour migrants who went abroad, by sex [Data view]. Derived from Asia-Plus (2024). Reference period: 2022–2023. Retrieved December 7, 2026, from https://example.org/?view=dataset&id=tajik-migrants-by-sex',
    );
  });

  it('cites a source shared by two datasets once, and keeps two different works with one id apart', () => {
    const remittances = loaded.find((d) => d.meta.id === 'remittances')!.meta;
    const unemployment = loaded.find((d) => d.meta.id === 'unemployment')!.meta;
    const works = citedWorks(
      [
        { meta: remittances, sources: remittances.sources },
        { meta: unemployment, sources: unemployment.sources },
      ],
      view('compare'),
    );
    // UZ_KUN_20191116 is cited by both in the same words: once. WB_WDI names two different works.
    expect(works.filter((w) => w.key === 'uz_kun_20191116')).toHaveLength(1);
    const wdi = works.filter((w) => w.key.startsWith('wb_wdi'));
    expect(wdi.map((w) => w.key)).toEqual(['wb_wdi', 'wb_wdi-unemployment']);
    expect(new Set(works.map((w) => w.key)).size).toBe(works.length);
  });
});

describe('BibTeX escaping', () => {
  it('keeps any text one balanced field, with every LaTeX special escaped and UTF-8 kept', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            'a',
            'Ж',
            'ў',
            '{',
            '}',
            '%',
            '&',
            '#',
            '_',
            '$',
            '^',
            '~',
            '\\',
            ' ',
            '\n',
          ),
        }),
        (text) => {
          const escaped = bibText(text);
          expect(balanced(`{${escaped}}`)).toBe(true);
          expect(escaped).not.toMatch(/(^|[^\\])[%&#_$]/);
          expect(escaped).not.toMatch(/\n/);
          expect(escaped.replace(/[^Жў]/g, '')).toBe(text.replace(/[^Жў]/g, ''));
        },
      ),
    );
    expect(bibText('50% & more_#1 {x}')).toBe(
      '50\\% \\& more\\_\\#1 \\textbraceleft{}x\\textbraceright{}',
    );
  });
});
