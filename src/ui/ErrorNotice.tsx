import { useIsFetching, useQueryClient, type Query } from '@tanstack/react-query';
import { useEffect } from 'react';
import { t } from '../i18n/i18n.ts';

interface ErrorNoticeProps {
  title: string;
  message: string;
  /**
   * `reload` when only a new page can help (the site was redeployed under it): the button
   * reloads the page instead of retrying.
   */
  action?: 'retry' | 'reload';
  /** Done on Retry besides loading again the files that failed (a part drawn afresh). */
  onRetry?: () => void;
}

const failed = (query: Query) => query.state.status === 'error';

/**
 * A visible, announced error: what failed, and the file, row and column where known, with a
 * Retry that loads again every file that failed (a network fault rarely hits one file alone).
 */
export function ErrorNotice({ title, message, action = 'retry', onRetry }: ErrorNoticeProps) {
  const client = useQueryClient();
  const retrying = useIsFetching({ predicate: failed }) > 0;
  // Back online, what failed is asked for again without waiting for a click (a fetch already
  // under way, from another notice, is kept).
  useEffect(() => {
    if (action !== 'retry') return;
    const reconnected = () =>
      void client.refetchQueries({ predicate: failed }, { cancelRefetch: false });
    window.addEventListener('online', reconnected);
    return () => window.removeEventListener('online', reconnected);
  }, [action, client]);
  return (
    <div className="error" role="alert">
      <strong>{title}</strong>
      <p>{message}</p>
      {action === 'reload' ? (
        <button type="button" className="retry" onClick={() => window.location.reload()}>
          {t('error.reload')}
        </button>
      ) : (
        <button
          type="button"
          className="retry"
          disabled={retrying}
          onClick={() => {
            onRetry?.();
            void client.refetchQueries({ predicate: failed });
          }}
        >
          {t(retrying ? 'error.retrying' : 'error.retry')}
        </button>
      )}
    </div>
  );
}
