import { Fragment, useState } from 'react';
import { shortCitation, sourceById } from '../data/citations.ts';
import { columnByName, valueLabel } from '../data/labels.ts';
import type { DatasetMeta } from '../data/metadataSchema.ts';
import { activeLocale, t } from '../i18n/i18n.ts';
import { formatFigure } from '../model/formatFigure.ts';
import { rowTextInEnglish, type Observation } from '../model/observations.ts';
import type { Change } from '../views/dataset/model/yearOnYear.ts';
import { formatDerived } from '../i18n/format.ts';
import { LocalText } from '../ui/LocalText.tsx';
import { ScrollRegion } from '../ui/ScrollRegion.tsx';

/** What a column sorts by: a number sorts as a number, text in the reader's language. */
type SortValue = number | string | undefined;

interface Column {
  key: string;
  label: string;
  title?: string | undefined;
  sortValue: (o: Observation) => SortValue;
}

type Direction = 'ascending' | 'descending';

/**
 * The rows in the order asked for: numbers by value, text by the reader's language's collation,
 * rows without a value last whichever way; ties keep the order the data gives.
 */
export function sortRows(
  observations: readonly Observation[],
  value: (o: Observation) => SortValue,
  direction: Direction,
  collator: Intl.Collator,
): Observation[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return observations
    .map((o, i) => ({ o, i, v: value(o) }))
    .sort((a, b) => {
      const missingA = a.v === undefined || a.v === '';
      const missingB = b.v === undefined || b.v === '';
      if (missingA || missingB) return missingA === missingB ? a.i - b.i : missingA ? 1 : -1;
      const order =
        typeof a.v === 'number' && typeof b.v === 'number'
          ? a.v - b.v
          : collator.compare(String(a.v), String(b.v));
      return order === 0 ? a.i - b.i : sign * order;
    })
    .map(({ o }) => o);
}

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
  const [sort, setSort] = useState<{ key: string; direction: Direction } | undefined>(undefined);
  const dims = meta.columns.filter((c) => c.role === 'dimension');
  const has = (pick: (o: Observation) => unknown) =>
    observations.some((o) => pick(o) !== undefined);
  const showPeriod = has((o) => o.period);
  const showNote = has((o) => o.note ?? o.status ?? o.derived ?? o.flag);
  const flagColumn = meta.columns.find((c) => c.role === 'flag');
  const showChange = changes !== undefined && changes.size > 0;
  const columns: Column[] = [
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
  const sortedBy = columns.find((c) => c.key === sort?.key);
  const rows =
    sort && sortedBy
      ? sortRows(
          observations,
          sortedBy.sortValue,
          sort.direction,
          new Intl.Collator(activeLocale()),
        )
      : observations;
  const position = new Map(observations.map((o, i) => [o, i]));
  const sortBy = (key: string) =>
    setSort((now) => ({
      key,
      direction: now?.key === key && now.direction === 'ascending' ? 'descending' : 'ascending',
    }));
  return (
    <ScrollRegion label={t('chart.tableCaption', { title: meta.title })}>
      <table className="data-table">
        <caption>{t('chart.tableCaption', { title: meta.title })}</caption>
        <thead>
          <tr>
            {columns.map((c) => {
              const state = sortedBy?.key === c.key ? sort!.direction : 'none';
              return (
                <th key={c.key} scope="col" title={c.title} aria-sort={state}>
                  <button type="button" className="sort-button" onClick={() => sortBy(c.key)}>
                    {c.label}
                    <span aria-hidden="true" className="sort-mark">
                      {state === 'ascending' ? ' ▲' : state === 'descending' ? ' ▼' : ' ↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
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
