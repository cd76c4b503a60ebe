/**
 * A finding's reasons in the reader's language.
 *
 * The core gives every finding `why`, its reasons as codes with parameters
 * (`{code: "form-stranger", kind: "email"}`, `{code: "account-stranger",
 * label, account: {by: "heading", text}}`, …), and `reason`, the same in
 * English. This renders `why` from `_locales`: the message of a code is
 * `reason_` + the code with `_` for `-`; a `kind` parameter is its
 * `kind_phrase_*` message ("an email address", "einer E-Mail-Adresse"), an
 * `account` its `evidence_*` message (with the title, heading or address),
 * any other parameter page text as it is. The parts are joined with "; ",
 * as the core joins them. When a finding has no codes (a record made before
 * they existed) or a message is missing, the English `reason` is shown.
 *
 * Every `reason_*` message numbers its placeholders in one order (`$1`
 * kind, `$2` people, `$3` label, `$4` account, `$5` record, `$6` evidence),
 * so no table
 * per code is needed; tests/reasons_locales.rs renders the English messages
 * the same way and compares them with the core's English.
 *
 * The result is text: callers set it with `textContent` only.
 *
 * This file is a classic script that defines `globalThis.NotMineReasons`:
 * content scripts (the banner) cannot import ES modules; extension pages
 * reach it through lib/i18n.js (a side-effect import). `renderer(get)`
 * takes any `getMessage`-like function (tests/js/reasons.test.mjs runs it
 * in node); the top-level functions use the browser's `i18n.getMessage`.
 */
(function (global) {
  'use strict';

  const PARAMS = Object.freeze(['kind', 'people', 'label', 'account', 'record', 'evidence']);

  /** "postal-code" → "postal_code": a message name's part. */
  const part = (s) => String(s ?? '').replace(/[^a-z0-9]+/gi, '_');

  /**
   * The three renderers over `get(key, subs)`, which returns the message
   * or '' / null / undefined when it is missing (as `getMessage` does).
   */
  function renderer(get) {
    const message = (key, subs) => {
      try {
        const s = get(key, subs);
        return typeof s === 'string' && s !== '' ? s : null;
      } catch (_) {
        return null; // i18n unavailable (extension reloaded under the page)
      }
    };

    /** Why a page is an account view (`{by, text}`), or null. */
    function evidenceText(ev) {
      if (!ev || typeof ev !== 'object' || typeof ev.by !== 'string') return null;
      return message('evidence_' + part(ev.by), [String(ev.text ?? '')]);
    }

    /** One reason (`{code, …params}`), or null when a message is missing. */
    function reasonOne(r) {
      if (!r || typeof r !== 'object' || typeof r.code !== 'string') return null;
      const subs = [];
      for (const p of PARAMS) {
        const v = r[p];
        let s;
        if (v === undefined || v === null) s = '';
        else if (p === 'kind') s = message('kind_phrase_' + part(v), []);
        else if (p === 'account') s = evidenceText(v);
        else s = String(v);
        if (s === null) return null;
        subs.push(s);
      }
      return message('reason_' + part(r.code), subs);
    }

    /** A finding's reasons joined with "; ", or its English `reason`. */
    function reasonText(f) {
      const english = typeof f?.reason === 'string' ? f.reason : '';
      const why = Array.isArray(f?.why) ? f.why : [];
      if (why.length === 0) return english;
      const parts = why.map(reasonOne);
      return parts.includes(null) ? english : parts.join('; ');
    }

    return Object.freeze({ evidenceText, reasonOne, reasonText });
  }

  const browserGet = (key, subs) => {
    const api = global.browser ?? global.chrome;
    return api.i18n.getMessage(key, subs);
  };
  const own = renderer(browserGet);

  global.NotMineReasons = Object.freeze({ PARAMS, renderer, ...own });
}(globalThis));
