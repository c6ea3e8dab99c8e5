import path from 'node:path';
import type { Plugin } from 'vite';

const PREFIX = 'worker-url:';
const RESOLVED = '\0worker-url:';

/**
 * `import url from 'worker-url:./someWorker.ts'` gives the URL of a module worker built as an
 * entry of the page's own bundle (Rollup's emitted chunk), not as a bundle of its own as Vite's
 * `new Worker(new URL(…))` does: the libraries it shares with the page (Arquero) are then one
 * chunk, downloaded once, instead of a second copy inside the worker's file. Start it with
 * `new Worker(url, { type: 'module' })`. In the dev server the URL is the source module's.
 */
export function workerInMainGraph(): Plugin {
  let root = '';
  let serve = false;
  return {
    name: 'worker-in-main-graph',
    configResolved(config) {
      root = config.root;
      serve = config.command === 'serve';
    },
    resolveId(source, importer) {
      if (!source.startsWith(PREFIX) || !importer) return null;
      return RESOLVED + path.resolve(path.dirname(importer), source.slice(PREFIX.length));
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const file = id.slice(RESOLVED.length);
      if (serve) {
        const url = `/${path.relative(root, file).split(path.sep).join('/')}`;
        return `export default new URL(${JSON.stringify(url)}, location.origin).href;`;
      }
      const reference = this.emitFile({ type: 'chunk', id: file });
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
  };
}
