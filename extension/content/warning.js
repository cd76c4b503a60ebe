/**
 * NotMine content script: the warning banner and the field outlines.
 *
 * Defines `globalThis.notmineWarning`, used by content/content.js:
 *   show(parts, roots, actions, raised)  the banner; `parts` = [{frameId, url, findings}],
 *                                `raised`: the user said "Not me" (high)
 *   outline(findings, roots)     outline the fields findings name (subframes)
 *   confirmClaim(claim)          "This is me" confirmation → Promise<boolean>
 *   status(key, subs)            a line of feedback under the buttons
 *   focusDocument()              focus "Document it" (after "Not me")
 *   remove()                     banner and outlines gone
 *   offer(offer, answer)         "Add what you typed to your profile?" bar
 *   owns(node)                   for the MutationObserver: our own elements
 *   newView()                    a route change: the banner's restores start afresh
 *
 * How loud it is follows the severity. High is a red bar that says what
 * is wrong and what to do. Low and medium (one untouched stranger who
 * could be the user) are a calm bar, orange or olive, that asks the
 * question settling them — "Is this you?" — with "This is me" and "Not me";
 * "Not me" makes the page high (the background keeps it, the badge says
 * it) and offers to document it.
 *
 * It hides nothing of the page: at the top it pushes the page down by its
 * own height (a margin on `<html>`, restored when it goes), and where the
 * page has a fixed header of its own it docks at the bottom instead. It
 * collapses (its button, or Escape) to a small marker at the bottom right
 * that stays and opens it again. It has no animation, so
 * `prefers-reduced-motion` has nothing to stop.
 *
 * The banner is fixed at the top (or bottom) of the page, inside a CLOSED
 * shadow root on a host element appended to `<html>`: page scripts cannot
 * reach into it and page styles do not leak in. The host has no id and no
 * class (nothing fixed a page could look for), and its position is set with
 * `!important` inline, which no page stylesheet overrides. A page that
 * removes or restyles the host gets it back, as it was (at most
 * MAX_RESTORES times per page view; the toolbar badge stays either way).
 * The offer is a calm blue bar at the bottom, built the same way on its
 * own host, so it never covers a warning.
 *
 * Field outlines are boxes drawn in an overlay of our own (a fixed,
 * click-through host with a closed shadow root) over the fields' places,
 * never styles on the page's elements: a page cannot read which of its
 * fields NotMine flagged.
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

  const { msg, kindWord } = globalThis.notmineShared;
  const { reasonText } = globalThis.NotMineReasons;
  const OUTLINE_COLOUR = '#c62828';
  /** How often a removed or hidden banner is put back per page view. */
  const MAX_RESTORES = 50;
  /** How often outline boxes follow their fields (besides scroll and resize). */
  const FOLLOW_MS = 400;
  const MAX_FIELD_LABELS = 8;
  /** Below this width the high banner leaves out its list of field labels. */
  const NARROW_PX = 520;

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

  /** A button on a dark bar; a primary one is white with the bar's `accent` as text colour. */
  function button(text, primary, onClick, accent = '#b71c1c') {
    const b = el('button',
      'flex: 0 0 auto; font: inherit; font-weight: 600; border-radius: 4px; padding: 0.35rem 0.9rem; ' +
      'cursor: pointer; border: 2px solid #fff; ' +
      (primary ? `color: ${accent}; background: #fff;` : 'color: #fff; background: transparent;'),
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

  /**
   * The outline overlay: one box per flagged field, in a closed shadow
   * root on a fixed, click-through host. The boxes follow the fields on
   * scroll, resize and every FOLLOW_MS (a field that moves by script).
   */
  let overlay = null; // {host, root, boxes: [{node, box}], timer}

  function placeBoxes() {
    if (!overlay) return;
    for (const { node, box } of overlay.boxes) {
      const r = node.isConnected ? node.getBoundingClientRect() : null;
      if (!r || (r.width === 0 && r.height === 0)) {
        box.style.display = 'none';
        continue;
      }
      box.style.display = 'block';
      box.style.left = `${r.left - 5}px`;
      box.style.top = `${r.top - 5}px`;
      box.style.width = `${r.width + 10}px`;
      box.style.height = `${r.height + 10}px`;
    }
  }

  function clearOutlines() {
    if (!overlay) return;
    clearInterval(overlay.timer);
    window.removeEventListener('scroll', placeBoxes, true);
    window.removeEventListener('resize', placeBoxes);
    overlay.host.remove();
    overlay = null;
  }

  function outline(findings, roots) {
    clearOutlines();
    const nodes = [];
    for (const f of findings) {
      if (f.place !== 'form-field') continue;
      for (const node of fieldsOf(f, roots)) if (!nodes.includes(node)) nodes.push(node);
    }
    if (nodes.length === 0) return;
    const h = document.createElement('div');
    fix(h, 'position: fixed; inset: 0; pointer-events: none; z-index: 2147483646; display: block;');
    const root = h.attachShadow({ mode: 'closed' });
    const boxes = nodes.map((node) => {
      const box = el('div', `position: fixed; box-sizing: border-box; border: 3px solid ${OUTLINE_COLOUR}; ` +
        'border-radius: 3px; pointer-events: none; display: none;');
      root.append(box);
      return { node, box };
    });
    overlay = { host: h, root, boxes, timer: setInterval(placeBoxes, FOLLOW_MS) };
    window.addEventListener('scroll', placeBoxes, { capture: true, passive: true });
    window.addEventListener('resize', placeBoxes, { passive: true });
    document.documentElement.append(h);
    placeBoxes();
  }

  /**
   * `cssText` with every declaration `!important`: inline important
   * declarations win over any page stylesheet, important or not.
   */
  function fix(node, cssText) {
    const decls = ('all: initial; ' + cssText).split(';').map((d) => d.trim()).filter(Boolean);
    node.setAttribute('style', decls.map((d) => `${d} !important`).join('; '));
  }

  // --- the banner --------------------------------------------------------

  let host = null;
  let parts = null; // the banner's refs: {buttons, status, panel}
  /** What the user dismissed with "Not now": not shown again for this page load. */
  let dismissed = '';

  function remove() {
    const h = host;
    host = null; // first: the guard leaves a host that is not ours any more
    if (guard) guard.disconnect();
    guard = null;
    if (h) h.remove();
    parts = null;
    unplace();
    clearOutlines();
  }

  const RANK = { none: 0, low: 1, medium: 2, high: 3 };

  /**
   * Why, in one line: the reasons of the first of the most severe findings
   * in the user's language (lib/reasons.js; after its field's label when
   * it is a form field), and how many other reasons the popup lists.
   */
  function whyLine(all) {
    let top = null;
    for (const f of all) {
      if (!top || (RANK[f.severity] ?? 0) > (RANK[top.severity] ?? 0)) top = f;
    }
    const reason = top ? reasonText(top) : '';
    if (!reason) return '';
    const sentence = reason.charAt(0).toLocaleUpperCase() + reason.slice(1);
    const label = top.place === 'form-field' && top.field && top.field.label ? top.field.label : '';
    const line = label ? msg('warningWhyField', [label, sentence]) : msg('warningWhy', [sentence]);
    const others = new Set(all.map(reasonText).filter((r) => r && r !== reason));
    return others.size > 0 ? `${line} ${msg('warningWhyMore', [String(others.size)])}` : line;
  }

  const keyOf = (list) => JSON.stringify(list.map((p) => p.findings.map((f) => [f.kind, f.value])));

  function frameHost(url) {
    try {
      return new URL(url).host;
    } catch (_) {
      return url;
    }
  }

  /**
   * The banner host's style, fixed at `edge`, full width unless `sides`
   * says otherwise. `isolation: isolate` (no visible effect) tells the
   * banner's host from the offer's wherever either is docked, for the
   * tests (tests/browser/lib/browsers.mjs `BANNER`).
   */
  function hostCss(edge, sides = 'left: 0; right: 0;') {
    return `position: fixed; ${edge} ${sides} z-index: 2147483647; display: block; isolation: isolate; ` +
      'visibility: visible; opacity: 1; transform: none; clip-path: none;';
  }

  /**
   * Puts the banner's host in the browser's top layer (a manual popover):
   * rendered above the page, and outside `<html>`'s own opacity, filter or
   * clipping — pages hide themselves behind `html { opacity: 0 }` while
   * a script loads (anti-flicker snippets), which hid the banner with them.
   * A browser without popovers keeps the plain fixed host.
   */
  function toTopLayer(h) {
    if (!h.hasAttribute('popover') || typeof h.showPopover !== 'function') return;
    try {
      if (!h.matches(':popover-open')) h.showPopover();
    } catch (_) {
      // Not connected, or a page that re-parented it: the fixed host stays.
    }
  }

  /**
   * A host element fixed at `edge` of the viewport with a closed shadow
   * root, in the language of the strings it will show.
   */
  function makeHost(edge, banner = true) {
    const h = document.createElement('div');
    // `all: initial` keeps the page's CSS off the host itself, `!important`
    // keeps a page stylesheet from moving or hiding it; the closed shadow
    // root keeps the page's CSS off everything inside.
    fix(h, banner ? hostCss(edge) : hostCss(edge).replace(' isolation: isolate;', ''));
    // Each translation names its own language (`@@ui_locale` can say en_US
    // while the strings are German, as headless Chromium with --lang=de does).
    const own = msg('options_locale_code');
    const locale = own !== 'options_locale_code' ? own : msg('@@ui_locale');
    if (locale && locale !== '@@ui_locale') h.lang = locale.replace(/_/g, '-');
    h.dir = msg('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
    if (banner && typeof h.showPopover === 'function') h.setAttribute('popover', 'manual');
    return { host: h, root: h.attachShadow({ mode: 'closed' }) };
  }

  /**
   * Puts the banner back when the page removes it or changes its
   * attributes (hides it, moves it), up to MAX_RESTORES times per page
   * view: a page cannot make the warning go away, and a page that fights
   * it for ever does not make NotMine fight for ever (the badge stays).
   */
  let guard = null;
  let restores = 0;

  function guardHost(h) {
    if (guard) guard.disconnect();
    const style = h.getAttribute('style');
    const lang = h.getAttribute('lang');
    const dir = h.getAttribute('dir');
    const popover = h.getAttribute('popover');
    const count = h.attributes.length;
    guard = new MutationObserver(() => {
      if (host !== h || restores >= MAX_RESTORES) return;
      const moved = !h.isConnected || h.parentNode !== document.documentElement;
      const changed = h.getAttribute('style') !== style || h.attributes.length !== count ||
        h.getAttribute('lang') !== lang || h.getAttribute('dir') !== dir ||
        h.getAttribute('popover') !== popover;
      if (!moved && !changed) return;
      restores += 1;
      for (const a of [...h.attributes]) h.removeAttribute(a.name);
      h.setAttribute('style', style);
      if (lang !== null) h.setAttribute('lang', lang);
      if (dir !== null) h.setAttribute('dir', dir);
      if (popover !== null) h.setAttribute('popover', popover);
      if (moved) document.documentElement.append(h);
      toTopLayer(h);
    });
    guard.observe(document.documentElement, { childList: true });
    guard.observe(h, { attributes: true });
  }

  /** The highest severity among findings. */
  function topSeverity(all) {
    let top = 'low';
    for (const f of all) if ((RANK[f.severity] ?? 0) > RANK[top]) top = f.severity;
    return top;
  }

  /**
   * Colours per severity. High: white on red. Medium and low: dark text on
   * a light bar with a coloured edge (orange, olive) — each 7:1 or more,
   * and told apart by colour, by the "Risk: …" tag and by their words.
   */
  const LOOK = {
    high: { bg: '#b71c1c', fg: '#ffffff', edge: '#7f0000', tagBg: '#ffffff', tagFg: '#b71c1c' },
    medium: { bg: '#fff1e3', fg: '#2b1400', edge: '#b34700', tagBg: '#b34700', tagFg: '#ffffff' },
    low: { bg: '#fdfbe8', fg: '#262100', edge: '#6b5900', tagBg: '#6b5900', tagFg: '#ffffff' },
  };

  /** A button on a calm (light) bar: dark outline, or filled with the edge colour when primary. */
  function calmButton(text, primary, onClick, look) {
    const b = el('button',
      'flex: 0 0 auto; font: inherit; font-weight: 600; border-radius: 4px; padding: 0.35rem 0.9rem; ' +
      `cursor: pointer; border: 2px solid ${look.edge}; ` +
      (primary ? `color: #fff; background: ${look.edge};` : `color: ${look.fg}; background: transparent;`),
      text);
    b.type = 'button';
    b.addEventListener('click', onClick);
    b.addEventListener('focus', () => { b.style.outline = `3px solid ${look.fg}`; b.style.outlineOffset = '2px'; });
    b.addEventListener('blur', () => { b.style.outline = ''; });
    return b;
  }

  // --- placing the banner so it hides nothing -----------------------------

  /** The page's own inline `margin-top` on <html>, to put back. */
  let savedMargin = null;
  let resizer = null;

  /** Whether the page has a fixed element of its own at the top of the viewport (a fixed header). */
  function fixedHeader() {
    const ys = [2, 24, 48];
    const xs = [0.05, 0.5, 0.95].map((f) => Math.floor(innerWidth * f));
    for (const x of xs) {
      for (const y of ys) {
        for (const e of document.elementsFromPoint(x, y)) {
          if (owns(e)) continue;
          for (let n = e; n && n !== document.body && n !== document.documentElement; n = n.parentElement) {
            if (getComputedStyle(n).position === 'fixed') return true;
          }
        }
      }
    }
    return false;
  }

  /** Pushes the page down by `px` (a margin on <html>, !important), or undoes it (px = 0). */
  function pushPage(px) {
    const html = document.documentElement;
    if (px > 0) {
      if (savedMargin === null) {
        savedMargin = [html.style.getPropertyValue('margin-top'), html.style.getPropertyPriority('margin-top')];
      }
      html.style.setProperty('margin-top', `${Math.ceil(px)}px`, 'important');
    } else if (savedMargin !== null) {
      const [value, priority] = savedMargin;
      if (value) html.style.setProperty('margin-top', value, priority);
      else html.style.removeProperty('margin-top');
      savedMargin = null;
    }
    // The fields moved with the page: their outlines follow now.
    placeBoxes();
  }

  function unplace() {
    if (resizer) resizer.disconnect();
    resizer = null;
    pushPage(0);
  }

  /**
   * Places an open banner: at the top, pushing the page down by its height
   * (kept in step with it as it grows: a status line, the "This is me"
   * confirmation); at the bottom when the page has a fixed header, which a
   * top bar would cover whatever the page's margin.
   */
  function place(h, bar) {
    unplace();
    const bottom = fixedHeader();
    fix(h, hostCss(bottom ? 'bottom: 0;' : 'top: 0;'));
    guardHost(h);
    if (bottom) return;
    pushPage(bar.getBoundingClientRect().height);
    if (typeof ResizeObserver === 'function') {
      resizer = new ResizeObserver(() => { if (host === h && bar.isConnected && bar.style.display !== 'none') pushPage(bar.getBoundingClientRect().height); });
      resizer.observe(bar);
    }
  }

  function show(frames, roots, actions, raised = false) {
    const key = keyOf(frames) + (raised ? ' raised' : '');
    if (key === dismissed) return;
    remove();
    const all = frames.flatMap((p) => p.findings);
    const form = all.filter((f) => f.place === 'form-field');
    const account = all.filter((f) => f.place === 'account-view');
    const embedded = all.filter((f) => f.place === 'embedded-data');
    const severity = raised ? 'high' : topSeverity(all);
    const look = LOOK[severity] ?? LOOK.high;
    const calm = severity !== 'high';

    let root;
    ({ host, root } = makeHost('top: 0;'));

    const bar = el('div',
      'box-sizing: border-box; display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1.25rem; ' +
      `padding: 0.75rem 1.25rem; background: ${look.bg}; color: ${look.fg}; max-height: 90vh; overflow: auto; ` +
      'font: 15px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; ' +
      `box-shadow: 0 2px 8px rgba(0, 0, 0, 0.35); border-bottom: 3px solid ${look.edge}; border-top: 3px solid ${look.edge};`);
    // High is announced at once; low and medium politely, as a question.
    bar.setAttribute('role', calm ? 'status' : 'alert');
    bar.setAttribute('aria-label', msg('warningRegion'));
    bar.dataset.severity = severity;

    const text = el('div', 'flex: 1 1 20rem; min-width: 0;');
    const title = el('strong', 'display: block; font-size: 17px; font-weight: 700;');
    const tag = el('span',
      `display: inline-block; margin-right: 0.5rem; padding: 0 0.4rem; border-radius: 3px; font-size: 13px; ` +
      `vertical-align: 1px; background: ${look.tagBg}; color: ${look.tagFg};`, msg(`popup_severity_${severity}`));
    title.append(tag, document.createTextNode(calm
      ? msg(form.length > 0 ? 'askForm' : (account.length > 0 ? 'askPage' : 'askEmbedded'))
      : msg('warningTitle')));
    text.append(title);
    if (calm) {
      // Short: what kinds of details, and where.
      text.append(el('div', 'margin-top: 0.2rem;', msg('askKinds', [kindsText(all.map((f) => f.kind))])));
    } else {
      if (form.length > 0) {
        text.append(el('div', 'margin-top: 0.2rem;', msg('warningForm', [kindsText(form.map((f) => f.kind))])));
        const labels = [];
        for (const f of form) {
          const l = f.field && f.field.label ? f.field.label : '';
          if (l && !labels.includes(l)) labels.push(l);
        }
        // On a narrow screen the outlines show the fields; the list would
        // push the page far down.
        if (labels.length > 0 && innerWidth >= NARROW_PX) {
          const shown = labels.slice(0, MAX_FIELD_LABELS).join(msg('kindSeparator')) +
            (labels.length > MAX_FIELD_LABELS ? ' …' : '');
          text.append(el('div', 'margin-top: 0.1rem; opacity: 0.95;', msg('warningFields', [shown])));
        }
      }
      if (account.length > 0) {
        text.append(el('div', 'margin-top: 0.2rem;', msg('warningAccount', [kindsText(account.map((f) => f.kind))])));
      }
      if (embedded.length > 0) {
        text.append(el('div', 'margin-top: 0.2rem;', msg('warningEmbedded', [kindsText(embedded.map((f) => f.kind))])));
      }
      for (const p of frames) {
        if (p.frameId !== 0) text.append(el('div', 'margin-top: 0.1rem; font-size: 13px;', msg('warningFrame', [frameHost(p.url)])));
      }
      const why = raised ? msg('notMeWhy') : whyLine(all);
      if (why) text.append(el('div', 'margin-top: 0.2rem; font-size: 14px; opacity: 0.95;', why));
      // "Don't submit it" only makes sense where a form was filled in for them.
      text.append(el('div', 'margin-top: 0.2rem; font-weight: 600;', msg(form.length > 0 ? 'warningWhatToDo' : 'warningWhatToDoNoForm')));
    }

    // May shrink to the bar's width and wrap its buttons (360 px phones).
    const buttons = el('div', 'display: flex; flex-wrap: wrap; gap: 0.5rem; flex: 0 1 auto; max-width: 100%;');
    const notNow = () => {
      dismissed = key;
      remove();
    };
    let documentButton = null;
    if (calm) {
      buttons.append(
        calmButton(msg('warningThisIsMe'), false, () => actions.onThisIsMe(), look),
        calmButton(msg('warningNotMe'), true, () => actions.onNotMe(), look),
        calmButton(msg('warningDismiss'), false, notNow, look),
      );
    } else {
      documentButton = button(msg('warningDocument'), false, () => actions.onDocument());
      buttons.append(
        button(msg('warningThisIsMe'), false, () => actions.onThisIsMe()),
        documentButton,
        button(msg('warningDismiss'), true, notNow),
      );
    }
    const collapseButton = (calm ? calmButton : button)(msg('warningCollapse'), false, () => collapse(true), look);
    collapseButton.setAttribute('aria-expanded', 'true');
    // First: the actions stay last, where Shift+Tab from the page reaches
    // them ("Not now", then "Document it" or "Not me").
    buttons.prepend(collapseButton);
    const panel = el('div', 'flex: 1 1 100%; display: none;');
    const status = el('div', 'flex: 1 1 100%; font-weight: 600; display: none;');
    status.setAttribute('aria-live', 'polite');

    bar.append(text, buttons, panel, status);
    bar.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && panel.style.display === 'none') collapse(true);
    });

    // The marker the banner collapses to: it stays, and opens it again.
    const marker = el('button',
      `font: 600 14px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; display: none; ` +
      `padding: 0.45rem 0.8rem; border-radius: 999px; cursor: pointer; border: 2px solid ${look.edge}; ` +
      `background: ${look.bg}; color: ${look.fg}; box-shadow: 0 2px 8px rgba(0, 0, 0, 0.35);`,
      `\u26A0 ${msg('markerText', [msg(`popup_severity_${severity}`)])}`);
    marker.type = 'button';
    marker.setAttribute('aria-expanded', 'false');
    marker.setAttribute('aria-label', msg('markerLabel', [msg(`popup_severity_${severity}`)]));
    marker.addEventListener('click', () => collapse(false));
    marker.addEventListener('focus', () => { marker.style.outline = `3px solid ${look.edge}`; marker.style.outlineOffset = '2px'; });
    marker.addEventListener('blur', () => { marker.style.outline = ''; });

    const h = host;
    /** Collapses the banner to the marker (true) or opens it again (false), keeping the keyboard's place. */
    function collapse(on) {
      if (host !== h) return;
      bar.style.display = on ? 'none' : 'flex';
      marker.style.display = on ? 'block' : 'none';
      if (on) {
        unplace();
        fix(h, hostCss('bottom: 0.75rem;', 'right: 0.75rem; left: auto;'));
        guardHost(h);
        marker.focus();
      } else {
        place(h, bar);
        collapseButton.focus();
      }
    }

    root.append(bar, marker);
    document.documentElement.append(host);
    toTopLayer(host);
    place(host, bar);
    parts = { buttons, status, panel, documentButton };
    outline(all, roots);
  }

  function focusDocument() {
    if (parts && parts.documentButton) parts.documentButton.focus();
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

  // --- the offer after a form the user sent ------------------------------

  const OFFER_BLUE = '#1d4e6b';
  /** How long "Added" stays before the bar goes. */
  const OFFER_DONE_MS = 2500;
  let offerHost = null;

  function removeOffer() {
    if (offerHost) offerHost.remove();
    offerHost = null;
  }

  /** The offer's list: one line per value, "Name: Katrin Vogelsang", as text. */
  function offerList(additions) {
    const list = el('ul', 'margin: 0.3rem 0 0; padding: 0; list-style: none;');
    for (const [k, v] of claimLines(additions)) {
      const li = el('li', '');
      li.append(el('span', 'font-weight: 600;', `${k}: `), el('span', 'overflow-wrap: anywhere;', v));
      list.append(li);
    }
    return list;
  }

  /**
   * "Add what you typed to your NotMine profile?": after the user sent a
   * site's account or checkout form (learning switched on), the values the
   * profile lacks, in clear — they are the user's own, typed by them, and
   * shown so they can check them before saying yes. A calm bar, not a
   * warning: nothing is wrong. It takes no focus; both buttons are real
   * buttons. `answer(accept)` is the background's round trip; after "Add"
   * the bar says so briefly and goes, "Not now" closes it at once.
   */
  function offer(o, answer) {
    removeOffer();
    const lines = claimLines(o.additions ?? {});
    if (lines.length === 0) return;
    const made = makeHost('bottom: 0;', false);
    offerHost = made.host;
    const bar = el('div',
      'box-sizing: border-box; display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1.25rem; ' +
      `padding: 0.75rem 1.25rem; background: ${OFFER_BLUE}; color: #fff; max-height: 60vh; overflow: auto; ` +
      'font: 15px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; ' +
      'box-shadow: 0 -2px 8px rgba(0, 0, 0, 0.25); border-top: 3px solid #0f3147;');
    bar.setAttribute('role', 'region');
    bar.setAttribute('aria-label', msg('offerTitle'));

    const text = el('div', 'flex: 1 1 24rem; min-width: 0;');
    text.append(
      el('strong', 'display: block; font-size: 16px; font-weight: 700;', msg('offerTitle')),
      el('div', 'margin-top: 0.2rem;', msg('offerExplain', [o.site || location.hostname])),
      offerList(o.additions ?? {}),
    );
    const status = el('div', 'flex: 1 1 100%; font-weight: 600; display: none;');
    status.setAttribute('aria-live', 'polite');
    const buttons = el('div', 'display: flex; flex-wrap: wrap; gap: 0.5rem; flex: 0 0 auto;');
    const add = button(msg('offerAdd'), true, async () => {
      add.disabled = true;
      no.disabled = true;
      try {
        await answer(true);
        buttons.style.display = 'none';
        status.textContent = msg('offerAdded');
        status.style.display = 'block';
        const mine = offerHost;
        setTimeout(() => { if (offerHost === mine) removeOffer(); }, OFFER_DONE_MS);
      } catch (e) {
        status.textContent = msg('warningFailed', [e.message]);
        status.style.display = 'block';
        add.disabled = false;
        no.disabled = false;
      }
    }, OFFER_BLUE);
    const no = button(msg('offerDismiss'), false, () => {
      removeOffer();
      answer(false).catch(() => {});
    });
    buttons.append(add, no);
    bar.append(text, buttons, status);
    made.root.append(bar);
    document.documentElement.append(offerHost);
  }

  /** True for our banner, our offer, our outlines and anything inside them. */
  const owns = (node) => [host, offerHost, overlay?.host ?? null].some((h) => h !== null && (node === h || h.contains(node)));

  /** A new page view (a route change): the banner may be restored afresh. */
  function newView() {
    restores = 0;
  }

  globalThis.notmineWarning = Object.freeze({
    show,
    outline,
    remove,
    status,
    confirmClaim,
    focusDocument,
    offer,
    owns,
    newView,
  });
})();
