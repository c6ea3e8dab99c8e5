import { t } from '../../i18n/i18n.ts';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { DatasetCard } from '../dataset/DatasetCard.tsx';
import type { DatasetEntry } from '../common/useDatasets.ts';

/** Every dataset as a card; a broken one shows its error and the others still render. */
export function Overview({ entries }: { entries: DatasetEntry[] }) {
  return (
    <div className="overview">
      {entries.map((entry) =>
        entry.meta ? (
          <DatasetCard key={entry.file} meta={entry.meta} mode="overview" />
        ) : (
          <article key={entry.file} className="dataset-card" data-file={entry.file}>
            {entry.error ? (
              <ErrorNotice title={t('error.metadata')} message={entry.error.message} />
            ) : (
              <Loading label={t('loading.dataset', { title: entry.file })} />
            )}
          </article>
        ),
      )}
    </div>
  );
}
