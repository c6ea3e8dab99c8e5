import { createReadStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { DatasetError } from '../data/datasetError.ts';
import { catalogueFile } from './dataPackageFile.ts';
import { prebuildDatasets } from './prebuildData.ts';

/**
 * Serves the top-level `data/` folder at `/data/` (dev server) and copies it into the build, with a
 * generated `index.json` listing every `*.meta.json` and a Frictionless `datapackage.json` of the CSVs. That listing is what lets a new dataset appear
 * without a code change: drop `<id>.csv` and `<id>.meta.json` into `data/`.
 *
 * The build checks every dataset once and ships it as Arrow with one catalogue of metadata
 * (prebuildData.ts); the dev server serves the files as they are, checked in the browser.
 */

const SAFE_FILE = /^[a-z0-9][a-z0-9-]*\.(csv|meta\.json)$/;

export function listMetadataFiles(dataDir: string): string[] {
  return readdirSync(dataDir)
    .filter((name) => name.endsWith('.meta.json') && SAFE_FILE.test(name))
    .sort();
}

export function catalogJson(dataDir: string): string {
  return JSON.stringify({ datasets: listMetadataFiles(dataDir) }, null, 2);
}

const CONTENT_TYPES: Record<string, string> = {
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

export function dataDirPlugin(dataDir: string): Plugin {
  return {
    name: 'data-dir',
    configureServer(server) {
      server.middlewares.use('/data', (req, res, next) => {
        const name = decodeURIComponent((req.url ?? '').split('?')[0] ?? '').replace(/^\//, '');
        if (name === 'index.json') {
          res.setHeader('Content-Type', CONTENT_TYPES['.json']!);
          res.end(catalogJson(dataDir));
          return;
        }
        if (name === 'datapackage.json') {
          res.setHeader('Content-Type', CONTENT_TYPES['.json']!);
          res.end(catalogueFile(dataDir, listMetadataFiles(dataDir), true));
          return;
        }
        const file = path.join(dataDir, name);
        if (!SAFE_FILE.test(name) || !existsSync(file)) return next();
        res.setHeader('Content-Type', CONTENT_TYPES[path.extname(name)] ?? 'text/plain');
        createReadStream(file).pipe(res);
      });
    },
    generateBundle() {
      let built;
      try {
        built = prebuildDatasets(dataDir, listMetadataFiles(dataDir));
      } catch (error) {
        // The dataset's own message (file, row, column) is the build's error.
        if (error instanceof DatasetError) this.error(`Broken dataset: ${error.message}`);
        throw error;
      }
      for (const { fileName, source } of built) {
        this.emitFile({ type: 'asset', fileName: `data/${fileName}`, source });
      }
      // The Frictionless catalogue of the CSVs, at a stable address beside them.
      this.emitFile({
        type: 'asset',
        fileName: 'data/datapackage.json',
        source: catalogueFile(dataDir, listMetadataFiles(dataDir)),
      });
      for (const name of readdirSync(dataDir).filter((n) => SAFE_FILE.test(n))) {
        this.emitFile({
          type: 'asset',
          fileName: `data/${name}`,
          source: readFileSync(path.join(dataDir, name)),
        });
      }
    },
  };
}
