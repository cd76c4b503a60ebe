/**
 * Locks across the extension's contexts, and hex: small pieces the store,
 * the record signer and the background share.
 */

const queues = new Map();

/**
 * Runs `job` holding the lock `name`: every read-modify-write of a key
 * (profile, settings, records, identities, site numbers, the key, the
 * per-page memory, the signing key) runs under its key's lock, so two
 * writers never both read the old value and the second undo the first
 * (two first calls used to mint two keys). Web Locks (`navigator.locks`)
 * span the background and the extension's pages, which share an origin;
 * where there are none (a test under node), a queue in this context does.
 */
export function locked(name, job) {
  const locks = globalThis.navigator?.locks;
  if (locks?.request) return locks.request(`notmine:${name}`, () => job());
  const prev = queues.get(name) ?? Promise.resolve();
  const next = prev.then(() => job());
  const tail = next.catch(() => {});
  queues.set(name, tail);
  tail.then(() => {
    if (queues.get(name) === tail) queues.delete(name);
  });
  return next;
}

/** Bytes (an ArrayBuffer or a typed array) as lower-case hex. */
export const toHex = (bytes) => Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');

/** Hex as bytes (pairs of digits; callers check the length they need). */
export const fromHex = (s) => new Uint8Array((String(s).match(/../g) ?? []).map((h) => parseInt(h, 16)));
