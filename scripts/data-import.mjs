#!/usr/bin/env node
// One command to bring the official data up to date: reads the publishers' own files (the UN DESA
// International Migrant Stock workbooks, a World Bank WDI download, the KNOMAD remittance matrix),
// writes data/<id>.csv and data/<id>.meta.json, and runs the checks the data must pass. A failed
// check stops the import with the file, row and column, and writes nothing.
//
//   npm run data:import -- un-destination <undesa_pd_YYYY_ims_stock_by_sex_and_destination.xlsx>
//   npm run data:import -- un-bilateral <undesa_pd_YYYY_ims_stock_by_sex_destination_and_origin.xlsx> [--subset central-asia]
//   npm run data:import -- un-bilateral <tidy.csv> --areas <areas.csv> --revision 2020 [--subset central-asia]
//   npm run data:import -- wdi <API_…_DS2_en_csv_v2_….csv | ddf excerpt.csv>... [--release TEXT]
//   npm run data:import -- knomad <bilateral_remittance_matrix_YYYY.xlsx>
//
// Common options: --out DIR (default data), --retrieved YYYY-MM-DD (default today),
// --url URL (where the file was downloaded), --copy TEXT (the copy read, when not the publisher's
// site), --tolerance N (persons a published total may differ from its parts by rounding; default 0),
// --check-only (run the checks, write nothing).
//
// Plain JavaScript (Node 20 has no type stripping); xlsx read with read-excel-file (see README).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { readSheet } from 'read-excel-file/node';

const require = createRequire(import.meta.url);
/** @type {{ numericToAlpha3(code: string): string | undefined; getAlpha3Code(name: string, lang: string): string | undefined; alpha3ToNumeric(code: string): string | undefined }} */
const isoCountries = require('i18n-iso-countries');

/** The five Central Asian states; the subset keeps them as origins, and Russia and Kazakhstan as destinations. */
const CENTRAL_ASIA = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'];
const SUBSET_DESTINATIONS = ['RUS', 'KAZ'];

/** A failed check: the file, the row and column where it failed, and what is wrong. */
export class ImportError extends Error {
  /**
   * @param {string} file
   * @param {string} message
   * @param {{ row?: number | string, column?: string }} [where]
   */
  constructor(file, message, where = {}) {
    const at = [
      where.row !== undefined ? `row ${where.row}` : undefined,
      where.column !== undefined ? `column ${JSON.stringify(where.column)}` : undefined,
    ].filter(Boolean);
    super(`${path.basename(file)}${at.length ? ', ' + at.join(', ') : ''}: ${message}`);
    this.name = 'ImportError';
  }
}

// ---------------------------------------------------------------------------------------------
// Reading

