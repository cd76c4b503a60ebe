/**
 * IndexedDB as promises, for the extension's own databases (the owned
 * area, lib/vault.js, and the record-signing key, lib/signing.js): each is
 * one object store in a database of its own, version 1.
 */

/** The result of an IndexedDB request. */
export const request = (req) => new Promise((resolve, reject) => {
  req.onsuccess = () => resolve(req.result);
  req.onerror = () => reject(req.error);
});

/** A transaction's commit; rejects when it fails or is aborted. */
export const committed = (tx) => new Promise((resolve, reject) => {
  tx.oncomplete = () => resolve();
  tx.onerror = () => reject(tx.error);
  tx.onabort = () => reject(tx.error ?? new Error('the storage transaction was aborted'));
});

/** Opens database `name`, made with its one object store `store` on first use. */
export function openStore(name, store) {
  const req = indexedDB.open(name, 1);
  req.onupgradeneeded = () => req.result.createObjectStore(store);
  return request(req);
}
