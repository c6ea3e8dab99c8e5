import type { DatasetMeta, SourceMeta } from '../data/metadataSchema.ts';

/**
 * "Cite this": a view's references ready to paste, as APA-style text, BibTeX and RIS. Two kinds
 * of work are cited: the original sources the figures come from (first: the figures are theirs),
 * then the dashboard's view of them (this project as the publisher of a derived view). The
 * reference text is English, as APA, BibTeX and RIS are read by English-language tools; the
 * titles stay as the sources give them (or as the view shows them).
 */

/** This project, as the author and publisher of its views (and in CITATION.cff). */
export const PROJECT_NAME = 'Central Asian Labour Migration Dashboard';

export interface CitedWork {
  /** The BibTeX key: ASCII, unique within one export. */
  key: string;
  kind: 'source' | 'view';
  /** People named as authors, as written ("Kamilov Oybek"); none: the publisher is the author. */
  people: string[];
  publisher: string;
  title: string;
  /** The date the source gives itself: YYYY, YYYY-MM or YYYY-MM-DD. */
  published?: string | undefined;
  url?: string | undefined;
  /** When the figures were read (a source) or the view was opened (the view): YYYY-MM-DD. */
  retrieved: string;
  /** The publisher's release the figures come from. */
  release?: string | undefined;
  /** The period the figures refer to ("2022–2023"). */
  refersTo?: string | undefined;
  /** The primary publisher the document names for its figures (a ministry, an office). */
  primary?: string | undefined;
  /** The document's language (BCP 47), where not English. */
  language?: string | undefined;
  /** The view's sources, in short ("Asia-Plus (2024)"). */
  derivedFrom?: string[] | undefined;
}

/** One dataset cited by a view: the sources of the figures drawn, and the years they refer to. */
export interface CitedDataset {
  meta: DatasetMeta;
  sources: readonly SourceMeta[];
  /** Source id → first and last year of its figures drawn; absent: the dataset's period. */
  years?: ReadonlyMap<string, readonly [number, number]> | undefined;
}

export interface CitedView {
  title: string;
  /** The view's address, from the one URL writer (urlCodec.ts viewAddress). */
  url: string;
  accessed: Date;
  /** The period the view's figures refer to. */
  refersTo?: string | undefined;
}

/**
 * The works a view cites: every source of every dataset drawn, each once (a source cited by two
 * datasets in the same words is one work), then the view. Keys follow the sources' ids, with the
 * dataset's id added where two datasets give one id to different works.
 */
export function citedWorks(datasets: readonly CitedDataset[], view: CitedView): CitedWork[] {
  const works: CitedWork[] = [];
  const byCitation = new Map<string, CitedWork>();
  const keys = new Set<string>();
  const labels: string[] = [];
  for (const { meta, sources, years } of datasets) {
    for (const source of sources) {
      const span = years?.get(source.id);
      const refersTo = span ? period(span) : englishText(meta, 'referencePeriod');
      const known = byCitation.get(source.citation);
      if (known) {
        known.refersTo = joinPeriods(known.refersTo, refersTo);
        continue;
      }
      let key = bibKey(source.id);
      if (keys.has(key)) key = bibKey(`${source.id}-${meta.id}`);
      keys.add(key);
      const work = sourceWork(source, key, refersTo);
      byCitation.set(source.citation, work);
      works.push(work);
      labels.push(shortName(source));
    }
  }
  // The view's period: as given, else the years of every figure cited, else the dataset's own.
  const spans = datasets.flatMap((d) => [...(d.years?.values() ?? [])]);
  const viewPeriod =
    view.refersTo ??
    (spans.length > 0
      ? period([Math.min(...spans.map((s) => s[0])), Math.max(...spans.map((s) => s[1]))])
      : datasets.length === 1
        ? englishText(datasets[0]!.meta, 'referencePeriod')
        : undefined);
  works.push({
    key: bibKey(`dashboard-${view.accessed.toISOString().slice(0, 10)}`),
    kind: 'view',
    people: [],
    publisher: PROJECT_NAME,
    title: view.title,
    url: view.url,
    retrieved: view.accessed.toISOString().slice(0, 10),
    refersTo: viewPeriod,
    derivedFrom: labels,
  });
  return works;
}

function period([from, to]: readonly [number, number]): string {
  return from === to ? String(from) : `${from}–${to}`;
}

