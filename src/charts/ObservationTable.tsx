import { Fragment } from 'react';
import { shortCitation, sourceById } from '../data/citations.ts';
import { columnByName, valueLabel } from '../data/labels.ts';
import type { DatasetMeta } from '../data/metadataSchema.ts';
import { t } from '../i18n/i18n.ts';
import { formatFigure } from '../model/formatFigure.ts';
import { rowTextInEnglish, type Observation } from '../model/observations.ts';
import type { Change } from '../views/dataset/model/yearOnYear.ts';
import { formatDerived } from '../i18n/format.ts';
import { LocalText } from '../ui/LocalText.tsx';
import { ScrollRegion } from '../ui/ScrollRegion.tsx';
import { useSortedRows, type SortColumn } from '../ui/sortableTable.tsx';

/**
 * The rows behind a chart, exactly as plotted, for screen readers and for reading off values.
 * Each heading is a button that sorts by its column (again: the other way), with `aria-sort`
 * saying how the table is sorted.
 */
export function ObservationTable({
  observations,
  meta,
  changes,
}: {
  observations: Observation[];
  meta: DatasetMeta;
  /** Year-on-year changes (derived) of the figures on the drawn lines. */
  changes?: Map<Observation, Change> | undefined;
}) {
  const dims = meta.columns.filter((c) => c.role === 'dimension');
  const has = (pick: (o: Observation) => unknown) =>
    observations.some((o) => pick(o) !== undefined);
  const showPeriod = has((o) => o.period);
  const showNote = has((o) => o.note ?? o.status ?? o.derived ?? o.flag);
  const flagColumn = meta.columns.find((c) => c.role === 'flag');
  const showChange = changes !== undefined && changes.size > 0;
  const columns: SortColumn<Observation>[] = [
    ...dims.map((c) => ({
      key: `dim:${c.name}`,
      label: c.label,
      sortValue: (o: Observation) =>
        c.time ? o.time : valueLabel(columnByName(meta, c.name), o.dims[c.name]),
    })),
    ...(showPeriod
      ? [{ key: 'period', label: t('table.period'), sortValue: (o: Observation) => o.period }]
      : []),
    { key: 'value', label: t('table.value'), sortValue: (o) => o.value ?? undefined },
    { key: 'unit', label: t('table.unit'), sortValue: (o) => o.unit },
    ...(showChange
      ? [
          {
            key: 'change',
            label: t('table.change'),
            title: t('table.changeHow'),
            sortValue: (o: Observation) => changes.get(o)?.change,
          },
          {
            key: 'changePct',
            label: t('table.changePct'),
            title: t('table.changeHow'),
            sortValue: (o: Observation) => changes.get(o)?.percent ?? undefined,
          },
        ]
      : []),
    {
      key: 'source',
      label: t('table.source'),
      sortValue: (o) => {
        const source = o.sourceId ? sourceById(meta, o.sourceId) : undefined;
        return source ? shortCitation(source) : undefined;
      },
    },
    ...(showNote
      ? [
          {
            key: 'note',
            label: t('table.note'),
            sortValue: (o: Observation) =>
              [o.flag ? valueLabel(flagColumn, o.flag) : undefined, o.note, o.status, o.derived]
                .filter(Boolean)
                .join('; '),
          },
        ]
      : []),
  ];
  const { sorted: rows, headings } = useSortedRows(observations, columns);
  const position = new Map(observations.map((o, i) => [o, i]));
  return (
    <ScrollRegion label={t('chart.tableCaption', { title: meta.title })}>
      <table className="data-table">
        <caption>{t('chart.tableCaption', { title: meta.title })}</caption>
        <thead>{headings}</thead>
        <tbody>
          {rows.map((o) => {
            const source = o.sourceId ? sourceById(meta, o.sourceId) : undefined;
            return (
              <tr key={position.get(o)}>
                {dims.map((c) => (
                  <td key={c.name}>
                    {c.time ? o.time : valueLabel(columnByName(meta, c.name), o.dims[c.name])}
                  </td>
                ))}
                {showPeriod ? (
                  <td>
                    {o.period ? (
                      <LocalText text={o.period} english={rowTextInEnglish(o, 'period')} />
                    ) : null}
                  </td>
                ) : null}
                <td className="num">
                  {formatFigure(o.value, o.derived ? undefined : o.qualifier)}
                  {o.derived ? ` (${t('chart.derived')})` : ''}
                </td>
                <td>
                  <LocalText text={o.unit} english={rowTextInEnglish(o, 'unit')} />
                </td>
                {showChange ? <ChangeCells change={changes.get(o)} /> : null}
                <td>{source ? shortCitation(source) : ''}</td>
                {showNote ? (
                  <td>
                    {[
                      o.flag ? valueLabel(flagColumn, o.flag) : undefined,
                      o.note ? (
                        <LocalText text={o.note} english={rowTextInEnglish(o, 'note')} />
                      ) : undefined,
                      o.status ? (
                        <LocalText text={o.status} english={rowTextInEnglish(o, 'status')} />
                      ) : undefined,
                      o.derived,
                    ]
                      .filter(Boolean)
                      .map((part, k) => (
                        <Fragment key={k}>
                          {k > 0 ? '; ' : null}
                          {part}
                        </Fragment>
                      ))}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function ChangeCells({ change }: { change: Change | undefined }) {
  if (!change) {
    return (
      <>
        <td />
        <td />
      </>
    );
  }
  return (
    <>
      <td className="num derived">
        {change.points
          ? t('table.changePoints', {
              change: formatDerived(change.change, undefined, {
                signed: true,
                digits: change.digits,
              }),
            })
          : formatDerived(change.change, undefined, { signed: true, digits: change.digits })}
      </td>
      <td className="num derived">
        {change.percent === null
          ? ''
          : `${formatDerived(change.percent, undefined, { signed: true })} %`}
      </td>
    </>
  );
}
