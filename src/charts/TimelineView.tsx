import { shortCitation, sourceAnchor, sourceById } from '../data/citations.ts';
import { columnByName, columnsWithRole, localValue, valueLabel } from '../data/labels.ts';
import type { ColumnMeta, DatasetMeta } from '../data/metadataSchema.ts';
import { countryName } from '../i18n/countryName.ts';
import { formatDateOrSpan } from '../i18n/dateSpan.ts';
import { t } from '../i18n/i18n.ts';
import { LocalText } from '../ui/LocalText.tsx';

/**
 * Events in date order: when, which organisation, what kind, what happened, who took part (as
 * the source lists them), the caveat where sources disagree, and the source.
 */
export function TimelineView({
  rows,
  meta,
}: {
  rows: Record<string, unknown>[];
  meta: DatasetMeta;
}) {
  const period = columnsWithRole(meta, 'period')[0]?.name ?? 'date';
  const dimensions = meta.columns.filter((c) => c.role === 'dimension' && !c.time);
  const notes = columnsWithRole(meta, 'note');
  const source = columnsWithRole(meta, 'source')[0]?.name;
  const sorted = [...rows].sort((a, b) => String(a[period]).localeCompare(String(b[period])));
  return (
    <ol className="timeline">
      {sorted.map((row, i) => {
        const cited = source ? sourceById(meta, String(row[source])) : meta.sources[0];
        return (
          <li key={i} className="timeline-event">
            <time dateTime={String(row[period])}>{formatDateOrSpan(String(row[period]))}</time>
            <div className="timeline-body">
              <p className="timeline-tags">
                {dimensions.map((c) => valueLabel(c, row[c.name])).join(' · ')}
              </p>
              {notes.map((c) =>
                row[c.name] === null || row[c.name] === undefined ? null : (
                  <p key={c.name} className={`timeline-${c.name}`}>
                    {c.name === 'parties' ? (
                      <>
                        {c.label}: {partyNames(String(row[c.name]))}
                      </>
                    ) : c.name === 'caveat' ? (
                      <>
                        <strong>{columnByName(meta, c.name)?.label}:</strong>{' '}
                        <Shown meta={meta} column={c} value={row[c.name]} />
                      </>
                    ) : (
                      <Shown meta={meta} column={c} value={row[c.name]} />
                    )}
                  </p>
                ),
              )}
              {cited ? (
                <p className="source-line">
                  {t('chart.sourcePrefix')}{' '}
                  <a href={`#${sourceAnchor(meta.id, cited.id)}`}>{shortCitation(cited)}</a>
                </p>
              ) : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}

/** A cell's text in the reader's language, or its English marked "(in English)". */
function Shown({ meta, column, value }: { meta: DatasetMeta; column: ColumnMeta; value: unknown }) {
  const { text, english } = localValue(meta, column, value);
  return <LocalText text={text} english={english} />;
}

function partyNames(codes: string): string {
  return codes
    .split(/\s+/)
    .filter(Boolean)
    .map((code) => countryName(code) ?? code)
    .join(', ');
}
