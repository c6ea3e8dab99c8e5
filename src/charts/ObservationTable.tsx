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

/** The rows behind a chart, exactly as plotted, for screen readers and for reading off values. */
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
  return (
    <ScrollRegion label={t('chart.tableCaption', { title: meta.title })}>
      <table className="data-table">
        <caption>{t('chart.tableCaption', { title: meta.title })}</caption>
        <thead>
          <tr>
            {dims.map((c) => (
              <th key={c.name} scope="col">
                {c.label}
              </th>
            ))}
            {showPeriod ? <th scope="col">{t('table.period')}</th> : null}
            <th scope="col">{t('table.value')}</th>
            <th scope="col">{t('table.unit')}</th>
            {showChange ? (
              <>
                <th scope="col" title={t('table.changeHow')}>
                  {t('table.change')}
                </th>
                <th scope="col" title={t('table.changeHow')}>
                  {t('table.changePct')}
                </th>
              </>
            ) : null}
            <th scope="col">{t('table.source')}</th>
            {showNote ? <th scope="col">{t('table.note')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {observations.map((o, i) => {
            const source = o.sourceId ? sourceById(meta, o.sourceId) : undefined;
            return (
              <tr key={i}>
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
