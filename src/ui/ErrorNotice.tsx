import { useIsFetching, useQueryClient, type Query } from '@tanstack/react-query';
import { t } from '../i18n/i18n';

interface ErrorNoticeProps {
  title: string;
  message: string;
}

const failed = (query: Query) => query.state.status === 'error';

/**
 * A visible, announced error: what failed, and the file, row and column where known, with a
 * Retry that loads again every file that failed (a network fault rarely hits one file alone).
 */
export function ErrorNotice({ title, message }: ErrorNoticeProps) {
  const client = useQueryClient();
  const retrying = useIsFetching({ predicate: failed }) > 0;
  return (
    <div className="error" role="alert">
      <strong>{title}</strong>
      <p>{message}</p>
      <button
        type="button"
        className="retry"
        disabled={retrying}
        onClick={() => void client.refetchQueries({ predicate: failed })}
      >
        {t(retrying ? 'error.retrying' : 'error.retry')}
      </button>
    </div>
  );
}
