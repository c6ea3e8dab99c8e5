import { strToU8, zipSync } from 'fflate';
import { shortCitation } from '../data/citations';
import type { DatasetMeta } from '../data/metadataSchema';
import { formatNumber } from '../i18n/format';
import { t } from '../i18n/i18n';

export interface ViewPackageInput {
  /** What the view shows, in words: the README's title and first paragraph. */
  title: string;
  description: string;
  /** The CSVs in the zip: the view's own, or each dataset's whole table. */
  files: { name: string; csv: string; rows: number }[];
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
    files: list(
      input.files.map((f) =>
        t('export.viewReadmeFile', { file: f.name, rows: formatNumber(f.rows) }),
      ),
    ),
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
