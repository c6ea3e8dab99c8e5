import { useQuery, type QueryClient } from '@tanstack/react-query';
import { Component, type ReactNode } from 'react';
import { loadLaterMessages, t } from '../i18n/i18n.ts';
import { CHUNK_TIMEOUT_MS, ChunkError, type Chunk } from '../lib/chunk.ts';
import { ErrorNotice } from './ErrorNotice.tsx';
import { Loading } from './Loading.tsx';

/**
 * Code loaded on demand (src/lib/chunk.ts) as a query, like a data file: a chunk that fails or
 * takes too long is an error on its own part of the page, and the same Retry as a data file's
 * loads it again (under a fresh URL). With the part come the English messages only lazily loaded
 * parts show (src/i18n/i18n.ts), which it renders with.
 */
export const codeQuery = <M,>(part: Chunk<M>) =>
  ({
    queryKey: ['code', part.name],
    queryFn: () => Promise.all([part.load(), loadLaterMessages()]).then(([module]) => module),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    // Asked for offline too, so the reader is told they are offline rather than kept waiting
    // (back online, ErrorNotice asks again).
    networkMode: 'always',
    // A module is kept as it came, never merged with another.
    structuralSharing: false,
  }) as const;

/** Starts loading a part's code before it is shown (a failure waits in the cache for the part). */
export function prefetchCode<M>(client: QueryClient, part: Chunk<M>): Promise<void> {
  return client.prefetchQuery(codeQuery(part));
}

/** What a reader is told about code that did not load, in their language. */
export function codeErrorText(error: unknown): string {
  if (!(error instanceof ChunkError)) {
    return t('error.codeUnknown', { message: error instanceof Error ? error.message : '' });
  }
  const file = error.file ?? '';
  switch (error.failure) {
    case 'offline':
      return t('error.codeOffline', { file });
    case 'unreachable':
      return t('error.codeUnreachable', { file });
    case 'redeployed':
      return t('error.codeRedeployed', { file });
    case 'http':
      return t('error.codeHttp', { file, status: error.status ?? '' });
    case 'damaged':
      return t('error.codeDamaged', { file });
    case 'timeout':
      return t('error.codeTimeout', { file, seconds: CHUNK_TIMEOUT_MS / 1000 });
    case 'unknown': {
      const cause = error.cause instanceof Error ? error.cause.message : error.message;
      return t('error.codeUnknown', { message: cause });
    }
  }
}

/** The error of a part whose code did not load: Retry, or Reload when the site was redeployed. */
export function CodeError({
  error,
  title,
  message,
}: {
  error: unknown;
  title?: string | undefined;
  /** What the reader is told, if more than `codeErrorText(error)`. */
  message?: string | undefined;
}) {
  const redeployed = error instanceof ChunkError && error.failure === 'redeployed';
  return (
    <ErrorNotice
      title={title ?? t('error.code')}
      message={message ?? codeErrorText(error)}
      action={redeployed ? 'reload' : 'retry'}
    />
  );
}

/**
 * A part of the page whose code loads on demand: `fallback` (a Loading line unless given) while
 * it comes, its error with Retry if it fails, and `children(module)` once here, behind a boundary
 * so that the part failing as it draws fails alone too.
 */
export function CodePart<M>({
  part,
  title,
  fallback,
  children,
}: {
  part: Chunk<M>;
  /** What failed, for the error's heading (by default "This part of the page…"). */
  title?: string | undefined;
  fallback?: ReactNode;
  children: (module: M) => ReactNode;
}) {
  const query = useQuery(codeQuery(part));
  if (query.isError) return <CodeError error={query.error} title={title} />;
  if (query.data === undefined) return fallback ?? <Loading label={t('loading.view')} />;
  return <PartBoundary title={title}>{children(query.data)}</PartBoundary>;
}

interface BoundaryState {
  error?: Error | undefined;
}

/**
 * An error thrown while a part draws stays in that part: it shows the error with a Retry that
 * draws it again, and the header, navigation and other parts stay.
 */
export class PartBoundary extends Component<
  {
    title?: string | undefined;
    /** What holds the error in place of the part (a card's frame); the error alone if absent. */
    frame?: ((notice: ReactNode) => ReactNode) | undefined;
    children: ReactNode;
  },
  BoundaryState
> {
  override state: BoundaryState = {};

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const notice = (
      <ErrorNotice
        title={this.props.title ?? t('error.code')}
        message={t('error.part', { message: error.message })}
        onRetry={() => this.setState({ error: undefined })}
      />
    );
    return this.props.frame ? this.props.frame(notice) : notice;
  }
}
