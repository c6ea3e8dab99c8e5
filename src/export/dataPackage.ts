import { strToU8, zipSync } from 'fflate';
import { shortCitation } from '../data/citations.ts';
import { columnByName, timeColumn, valueLabel } from '../data/labels.ts';
import type { DatasetMeta } from '../data/metadataSchema.ts';
import { t } from '../i18n/i18n.ts';
import { readCsvRecords } from '../data/csvRecords.ts';
import { bibtex, citedWorks, ris } from './citeThis.ts';
import {
  dataPackageDescriptor,
  descriptorJson,
  looseResource,
  tableResource,
  type TableResource,
} from './frictionless.ts';

export interface DataPackageInput {
  csv: string;
  csvName: string;
  meta: DatasetMeta;
  filters: Readonly<Record<string, readonly string[]>>;
  time?: readonly [number, number];
  viewUrl: string;
  downloadedAt: Date;
  rows: number;
}

/**
 * A zip that stands on its own, after Our World in Data's data packages: the CSV, the dataset's
 * metadata whole (with full citations) plus what this download selected, and a README a person
 * can read without the dashboard.
 */
export function dataPackage(input: DataPackageInput): Uint8Array {
  const metadata = {
    ...input.meta,
    download: {
      filters: input.filters,
      time: input.time ?? null,
      viewUrl: input.viewUrl,
      downloadedAt: input.downloadedAt.toISOString(),
      rows: input.rows,
      file: input.csvName,
    },
  };
  return zipSync(
    {
      [input.csvName]: strToU8(input.csv),
      'metadata.json': strToU8(`${JSON.stringify(metadata, null, 2)}\n`),
      'datapackage.json': strToU8(
        packageJson(
          [
            tableResource({
              meta: input.meta,
              path: input.csvName,
              termsPath: 'metadata.json',
              ...csvShape(input.csv),
            }),
          ],
          input.meta.id,
          input.viewUrl,
          input.downloadedAt,
        ),
      ),
      ...citationFiles(
        [{ meta: input.meta, sources: input.meta.sources }],
        input.meta.title,
        input.viewUrl,
        input.downloadedAt,
      ),
      'README.md': strToU8(readme(input)),
    },
    // The download time, not the zip's: the same download gives the same bytes.
    { mtime: input.downloadedAt },
  );
}

function readme(input: DataPackageInput): string {
  const { meta } = input;
  const list = (items: string[]) =>
    items.length > 0 ? items.map((item) => `- ${item}`).join('\n') : t('export.none');
  return t('export.readme', {
    title: meta.title,
    description: meta.description,
    file: input.csvName,
    rows: input.rows,
    filters: describeFilters(input.filters, input.time, input.meta) || t('export.none'),
    referencePeriod: meta.referencePeriod,
    viewUrl: input.viewUrl,
    downloadedAt: input.downloadedAt.toISOString(),
    citations: list(meta.sources.map((s) => `${shortCitation(s)}: ${s.citation}`)),
    license: meta.license,
    caveats: list(meta.caveats),
  });
}

/**
 * "Year: 2022–2023; Sex: Women", in the metadata's own labels (the filter's name and values as
 * they are, without a dataset to name them): the data package's README and the Excel citation.
 */
export function describeFilters(
  filters: Readonly<Record<string, readonly string[]>>,
  time: readonly [number, number] | undefined,
  meta?: DatasetMeta,
): string {
  const parts: string[] = [];
  if (time) {
    const [from, to] = time;
    const range = from === to ? String(from) : `${from}–${to}`;
    const label = meta && timeColumn(meta)?.label;
    parts.push(label ? `${label}: ${range}` : range);
  }
  for (const [name, values] of Object.entries(filters)) {
    const column = meta && columnByName(meta, name);
    const shown = values.map((v) => valueLabel(column, v)).join(', ') || t('export.none');
    parts.push(`${column?.label ?? name}: ${shown}`);
  }
  return parts.join('; ');
}

export interface ViewPackageInput {
  /** What the view shows, in words: the README's title and first paragraph. */
  title: string;
  description: string;
  /** The CSVs in the zip: the view's own, or each dataset's whole table (with its `meta`). */
  files: { name: string; csv: string; rows: number; meta?: DatasetMeta }[];
  /** Every dataset the figures come from, with its full metadata and citations. */
  metas: readonly DatasetMeta[];
  filters: Readonly<Record<string, readonly string[]>>;
  viewUrl: string;
  downloadedAt: Date;
}

