import type { Plugin } from 'vite';

/**
 * The first view in as few files as the worker allows: everything the page's entry runs at start
 * goes into the entry chunk, and what the page shares with the data worker (Arquero, the view
 * queries) into one `data` chunk the two import. Left to itself, Rolldown cuts the code the
 * entry shares with lazily loaded views into a chunk per combination of users: the first view
 * was 27 files, and each file is compressed on its own, which cost ~7 kB gzip over one file.
 * The lazy views then import what they need from these two chunks.
 *
 * The worker's code is kept out of the entry chunk: a worker importing it would run the page's
 * start-up (React, the store) in the worker. Only modules the first view really runs are taken
 * (`$initial`): a module reached only through a library's index file stays with the view that
 * uses it.
 *
 * Only for a build of one page with a script: pages built together (the Parquet benchmark's,
 * tests/perf) would otherwise share one entry chunk, and each page would run every page's code.
 */
export function firstViewChunk(): Plugin {
  /** Modules reached by static imports from the HTML entry, and from the worker's. */
  const page = new Set<string>();
  const worker = new Set<string>();
  let pages = 0;
  return {
    name: 'first-view-chunk',
    apply: 'build',
    buildEnd() {
      const collect = (from: string, into: Set<string>, lazy: boolean) => {
        const stack = [from];
        while (stack.length > 0) {
          const id = stack.pop()!;
          if (into.has(id)) continue;
          into.add(id);
          const info = this.getModuleInfo(id);
          stack.push(...(info?.importedIds ?? []));
          if (lazy) stack.push(...(info?.dynamicallyImportedIds ?? []));
        }
      };
      for (const id of this.getModuleIds()) {
        // The HTML page's script (what it runs at start), and chunks emitted as entries (the
        // worker: workerInMainGraph) with what they load later too: a module the worker's lazy
        // code shares with the page must sit in `data`, never in the entry chunk, which the
        // worker cannot import.
        if (this.getModuleInfo(id)?.isEntry) {
          if (id.endsWith('.html')) collect(id, page, false);
          else collect(id, worker, true);
        }
        const info = this.getModuleInfo(id);
        // A page that runs a script (a blank page runs none).
        if (info?.isEntry && id.endsWith('.html') && info.importedIds.length > 0) pages++;
      }
    },
    outputOptions(options) {
      return {
        ...options,
        codeSplitting: {
          groups: [
            {
              name: 'data',
              tags: ['$initial'],
              test: (id: string) => pages === 1 && page.has(id) && worker.has(id),
              priority: 2,
            },
            // It holds the entry module, so it is the entry chunk itself, not a file beside it.
            {
              name: 'index',
              tags: ['$initial'],
              test: (id: string) => pages === 1 && page.has(id),
              priority: 1,
            },
          ],
        },
      };
    },
  };
}
