import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * Arquero builds its row accessors (`table.objects()`, and every `escape()`d function) by writing
 * JavaScript source and compiling it with `Function`, which a Content Security Policy without
 * 'unsafe-eval' forbids (uwdata/arquero#361). This plugin replaces those two builders with
 * closures doing the same work, so the app runs under `script-src 'self'`.
 *
 * Verbs whose core is generated code (orderby, rollup and other aggregates, window functions,
 * joins, string expressions) stay off limits: the app's transforms do that work in plain code.
 * The patch checks the text it replaces, so an Arquero upgrade that moves it fails the build
 * instead of quietly bringing `Function` back.
 *
 * Expressions that are not escape()d (strings, plain functions) are parsed with acorn and then
 * compiled with `Function`, so under the policy they could only fail. The parser is replaced by
 * one that says so: acorn (35 kB gzip, a third of Arquero's weight) leaves the page and the worker.
 */

const ROW_OBJECT = /arquero\/src\/expression\/row-object\.js$/;
const PARSE_ESCAPE = /arquero\/src\/expression\/parse-escape\.js$/;
const PARSE_EXPRESSION = /arquero\/src\/expression\/parse-expression\.js$/;

const ROW_OBJECT_ORIGINAL = `export function rowObjectBuilder(table, props) {
  return compile.expr(rowObjectCode(table, props));
}`;

const ROW_OBJECT_PATCHED = `export function rowObjectBuilder(table, props = table.columnNames()) {
  // Patched (src/build/cspSafeArquero.ts): a closure instead of compiled source.
  const pairs = Array.from(entries(props), (prop) => (isArray(prop) ? prop : [prop, prop]));
  return (row, data) => {
    const object = {};
    for (const [name, key] of pairs) {
      const column = data[name];
      object[key] = isArrayType(column) ? column[row] : column.at(row);
    }
    return object;
  };
}
import { isArrayType } from '../util/is-array-type.js';`;

const PARSE_ESCAPE_ORIGINAL = `  // generate escaped function invocation code
  const code = \`(row,data)=>fn(\${rowObjectCode(ctx.table)},$)\`;

  return { escape: compile.escape(code, toFunction(spec.expr), params) };`;

const PARSE_ESCAPE_PATCHED = `  // Patched (src/build/cspSafeArquero.ts): a closure instead of compiled source.
  const fn = toFunction(spec.expr);
  const rowObject = rowObjectBuilder(ctx.table);
  void compile; void rowObjectCode;
  return { escape: (row, data) => fn(rowObject(row, data), params) };`;

const PARSE_EXPRESSION_ORIGINAL = `import { parse } from 'acorn';`;
const PARSE_ERROR_ORIGINAL = "error(`Expression parse error: ${expr+''}`);";

const PARSE_EXPRESSION_PATCHED = `// Patched (src/build/cspSafeArquero.ts): no expression parser, as nothing parsed may be compiled.
function parse(source) {
  throw new Error(
    'Arquero expressions must be escape()d functions here: "' + String(source).slice(0, 60) +
      '" would be compiled with Function, which the Content Security Policy forbids',
  );
}`;

/** The file with each `[original, patched]` pair replaced; fails if an original is missing. */
function patch(file: string, ...replacements: [string, string][]): string {
  let source = readFileSync(file, 'utf8');
  for (const [original, patched] of replacements) {
    if (!source.includes(original)) {
      throw new Error(
        `cspSafeArquero: ${file} no longer holds the code this patch replaces; review the patch for this Arquero version`,
      );
    }
    source = source.replace(original, patched);
  }
  return source;
}

export function cspSafeArquero(): Plugin {
  return {
    name: 'csp-safe-arquero',
    enforce: 'pre',
    load(id) {
      const file = id.split('?')[0]!;
      if (ROW_OBJECT.test(file)) return patch(file, [ROW_OBJECT_ORIGINAL, ROW_OBJECT_PATCHED]);
      if (PARSE_EXPRESSION.test(file)) {
        return patch(
          file,
          [PARSE_EXPRESSION_ORIGINAL, PARSE_EXPRESSION_PATCHED],
          // The parser's own message, not Arquero's "Expression parse error".
          [PARSE_ERROR_ORIGINAL, 'throw err;'],
        );
      }
      if (PARSE_ESCAPE.test(file)) {
        return patch(
          file,
          [PARSE_ESCAPE_ORIGINAL, PARSE_ESCAPE_PATCHED],
          [
            "import { rowObjectCode } from './row-object.js';",
            "import { rowObjectBuilder, rowObjectCode } from './row-object.js';",
          ],
        );
      }
      return null;
    },
  };
}