/** Source id → the first and last year of the figures drawn from it (rows with a year). */
export function yearsBySource(
  rows: readonly { sourceId: string | undefined; time: number | undefined }[],
): Map<string, [number, number]> {
  const years = new Map<string, [number, number]>();
  for (const { sourceId, time } of rows) {
    if (sourceId === undefined || time === undefined) continue;
    const span = years.get(sourceId);
    if (!span) years.set(sourceId, [time, time]);
    else {
      span[0] = Math.min(span[0], time);
      span[1] = Math.max(span[1], time);
    }
  }
  return years;
}

function sourceWork(source: SourceMeta, key: string, refersTo: string | undefined): CitedWork {
  return {
    key,
    kind: 'source',
    people: people(source.author),
    publisher: source.publisher,
    title: source.title,
    published: source.published,
    url: source.url,
    retrieved: source.retrieved,
    release: source.release,
    refersTo,
    primary: source.primary,
    language: source.language,
  };
}

/** The metadata's English text of a field (the card may show another language). */
function englishText(meta: DatasetMeta, field: 'referencePeriod' | 'title'): string {
  const written = meta.multilingual?.[field];
  if (written === undefined) return meta[field];
  return typeof written === 'string' ? written : written.en;
}

function joinPeriods(a: string | undefined, b: string | undefined): string | undefined {
  if (!a || !b || a === b) return a ?? b;
  return `${a}; ${b}`;
}

/**
 * The people in an `author` field: before the first comma (after it, an affiliation), split at
 * " and " ("Sharipov and Nuriddinov, experts of …" is two people).
 */
function people(author: string | undefined): string[] {
  const names = author?.split(',')[0]?.trim();
  return names ? names.split(/\s+and\s+/).filter(Boolean) : [];
}

function shortName(source: SourceMeta): string {
  const year = source.published?.slice(0, 4);
  const who = people(source.author)[0] ?? source.publisher;
  return year ? `${who} (${year})` : who;
}

function bibKey(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9_-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'source'
  );
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

function dateParts(date: string): [string, number | undefined, number | undefined] {
  const [year = '', month, day] = date.split('-');
  return [year, month ? Number(month) : undefined, day ? Number(day) : undefined];
}

/** "2024, May 28", "2024, April", "2024" (APA's date in a reference). */
function apaDate(date: string): string {
  const [year, month, day] = dateParts(date);
  if (!month) return year;
  return `${year}, ${MONTHS[month - 1]}${day ? ` ${day}` : ''}`;
}

/** "November 22, 2026". */
function apaRetrieved(date: string): string {
  const [year, month, day] = dateParts(date);
  if (!month) return year;
  return `${MONTHS[month - 1]}${day ? ` ${day},` : ''} ${year}`;
}

/** Ends `text` as a sentence, unless it already ends with its own mark. */
function sentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

/**
 * One APA-style (7th edition) reference: author (the publisher where no person is named), date
 * or "n.d.", title with the release and what the work is, the publisher where it is not the
 * author, the period the figures refer to, and the retrieval date with the address (statistics
 * and web pages change).
 */
export function apaReference(work: CitedWork): string {
  const who = work.people.length > 0 ? apaPeople(work.people) : work.publisher;
  const date = work.published ? apaDate(work.published) : 'n.d.';
  // A title in [brackets] is already our description of an untitled or translated work.
  const described = work.title.startsWith('[');
  const kind = work.kind === 'view' ? 'Data view' : work.release ? 'Data set' : undefined;
  // The release after the title, unless the title already names it (the UN's revision).
  const release = work.release && !work.title.includes(work.release) ? work.release : undefined;
  const title = `${work.title}${release ? ` (${release})` : ''}${
    kind && !described ? ` [${kind}]` : ''
  }`;
  const parts = [sentence(who), `(${date}).`, sentence(title)];
  if (work.people.length > 0) parts.push(sentence(work.publisher));
  if (work.derivedFrom && work.derivedFrom.length > 0) {
    parts.push(sentence(`Derived from ${work.derivedFrom.join('; ')}`));
  }
  if (work.refersTo) parts.push(sentence(`Reference period: ${work.refersTo}`));
  parts.push(
    work.url
      ? `Retrieved ${apaRetrieved(work.retrieved)}, from ${work.url}`
      : `Retrieved ${apaRetrieved(work.retrieved)}.`,
  );
  return parts.join(' ');
}

function apaPeople(names: readonly string[]): string {
  if (names.length < 2) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')}, & ${names[names.length - 1]}`;
}

/** The references as APA-style text, one paragraph each. */
export function apaText(works: readonly CitedWork[]): string {
  return works.map(apaReference).join('\n\n');
}

const BIB_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  // BibTeX counts every brace, escaped or not, so a lone brace would end the field early.
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '%': '\\%',
  '&': '\\&',
  '#': '\\#',
  _: '\\_',
  $: '\\$',
  '^': '\\^{}',
  '~': '\\~{}',
};

