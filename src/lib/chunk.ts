/**
 * The page's code that loads on demand (a view, a panel, a drawing, a language), one chunk at a
 * time, and what went wrong when a chunk does not arrive. Every dynamic import of the app goes
 * through `chunk()`, and the components show it through src/ui/CodePart.tsx.
 *
 * A browser keeps a module that failed to evaluate (a truncated or garbled file) and a request
 * that never answers: importing the same URL again gives the same failure. So after a failure
 * the next load asks for the chunk's URL with a query it has never used (`?retry=1`, `?retry=2`…),
 * which the static host serves as the same file. The fresh module imports the shared chunks
 * under their usual URLs, so React and the stores stay single.
 */

/** How long a chunk may take to arrive before it counts as failed (the data files' limit too). */
export const CHUNK_TIMEOUT_MS = 30_000;

/**
 * Why a chunk did not load: the browser is offline; the site did not answer (a network error);
 * the site was redeployed under the open page (the old hashed file is gone, or the host answers
 * with its HTML page); another HTTP error; the file arrived but could not be run (truncated,
 * garbled); no answer within the limit; or a failure the page could not look into.
 */
export type ChunkFailure =
  'offline' | 'unreachable' | 'redeployed' | 'http' | 'damaged' | 'timeout' | 'unknown';

export class ChunkError extends Error {
  constructor(
    readonly failure: ChunkFailure,
    /** The chunk's path under the site (`assets/UnStockPage-De-ahqD8.js`), when known. */
    readonly file: string | undefined,
    readonly status?: number,
    cause?: unknown,
  ) {
    const detail = cause instanceof Error ? cause.message : String(cause ?? '');
    super(
      `${file ?? 'code'}: ${failure}${status === undefined ? '' : ` (HTTP ${status})`}${detail ? `: ${detail}` : ''}`,
      { cause },
    );
    this.name = 'ChunkError';
  }
}

export interface Chunk<M> {
  /** A short name, unique among chunks (the query key of CodePart). */
  readonly name: string;
  /** The module: loaded once, shared by every caller; after a failure, asked for afresh. */
  load(): Promise<M>;
}

/**
 * A chunk of code, loaded by `importer` (written as `() => import('./Module')`, nothing else:
 * its built text names the chunk's file, which a retry asks for under a fresh URL); `pick` takes
 * what the page uses from the module.
 */
export function chunk<M>(name: string, importer: () => Promise<M>): Chunk<M>;
export function chunk<T, M>(
  name: string,
  importer: () => Promise<M>,
  pick: (module: M) => T,
  timeoutMs?: number,
): Chunk<T>;
export function chunk<T, M>(
  name: string,
  importer: () => Promise<M>,
  pick: (module: M) => T = (module) => module as unknown as T,
  timeoutMs = CHUNK_TIMEOUT_MS,
): Chunk<T> {
  const declared = declaredUrl(importer);
  let pending: Promise<T> | undefined;
  let failures = 0;
  // The chunk's URL as the browser reported it (the declared one resolves the same way).
  let known: string | undefined;
  // A module that came after its time was up: the next load uses it rather than asking again.
  let arrivedLate: { module: M } | undefined;
  const attempt = async (): Promise<T> => {
    if (arrivedLate) return pick(arrivedLate.module);
    const url = known ?? declared;
    const fresh = failures > 0 && url ? withQuery(url, 'retry', String(failures)) : undefined;
    const started = fresh ? (import(/* @vite-ignore */ fresh) as Promise<M>) : importer();
    try {
      return pick(await withTimeout(started, timeoutMs));
    } catch (error) {
      failures++;
      if (error === TIMED_OUT) {
        started.then(
          (module) => (arrivedLate = { module }),
          () => undefined,
        );
      }
      known ??= urlIn(error);
      throw await diagnose(error, known ?? declared, timeoutMs);
    }
  };
  const made: Chunk<T> = {
    name,
    load: () =>
      (pending ??= attempt().catch((error: unknown) => {
        pending = undefined;
        throw error;
      })),
  };
  named.set(name, made);
  return made;
}

/** Every chunk made so far, by name. */
const named = new Map<string, Chunk<unknown>>();

/**
 * The chunk of that name, once the module declaring it has run: a page written at build names
 * the code its HTML was made with, and the browser loads it before taking that HTML over.
 */
export function chunkNamed(name: string): Chunk<unknown> | undefined {
  return named.get(name);
}

/** Marks a timeout: the import may still arrive, but the reader is told now. */
const TIMED_OUT = Symbol('timed out');

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(TIMED_OUT), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

/**
 * The URL of the chunk `importer` imports, from its own text: a built importer reads
 * ``() => g(() => import(`./UnStockPage-De-ahqD8.js`), …)``. Relative to this module, which sits
 * in the same folder as every chunk (assets/).
 */
export function declaredUrl(importer: () => unknown, base = import.meta.url): string | undefined {
  const spec = /\bimport\(\s*[`'"]([^`'"]+)[`'"]\s*\)/.exec(String(importer))?.[1];
  if (!spec) return undefined;
  try {
    return new URL(spec, base).href;
  } catch {
    return undefined;
  }
}

/** The script URL a failed import names ("Failed to fetch dynamically imported module: …"). */
export function urlIn(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : '';
  const url = /\bhttps?:\/\/[^\s'"`]+?\.m?[jt]sx?\b/.exec(message)?.[0];
  return url;
}

function withQuery(url: string, name: string, value: string): string {
  const fresh = new URL(url);
  fresh.searchParams.set(name, value);
  return fresh.href;
}

/** The chunk's path under the site, as a reader (or a server log) names it. */
export function chunkFile(url: string, base = siteBase()): string {
  const bare = url.split(/[?#]/)[0]!;
  return base && bare.startsWith(base) ? bare.slice(base.length) : bare;
}

function siteBase(): string | undefined {
  return typeof document === 'undefined' ? undefined : new URL('.', document.baseURI).href;
}

const offline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

/**
 * Why the import of `url` failed: a timeout or an offline browser is plain; otherwise the file is
 * asked for once more, past every cache, and its answer says whether the site still has it.
 */
export async function diagnose(
  error: unknown,
  url: string | undefined,
  timeoutMs = CHUNK_TIMEOUT_MS,
): Promise<ChunkError> {
  const file = url ? chunkFile(url) : undefined;
  if (error === TIMED_OUT) return new ChunkError('timeout', file);
  if (offline()) return new ChunkError('offline', file, undefined, error);
  if (!url) return new ChunkError('unknown', file, undefined, error);
  let response: Response;
  try {
    response = await withTimeout(fetch(url, { cache: 'no-store' }), timeoutMs);
  } catch (fetchError) {
    if (fetchError === TIMED_OUT) return new ChunkError('timeout', file);
    return new ChunkError(offline() ? 'offline' : 'unreachable', file, undefined, error);
  }
  void response.body?.cancel();
  // A hashed file that is gone, or a host that answers every path with its page: the chunks of
  // the open page were replaced by a newer build.
  const html = /text\/html/i.test(response.headers.get('content-type') ?? '');
  if (response.status === 404 || response.status === 410 || (response.ok && html))
    return new ChunkError('redeployed', file, response.ok ? undefined : response.status, error);
  if (!response.ok) return new ChunkError('http', file, response.status, error);
  return new ChunkError('damaged', file, undefined, error);
}
