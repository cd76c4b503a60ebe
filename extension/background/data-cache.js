/**
 * The inline scripts (`snapshot.data`) of the documents the background
 * judged last, so that a content script re-checking a busy page sends them
 * only when they changed (issue 16): a page's `__NEXT_DATA__` can be a
 * megabyte, and a single-page app re-checks on every change.
 *
 * Keyed by tab, frame and the document's `performance.timeOrigin` (the
 * snapshot message's `origin`): a new document in the frame is a new key,
 * so no document ever gets another's scripts. Kept in the worker's memory
 * only, never in storage: when the worker was stopped in between, the cache
 * is empty, the background answers `{resend: true}` and the content script
 * sends the snapshot again with its scripts. At most `MAX_DOCUMENTS`
 * documents are kept, the least recently judged dropped first.
 */
export const MAX_DOCUMENTS = 32;

/** @type {Map<string, object[]>} insertion order = least recently used first */
const kept = new Map();

/** The key of one document: tab, frame and its time origin. */
export const documentKey = (tabId, frameId, origin) => `${tabId}/${frameId}/${origin}`;

/** Remembers `data` (the snapshot's inline scripts) for `key`. */
export function remember(key, data) {
  kept.delete(key);
  kept.set(key, Array.isArray(data) ? data : []);
  while (kept.size > MAX_DOCUMENTS) kept.delete(kept.keys().next().value);
}

/** The inline scripts last remembered for `key`, or null. */
export function recall(key) {
  const data = kept.get(key);
  if (data === undefined) return null;
  kept.delete(key);
  kept.set(key, data);
  return data;
}

/** Forgets every document of a tab (closed). */
export function forgetDocuments(tabId) {
  const prefix = `${tabId}/`;
  for (const key of [...kept.keys()]) if (key.startsWith(prefix)) kept.delete(key);
}