/**
 * Text as a BibTeX field's value: LaTeX's special characters escaped, line breaks as spaces;
 * letters beyond ASCII stay as UTF-8 (biber, and BibTeX with inputenc, read them).
 */
export function bibText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\{}%&#_$^~]/g, (c) => BIB_SPECIAL[c] ?? c);
}

/** An address in a verbatim `url` field: only what could unbalance the entry is encoded. */
function bibUrl(url: string): string {
  return url.replace(/[{}\\\s"]/g, (c) => encodeURIComponent(c));
}

/**
 * One BibTeX entry (`@misc`: every style has it; biblatex reads `date` and `urldate`). No
 * `langid`: biblatex would switch to a babel language by that name, and `ru`, `tg` or `uz-Cyrl`
 * are not babel names.
 */
export function bibtexEntry(work: CitedWork): string {
  // Names in braces: a publisher is one name, not "Bank, World"; a person's name is kept as
  // written, as the sources give it. The title in double braces keeps its capitals.
  const author =
    work.people.length > 0
      ? work.people.map((p) => `{${bibText(p)}}`).join(' and ')
      : `{${bibText(work.publisher)}}`;
  const note = [
    work.kind === 'view' ? 'Derived data view' : '',
    work.derivedFrom && work.derivedFrom.length > 0
      ? `Derived from ${work.derivedFrom.join('; ')}`
      : '',
    work.release ? `Release: ${work.release}` : '',
    work.refersTo ? `Reference period: ${work.refersTo}` : '',
    work.primary ? `Figures from ${work.primary}` : '',
    `Accessed ${work.retrieved}`,
  ]
    .filter(Boolean)
    .map(sentence)
    .join(' ');
  const fields: [string, string | undefined][] = [
    ['author', author],
    ['title', `{${bibText(work.title)}}`],
    ['publisher', bibText(work.publisher)],
    ['year', work.published?.slice(0, 4)],
    ['date', work.published],
    ['url', work.url ? bibUrl(work.url) : undefined],
    ['urldate', work.retrieved],
    ['note', bibText(note)],
  ];
  const body = fields
    .filter((f): f is [string, string] => f[1] !== undefined && f[1] !== '')
    .map(([name, value]) => `  ${name} = {${value}}`)
    .join(',\n');
  return `@misc{${work.key},\n${body}\n}`;
}

/** The references as a .bib file: one entry each, sources first. */
export function bibtex(works: readonly CitedWork[]): string {
  return `${works.map(bibtexEntry).join('\n\n')}\n`;
}

/** A RIS date: YYYY/MM/DD/ with the parts a partial date lacks left empty. */
function risDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${year}/${month ?? ''}/${day ?? ''}/`;
}

function risValue(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * One RIS record: a tag, two spaces, a hyphen and a space, then the value, one per line (CRLF),
 * ending with `ER  - `. A publisher as author is written `Name,` (a family name with no given
 * name), so reference managers keep "World Bank" one corporate name.
 */
export function risRecord(work: CitedWork): string {
  const lines: [string, string][] = [
    ['TY', work.kind === 'view' || work.release ? 'DATA' : 'ELEC'],
    ['TI', work.title],
    ...(work.people.length > 0
      ? work.people.map((p): [string, string] => ['AU', p])
      : [['AU', `${work.publisher},`] as [string, string]]),
    ['PB', work.publisher],
  ];
  if (work.published) {
    lines.push(['PY', work.published.slice(0, 4)], ['DA', risDate(work.published)]);
  }
  if (work.release) lines.push(['ET', work.release]);
  if (work.url) lines.push(['UR', work.url]);
  lines.push(['Y2', risDate(work.retrieved)]);
  if (work.language) lines.push(['LA', work.language]);
  if (work.refersTo) lines.push(['N1', `Reference period: ${work.refersTo}.`]);
  if (work.primary) lines.push(['N1', sentence(`Figures from ${work.primary}`)]);
  if (work.derivedFrom && work.derivedFrom.length > 0) {
    lines.push(['N1', `Derived data view. Derived from ${work.derivedFrom.join('; ')}.`]);
  }
  lines.push(['ER', '']);
  return lines.map(([tag, value]) => `${tag}  - ${risValue(value)}`).join('\r\n');
}

/** The references as a .ris file (CRLF line ends, as the format asks). */
export function ris(works: readonly CitedWork[]): string {
  return `${works.map(risRecord).join('\r\n\r\n')}\r\n`;
}
