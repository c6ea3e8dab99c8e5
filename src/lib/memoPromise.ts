/** Remembers a promise under `key`; forgets it when it fails, so that Retry starts again. */
export function memoPromise<K, V>(
  cache: Map<K, Promise<V>>,
  key: K,
  make: () => Promise<V>,
): Promise<V> {
  let value = cache.get(key);
  if (!value) {
    value = make();
    cache.set(key, value);
    value.catch(() => cache.delete(key));
  }
  return value;
}
