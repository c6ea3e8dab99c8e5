import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchText } from '../../../src/data/fetchText';

/**
 * A file's time limit counts the time its thread waited for it, not time the thread spent busy
 * with another file. The clock is the fake one, moved by the test; a busy thread is a clock that
 * jumps while no timer runs, which is what a long parse does to a worker's timers.
 */

/** A fetch the test answers, which fails as a browser's does when it is aborted. */
function pendingFetch() {
  let answer: (body: string) => void = () => {};
  vi.stubGlobal(
    'fetch',
    (_url: string, init: RequestInit) =>
      new Promise<Response>((resolve, reject) => {
        answer = (body) => resolve(new Response(body));
        init.signal?.addEventListener('abort', () => reject(new Error('aborted')));
      }),
  );
  return (body: string) => answer(body);
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the time limit of a fetch', () => {
  it('gives up a file that does not arrive in 30 seconds of waiting', async () => {
    vi.useFakeTimers();
    pendingFetch();
    const text = fetchText('https://example.test/data/a.csv', 'data/a.csv', 30_000);
    const settled = expect(text).rejects.toThrow(
      'data/a.csv: could not be fetched (no answer within 30 seconds)',
    );
    await vi.advanceTimersByTimeAsync(30_000);
    await settled;
  });

  it('does not count 45 seconds its thread spent busy with another file', async () => {
    vi.useFakeTimers();
    const answer = pendingFetch();
    const text = fetchText('https://example.test/data/a.csv', 'data/a.csv', 30_000);
    await vi.advanceTimersByTimeAsync(5_000);
    // Another file's parse holds the thread for 45 s; the first timer after it comes late.
    vi.setSystemTime(Date.now() + 45_000);
    await vi.advanceTimersByTimeAsync(1_000);
    answer('year\n2023\n');
    await expect(text).resolves.toBe('year\n2023\n');
  });
});