/** Spreadsheet column letters of a 0-based index: 0 → A, 27 → AB. */
function columnLetter(index) {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "F (1990, both sexes)": where a cell is, as a reader opening the workbook finds it. */
function cellName(index, header) {
  return header ? `${columnLetter(index)} (${header})` : columnLetter(index);
}

/** @returns {Promise<(string | number | boolean | Date | null)[][]>} */
async function readXlsxSheet(file, sheet) {
  try {
    return await readSheet(file, sheet);
  } catch (error) {
    throw new ImportError(file, `cannot read sheet ${JSON.stringify(sheet)}: ${error.message}`);
  }
}

/** A small RFC 4180 parser: quoted fields, doubled quotes, commas and newlines inside quotes. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function csvField(value) {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** @param {string[]} header @param {Record<string, unknown>[]} rows */
function toCsv(header, rows) {
  return [header, ...rows.map((r) => header.map((h) => r[h]))]
    .map((cells) => cells.map(csvField).join(','))
    .join('\n')
    .concat('\n');
}

function sha256(file) {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** A whole number of persons as the workbook stores it, or a clear error. */
function persons(file, value, row, column) {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  throw new ImportError(
    file,
    `expected a whole number of persons, found ${JSON.stringify(value)}`,
    {
      row,
      column,
    },
  );
}

/** A decimal number as the file prints it, without trailing zeros (exact: no rounding). */
function plainDecimal(text) {
  if (!/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(text)) return undefined;
  if (/[eE]/.test(text)) return String(Number(text));
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

// ---------------------------------------------------------------------------------------------
// Codes

/** M49 codes of UN areas without an ISO 3166-1 alpha-3 code, and the code the data uses. */
const SPECIAL_M49 = {
  830: {
    iso3: 'CHI',
    why: 'Channel Islands (Guernsey and Jersey): no ISO 3166 code; CHI is the World Bank code',
  },
  2003: {
    iso3: 'XXX',
    why: 'the UN\'s "Other" origin (origin unknown or not reported separately)',
  },
};

/** ISO3 of a UN M49 code, or undefined. */
export function iso3OfM49(code) {
  if (SPECIAL_M49[code]) return SPECIAL_M49[code].iso3;
  // The library reads only the last digits of a longer code (5500 → Montserrat): check both ways.
  const numeric = String(code).padStart(3, '0');
  const iso3 = isoCountries.numericToAlpha3(numeric);
  return iso3 && isoCountries.alpha3ToNumeric(iso3) === numeric ? iso3 : undefined;
}

/**
 * Codes map one to one: every M49 code to one ISO3 code and back. `pairs` are [m49, iso3, where].
 * @param {string} file
 * @param {[number, string | undefined, { row?: number | string, column?: string }][]} pairs
 */
function checkCodesOneToOne(file, pairs) {
  const byM49 = new Map();
  const byIso = new Map();
  for (const [m49, iso3, where] of pairs) {
    if (!iso3)
      throw new ImportError(file, `location code ${m49} has no ISO 3166 alpha-3 code`, where);
    const seenIso = byM49.get(m49);
    if (seenIso !== undefined && seenIso !== iso3) {
      throw new ImportError(
        file,
        `location code ${m49} maps to both ${seenIso} and ${iso3}`,
        where,
      );
    }
    const seenM49 = byIso.get(iso3);
    if (seenM49 !== undefined && seenM49 !== m49) {
      throw new ImportError(file, `${iso3} is the code of both ${seenM49} and ${m49}`, where);
    }
    byM49.set(m49, iso3);
    byIso.set(iso3, m49);
  }
}

// ---------------------------------------------------------------------------------------------
// UN DESA International Migrant Stock workbooks

/** "POP/DB/MIG/Stock/Rev.2020" in the first rows: the revision the workbook is. */
function unRevision(file, rows) {
  for (const row of rows.slice(0, 12)) {
    for (const cell of row) {
      const m = typeof cell === 'string' ? /POP\/DB\/MIG\/Stock\/Rev\.(\d{4})/.exec(cell) : null;
      if (m) return { revision: Number(m[1]), symbol: m[0] };
    }
  }
  throw new ImportError(
    file,
    'no revision symbol (POP/DB/MIG/Stock/Rev.YYYY) in the first 12 rows of "Table 1"',
  );
}

/**
 * The header row of Table 1 and its year blocks: the first row holding all of `labels`; years
 * after the last label, in three blocks (both sexes, males, females), each named in a row above.
 */
function unHeader(file, rows, labels) {
  const at = rows.findIndex((r) =>
    labels.every((l) => r.some((c) => typeof c === 'string' && c.trim() === l)),
  );
  if (at < 0)
    throw new ImportError(
      file,
      `no header row with ${labels.map((l) => JSON.stringify(l)).join(', ')} in "Table 1"`,
    );
  const header = rows[at];
  const col = Object.fromEntries(
    labels.map((l) => [l, header.findIndex((c) => typeof c === 'string' && c.trim() === l)]),
  );
  const first = Math.max(...Object.values(col)) + 1;
  const yearCols = [];
  for (let i = first; i < header.length; i++) if (typeof header[i] === 'number') yearCols.push(i);
  const years = [...new Set(yearCols.map((i) => header[i]))];
  if (years.length === 0 || yearCols.length !== years.length * 3) {
    throw new ImportError(
      file,
      `expected three blocks of the same years (both sexes, males, females), found ${yearCols.length} year columns`,
      { row: at + 1 },
    );
  }
  const blocks = [];
  for (const [k, sex] of ['both', 'male', 'female'].entries()) {
    const cols = yearCols.slice(k * years.length, (k + 1) * years.length);
    cols.forEach((c, j) => {
      if (header[c] !== years[j]) {
        throw new ImportError(
          file,
          `expected the year ${years[j]}, found ${JSON.stringify(header[c])}`,
          { row: at + 1, column: columnLetter(c) },
        );
      }
    });
    // The block's title ("…, both sexes combined", "…, males", "…, females") is in a row above.
    const titled = rows
      .slice(0, at)
      .some(
        (r) =>
          typeof r[cols[0]] === 'string' &&
          new RegExp(sex === 'both' ? 'both sexes' : `${sex}s\\b`, 'i').test(String(r[cols[0]])),
      );
    if (!titled) {
      throw new ImportError(
        file,
        `the block of years starting here is not titled for ${sex === 'both' ? 'both sexes' : sex + 's'}`,
        { row: at + 1, column: columnLetter(cols[0]) },
      );
    }
    blocks.push({ sex, cols });
  }
  return { at, header, col, years, blocks };
}

/** The workbook's "Notes" sheet: note number → text. */
async function unNotes(file) {
  const rows = await readXlsxSheet(file, 'Notes');
  const notes = new Map();
  for (const r of rows) {
    const cells = r.filter((c) => c !== null && c !== '');
    if (cells.length === 2 && typeof cells[0] === 'number' && typeof cells[1] === 'string')
      notes.set(cells[0], cells[1].trim());
  }
  return notes;
}

/** The UN's name without the asterisk that points to the notes (the note column carries them). */
function unName(name) {
  return String(name).trim().replace(/\*+$/, '');
}

/**
 * Reads Table 1 of the UN "Destination" workbook: one row per country or area (those with a type
 * of data; regions and groups have none), year and sex; checks world = sum of countries, both
 * sexes = males + females, and one-to-one codes.
 */
export async function readUnDestination(file, { tolerance = 0 } = {}) {
  const rows = await readXlsxSheet(file, 'Table 1');
  const { revision, symbol } = unRevision(file, rows);
  const LABELS = ['Location code', 'Type of data'];
  const { at, header, col, years, blocks } = unHeader(file, rows, LABELS);
  const nameCol = header.findIndex((c) => typeof c === 'string' && /country or area/i.test(c));
  const notesCol = header.findIndex((c) => typeof c === 'string' && c.trim() === 'Notes');
  const notes = await unNotes(file);
  const sexHeader = { both: 'both sexes', male: 'males', female: 'females' };
  const out = [];
  const world = new Map();
  const codes = [];
  for (let i = at + 1; i < rows.length; i++) {
    const r = rows[i];
    const code = r[col['Location code']];
    if (code === null || code === undefined || code === '') continue;
    const rowNo = i + 1;
    if (typeof code !== 'number' || !Number.isInteger(code)) {
      throw new ImportError(
        file,
        `expected a numeric location code, found ${JSON.stringify(code)}`,
        { row: rowNo, column: cellName(col['Location code'], 'Location code') },
      );
    }
    const type = r[col['Type of data']] === null ? '' : String(r[col['Type of data']]).trim();
    const note = r[notesCol] === null || r[notesCol] === undefined ? '' : r[notesCol];
    if (note !== '' && !notes.has(note)) {
      throw new ImportError(file, `note ${JSON.stringify(note)} is not in the "Notes" sheet`, {
        row: rowNo,
        column: cellName(notesCol, 'Notes'),
      });
    }
    const values = {};
    for (const { sex, cols } of blocks) {
      cols.forEach((c, j) => {
        const v = r[c];
        const where = { row: rowNo, column: cellName(c, `${years[j]}, ${sexHeader[sex]}`) };
        values[`${years[j]}|${sex}`] =
          v === '..' ? null : persons(file, v, where.row, where.column);
      });
    }
    if (code === 900) {
      for (const [k, v] of Object.entries(values)) world.set(k, { value: v, row: rowNo });
      continue;
    }
    if (type === '') continue; // a region, development group or income group
    const iso3 = iso3OfM49(code);
    codes.push([
      code,
      iso3,
      { row: rowNo, column: cellName(col['Location code'], 'Location code') },
    ]);
    for (const y of years) {
      const both = values[`${y}|both`];
      const male = values[`${y}|male`];
      const female = values[`${y}|female`];
      if (
        both !== null &&
        male !== null &&
        female !== null &&
        Math.abs(both - male - female) > tolerance
      ) {
        const c = blocks[0].cols[years.indexOf(y)];
        throw new ImportError(
          file,
          `both sexes ${both} ≠ males ${male} + females ${female} (= ${male + female})`,
          { row: rowNo, column: cellName(c, `${y}, both sexes`) },
        );
      }
      for (const sex of ['both', 'male', 'female']) {
        const v = values[`${y}|${sex}`];
        out.push({
          year: y,
          destination_iso3: iso3,
          destination_m49: code,
          destination: unName(r[nameCol]),
          sex,
          stock: v,
          data_type: type,
          un_note: note === '' ? null : note,
          status: v === null ? 'not available' : null,
        });
      }
    }
  }
  checkCodesOneToOne(file, codes);
  if (world.size === 0)
    throw new ImportError(file, 'no WORLD row (location code 900) in "Table 1"');
  // WORLD = the sum of the countries and areas. Where a country's figure by sex is not available
  // but its both-sexes figure is (Bonaire, Sint Eustatius and Saba in 2020), WORLD's men and women
  // include it: men + women then exceed the sums by exactly that both-sexes figure.
  const sum = (y, sex) =>
    out.filter((o) => o.year === y && o.sex === sex).reduce((s, o) => s + (o.stock ?? 0), 0);
  for (const [j, y] of years.entries()) {
    const unsplit = out
      .filter((o) => o.year === y && o.sex === 'both' && o.stock !== null)
      .filter((o) =>
        out.some(
          (p) =>
            p.year === y &&
            p.destination_m49 === o.destination_m49 &&
            p.sex !== 'both' &&
            p.stock === null,
        ),
      )
      .reduce((s, o) => s + o.stock, 0);
    for (const { sex, cols } of blocks) {
      const w = world.get(`${y}|${sex}`);
      const where = { row: w.row, column: cellName(cols[j], `${y}, ${sexHeader[sex]}`) };
      const parts = sum(y, sex);
      if (w.value === null) throw new ImportError(file, 'WORLD is not available', where);
      if (sex === 'both' && Math.abs(w.value - parts) > tolerance) {
        throw new ImportError(
          file,
          `WORLD ${w.value} ≠ the sum of the ${codes.length} countries and areas (${parts})`,
          where,
        );
      }
      if (sex !== 'both' && parts > w.value + tolerance) {
        throw new ImportError(
          file,
          `WORLD ${w.value} is less than the sum of the ${codes.length} countries and areas (${parts})`,
          where,
        );
      }
    }
    const [wm, wf] = ['male', 'female'].map((sex) => world.get(`${y}|${sex}`).value);
    if (Math.abs(wm + wf - sum(y, 'male') - sum(y, 'female') - unsplit) > tolerance) {
      const w = world.get(`${y}|male`);
      throw new ImportError(
        file,
        `WORLD men + women (${wm + wf}) ≠ the countries' men + women (${sum(y, 'male') + sum(y, 'female')}) + the both-sexes figures of countries not split by sex (${unsplit})`,
        { row: w.row, column: cellName(blocks[1].cols[j], `${y}, males`) },
      );
    }
  }
  const usedNotes = new Map(
    [...new Set(out.map((o) => o.un_note).filter((n) => n !== null))]
      .sort((a, b) => a - b)
      .map((n) => [n, notes.get(n)]),
  );
  const world2 = Object.fromEntries(
    ['both', 'male', 'female'].map((sex) => [sex, world.get(`${years.at(-1)}|${sex}`).value]),
  );
  return {
    revision,
    symbol,
    years,
    rows: out,
    notes: usedNotes,
    world: world2,
    countries: codes.length,
  };
}

/**
 * Reads Table 1 of the UN "Destination and origin" workbook: one row per destination × origin
 * pair, with the years in three blocks. Countries are the destinations with a type of data; an
 * origin is a country if it is one of those, or the UN's "Other" (2003).
 */
export async function readUnBilateralXlsx(file, { tolerance = 0 } = {}) {
  const rows = await readXlsxSheet(file, 'Table 1');
  const { revision, symbol } = unRevision(file, rows);
  const DEST = 'Location code of destination';
  const ORIG = 'Location code of origin';
  const TYPE = 'Type of data of destination';
  const { at, header, col, years, blocks } = unHeader(file, rows, [DEST, TYPE, ORIG]);
  const destName = header.findIndex(
    (c) => typeof c === 'string' && /of destination$/i.test(c) && /country or area/i.test(c),
  );
  const origName = header.findIndex(
    (c) => typeof c === 'string' && /of origin$/i.test(c) && /country or area/i.test(c),
  );
  const sexHeader = { both: 'both sexes', male: 'males', female: 'females' };
  const parsed = [];
  const countries = new Map(); // m49 → name, destinations with a type of data
  for (let i = at + 1; i < rows.length; i++) {
    const r = rows[i];
    const d = r[col[DEST]];
    if (d === null || d === undefined || d === '') continue;
    const o = r[col[ORIG]];
    for (const [c, v] of [
      [col[DEST], d],
      [col[ORIG], o],
    ]) {
      if (typeof v !== 'number' || !Number.isInteger(v))
        throw new ImportError(
          file,
          `expected a numeric location code, found ${JSON.stringify(v)}`,
          { row: i + 1, column: cellName(c, header[c]) },
        );
    }
    const type = r[col[TYPE]] === null ? '' : String(r[col[TYPE]]).trim();
    if (type !== '') countries.set(d, unName(r[destName]));
    const values = {};
    for (const { sex, cols } of blocks) {
      cols.forEach((c, j) => {
        const v = r[c];
        values[`${years[j]}|${sex}`] =
          v === '..' || v === null
            ? null
            : persons(file, v, i + 1, cellName(c, `${years[j]}, ${sexHeader[sex]}`));
      });
    }
    parsed.push({ d, o, oName: unName(r[origName]), values, row: i + 1 });
  }
  // An origin is a country or area if it is one as a destination, or has an ISO 3166 code (in the
  // UN's own table every country is also a destination); regions and groups have neither.
  const originName = new Map(countries);
  for (const p of parsed) if (!originName.has(p.o) && iso3OfM49(p.o)) originName.set(p.o, p.oName);
  originName.set(2003, 'Other');
  const out = [];
  const totals = new Map(); // `${d}` → { values, row }: origin WORLD (900)
  const sums = new Map(); // `${d}|${y}|${sex}` → sum over country origins
  const codes = [];
  for (const p of parsed) {
    if (p.o === 900) totals.set(p.d, p);
    if (!countries.has(p.d) && p.d !== 900) continue;
    if (!originName.has(p.o)) continue; // a region or group of origin
    for (const [m49, where] of [
      [p.d, col[DEST]],
      [p.o, col[ORIG]],
    ]) {
      if (m49 !== 900)
        codes.push([m49, iso3OfM49(m49), { row: p.row, column: cellName(where, header[where]) }]);
    }
    for (const y of years) {
      const [both, male, female] = ['both', 'male', 'female'].map((s) => p.values[`${y}|${s}`]);
      if (both !== null && Math.abs(both - (male ?? 0) - (female ?? 0)) > tolerance) {
        throw new ImportError(file, `both sexes ${both} ≠ males ${male} + females ${female}`, {
          row: p.row,
          column: cellName(blocks[0].cols[years.indexOf(y)], `${y}, both sexes`),
        });
      }
      for (const sex of ['both', 'male', 'female']) {
        const v = p.values[`${y}|${sex}`];
        const key = `${p.d}|${y}|${sex}`;
        sums.set(key, (sums.get(key) ?? 0) + (v ?? 0));
        if (p.d === 900 || v === 0 || v === null) continue; // absent pair = 0 or no estimate, as in the UN table
        out.push({
          year: y,
          destination_iso3: iso3OfM49(p.d),
          destination: countries.get(p.d),
          origin_iso3: iso3OfM49(p.o),
          origin: originName.get(p.o),
          sex,
          stock: v,
        });
      }
    }
  }
  checkCodesOneToOne(file, codes);
  // A destination's total (origin WORLD) ≥ the sum of its listed origins; the world's total = the sum of destinations.
  for (const [d, name] of [...countries, [900, 'WORLD']]) {
    const total = totals.get(d);
    if (!total)
      throw new ImportError(file, `no row of origin WORLD (900) for destination ${d} (${name})`);
    for (const { sex, cols } of blocks) {
      cols.forEach((c, j) => {
        const y = years[j];
        const t = total.values[`${y}|${sex}`];
        const listed = sums.get(`${d}|${y}|${sex}`) ?? 0;
        if (t !== null && listed > t + tolerance) {
          throw new ImportError(
            file,
            `the listed origins of ${name} add up to ${listed}, more than its total ${t}`,
            { row: total.row, column: cellName(c, `${y}, ${sexHeader[sex]}`) },
          );
        }
        if (d === 900) {
          const dests = [...countries.keys()].reduce(
            (s, k) => s + (totals.get(k)?.values[`${y}|${sex}`] ?? 0),
            0,
          );
          if (t === null || Math.abs(t - dests) > tolerance) {
            throw new ImportError(
              file,
              `WORLD ${t} ≠ the sum of the ${countries.size} destinations (${dests})`,
              { row: total.row, column: cellName(c, `${y}, ${sexHeader[sex]}`) },
            );
          }
        }
      });
    }
  }
  const sexOrder = ['both', 'male', 'female'];
  out.sort(
    (a, b) =>
      a.year - b.year ||
      a.destination_iso3.localeCompare(b.destination_iso3) ||
      a.origin_iso3.localeCompare(b.origin_iso3) ||
      sexOrder.indexOf(a.sex) - sexOrder.indexOf(b.sex),
  );
  return { revision, symbol, years, rows: out };
}

/**
 * Reads a tidy origin × destination table (year, destination_iso3, destination_m49, origin_iso3,
 * origin_m49, sex, value: the layout of the shared collection's un-ims2020-bilateral-by-sex.csv)
 * with UN names from an areas file (iso3, m49, un_name). Checks both = male + female, one-to-one
 * codes, and, with `totals` (rows of the totals-by-destination dataset), totals ≥ listed origins.
 */
export function readUnBilateralCsv(file, areasFile, { totals, tolerance = 0 } = {}) {
  const [head, ...lines] = parseCsv(readFileSync(file, 'utf8'));
  const need = [
    'year',
    'destination_iso3',
    'destination_m49',
    'origin_iso3',
    'origin_m49',
    'sex',
    'value',
  ];
  for (const n of need)
    if (!head.includes(n))
      throw new ImportError(file, `no column ${JSON.stringify(n)} in the header`, { row: 1 });
  const ix = Object.fromEntries(head.map((h, i) => [h, i]));
  const [aHead, ...aLines] = parseCsv(readFileSync(areasFile, 'utf8'));
  const names = new Map(
    aLines
      .filter((l) => l.length === aHead.length)
      .map((l) => [l[aHead.indexOf('iso3')], unName(l[aHead.indexOf('un_name')])]),
  );
  const codes = [];
  const cells = new Map();
  const out = [];
  lines.forEach((l, k) => {
    if (l.length === 1 && l[0] === '') return;
    const row = k + 2;
    const get = (n) => l[ix[n]];
    for (const side of ['destination', 'origin']) {
      const m49 = Number(get(`${side}_m49`));
      const iso3 = get(`${side}_iso3`);
      if (iso3OfM49(m49) !== iso3)
        throw new ImportError(
          file,
          `${iso3} is not the code of location ${m49} (expected ${iso3OfM49(m49)})`,
          { row, column: `${side}_iso3` },
        );
      if (!names.has(iso3))
        throw new ImportError(file, `${iso3} has no name in ${path.basename(areasFile)}`, {
          row,
          column: `${side}_iso3`,
        });
      codes.push([m49, iso3, { row, column: `${side}_m49` }]);
    }
    const value = Number(get('value'));
    if (!Number.isInteger(value) || value < 0)
      throw new ImportError(
        file,
        `expected a whole number of persons, found ${JSON.stringify(get('value'))}`,
        { row, column: 'value' },
      );
    const sex = get('sex');
    if (!['both', 'male', 'female'].includes(sex))
      throw new ImportError(file, `expected both, male or female, found ${JSON.stringify(sex)}`, {
        row,
        column: 'sex',
      });
    const year = Number(get('year'));
    const pair = `${year}|${get('destination_iso3')}|${get('origin_iso3')}`;
    const cell = cells.get(pair) ?? { row };
    if (cell[sex] !== undefined)
      throw new ImportError(file, `a second ${sex} row for ${pair.replace(/\|/g, ', ')}`, {
        row,
        column: 'sex',
      });
    cell[sex] = value;
    cells.set(pair, cell);
    out.push({
      year,
      destination_iso3: get('destination_iso3'),
      destination: names.get(get('destination_iso3')),
      origin_iso3: get('origin_iso3'),
      origin: names.get(get('origin_iso3')),
      sex,
      stock: value,
    });
  });
  checkCodesOneToOne(file, codes);
  // Absent rows are 0 (the copy drops zero cells).
  for (const [pair, c] of cells) {
    if (c.both !== undefined && Math.abs(c.both - (c.male ?? 0) - (c.female ?? 0)) > tolerance) {
      throw new ImportError(
        file,
        `both sexes ${c.both} ≠ males ${c.male ?? 0} + females ${c.female ?? 0} for ${pair.replace(/\|/g, ', ')}`,
        { row: c.row, column: 'value' },
      );
    }
  }
  if (totals) {
    const sums = new Map();
    for (const o of out)
      sums.set(
        `${o.year}|${o.destination_iso3}|${o.sex}`,
        (sums.get(`${o.year}|${o.destination_iso3}|${o.sex}`) ?? 0) + o.stock,
      );
    for (const [key, listed] of sums) {
      const [y, d, sex] = key.split('|');
      const t = totals.find(
        (r) => String(r.year) === y && r.destination_iso3 === d && r.sex === sex,
      );
      if (t && t.stock !== null && listed > t.stock + tolerance) {
        throw new ImportError(
          file,
          `the listed origins of ${d} in ${y} (${sex}) add up to ${listed}, more than its published total ${t.stock}`,
          { column: 'value' },
        );
      }
    }
  }
  return { rows: out };
}

// ---------------------------------------------------------------------------------------------
// World Bank WDI

export const WDI_INDICATORS = {
  'BX.TRF.PWKR.DT.GD.ZS': {
    name: 'Personal remittances, received (% of GDP)',
    unit: 'percent of GDP',
    dataset: 'remittances',
  },
  'BX.TRF.PWKR.CD.DT': {
    name: 'Personal remittances, received (current US$)',
    unit: 'current USD',
    dataset: 'remittances',
  },
  'BM.TRF.PWKR.CD.DT': {
    name: 'Personal remittances, paid (current US$)',
    unit: 'current USD',
    dataset: 'remittances',
  },
  'SL.UEM.TOTL.ZS': {
    name: 'Unemployment, total (% of total labor force) (modeled ILO estimate)',
    unit: 'percent of labour force',
    dataset: 'unemployment',
  },
};

/**
 * Reads a WDI download: the CSV the World Bank's indicator pages and API give
 * (API_<code>_DS2_en_csv_v2_*.csv: metadata lines with "Last Updated Date", then one row per
 * country with a column per year), or a Gapminder DDF datapoints file (economy,year,<code>) as
 * mirrored from WDI. Returns tidy rows and the release date where the file states it.
 */
export function readWdi(file, { countries }) {
  const rows = parseCsv(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  const out = [];
  let lastUpdated;
  const headAt = rows.findIndex((r) => r[0] === 'Country Name' && r.includes('Indicator Code'));
  if (headAt >= 0) {
    const updated = rows.find((r) => r[0] === 'Last Updated Date');
    lastUpdated = updated?.[1];
    if (lastUpdated !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(lastUpdated)) {
      throw new ImportError(
        file,
        `expected the release as YYYY-MM-DD, found ${JSON.stringify(lastUpdated)}`,
        { row: rows.indexOf(updated) + 1, column: 'Last Updated Date' },
      );
    }
    const head = rows[headAt];
    const iCode = head.indexOf('Country Code');
    const iInd = head.indexOf('Indicator Code');
    const iName = head.indexOf('Country Name');
    for (let k = headAt + 1; k < rows.length; k++) {
      const r = rows[k];
      if (r.length < head.length - 1) continue;
      if (!countries.includes(r[iCode])) continue;
      const indicator = r[iInd];
      if (!WDI_INDICATORS[indicator])
        throw new ImportError(
          file,
          `indicator ${JSON.stringify(indicator)} is not one this importer knows (${Object.keys(WDI_INDICATORS).join(', ')})`,
          { row: k + 1, column: 'Indicator Code' },
        );
      head.forEach((h, j) => {
        if (!/^\d{4}$/.test(h) || r[j] === undefined || r[j] === '') return;
        const value = plainDecimal(r[j]);
        if (value === undefined)
          throw new ImportError(file, `expected a number, found ${JSON.stringify(r[j])}`, {
            row: k + 1,
            column: h,
          });
        out.push({
          country_iso3: r[iCode],
          country: r[iName],
          year: Number(h),
          indicator,
          value,
          row: k + 1,
        });
      });
    }
  } else if (rows[0]?.[0] === 'economy' && rows[0][1] === 'year') {
    const key = rows[0][2];
    const indicator = Object.keys(WDI_INDICATORS).find(
      (c) => c.toLowerCase().replace(/\./g, '_') === key,
    );
    if (!indicator)
      throw new ImportError(
        file,
        `column ${JSON.stringify(key)} is not an indicator this importer knows`,
        { row: 1, column: key },
      );
    rows.slice(1).forEach((r, k) => {
      if (r.length < 3) return;
      const iso3 = r[0].toUpperCase();
      if (!countries.includes(iso3)) return;
      const value = plainDecimal(r[2]);
      if (value === undefined)
        throw new ImportError(file, `expected a number, found ${JSON.stringify(r[2])}`, {
          row: k + 2,
          column: key,
        });
      if (!/^\d{4}$/.test(r[1]))
        throw new ImportError(file, `expected a year, found ${JSON.stringify(r[1])}`, {
          row: k + 2,
          column: 'year',
        });
      out.push({
        country_iso3: iso3,
        country: undefined,
        year: Number(r[1]),
        indicator,
        value,
        row: k + 2,
      });
    });
  } else {
    throw new ImportError(
      file,
      'not a WDI download: expected the World Bank CSV ("Country Name", …, "Indicator Code", years) or a DDF datapoints file (economy,year,<indicator>)',
      { row: 1 },
    );
  }
  // Codes map one to one (a country code, one name), and a country, year and indicator once.
  const names = new Map();
  const seen = new Set();
  for (const o of out) {
    if (!isoCountries.alpha3ToNumeric(o.country_iso3))
      throw new ImportError(file, `${o.country_iso3} is not an ISO 3166 alpha-3 code`, {
        row: o.row,
      });
    if (o.country !== undefined) {
      if (names.has(o.country_iso3) && names.get(o.country_iso3) !== o.country)
        throw new ImportError(
          file,
          `${o.country_iso3} is named both ${names.get(o.country_iso3)} and ${o.country}`,
          { row: o.row, column: 'Country Name' },
        );
      names.set(o.country_iso3, o.country);
    }
    const key = `${o.country_iso3}|${o.year}|${o.indicator}`;
    if (seen.has(key))
      throw new ImportError(file, `a second figure for ${key.replace(/\|/g, ', ')}`, {
        row: o.row,
      });
    seen.add(key);
  }
  return { rows: out, lastUpdated };
}

// ---------------------------------------------------------------------------------------------
// KNOMAD bilateral remittance matrix

/** World Bank country names the ISO list spells otherwise. */
const WB_NAMES = {
  'Bahamas, The': 'BHS',
  'Cabo Verde': 'CPV',
  'Channel Islands': 'CHI',
  'Congo, Dem. Rep.': 'COD',
  'Congo, Rep.': 'COG',
  Curacao: 'CUW',
  'Egypt, Arab Rep.': 'EGY',
  'Faeroe Islands': 'FRO',
  'Gambia, The': 'GMB',
  'Hong Kong SAR, China': 'HKG',
  'Iran, Islamic Rep.': 'IRN',
  'Korea, Dem. Rep.': 'PRK',
  'Korea, Rep.': 'KOR',
  'Kyrgyz Republic': 'KGZ',
  'Lao PDR': 'LAO',
  'Macao SAR, China': 'MAC',
  'Micronesia, Fed. Sts.': 'FSM',
  Moldova: 'MDA',
  'Slovak Republic': 'SVK',
  'St. Kitts and Nevis': 'KNA',
  'St. Lucia': 'LCA',
  'St. Martin (French part)': 'MAF',
  'St. Vincent and the Grenadines': 'VCT',
  'Venezuela, RB': 'VEN',
  'Virgin Islands (U.S.)': 'VIR',
  'West Bank and Gaza': 'PSE',
  'Yemen, Rep.': 'YEM',
};

function iso3OfWbName(name) {
  return WB_NAMES[name] ?? isoCountries.getAlpha3Code(name, 'en');
}

/**
 * Reads the KNOMAD matrix (rows: sending country; columns: receiving country; US$ million) and
 * keeps the corridors touching `countries` (as sender or receiver), with the WORLD totals for them.
 */
export async function readKnomad(file, { countries }) {
  const sheets = await import('read-excel-file/node').then((m) => m.default(file));
  const sheet = sheets.find((s) => /BRM/i.test(s.sheet)) ?? sheets[0];
  const rows = sheet.data;
  const title = String(rows[0]?.[0] ?? '');
  const m = /Bilateral Remittance Estimates for (\d{4}).*\((\w+ \d{4}) Version\)/i.exec(title);
  if (!m)
    throw new ImportError(
      file,
      `expected the title "Bilateral Remittance Estimates for YYYY … (Month YYYY Version)", found ${JSON.stringify(title.slice(0, 80))}`,
      { row: 1, column: 'A' },
    );
  const year = Number(m[1]);
  const header = rows[1];
  const names = header.map((h) => (h === null ? null : String(h).trim()));
  if (names.at(-1) !== 'WORLD')
    throw new ImportError(
      file,
      `expected the last column to be WORLD, found ${JSON.stringify(names.at(-1))}`,
      { row: 2, column: columnLetter(names.length - 1) },
    );
  const code = (name, where) => {
    if (name === 'WORLD') return 'WLD';
    const iso3 = iso3OfWbName(name);
    if (!iso3)
      throw new ImportError(file, `no ISO 3166 alpha-3 code for ${JSON.stringify(name)}`, where);
    return iso3;
  };
  const out = [];
  const pairs = [];
  for (let i = 2; i < rows.length; i++) {
    const r = rows[i];
    const sender = r[0] === null ? '' : String(r[0]).trim();
    if (sender === '' || sender.length > 60 || r.slice(1).every((c) => c === null)) continue; // footnotes
    const sCode = code(sender, { row: i + 1, column: 'A' });
    pairs.push([sender, sCode, { row: i + 1, column: 'A' }]);
    for (let j = 1; j < r.length; j++) {
      const v = r[j];
      if (v === null || v === '') continue;
      const receiver = names[j];
      const rCode = code(receiver, { row: 2, column: columnLetter(j) });
      if (!countries.includes(sCode) && !countries.includes(rCode)) continue;
      if (typeof v !== 'number' || v < 0)
        throw new ImportError(
          file,
          `expected an amount in US$ million, found ${JSON.stringify(v)}`,
          { row: i + 1, column: `${columnLetter(j)} (${receiver})` },
        );
      out.push({
        year,
        sending_iso3: sCode,
        sending_country: sender,
        receiving_iso3: rCode,
        receiving_country: receiver,
        value: String(v),
      });
    }
  }
  // Codes map one to one: a name to one code, a code to one name, for senders and receivers.
  const seen = new Map();
  for (const [name, iso3, where] of [
    ...pairs,
    ...names
      .slice(1)
      .map((n, j) => [
        n,
        code(n, { row: 2, column: columnLetter(j + 1) }),
        { row: 2, column: columnLetter(j + 1) },
      ]),
  ]) {
    if (seen.has(iso3) && seen.get(iso3) !== name)
      throw new ImportError(
        file,
        `${iso3} would stand for both ${JSON.stringify(seen.get(iso3))} and ${JSON.stringify(name)}`,
        where,
      );
    seen.set(iso3, name);
  }
  return { year, version: m[2], rows: out };
}

// ---------------------------------------------------------------------------------------------
// Writing

/** "2921713106.977" US$ → "2.921713106977" billion: the decimal point moved, nothing rounded. */
export function shiftDecimal(text, places) {
  const negative = text.startsWith('-');
  const [whole, fraction = ''] = text.replace(/^-/, '').split('.');
  const digits = whole.padStart(places + 1, '0') + fraction;
  const point = digits.length - fraction.length - places;
  const result = `${digits.slice(0, point).replace(/^0+(?=\d)/, '')}.${digits.slice(point)}`;
  return (negative ? '-' : '') + result.replace(/\.?0+$/, '');
}

/**
 * Puts the World Bank's figures into a dataset of reported figures (data/remittances,
 * data/unemployment) as the source WB_WDI, replacing those of an earlier import; the other rows
 * stay as they are. Skipped where the dataset is not in the output folder.
 */
function mergeWdi(out, id, merge, entry, newRows) {
  const csvFile = path.join(out, `${id}.csv`);
  const metaFile = path.join(out, `${id}.meta.json`);
  if (!existsSync(csvFile) || !existsSync(metaFile)) return;
  const [header, ...lines] = parseCsv(readFileSync(csvFile, 'utf8')).filter(
    (l) => !(l.length === 1 && l[0] === ''),
  );
  const src = header.indexOf('source_id');
  const meta = JSON.parse(readFileSync(metaFile, 'utf8'));
  const countries = meta.columns.find((c) => c.name === 'country').values;
  const rows = [
    ...lines
      .filter((l) => l[src] !== entry.id)
      .map((l) => Object.fromEntries(header.map((h, i) => [h, l[i]]))),
    ...newRows.filter((r) => countries.includes(r.country)),
  ];
  meta.sources = [...meta.sources.filter((s) => s.id !== entry.id), entry];
  const years = rows.map((r) => Number(r.year));
  meta.referencePeriod = `${Math.min(...years)}–${Math.max(...years)}`;
  if (!meta.caveats.some((c) => c.en === merge.caveat.en)) meta.caveats.push(merge.caveat);
  const note = meta.columns.find((c) => c.name === 'note');
  if (merge.note && note?.valueLabels) note.valueLabels[merge.note.en] = merge.note;
  // A flagged figure's note: the merge's note and the conflict's, in each language.
  for (const { note: said } of merge.conflicts ?? []) {
    if (!note?.valueLabels) break;
    const both = Object.fromEntries(
      Object.keys(said).map((l) => [l, [merge.note?.[l], said[l]].filter(Boolean).join(' ')]),
    );
    note.valueLabels[both.en] = both;
  }
  writeDataset(out, id, header, rows, meta);
}

/** The documented conflict of the World Bank's figure of this country, year and indicator. */
function wdiConflict(merge, country, year, indicator) {
  return (merge.conflicts ?? []).find(
    (c) => c.country === country && c.year === Number(year) && c.indicator === indicator,
  );
}

function writeDataset(out, id, header, rows, meta) {
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, `${id}.csv`), toCsv(header, rows));
  writeFileSync(path.join(out, `${id}.meta.json`), JSON.stringify(meta, null, 2) + '\n');
  console.log(`wrote ${path.join(out, `${id}.csv`)} (${rows.length} rows) and ${id}.meta.json`);
}

export { writeDataset, toCsv, sha256 };

// ---------------------------------------------------------------------------------------------
// The command

function options(args) {
  const opts = { files: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--check-only') opts.checkOnly = true;
    else if (a.startsWith('--')) opts[a.slice(2)] = args[++i];
    else opts.files.push(a);
  }
  return opts;
}

function today() {
  return new Date().toISOString().slice(0, 10);
}

const UN_URLS = {
  destination: (rev) =>
    `https://www.un.org/development/desa/pd/sites/www.un.org.development.desa.pd/files/undesa_pd_${rev}_ims_stock_by_sex_and_destination.xlsx`,
  bilateral: (rev) =>
    `https://www.un.org/development/desa/pd/sites/www.un.org.development.desa.pd/files/undesa_pd_${rev}_ims_stock_by_sex_destination_and_origin.xlsx`,
};

export async function main(argv) {
  const [command, ...rest] = argv;
  const opts = options(rest);
  const out = path.resolve(opts.out ?? 'data');
  const retrieved = opts.retrieved ?? today();
  const tolerance = Number(opts.tolerance ?? 0);
  const write = (...a) =>
    opts.checkOnly
      ? console.log(`checks passed: ${a[0]} (${a[2].length} rows); nothing written (--check-only)`)
      : writeDataset(out, ...a);
  const file = opts.files[0];
  if (!file && command !== undefined)
    throw new Error(`data:import ${command}: name the file to read`);
  if (command === 'un-destination') {
    const meta = await import('./data-import-meta.mjs');
    const r = await readUnDestination(file, { tolerance });
    const m = meta.unDestinationMeta({
      ...r,
      file: path.basename(file),
      url: opts.url ?? UN_URLS.destination(r.revision),
      retrieved,
      copy: opts.copy,
      sha: sha256(file),
    });
    write(
      m.id,
      [
        'year',
        'destination_iso3',
        'destination_m49',
        'destination',
        'sex',
        'stock',
        'data_type',
        'un_note',
        'status',
      ],
      r.rows,
      m,
    );
  } else if (command === 'un-bilateral') {
    const meta = await import('./data-import-meta.mjs');
    let r;
    let madeFrom;
    if (file.endsWith('.csv')) {
      if (!opts.areas || !opts.revision)
        throw new Error(
          'data:import un-bilateral <tidy.csv> needs --areas <areas.csv> and --revision YYYY',
        );
      const revision = Number(opts.revision);
      const totalsFile = path.join(out, `un-ims${revision}-totals-by-destination.csv`);
      let totals;
      try {
        const [h, ...lines] = parseCsv(readFileSync(totalsFile, 'utf8'));
        totals = lines
          .filter((l) => l.length === h.length)
          .map((l) => ({
            year: l[h.indexOf('year')],
            destination_iso3: l[h.indexOf('destination_iso3')],
            sex: l[h.indexOf('sex')],
            stock: l[h.indexOf('stock')] === '' ? null : Number(l[h.indexOf('stock')]),
          }));
      } catch {
        throw new Error(
          `data:import un-bilateral: import the totals first (${totalsFile} is needed for the check that totals ≥ listed origins)`,
        );
      }
      const read = readUnBilateralCsv(file, opts.areas, { totals, tolerance });
      const years = [...new Set(read.rows.map((x) => x.year))].sort();
      r = { ...read, revision, symbol: `POP/DB/MIG/Stock/Rev.${revision}`, years };
      madeFrom = `npm run data:import -- un-bilateral ${path.basename(file)} --areas ${path.basename(opts.areas)} --revision ${revision}${opts.subset ? ` --subset ${opts.subset}` : ''} (file sha256 ${sha256(file)}): ${opts.copy ?? 'a tidy copy of the UN table'}; one row per year × destination × origin × sex, pairs of 0 absent; UN names from the areas file.`;
    } else {
      r = await readUnBilateralXlsx(file, { tolerance });
      madeFrom = `npm run data:import -- un-bilateral ${path.basename(file)}${opts.subset ? ` --subset ${opts.subset}` : ''} (workbook sha256 ${sha256(file)}): sheet “Table 1”, pairs of countries or areas (regions and groups dropped; the UN's “Other” origin kept as XXX), one row per year × destination × origin × sex, pairs of 0 absent.`;
    }
    if (opts.subset !== undefined && opts.subset !== 'central-asia')
      throw new Error(
        `data:import: unknown --subset ${JSON.stringify(opts.subset)} (central-asia)`,
      );
    const subset = opts.subset === 'central-asia';
    const rows = subset
      ? r.rows.filter(
          (x) =>
            CENTRAL_ASIA.includes(x.origin_iso3) ||
            SUBSET_DESTINATIONS.includes(x.destination_iso3),
        )
      : r.rows;
    const id = `un-ims${r.revision}-bilateral-${subset ? 'central-asia' : 'by-sex'}`;
    const m = meta.unBilateralMeta({
      id,
      ...r,
      rows,
      subset: subset
        ? { origins: [...CENTRAL_ASIA].sort(), destinations: [...SUBSET_DESTINATIONS].sort() }
        : undefined,
      file: path.basename(file),
      url: opts.url ?? UN_URLS.bilateral(r.revision),
      retrieved,
      copy: opts.copy,
      sha: sha256(file),
      madeFrom,
    });
    write(
      id,
      ['year', 'destination_iso3', 'destination', 'origin_iso3', 'origin', 'sex', 'stock'],
      rows,
      m,
    );
  } else if (command === 'wdi') {
    const meta = await import('./data-import-meta.mjs');
    const countries = (opts.countries ?? 'KAZ,KGZ,RUS,TJK,TKM,UZB').split(',');
    const all = [];
    let releaseDate;
    for (const f of opts.files) {
      const r = readWdi(f, { countries });
      if (r.lastUpdated && releaseDate && r.lastUpdated !== releaseDate)
        throw new ImportError(
          f,
          `is of the release of ${r.lastUpdated}, the other files of ${releaseDate}: download them together`,
          { column: 'Last Updated Date' },
        );
      releaseDate = r.lastUpdated ?? releaseDate;
      all.push(...r.rows);
    }
    const release = releaseDate
      ? `World Development Indicators, release of ${releaseDate}`
      : opts.release;
    if (!release)
      throw new Error(
        'data:import wdi: the file does not state its release ("Last Updated Date"); give it with --release TEXT',
      );
    const files = opts.files.map((f) => path.basename(f)).join(' ');
    const order = Object.keys(WDI_INDICATORS);
    const tidy = (rows) =>
      rows.sort(
        (a, b) =>
          order.indexOf(a.indicator) - order.indexOf(b.indicator) ||
          a.country_iso3.localeCompare(b.country_iso3) ||
          a.year - b.year,
      );
    const rem = tidy(all.filter((x) => WDI_INDICATORS[x.indicator].dataset === 'remittances')).map(
      (x) => ({
        country: x.country_iso3,
        year: x.year,
        indicator: x.indicator,
        value: x.value,
        unit: WDI_INDICATORS[x.indicator].unit,
      }),
    );
    const une = tidy(all.filter((x) => WDI_INDICATORS[x.indicator].dataset === 'unemployment')).map(
      (x) => ({ country: x.country_iso3, year: x.year, value: x.value }),
    );
    const args = { release, releaseDate, retrieved, copy: opts.copy, files };
    if (rem.length)
      write(
        'wdi-remittances',
        ['country', 'year', 'indicator', 'value', 'unit'],
        rem,
        meta.wdiRemittancesMeta({
          rows: rem.map((x) => ({ ...x, country_iso3: x.country })),
          ...args,
        }),
      );
    if (une.length)
      write(
        'wdi-unemployment',
        ['country', 'year', 'value'],
        une,
        meta.wdiUnemploymentMeta({
          rows: une.map((x) => ({ ...x, country_iso3: x.country })),
          ...args,
        }),
      );
    if (!opts.checkOnly) {
      const { WDI_MERGE, wdiSource } = meta;
      const source = (merge) =>
        wdiSource({ id: 'WB_WDI', indicators: merge.indicators, series: merge.series, ...args });
      const year = (x) => ({ year: x.year, period: 'calendar year', period_type: 'year' });
      const remittances = tidy(
        all.filter((x) => WDI_MERGE.remittances.indicators.includes(x.indicator)),
      ).map((x) => {
        const usd = x.indicator === 'BX.TRF.PWKR.CD.DT';
        const indicator = usd ? 'remittances_received' : 'remittances_pct_gdp';
        const conflict = wdiConflict(WDI_MERGE.remittances, x.country_iso3, x.year, indicator);
        const note = usd ? WDI_MERGE.remittances.note.en : '';
        return {
          country: x.country_iso3,
          ...year(x),
          indicator,
          value: usd ? shiftDecimal(x.value, 9) : x.value,
          unit: usd ? 'USD billion' : 'percent of GDP',
          note: conflict ? [note, conflict.note.en].filter(Boolean).join(' ') : note,
          ...(conflict ? { flag: 'conflict' } : {}),
          indicator_raw: x.indicator,
          unit_raw: WDI_INDICATORS[x.indicator].name.replace(/^.*\((.*)\)$/, '$1'),
          source_id: 'WB_WDI',
        };
      });
      mergeWdi(
        out,
        'remittances',
        WDI_MERGE.remittances,
        source(WDI_MERGE.remittances),
        remittances,
      );
      const unemployment = tidy(all.filter((x) => x.indicator === 'SL.UEM.TOTL.ZS')).map((x) => ({
        country: x.country_iso3,
        year: x.year,
        series: 'ilo_modelled',
        basis: 'ilo_modelled',
        period: String(x.year),
        period_type: 'year',
        value: x.value,
        definition: WDI_MERGE.unemployment.definition,
        source_id: 'WB_WDI',
      }));
      mergeWdi(
        out,
        'unemployment',
        WDI_MERGE.unemployment,
        source(WDI_MERGE.unemployment),
        unemployment,
      );
    }
  } else if (command === 'knomad') {
    const meta = await import('./data-import-meta.mjs');
    const countries = (opts.countries ?? CENTRAL_ASIA.join(',')).split(',');
    const r = await readKnomad(file, { countries });
    const id = `knomad-remittance-corridors-${r.year}`;
    const m = meta.knomadMeta({
      id,
      ...r,
      file: path.basename(file),
      url: opts.url ?? 'https://www.knomad.org/data/remittances',
      retrieved,
      copy: opts.copy,
      sha: sha256(file),
      countries,
    });
    write(
      id,
      ['year', 'sending_iso3', 'sending_country', 'receiving_iso3', 'receiving_country', 'value'],
      r.rows,
      m,
    );
  } else {
    throw new Error(
      'usage: npm run data:import -- (un-destination | un-bilateral | wdi | knomad) <file>... [--out data] [--retrieved YYYY-MM-DD] [--url URL] [--copy TEXT] [--subset central-asia] [--check-only]',
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(`data:import: ${error.message}`);
    process.exit(1);
  });
}
