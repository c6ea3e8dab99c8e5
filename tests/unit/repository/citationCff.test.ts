import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROJECT_NAME } from '../../../src/export/citeThis';

/**
 * CITATION.cff, read by GitHub's "Cite this repository", Zenodo and reference managers. No YAML
 * parser is a dependency of the project, so the file keeps to a small subset of YAML (top-level
 * keys with quoted or plain scalars, and lists of scalars or of one-level maps) that this reader
 * takes strictly: anything else is an error, not a guess.
 */
type Value = string | string[] | Record<string, string>[];

function readCff(text: string): Record<string, Value> {
  const result: Record<string, Value> = {};
  let list: string | undefined;
  const scalar = (raw: string, line: number): string => {
    const quoted = /^"((?:[^"\\]|\\.)*)"$/.exec(raw);
    if (quoted) return JSON.parse(`"${quoted[1]}"`) as string;
    // Single quotes, as Prettier writes YAML: '' inside is one quote.
    const single = /^'((?:[^']|'')*)'$/.exec(raw);
    if (single) return single[1]!.replace(/''/g, "'");
    if (/^[A-Za-z0-9][\w .:/-]*$/.test(raw)) return raw;
    throw new Error(`line ${line}: "${raw}" is not a plain or quoted scalar`);
  };
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    if (raw.includes('\t')) throw new Error(`line ${line}: a tab`);
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) return;
    let m = /^([a-z][a-z-]*):(?: (.+))?$/.exec(raw);
    if (m) {
      if (m[1]! in result) throw new Error(`line ${line}: ${m[1]} given twice`);
      if (m[2] === undefined) {
        list = m[1];
        result[m[1]!] = [];
      } else {
        list = undefined;
        result[m[1]!] = scalar(m[2], line);
      }
      return;
    }
    const items = list === undefined ? undefined : result[list];
    if (!Array.isArray(items)) throw new Error(`line ${line}: not under a list`);
    m = /^ {2}- ([a-z][a-z-]*): (.+)$/.exec(raw);
    if (m) {
      (items as Record<string, string>[]).push({ [m[1]!]: scalar(m[2]!, line) });
      return;
    }
    m = /^ {4}([a-z][a-z-]*): (.+)$/.exec(raw);
    if (m) {
      const last = items.at(-1);
      if (typeof last !== 'object') throw new Error(`line ${line}: a key outside a map`);
      last[m[1]!] = scalar(m[2]!, line);
      return;
    }
    m = /^ {2}- (.+)$/.exec(raw);
    if (m) {
      (items as string[]).push(scalar(m[1]!, line));
      return;
    }
    throw new Error(`line ${line}: not in the subset read: ${raw}`);
  });
  return result;
}

/** The keys of CFF 1.2.0 (a misspelt key is ignored by readers: here it is an error). */
const CFF_KEYS = new Set([
  'abstract',
  'authors',
  'cff-version',
  'commit',
  'contact',
  'date-released',
  'doi',
  'identifiers',
  'keywords',
  'license',
  'license-url',
  'message',
  'preferred-citation',
  'references',
  'repository',
  'repository-artifact',
  'repository-code',
  'title',
  'type',
  'url',
  'version',
]);

function problems(cff: Record<string, Value>): string[] {
  const found: string[] = [];
  for (const key of Object.keys(cff)) if (!CFF_KEYS.has(key)) found.push(`unknown key ${key}`);
  for (const key of ['cff-version', 'message', 'title', 'authors']) {
    if (!(key in cff)) found.push(`required key ${key} is missing`);
  }
  if (cff['cff-version'] !== '1.2.0') found.push('cff-version is not 1.2.0');
  for (const key of ['message', 'title', 'version', 'abstract']) {
    if (key in cff && (typeof cff[key] !== 'string' || cff[key] === ''))
      found.push(`${key} is not text`);
  }
  if ('type' in cff && !['software', 'dataset'].includes(String(cff.type))) found.push('type');
  const authors = cff.authors;
  if (!Array.isArray(authors) || authors.length === 0)
    found.push('authors is not a non-empty list');
  else
    for (const author of authors) {
      if (typeof author !== 'object' || !(author.name || author['family-names'])) {
        found.push('an author has neither name (an entity) nor family-names (a person)');
      }
    }
  if ('date-released' in cff && !/^\d{4}-\d{2}-\d{2}$/.test(String(cff['date-released']))) {
    found.push('date-released is not YYYY-MM-DD');
  }
  for (const key of ['repository-code', 'url']) {
    if (key in cff && !/^https?:\/\//.test(String(cff[key]))) found.push(`${key} is not a URL`);
  }
  return found;
}

const text = readFileSync('CITATION.cff', 'utf8');
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  version: string;
  description: string;
  license?: string;
  repository?: unknown;
};

describe('CITATION.cff', () => {
  it('is valid CFF 1.2.0: the project as its author, the version and summary of package.json', () => {
    const cff = readCff(text);
    expect(problems(cff)).toEqual([]);
    expect(cff).toMatchObject({
      'cff-version': '1.2.0',
      title: PROJECT_NAME,
      type: 'software',
      version: pkg.version,
      abstract: pkg.description,
      authors: [{ name: PROJECT_NAME }],
    });
    // A licence and the repository's address are stated only where the project states them.
    expect('license' in cff).toBe(pkg.license !== undefined);
    expect('repository-code' in cff).toBe(pkg.repository !== undefined);
  });

  it('the check refuses what readers would misread (so that it can fail)', () => {
    expect(() => readCff('title:\tx')).toThrow('a tab');
    expect(() => readCff('authors:\n - name: x')).toThrow('not in the subset');
    expect(problems(readCff(text.replace('cff-version: 1.2.0', 'cff-version: 1.1.0')))).toContain(
      'cff-version is not 1.2.0',
    );
    expect(problems(readCff(text.replace('title:', 'titel:')))).toEqual([
      'unknown key titel',
      'required key title is missing',
    ]);
    expect(problems(readCff(text.replace('  - name:', '  - alias:')))).toContain(
      'an author has neither name (an entity) nor family-names (a person)',
    );
  });
});
