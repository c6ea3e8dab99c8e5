import { render } from '@testing-library/react';
import { from, type ColumnTable } from 'arquero';
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MatrixView } from '../../../../src/charts/MatrixView';
import { ObservationTable } from '../../../../src/charts/ObservationTable';
import { TimelineView } from '../../../../src/charts/TimelineView';
import { SourceCitations } from '../../../../src/views/common/SourceCitations';
import type { ColumnMeta, DatasetMeta } from '../../../../src/data/metadataSchema';
import { inWords, localizeMeta, resolveMeta } from '../../../../src/data/metaText';
import { loadLocale, setActiveLocale, t } from '../../../../src/i18n/i18n';
import { rowObjects } from '../../../../src/lib/tableValues';
import { readObservations } from '../../../../src/model/observations';
import { timelineEvents } from '../../../../src/views/dataset/model/timelineEvents';
import { fileSystemSource } from '../../../support/fileSystemSource';
import { TEST_TIMEOUT } from '../../../testTimeout';

/**
 * Dataset text a Russian or Uzbek reader sees is in their language, or English marked
 * "(in English)" (and `lang="en"`): never English passed off as theirs.
 */

const ids = readdirSync('data')
  .filter((f) => f.endsWith('.meta.json'))
  .map((f) => f.replace(/\.meta\.json$/, ''));
const data = new Map<string, { meta: DatasetMeta; table: ColumnTable }>();
const LOCALES = ['ru', 'uz'] as const;

beforeAll(async () => {
  await Promise.all(LOCALES.map(loadLocale));
  const source = fileSystemSource();
  for (const id of ids) {
    const meta = await source.loadMetadata(`${id}.meta.json`);
    data.set(id, { meta, table: await source.loadTable(meta) });
  }
}, TEST_TIMEOUT);

afterAll(() => setActiveLocale('en'));

/** Columns whose cells a reader sees as words: categories, periods, units, notes, flags. */
function shownColumns(meta: DatasetMeta): ColumnMeta[] {
  return meta.columns.filter(
    (c) =>
      c.type === 'string' &&
      c.codes !== 'iso3' &&
      !c.verbatim &&
      ((c.role === 'dimension' && !c.time) ||
        ['period', 'unit', 'note', 'status', 'flag'].includes(c.role)),
  );
}

/** A cell's English as a reader would see it: its English label, or the cell itself. */
function english(column: ColumnMeta, value: string): string {
  return column.valueLabels?.[value] ?? value;
}

/** Enough rows to show every value of every shown column once. */
function coveringRows(meta: DatasetMeta, table: ColumnTable): Record<string, unknown>[] {
  const seen = new Set<string>();
  return rowObjects(table).filter((row) => {
    const fresh = shownColumns(meta)
      .map((c) => `${c.name}=${String(row[c.name])}`)
      .filter((key) => !seen.has(key));
    fresh.forEach((key) => seen.add(key));
    return fresh.length > 0;
  });
}

/** The page text that is not marked English: the reader's language, or English left unmarked. */
function unmarkedText(container: HTMLElement): string {
  const copy = container.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[lang="en"]').forEach((el) => el.remove());
  return copy.textContent ?? '';
}

/** The drawing a dataset's rows are shown in as text: its timeline, matrix or table. */
function shownAsText(meta: DatasetMeta, rows: Record<string, unknown>[]) {
  if (meta.display.type === 'timeline') return <TimelineView rows={rows} meta={meta} />;
  if (meta.display.type === 'matrix') return <MatrixView rows={rows} meta={meta} />;
  return <ObservationTable observations={readObservations(from(rows), meta)} meta={meta} />;
}

