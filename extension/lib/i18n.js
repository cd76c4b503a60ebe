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
import './reasons.js';

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
 * A finding's reasons in the user's language, the core's English when a
 * code or message is missing (`reasonText(finding)`), and why a page is an
 * account view (`evidenceText({by, text})`, null without its message):
 * lib/reasons.js, which the banner's content script loads too.
 */
export const { reasonText, evidenceText } = globalThis.NotMineReasons;
