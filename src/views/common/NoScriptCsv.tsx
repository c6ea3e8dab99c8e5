import type { ReactNode } from 'react';
import type { DatasetMeta } from '../../data/metadataSchema.ts';
import { t } from '../../i18n/i18n.ts';
import { useViewStore } from '../../state/viewStore.ts';

/**
 * Without scripts the downloads cannot be made (they are written in the browser): the CSV file
 * of each dataset a view shows is a link away instead, named by its title where there are several.
 */
export function NoScriptCsv({ metas }: { metas: readonly DatasetMeta[] }) {
  const root = useViewStore((s) => s.root);
  const link = (meta: DatasetMeta) => (
    <a href={`${root}data/${meta.file}`}>
      {t('chart.csvFile')}
      {metas.length > 1 ? `: ${meta.title}` : ''}
    </a>
  );
  return (
    <noscript>
      {metas.length === 1 ? (
        <p>{link(metas[0]!)}</p>
      ) : (
        <ul className="csv-files">
          {metas.map((meta) => (
            <li key={meta.id}>{link(meta)}</li>
          ))}
        </ul>
      )}
    </noscript>
  );
}

/**
 * `children` only without scripts `when` asked (an embed's table, where its chart stands alone:
 * without scripts there is no chart, and the table says its figures), else always.
 */
export function WithoutScripts({ when, children }: { when: boolean; children: ReactNode }) {
  return when ? <noscript>{children}</noscript> : children;
}