describe('dataset text in Russian and Uzbek', () => {
  it.each(LOCALES)(
    '%s: every value of every dataset is translated, or marked as English where shown',
    (locale) => {
      setActiveLocale(locale);
      const mark = `(${t('text.inEnglish')})`;
      const unmarked: string[] = [];
      for (const id of ids) {
        const { meta, table } = data.get(id)!;
        const rows = coveringRows(meta, table);
        const { container, unmount } = render(shownAsText(localizeMeta(meta, locale), rows));
        const text = unmarkedText(container);
        for (const el of container.querySelectorAll('[lang="en"]')) {
          // A marked text is followed by the mark, in the reader's language.
          expect(el.parentElement?.textContent).toContain(`${el.textContent} ${mark}`);
        }
        for (const column of shownColumns(meta)) {
          for (const value of new Set(rows.map((r) => r[column.name]))) {
            if (value === null || value === undefined || value === '') continue;
            const words = english(column, String(value));
            if (inWords(words) && words.length > 3 && text.includes(words)) {
              unmarked.push(`${id}.${column.name}: ${words}`);
            }
          }
        }
        unmount();
      }
      expect(unmarked).toEqual([]);
    },
  );

  it.each(LOCALES)(
    '%s: where, when and whose of every source, and its caveat, are translated or marked',
    (locale) => {
      setActiveLocale(locale);
      const mark = `(${t('text.inEnglish')})`;
      const unmarked: string[] = [];
      for (const id of ids) {
        const meta = localizeMeta(data.get(id)!.meta, locale);
        const { container, unmount } = render(<SourceCitations meta={meta} />);
        // Citations and quotes stay in the document's language by design (marked up `lang`).
        container.querySelectorAll('.citation, blockquote').forEach((el) => el.remove());
        const english = meta.sources.flatMap((s) => {
          const written = meta.multilingual!.sources.find((w) => w.id === s.id)!;
          const caveat = typeof written.caveat === 'object' ? written.caveat.en : written.caveat;
          return [s.locator, s.primary, s.publishedNote, s.release, s.nextRelease, caveat];
        });
        const words = [...english, meta.license]
          .filter((w): w is string => w !== undefined && inWords(w))
          .sort((a, b) => b.length - a.length);
        // Take out each English text shown with its mark (the longest first: a short text may sit
        // inside a longer one); any English left is shown unmarked.
        let text = container.textContent ?? '';
        for (const w of words) text = text.replaceAll(`${w} ${mark}`, '');
        for (const w of new Set(words)) {
          if (text.includes(w)) unmarked.push(`${id}: ${w.slice(0, 60)}`);
        }
        unmount();
      }
      expect(unmarked).toEqual([]);
    },
  );

  it('ru: a retrieval date that ends with «г.» gets no second point', () => {
    setActiveLocale('ru');
    const meta = localizeMeta(data.get('tajik-migrants-series')!.meta, 'ru');
    const { container, unmount } = render(<SourceCitations meta={meta} />);
    const details = container.querySelector('.source-details')!.textContent;
    expect(details).toMatch(/дата обращения 22 ноября 2026 г\. Где:/);
    unmount();
  });

  it('marks a timeline text the metadata does not translate', () => {
    setActiveLocale('ru');
    const { meta, table } = data.get('migration-agreements-timeline')!;
    const written = structuredClone(meta.multilingual!);
    for (const column of written.columns) delete column.valueLabels;
    const row = rowObjects(table).find((r) => r.date === '1992-10-09')!;
    const { container, unmount } = render(
      <TimelineView rows={[row]} meta={resolveMeta(written, 'ru')} />,
    );
    const marked = [...container.querySelectorAll('[lang="en"]')].map((el) => el.textContent);
    expect(marked).toEqual([row.title, row.description, row.caveat]);
    expect(container.textContent).toContain(`${String(row.title)} (на английском)`);
    unmount();
  });

  it.each(LOCALES)('%s: the events drawn on year axes are named in the language', (locale) => {
    setActiveLocale(locale);
    const { meta, table } = data.get('migration-agreements-timeline')!;
    const events = timelineEvents(table, localizeMeta(meta, locale));
    const englishTitles = new Set(rowObjects(table).map((r) => String(r.title)));
    expect(events.filter((e) => englishTitles.has(e.title))).toEqual([]);
  });

  it.each(LOCALES)('%s: every translation in the metadata is in that language', (locale) => {
    const copied: string[] = [];
    const walk = (value: unknown, where: string) => {
      if (!value || typeof value !== 'object') return;
      const text = value as { en?: unknown; ru?: unknown; uz?: unknown };
      if (typeof text.en === 'string') {
        const local = text[locale];
        // A name can read the same in every language ("Kosovo", "Asia-Plus"); a phrase cannot.
        const phrase = text.en.split(/\s+/).filter(inWords).length >= 3;
        const wrong =
          typeof local === 'string' &&
          phrase &&
          (local === text.en || (locale === 'ru' && !/\p{Script=Cyrillic}/u.test(local)));
        if (wrong) copied.push(`${where}: ${local}`);
        return;
      }
      for (const [k, v] of Object.entries(value)) walk(v, `${where}.${k}`);
    };
    for (const id of ids) walk(data.get(id)!.meta.multilingual, id);
    expect(copied).toEqual([]);
  });

  it('shows readers no notes meant for the project (its seed list, SEEDS.md)', () => {
    const internal = /SEEDS\.md|\bseeds?\b(?! summary)|the project's/i;
    const found: string[] = [];
    for (const id of ids) {
      const { meta, table } = data.get(id)!;
      const walk = (value: unknown, where: string) => {
        if (typeof value === 'string') {
          if (internal.test(value)) found.push(`${where}: ${value.slice(0, 80)}`);
        } else if (value && typeof value === 'object') {
          for (const [k, v] of Object.entries(value)) walk(v, `${where}.${k}`);
        }
      };
      // Reader text of the metadata (not the ids and codes, which readers do not see).
      const { columns, ...rest } = meta.multilingual!;
      walk(rest, id);
      columns.forEach((c) =>
        walk(
          { label: c.label, description: c.description, valueLabels: c.valueLabels },
          `${id}.${c.name}`,
        ),
      );
      for (const column of shownColumns(meta)) {
        for (const value of new Set(table.array(column.name) as unknown[])) {
          if (typeof value === 'string') walk(english(column, value), `${id}.${column.name}`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});
