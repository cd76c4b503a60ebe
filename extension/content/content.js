/**
 * NotMine content script: the messenger. No detection logic lives here.
 *
 * Runs at document_idle in every frame (after content/snapshot.js and
 * content/warning.js). The top frame builds the page snapshot, sends it to
 * the background (where the Rust core judges it) and, when the verdict warns,
 * shows the banner. Subframes only record which controls the user touched;
 * they do not send yet (the top frame's snapshot already inlines same-origin
 * frames).
 */
(() => {
  'use strict';

  const api = globalThis.browser ?? globalThis.chrome;
  if (!api || !api.runtime || typeof globalThis.notmineSnapshot !== 'function') return;

  /** Controls the user changed (trusted events) → `user_modified`. */
  const modified = new WeakSet();
  const touched = (e) => {
    if (e.isTrusted && e.target instanceof Element) modified.add(e.target);
  };
  document.addEventListener('input', touched, true);
  document.addEventListener('change', touched, true);

  if (window !== window.top) return;

  async function check() {
    let snapshot;
    try {
      snapshot = globalThis.notmineSnapshot(document, { modified });
    } catch (e) {
      console.warn('NotMine: cannot read the page:', e);
      return;
    }
    let verdict;
    try {
      verdict = await api.runtime.sendMessage({ type: 'snapshot', snapshot });
    } catch (e) {
      console.warn('NotMine: the extension did not answer:', e);
      return;
    }
    if (!verdict || verdict.error) {
      if (verdict) console.warn('NotMine:', verdict.error);
      return;
    }
    if (verdict.warn && typeof globalThis.notmineShowWarning === 'function') {
      globalThis.notmineShowWarning(verdict);
    }
  }

  check();
})();
