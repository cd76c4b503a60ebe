/**
 * Strings for the extension pages, from `_locales` (`i18n.getMessage`).
 *
 * `msg(key, subs)` returns a message, or the key itself when it is missing
 * (visible in the UI, so a forgotten string is noticed). `localize(root)`
 * fills the static text of a page: `data-i18n` sets textContent,
 * `data-i18n-title` / `-placeholder` / `-aria-label` set those attributes;
 * on a document it also sets `<html lang>` and `dir` and the page title.
 * Text is always set as text, never parsed as HTML.
 */
import { api } from './browser.js';

export function msg(key, subs) {
  try {
    const s = api.i18n.getMessage(key, subs);
    if (s) return s;
  } catch (_) {
    // i18n unavailable: fall through
  }
  return key;
}

const ATTRS = [
  ['data-i18n-title', 'title'],
  ['data-i18n-placeholder', 'placeholder'],
  ['data-i18n-aria-label', 'aria-label'],
];

export function localize(root = document) {
  for (const node of root.querySelectorAll('[data-i18n]')) {
    node.textContent = msg(node.getAttribute('data-i18n'));
  }
  for (const [data, attr] of ATTRS) {
    for (const node of root.querySelectorAll(`[${data}]`)) {
      node.setAttribute(attr, msg(node.getAttribute(data)));
    }
  }
  if (root.nodeType === Node.DOCUMENT_NODE) {
    // The language of the strings actually shown: each translation names
    // itself (`options_locale_code`), since Chromium's `@@ui_locale` can
    // disagree with the locale it picked the messages from (seen: "en_US"
    // with German messages under --lang=de).
    let locale = msg('options_locale_code');
    if (locale === 'options_locale_code') locale = msg('@@ui_locale');
    if (locale && locale !== '@@ui_locale') root.documentElement.lang = locale.replace(/_/g, '-');
    root.documentElement.dir = msg('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
  }
}

/** Finding kind token ("postal-code") → human word (`kind_postal_code`). */
export function kindWord(kind) {
  const key = 'kind_' + String(kind).replace(/[^a-z0-9]+/gi, '_');
  let s = '';
  try {
    s = api.i18n.getMessage(key);
  } catch (_) {
    s = '';
  }
  return s || msg('kind_other');
}

/** `document.createElement` with an optional class and text. */
export function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}

/**
 * The parameters of a reason (`{code, kind, label, …}`, from the core's
 * `why`), in the order every `reason_*` message numbers its placeholders:
 * `$1` kind, `$2` people, `$3` label, `$4` account, `$5` record. One order
 * for all codes keeps the renderer free of a table per code; the test in
 * tests/reasons_locales.rs renders the English messages the same way.
 */
export const REASON_PARAMS = ['kind', 'people', 'label', 'account', 'record'];

/** Why a page is an account view (`{by, text}`), in the user's language. */
export function evidenceText(ev) {
  if (!ev || typeof ev !== 'object') return '';
  const key = 'evidence_' + String(ev.by ?? '').replace(/[^a-z0-9]+/gi, '_');
  const s = message(key, [String(ev.text ?? '')]);
  return s ?? '';
}

/** One reason (`{code, …params}`) in the user's language, or null. */
export function reasonOne(r) {
  if (!r || typeof r !== 'object' || typeof r.code !== 'string') return null;
  const subs = REASON_PARAMS.map((p) => {
    const v = r[p];
    if (v === undefined || v === null) return '';
    if (p === 'kind') return message('kind_phrase_' + String(v).replace(/[^a-z0-9]+/gi, '_'), []) ?? String(v);
    if (p === 'account') return evidenceText(v);
    return String(v);
  });
  return message('reason_' + r.code.replace(/[^a-z0-9]+/gi, '_'), subs);
}

/**
 * A finding's reasons in the user's language, joined as the core joins
 * them; the core's English `reason` when the finding has no codes (a
 * record made before they existed) or a code has no message.
 */
export function reasonText(f) {
  const why = Array.isArray(f?.why) ? f.why : [];
  const parts = why.map(reasonOne);
  if (parts.length === 0 || parts.some((p) => p === null)) return f?.reason ?? '';
  return parts.join('; ');
}

/** `getMessage`, or null when the message is missing. */
function message(key, subs) {
  try {
    const s = api.i18n.getMessage(key, subs);
    return s || null;
  } catch (_) {
    return null;
  }
}
