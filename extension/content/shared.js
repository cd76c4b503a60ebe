/**
 * What the content scripts share (a classic script, loaded before them;
 * MV3 content scripts cannot be modules): the `browser`/`chrome` shim and
 * the `_locales` lookups. Defines `globalThis.notmineShared` in the
 * extension's isolated world, which the page cannot see.
 */
(() => {
  'use strict';

  const api = globalThis.browser ?? globalThis.chrome;

  /** A message from `_locales`, or the key itself if it is missing. */
  function msg(key, subs) {
    try {
      const s = api.i18n.getMessage(key, subs);
      if (s) return s;
    } catch (_) {
      // i18n unavailable (extension reloaded under the page): fall through
    }
    return key;
  }

  /** Finding kind token ("postal-code") → its word ("postcode"). */
  function kindWord(kind) {
    const s = msg('kind_' + String(kind).replace(/[^a-z0-9]+/gi, '_'));
    return s.startsWith('kind_') ? msg('kind_other') : s;
  }

  globalThis.notmineShared = Object.freeze({ api, msg, kindWord });
})();
