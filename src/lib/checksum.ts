/**
 * A file's checksum as the build records it and the page checks it: FNV-1a (32 bits) over the
 * bytes. It finds a damaged, truncated or swapped copy, not a forger; it runs the same in Node and
 * in every browser, synchronously (Web Crypto needs a secure context and a promise).
 */
export function checksum(bytes: Uint8Array): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
  }
  return `fnv1a32:${(hash >>> 0).toString(16).padStart(8, '0')}`;
}