/**
 * The data package of a view drawn from several datasets (the compare view): the CSVs, every
 * dataset's metadata whole, and a README citing each, so the zip stands on its own like a single
 * dataset's package.
 */
export function viewPackage(input: ViewPackageInput): Uint8Array {
  const metadata = {
    title: input.title,
    description: input.description,
    datasets: input.metas,
    download: {
      filters: input.filters,
      viewUrl: input.viewUrl,
      downloadedAt: input.downloadedAt.toISOString(),
      files: input.files.map((f) => ({ file: f.name, rows: f.rows })),
    },
  };
  return zipSync(
    {
      ...Object.fromEntries(input.files.map((f) => [f.name, strToU8(f.csv)])),
      'metadata.json': strToU8(`${JSON.stringify(metadata, null, 2)}\n`),
      'datapackage.json': strToU8(
        packageJson(
          input.files.map((f) =>
            f.meta
              ? tableResource({
                  meta: f.meta,
                  path: f.name,
                  termsPath: 'metadata.json',
                  ...csvShape(f.csv),
                })
              : looseResource({
                  name: resourceName(f.name),
                  path: f.name,
                  title: input.title,
                  metas: input.metas,
                  termsPath: 'metadata.json',
                  ...csvShape(f.csv),
                }),
          ),
          resourceName(input.files[0]?.name ?? 'data'),
          input.viewUrl,
          input.downloadedAt,
        ),
      ),
      ...citationFiles(
        input.metas.map((meta) => ({ meta, sources: meta.sources })),
        input.title,
        input.viewUrl,
        input.downloadedAt,
      ),
      'README.md': strToU8(viewReadme(input)),
    },
    { mtime: input.downloadedAt },
  );
}

function viewReadme(input: ViewPackageInput): string {
  const list = (items: string[]) =>
    items.length > 0 ? items.map((item) => `- ${item}`).join('\n') : t('export.none');
  const perDataset = (what: (meta: DatasetMeta) => string[]) =>
    input.metas
      .map((meta) => `### ${meta.title} (\`${meta.id}\`)\n\n${list(what(meta))}`)
      .join('\n\n');
  return t('export.viewReadme', {
    title: input.title,
    description: input.description,
    files: list(input.files.map((f) => t('export.viewReadmeFile', { file: f.name, rows: f.rows }))),
    filters:
      Object.entries(input.filters)
        .map(([name, values]) => `${name}: ${values.join(', ')}`)
        .join('; ') || t('export.none'),
    viewUrl: input.viewUrl,
    downloadedAt: input.downloadedAt.toISOString(),
    citations: perDataset((m) => m.sources.map((s) => `${shortCitation(s)}: ${s.citation}`)),
    licenses: list(input.metas.map((m) => `${m.title}: ${m.license}`)),
    caveats: perDataset((m) => m.caveats),
  });
}

/**
 * The zip's Frictionless `datapackage.json`, so the Python and R frictionless readers load the
 * CSV typed, with its sources and licence. Named after the first file, titled after its first
 * resource.
 */
function packageJson(
  resources: TableResource[],
  name: string,
  viewUrl: string,
  downloadedAt: Date,
): string {
  return descriptorJson(
    dataPackageDescriptor({
      name,
      title: resources[0]?.title ?? name,
      homepage: viewUrl,
      created: downloadedAt,
      resources,
    }),
  );
}

/**
 * A CSV's header, in order, and each column's cells as written, read as a reader would (the
 * RFC 4180 reader the dataset checks use; Arquero's CSV parser would follow the export code
 * into the chunk the page shares with the data worker).
 */
function csvShape(csv: string) {
  const { header, rows } = readCsvRecords(csv);
  return {
    header,
    valuesOf: (name: string) => {
      const at = header.indexOf(name);
      return at < 0 ? undefined : rows.map((row) => row[at]);
    },
  };
}

/** A file name as a resource or package name: lower case, digits, `-`, `_` and `.`. */
function resourceName(file: string): string {
  return (
    file
      .replace(/\.csv$/, '')
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-') || 'data'
  );
}

/**
 * The package's references ready to import: every source of the data, then the view it was
 * downloaded from (accessed at the download), as BibTeX and RIS.
 */
function citationFiles(
  datasets: Parameters<typeof citedWorks>[0],
  title: string,
  viewUrl: string,
  downloadedAt: Date,
): Record<string, Uint8Array> {
  const works = citedWorks(datasets, { title, url: viewUrl, accessed: downloadedAt });
  return { 'citation.bib': strToU8(bibtex(works)), 'citation.ris': strToU8(ris(works)) };
}
