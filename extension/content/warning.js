/**
 * NotMine content script: the warning banner.
 *
 * Defines `globalThis.notmineShowWarning(verdict)`. The banner is a red bar
 * fixed at the top of the page, inside a CLOSED shadow root on a host element
 * (`#notmine-warning-host`) appended to `<html>`: the page's scripts cannot
 * reach into it and the page's styles do not leak in. Text is set only with
 * `textContent`, never parsed as HTML; strings come from `_locales`.
 * Styles are set through the CSSOM (`style.cssText`), which a page's CSP
 * does not block, unlike a `<style>` element.
 *
 * It never takes focus: the dismiss button is a real `<button>`, reachable
 * with the keyboard. Each pre-filled field the verdict names is outlined on
 * the page; "Not now" removes the banner and the outlines.
 */
(() => {
  'use strict';

  const api = globalThis.browser ?? globalThis.chrome;
  const HOST_ID = 'notmine-warning-host';
  const OUTLINE = '3px solid #c62828';

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

  /** Finding kind token ("postal-code") → message key ("kind_postal_code"). */
  function kindWord(kind) {
    const key = 'kind_' + String(kind).replace(/[^a-z0-9]+/gi, '_');
    const s = api.i18n.getMessage(key);
    return s || msg('kind_other');
  }

  /** Unique kinds, in the order first found, as human words. */
  function kindsText(findings) {
    const seen = [];
    for (const f of findings) if (!seen.includes(f.kind)) seen.push(f.kind);
    const words = [];
    for (const k of seen) {
      const w = kindWord(k);
      if (!words.includes(w)) words.push(w);
    }
    return words.join(msg('kindSeparator'));
  }

  function el(tag, css, text) {
    const e = document.createElement(tag);
    if (css) e.style.cssText = css;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  /** The page's form controls a finding names: by id first, then by name. */
  function fieldsOf(finding) {
    const f = finding.field;
    if (!f) return [];
    if (f.id) {
      const byId = document.getElementById(f.id);
      if (byId) return [byId];
    }
    if (f.name) {
      return Array.from(document.getElementsByName(f.name)).filter((e) =>
        e instanceof HTMLInputElement || e instanceof HTMLSelectElement || e instanceof HTMLTextAreaElement);
    }
    return [];
  }

  /** Outlines that are ours, with the page's previous values to restore. */
  let outlined = [];

  function clearOutlines() {
    for (const { node, outline, offset } of outlined) {
      node.style.outline = outline;
      node.style.outlineOffset = offset;
    }
    outlined = [];
  }

  function outlineFields(findings) {
    for (const f of findings) {
      if (f.place !== 'form-field') continue;
      for (const node of fieldsOf(f)) {
        if (outlined.some((o) => o.node === node)) continue;
        outlined.push({ node, outline: node.style.outline, offset: node.style.outlineOffset });
        node.style.outline = OUTLINE;
        node.style.outlineOffset = '2px';
      }
    }
  }

  function removeWarning() {
    const old = document.getElementById(HOST_ID);
    if (old) old.remove();
    clearOutlines();
  }

  globalThis.notmineShowWarning = function notmineShowWarning(verdict) {
    removeWarning();
    if (!verdict || !verdict.warn || !Array.isArray(verdict.findings)) return;
    const findings = verdict.findings;
    const form = findings.filter((f) => f.place === 'form-field');
    const account = findings.filter((f) => f.place !== 'form-field');

    const host = document.createElement('div');
    host.id = HOST_ID;
    // `all: initial` keeps the page's CSS off the host itself; the closed
    // shadow root keeps it off everything inside.
    host.style.cssText = 'all: initial; position: fixed; top: 0; left: 0; right: 0; ' +
      'z-index: 2147483647; display: block;';
    const locale = msg('@@ui_locale');
    if (locale && locale !== '@@ui_locale') host.lang = locale.replace(/_/g, '-');
    host.dir = msg('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
    const root = host.attachShadow({ mode: 'closed' });

    const bar = el('div',
      'box-sizing: border-box; display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1.25rem; ' +
      'padding: 0.75rem 1.25rem; background: #b71c1c; color: #fff; ' +
      'font: 15px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; ' +
      'box-shadow: 0 2px 8px rgba(0, 0, 0, 0.35); border-bottom: 3px solid #7f0000;');
    bar.setAttribute('role', 'alert');

    const text = el('div', 'flex: 1 1 24rem; min-width: 0;');
    text.append(el('strong', 'display: block; font-size: 17px; font-weight: 700;', msg('warningTitle')));
    if (form.length > 0) text.append(el('div', 'margin-top: 0.2rem;', msg('warningForm', [kindsText(form)])));
    if (account.length > 0) text.append(el('div', 'margin-top: 0.2rem;', msg('warningAccount', [kindsText(account)])));
    text.append(el('div', 'margin-top: 0.2rem; font-weight: 600;', msg('warningWhatToDo')));

    const button = el('button',
      'flex: 0 0 auto; font: inherit; font-weight: 600; color: #b71c1c; background: #fff; ' +
      'border: 2px solid #fff; border-radius: 4px; padding: 0.35rem 1rem; cursor: pointer;',
      msg('warningDismiss'));
    button.type = 'button';
    button.addEventListener('click', removeWarning);
    // A visible focus ring for keyboard users (no stylesheet: CSP-safe).
    button.addEventListener('focus', () => { button.style.outline = '3px solid #ffeb3b'; button.style.outlineOffset = '2px'; });
    button.addEventListener('blur', () => { button.style.outline = ''; });

    bar.append(text, button);
    root.append(bar);
    document.documentElement.append(host);
    outlineFields(findings);
  };
})();
