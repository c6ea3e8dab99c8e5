import { strToU8, zipSync } from 'fflate';
import { shortCitation } from '../data/citations';
import { columnByName, timeColumn, valueLabel } from '../data/labels';
import type { DatasetMeta } from '../data/metadataSchema';
import { formatNumber } from '../i18n/format';
import { t } from '../i18n/i18n';

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
    rows: formatNumber(input.rows),
    filters: describeFilters(input) || t('export.none'),
    referencePeriod: meta.referencePeriod,
    viewUrl: input.viewUrl,
    downloadedAt: input.downloadedAt.toISOString(),
    citations: list(meta.sources.map((s) => `${shortCitation(s)}: ${s.citation}`)),
    license: meta.license,
    caveats: list(meta.caveats),
  });
}

/** "Year: 2022–2023; Sex: Women", in the metadata's own labels. */
function describeFilters(input: DataPackageInput): string {
  const parts: string[] = [];
  if (input.time) {
    const [from, to] = input.time;
    const range = from === to ? String(from) : `${from}–${to}`;
    const label = timeColumn(input.meta)?.label;
    parts.push(label ? `${label}: ${range}` : range);
  }
  for (const [name, values] of Object.entries(input.filters)) {
    const column = columnByName(input.meta, name);
    const shown = values.map((v) => valueLabel(column, v)).join(', ') || t('export.none');
    parts.push(`${column?.label ?? name}: ${shown}`);
  }
  return parts.join('; ');
}
