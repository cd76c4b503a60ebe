/**
 * NotMine content script: the warning banner and the field outlines.
 *
 * Defines `globalThis.notmineWarning`, used by content/content.js:
 *   show(parts, roots, actions)  the banner; `parts` = [{frameId, url, findings}]
 *   outline(findings, roots)     outline the fields findings name (subframes)
 *   confirmClaim(claim)          "This is me" confirmation → Promise<boolean>
 *   status(key, subs)            a line of feedback under the buttons
 *   remove()                     banner and outlines gone
 *   owns(node) / styled(node)    for the MutationObserver: our own changes
 *
 * The banner is a red bar fixed at the top of the page, inside a CLOSED
 * shadow root on a host element (`#notmine-warning-host`) appended to
 * `<html>`: page scripts cannot reach into it and page styles do not leak in.
 * Text is set only with `textContent`, never parsed as HTML — the values in
 * the confirmation are other people's data from an untrusted page. Strings
 * come from `_locales`. Styles are set through the CSSOM (`style.cssText`),
 * which a page's CSP does not block, unlike a `<style>` element.
 *
 * It takes focus only when the user asks for something (the confirmation);
 * every control is a real `<button>`, reachable with the keyboard.
 */
(() => {
  'use strict';

  const api = globalThis.browser ?? globalThis.chrome;
  const HOST_ID = 'notmine-warning-host';
  const OUTLINE = '3px solid #c62828';
  const MAX_FIELD_LABELS = 8;

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

  /** Unique kinds, in the order first found, as words. */
  function kindsText(kinds) {
    const words = [];
    for (const k of kinds) {
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

  function button(text, primary, onClick) {
    const b = el('button',
      'flex: 0 0 auto; font: inherit; font-weight: 600; border-radius: 4px; padding: 0.35rem 0.9rem; ' +
      'cursor: pointer; border: 2px solid #fff; ' +
      (primary ? 'color: #b71c1c; background: #fff;' : 'color: #fff; background: transparent;'),
      text);
    b.type = 'button';
    b.addEventListener('click', onClick);
    // A visible focus ring for keyboard users (no stylesheet: CSP-safe).
    b.addEventListener('focus', () => { b.style.outline = '3px solid #ffeb3b'; b.style.outlineOffset = '2px'; });
    b.addEventListener('blur', () => { b.style.outline = ''; });
    return b;
  }

  // --- field outlines ----------------------------------------------------

  const CONTROL = new Set(['input', 'select', 'textarea']);

  /** The controls a finding names, searched in each root: by id, then name. */
  function fieldsOf(finding, roots) {
    const f = finding.field;
    if (!f) return [];
    for (const root of roots) {
      if (f.id && typeof root.getElementById === 'function') {
        const byId = root.getElementById(f.id);
        if (byId && CONTROL.has(byId.localName)) return [byId];
      }
    }
    if (!f.name) return [];
    const out = [];
    const sel = `[name="${CSS.escape(f.name)}"]`;
    for (const root of roots) {
      for (const e of root.querySelectorAll(sel)) if (CONTROL.has(e.localName)) out.push(e);
    }
    return out;
  }

  /** Outlines that are ours, with the page's previous values to restore. */
  let outlined = [];
  const styledNodes = new WeakSet();

  function clearOutlines() {
    for (const { node, outline, offset } of outlined) {
      node.style.outline = outline;
      node.style.outlineOffset = offset;
    }
    outlined = [];
  }

  function outline(findings, roots) {
    clearOutlines();
    for (const f of findings) {
      if (f.place !== 'form-field') continue;
      for (const node of fieldsOf(f, roots)) {
        if (outlined.some((o) => o.node === node)) continue;
        outlined.push({ node, outline: node.style.outline, offset: node.style.outlineOffset });
        styledNodes.add(node);
        node.style.outline = OUTLINE;
        node.style.outlineOffset = '2px';
      }
    }
  }

  // --- the banner --------------------------------------------------------

  let host = null;
  let parts = null; // the banner's refs: {buttons, status, panel}
  /** What the user dismissed with "Not now": not shown again for this page load. */
  let dismissed = '';

  function remove() {
    if (host) host.remove();
    host = null;
    parts = null;
    clearOutlines();
  }

  const keyOf = (list) => JSON.stringify(list.map((p) => p.findings.map((f) => [f.kind, f.value])));

  function frameHost(url) {
    try {
      return new URL(url).host;
    } catch (_) {
      return url;
    }
  }

  function show(frames, roots, actions) {
    const key = keyOf(frames);
    if (key === dismissed) return;
    remove();
    const all = frames.flatMap((p) => p.findings);
    const form = all.filter((f) => f.place === 'form-field');
    const account = all.filter((f) => f.place !== 'form-field');

    host = document.createElement('div');
    host.id = HOST_ID;
    // `all: initial` keeps the page's CSS off the host itself; the closed
    // shadow root keeps it off everything inside.
    host.style.cssText = 'all: initial; position: fixed; top: 0; left: 0; right: 0; ' +
      'z-index: 2147483647; display: block;';
    // Each translation names its own language (`@@ui_locale` can say en_US
    // while the strings are German, as headless Chromium with --lang=de does).
    const own = msg('options_locale_code');
    const locale = own !== 'options_locale_code' ? own : msg('@@ui_locale');
    if (locale && locale !== '@@ui_locale') host.lang = locale.replace(/_/g, '-');
    host.dir = msg('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
    const root = host.attachShadow({ mode: 'closed' });

    const bar = el('div',
      'box-sizing: border-box; display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1.25rem; ' +
      'padding: 0.75rem 1.25rem; background: #b71c1c; color: #fff; max-height: 90vh; overflow: auto; ' +
      'font: 15px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; ' +
      'box-shadow: 0 2px 8px rgba(0, 0, 0, 0.35); border-bottom: 3px solid #7f0000;');
    bar.setAttribute('role', 'alert');

    const text = el('div', 'flex: 1 1 24rem; min-width: 0;');
    text.append(el('strong', 'display: block; font-size: 17px; font-weight: 700;', msg('warningTitle')));
    if (form.length > 0) {
      text.append(el('div', 'margin-top: 0.2rem;', msg('warningForm', [kindsText(form.map((f) => f.kind))])));
      const labels = [];
      for (const f of form) {
        const l = f.field && f.field.label ? f.field.label : '';
        if (l && !labels.includes(l)) labels.push(l);
      }
      if (labels.length > 0) {
        const shown = labels.slice(0, MAX_FIELD_LABELS).join(msg('kindSeparator')) +
          (labels.length > MAX_FIELD_LABELS ? ' …' : '');
        text.append(el('div', 'margin-top: 0.1rem; opacity: 0.95;', msg('warningFields', [shown])));
      }
    }
    if (account.length > 0) {
      text.append(el('div', 'margin-top: 0.2rem;', msg('warningAccount', [kindsText(account.map((f) => f.kind))])));
    }
    for (const p of frames) {
      if (p.frameId !== 0) text.append(el('div', 'margin-top: 0.1rem; font-size: 13px;', msg('warningFrame', [frameHost(p.url)])));
    }
    text.append(el('div', 'margin-top: 0.2rem; font-weight: 600;', msg('warningWhatToDo')));

    const buttons = el('div', 'display: flex; flex-wrap: wrap; gap: 0.5rem; flex: 0 0 auto;');
    buttons.append(
      button(msg('warningThisIsMe'), false, () => actions.onThisIsMe()),
      button(msg('warningDocument'), false, () => actions.onDocument()),
      button(msg('warningDismiss'), true, () => {
        dismissed = key;
        remove();
      }),
    );
    const panel = el('div', 'flex: 1 1 100%; display: none;');
    const status = el('div', 'flex: 1 1 100%; font-weight: 600; display: none;');
    status.setAttribute('aria-live', 'polite');

    bar.append(text, buttons, panel, status);
    root.append(bar);
    document.documentElement.append(host);
    parts = { buttons, status, panel };
    outline(all, roots);
  }

  function status(key, subs) {
    if (!parts) return;
    parts.status.textContent = msg(key, subs);
    parts.status.style.display = 'block';
  }

  /** One line per value to add: "Name: Miriam Hartwig". */
  function claimLines(additions) {
    const lines = [];
    const label = (k) => msg('profile_' + k);
    for (const k of ['names', 'emails', 'phones', 'birth_dates', 'customer_numbers']) {
      for (const v of additions[k] ?? []) lines.push([label(k), v]);
    }
    for (const a of additions.addresses ?? []) {
      const place = [a.postal_code, a.city].filter(Boolean).join(' ');
      lines.push([label('addresses'), [a.street, place].filter(Boolean).join(', ')]);
    }
    return lines;
  }

  /** Shows what "This is me" would add; resolves true when the user confirms. */
  function confirmClaim(claim) {
    return new Promise((resolve) => {
      if (!parts) {
        resolve(false);
        return;
      }
      const { panel, buttons } = parts;
      panel.replaceChildren();
      const lines = claimLines(claim.additions ?? {});
      const box = el('div', 'background: #fff; color: #1a1a1a; border-radius: 6px; padding: 0.75rem 1rem; margin-top: 0.25rem;');
      box.setAttribute('role', 'group');
      const title = el('strong', 'display: block; font-size: 16px;', msg(lines.length ? 'claimTitle' : 'claimNothing'));
      title.id = 'claim-title';
      box.setAttribute('aria-labelledby', 'claim-title');
      box.append(title);
      if (lines.length) {
        box.append(el('div', 'margin: 0.25rem 0 0.5rem;', msg('claimExplain')));
        const list = el('ul', 'margin: 0 0 0.5rem; padding-left: 1.25rem;');
        for (const [k, v] of lines) {
          const li = el('li', '');
          li.append(el('span', 'font-weight: 600;', `${k}: `), el('span', 'overflow-wrap: anywhere;', v));
          list.append(li);
        }
        box.append(list);
      }
      if ((claim.not_stored ?? []).length) {
        box.append(el('div', 'margin-bottom: 0.5rem; color: #555;', msg('claimNotStored', [kindsText(claim.not_stored)])));
      }
      const row = el('div', 'display: flex; gap: 0.5rem; flex-wrap: wrap;');
      const done = (answer) => {
        panel.style.display = 'none';
        panel.replaceChildren();
        buttons.style.display = 'flex';
        resolve(answer);
      };
      const style = 'font: inherit; font-weight: 600; border-radius: 4px; padding: 0.35rem 0.9rem; cursor: pointer; border: 2px solid #b71c1c;';
      let first = null;
      if (lines.length) {
        const yes = el('button', style + 'color: #fff; background: #b71c1c;', msg('claimConfirm'));
        yes.type = 'button';
        yes.addEventListener('click', () => done(true));
        row.append(yes);
        first = yes;
      }
      const no = el('button', style + 'color: #b71c1c; background: #fff;', msg('claimCancel'));
      no.type = 'button';
      no.addEventListener('click', () => done(false));
      row.append(no);
      box.append(row);
      box.addEventListener('keydown', (e) => { if (e.key === 'Escape') done(false); });
      panel.append(box);
      panel.style.display = 'block';
      buttons.style.display = 'none';
      (first ?? no).focus();
    });
  }

  globalThis.notmineWarning = Object.freeze({
    show,
    outline,
    remove,
    status,
    confirmClaim,
    owns: (node) => host !== null && (node === host || host.contains(node)),
    styled: (node) => styledNodes.has(node),
  });
})();
