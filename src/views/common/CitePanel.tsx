import { useId, useMemo, useRef, useState } from 'react';
import { saveBlob } from '../../export/chartImage.ts';
import { apaText, bibtex, citedWorks, ris, yearsBySource } from '../../export/citeThis.ts';
import { downloadFileName } from '../../export/fileName.ts';
import type { DatasetMeta, SourceMeta } from '../../data/metadataSchema.ts';
import { t } from '../../i18n/i18n.ts';
import type { Observation } from '../../model/observations.ts';

export interface CitePanelProps {
  /**
   * The datasets the view draws from, with the sources of the figures shown and, where there
   * are, the rows drawn (each source is cited for the years of its figures drawn).
   */
  datasets: readonly {
    meta: DatasetMeta;
    sources: readonly SourceMeta[];
    observations?: readonly Pick<Observation, 'sourceId' | 'time'>[] | undefined;
  }[];
  /** The view's title, as on the page. */
  title: string;
  /** The view's address (urlCodec.ts viewAddress). */
  viewUrl: string;
  /** The period the view's figures refer to, when the datasets' years do not say it. */
  refersTo?: string | undefined;
  /** The first word of the .bib and .ris file names. */
  fileId: string;
}

interface Format {
  label: string;
  text: string;
  file?: { extension: 'bib' | 'ris'; type: string };
}

/**
 * "Cite this": the original sources first (the figures are theirs), then this view, as
 * APA-style text, BibTeX and RIS, each with Copy and (BibTeX, RIS) a file to import. The day
 * the view was opened is its access date.
 */
export function CitePanel({ datasets, title, viewUrl, refersTo, fileId }: CitePanelProps) {
  const [accessed] = useState(() => new Date());
  // What the last Copy or download did, said beside the button pressed.
  const [status, setStatus] = useState({ format: '', text: '' });
  const formats = useMemo((): Format[] => {
    const cited = datasets.map(({ meta, sources, observations }) => ({
      meta,
      sources,
      years: observations ? yearsBySource(observations) : undefined,
    }));
    const works = citedWorks(cited, { title, url: viewUrl, accessed, refersTo });
    return [
      { label: t('cite.apa'), text: apaText(works) },
      {
        label: 'BibTeX',
        text: bibtex(works),
        file: { extension: 'bib', type: 'application/x-bibtex;charset=utf-8' },
      },
      {
        label: t('cite.ris'),
        text: ris(works),
        file: { extension: 'ris', type: 'application/x-research-info-systems;charset=utf-8' },
      },
    ];
  }, [datasets, title, viewUrl, accessed, refersTo]);
  return (
    <div className="cite-panel">
      <p className="cite-intro">{t('cite.intro')}</p>
      {formats.map((format) => (
        <CiteFormat
          key={format.label}
          format={format}
          fileId={fileId}
          status={status.format === format.label ? status.text : ''}
          onStatus={(text) => setStatus({ format: format.label, text })}
        />
      ))}
    </div>
  );
}

function CiteFormat({
  format,
  fileId,
  status,
  onStatus,
}: {
  format: Format;
  fileId: string;
  status: string;
  onStatus: (text: string) => void;
}) {
  const id = useId();
  const box = useRef<HTMLPreElement>(null);
  // Where the Clipboard API is missing or refused (an http page, a denied permission), the text
  // is selected instead, and the reader is told to press Ctrl+C.
  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no Clipboard API');
      await navigator.clipboard.writeText(format.text);
      onStatus(t('cite.copied', { format: format.label }));
    } catch {
      const pre = box.current;
      if (pre) {
        pre.focus();
        window.getSelection()?.selectAllChildren(pre);
      }
      onStatus(t('cite.selected', { format: format.label }));
    }
  };
  const download = (file: NonNullable<Format['file']>) => {
    const name = downloadFileName(fileId, ['citation'], new Date(), file.extension);
    saveBlob(new Blob([format.text], { type: file.type }), name);
    onStatus(t('download.done', { file: name }));
  };
  return (
    <section className="cite-format" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{format.label}</h3>
      {/* Shown with plain line breaks; copied and saved as written (RIS with CRLF). */}
      <pre
        ref={box}
        className="cite-text"
        tabIndex={0}
        role="region"
        aria-label={t('cite.region', { format: format.label })}
        translate="no"
        // The references are English (the titles in them stay as the sources give them).
        lang="en"
      >
        {format.text.replace(/\r\n/g, '\n').trimEnd()}
      </pre>
      <p className="cite-actions">
        <button type="button" aria-describedby={`${id}-title`} onClick={() => void copy()}>
          {t('cite.copy')}
        </button>
        {format.file ? (
          <button type="button" onClick={() => download(format.file!)}>
            {t('cite.download', { extension: format.file.extension })}
          </button>
        ) : null}
        {/* A polite live region in every format, there before its text changes. */}
        <span role="status" className="cite-status">
          {status}
        </span>
      </p>
    </section>
  );
}
