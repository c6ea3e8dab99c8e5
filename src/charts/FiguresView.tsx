import { shortCitation, sourceById } from '../data/citations.ts';
import { columnByName, valueLabel } from '../data/labels.ts';
import type { DatasetMeta } from '../data/metadataSchema.ts';
import { formatFigure } from '../model/formatFigure.ts';
import { rowTextInEnglish, type Observation } from '../model/observations.ts';
import { LocalText } from '../ui/LocalText.tsx';

/** Single figures, one card each: what, how many (with the source's own qualifier), when, whose. */
export function FiguresView({
  observations,
  meta,
}: {
  observations: Observation[];
  meta: DatasetMeta;
}) {
  const labelColumn = meta.columns.find((c) => c.role === 'dimension' && !c.time);
  return (
    <ul className="figures">
      {observations.map((o, i) => {
        const source = o.sourceId ? sourceById(meta, o.sourceId) : undefined;
        return (
          <li key={i} className="figure">
            <span className="figure-label">
              {labelColumn
                ? valueLabel(columnByName(meta, labelColumn.name), o.dims[labelColumn.name])
                : ''}
            </span>
            <span className="figure-value">{formatFigure(o.value, o.qualifier)}</span>
            <span className="figure-unit">
              <LocalText text={o.unit} english={rowTextInEnglish(o, 'unit')} />
            </span>
            {o.period ? (
              <span className="figure-period">
                <LocalText text={o.period} english={rowTextInEnglish(o, 'period')} />
              </span>
            ) : null}
            {source ? <span className="figure-source">{shortCitation(source)}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
