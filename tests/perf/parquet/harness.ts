/**
 * What the two Parquet benchmark pages share (see ../parquet.perf.ts): the queries, the shape of
 * their answers, and `window.bench`, through which the spec reads the first answer (timed from
 * navigation) and asks for the next ones (timed in the page).
 */

/**
 * A dashboard view (one origin, one year, its top destinations), a whole-table aggregate, or
 * (DuckDB) only the engine's start and a constant query.
 */
export type Query =
  { kind: 'view'; origin: string; year: number } | { kind: 'total' } | { kind: 'ready' };

/** One row of an answer: a destination (view) or a year (total), and its summed stock. */
export interface Row {
  key: string | number;
  stock: number;
}

export interface Answer {
  /** Milliseconds: from navigation start for the first answer, from the call for the others. */
  ms: number;
  rows: Row[];
}

export interface Engine {
  run(query: Query): Promise<Row[]>;
}

/** Destinations drawn by a view: the top ten by stock (both sexes), ties by code. */
export const TOP_N = 10;

/** Where the build's Parquet files and metadata are served, beside the pages' folder. */
export const DATA_URL = new URL('../data/', document.baseURI).href;
export const DATASET = 'synthetic-million';

export function queryFromAddress(search: string): Query {
  const params = new URLSearchParams(search);
  const kind = params.get('q');
  return kind === 'total' || kind === 'ready'
    ? { kind }
    : {
        kind: 'view',
        origin: params.get('origin') ?? 'UZB',
        year: Number(params.get('year') ?? 2019),
      };
}

/** The top rows of per-key sums, largest first (ties by key), as both engines order them. */
export function topRows(sums: Map<string, number>, n: number): Row[] {
  return [...sums]
    .map(([key, stock]) => ({ key, stock }))
    .sort((a, b) => b.stock - a.stock || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, n);
}

declare global {
  interface Window {
    bench: {
      first: Promise<Answer>;
      run(query: Query): Promise<Answer>;
    };
  }
}

/** Starts the engine, answers the address's query, and offers the next ones to the spec. */
export function startBench(start: () => Promise<Engine>): void {
  const engine = start();
  const first = engine.then(async (e) => {
    const rows = await e.run(queryFromAddress(location.search));
    return { ms: performance.now(), rows };
  });
  // Shown on the page too, so a screenshot says what was answered.
  first.then(
    (answer) => {
      document.body.textContent = `${answer.rows.length} rows in ${answer.ms.toFixed(0)} ms`;
    },
    (error: Error) => {
      document.body.textContent = `failed: ${error.message}`;
    },
  );
  window.bench = {
    first,
    async run(query) {
      const e = await engine;
      const start = performance.now();
      const rows = await e.run(query);
      return { ms: performance.now() - start, rows };
    },
  };
}
