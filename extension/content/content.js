/**
 * NotMine content script: the messenger. No detection logic lives here.
 *
 * Runs at document_idle in every frame, after content/snapshot.js and
 * content/warning.js. It builds the page snapshot, sends it to the background
 * (where the Rust core judges it) and renders the answer.
 *
 * Which frames send: the top frame, and every frame whose parent it cannot
 * read (a cross-origin frame). A same-origin frame is already part of its
 * parent's snapshot, so it stays quiet; the parent watches it.
 *
 * Later changes: single-page apps fill account views after load, so a
 * MutationObserver watches the page, its open shadow roots and its
 * same-origin frames. It is built to cost nothing on pages that do not
 * change and little on pages that do:
 *   - records that cannot change the snapshot (scripts, styles, our own
 *     banner, attributes the snapshot does not read) are ignored;
 *   - the rest are debounced (QUIET_MS), with a ceiling (MAX_WAIT_MS) so a
 *     busy page is still looked at;
 *   - a new snapshot is sent only when it differs from the last one sent;
 *   - MAX_CHANGE_SCANS change scans and MAX_WORK_MS of snapshot work per
 *     page view, and GIVE_UP_MS of mutating without settling; past any of
 *     them the page is sampled instead: one look every SAMPLE_MS at most,
 *     and never more than SAMPLE_SHARE of the time (a page that mutates
 *     for ever is still watched, at a cost that stays small);
 *   - a new page view starts a fresh budget: a single-page app's route
 *     change (the URL changes; `popstate`, `hashchange`, or a mutation seen
 *     at a new URL) and a page restored from the back/forward cache.
 * Values set by script (`input.value = …`) change no attribute and fire no
 * mutation, so a page with form controls gets one more look LATE_LOOK_MS
 * after idle.
 */
(() => {
  'use strict';

  const { api } = globalThis.notmineShared ?? {};
  const ui = globalThis.notmineWarning;
  if (!api?.runtime?.id || typeof globalThis.notmineSnapshot !== 'function' || !ui || !globalThis.NotMineMessages) return;
  const { Type, TO_CONTENT } = globalThis.NotMineMessages;

  const QUIET_MS = 400;
  const MAX_WAIT_MS = 2000;
  const GIVE_UP_MS = 15000;
  const MAX_CHANGE_SCANS = 25;
  const MAX_WORK_MS = 1500;
  const LATE_LOOK_MS = 1500;
  const FIRST_LOOK_MAX_MS = 1000;
  const SAMPLE_MS = 5000;
  const SAMPLE_SHARE = 0.02;

  const isTop = window === window.top;

  /** True when this frame's parent can read it, so it is in its snapshot. */
  function inlinedByParent() {
    if (isTop) return false;
    try {
      return window.parent.document !== null && window.frameElement !== null;
    } catch (_) {
      return false;
    }
  }
  if (inlinedByParent()) return;

  /**
   * What the user typed, per control: the value right after their last
   * trusted input or change event. A control is `user_modified` only while
   * it still holds that value, so a script that overwrites a field after a
   * keystroke (and submits with `click()`) sends the script's value as the
   * page's, not as the user's: it teaches the site's memory nothing.
   */
  const typedValue = new WeakMap();
  const valueOf = (el) => (el.type === 'checkbox' || el.type === 'radio' ? String(el.checked) : el.value);
  const touched = (e) => {
    if (!e.isTrusted) return;
    const t = e.composedPath()[0]; // the real control, even inside a shadow root
    if (t instanceof Element && 'value' in t) typedValue.set(t, valueOf(t));
  };
  /** The `modified` set the snapshot asks (content/snapshot.js `liveFlags`). */
  const modified = {
    has: (el) => typedValue.has(el) && typedValue.get(el) === valueOf(el),
  };

  /** Documents and shadow roots being watched (the page's own, then more as found). */
  const watched = new WeakSet();
  const roots = [document];
  let observer = null;
  const OBSERVE = {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: [
      'name', 'id', 'type', 'autocomplete', 'placeholder', 'aria-label', 'aria-labelledby',
      'title', 'for', 'role', 'class', 'hidden', 'aria-hidden', 'style', 'value',
      'selected', 'checked', 'lang',
    ],
  };

  function watch(root) {
    if (watched.has(root)) return;
    watched.add(root);
    if (root !== document) roots.push(root);
    root.addEventListener('input', touched, true);
    root.addEventListener('change', touched, true);
    // `submit` does not leave a shadow root: each root gets its own listener.
    root.addEventListener('submit', submitted, true);
    if (observer !== null) observer.observe(root, OBSERVE);
  }
  watch(document);

  const origin = performance.timeOrigin;
  /**
   * When this document's response began to arrive (ms since the epoch,
   * Navigation Timing), or 0: the background tells this document's
   * response headers from a later navigation's by it (background/wire.js).
   */
  function respondedAt() {
    try {
      const nav = performance.getEntriesByType('navigation')[0];
      if (!nav || !(nav.responseStart > 0)) return 0;
      // On the wall clock the browser stamps webRequest events with: the
      // page's clock can lag it (a machine that slept since the browser
      // started), by as much as this difference says.
      const lag = Date.now() - (origin + performance.now());
      return origin + nav.responseStart + lag;
    } catch (_) {
      return 0;
    }
  }
  /** The last snapshot sent without its inline scripts: the object, or its JSON once a change check needed it. */
  let lastSent = null;
  /** The inline scripts (`snapshot.data`) last sent, which the background keeps for this document. */
  let lastData = null;
  let workMs = 0;
  let changeScans = 0;

  /** The snapshot now; the time it took is added to this page's budget. */
  function snapshotNow() {
    const t0 = performance.now();
    const snap = globalThis.notmineSnapshot(document, { modified, onRoot: watch });
    lastLookMs = performance.now() - t0;
    workMs += lastLookMs;
    return snap;
  }

  /** Whether two lists of inline scripts are the same, block by block. */
  function sameData(a, b) {
    if (a === undefined) a = [];
    if (b === undefined) b = [];
    return a.length === b.length
      && a.every((x, i) => x.text === b[i].text && x.type === b[i].type && x.id === b[i].id);
  }

  /**
   * Builds and sends a snapshot. `reason` is "load", "change" or "scan"; a
   * change is sent only when the snapshot differs from the last one sent.
   * Inline scripts travel only when they changed since the last snapshot
   * sent (a page's embedded data can be a megabyte; a busy page is checked
   * again and again); the background keeps the last ones of each document,
   * and asks for them again (`resend`) if it no longer has them.
   */
  async function check(reason, scanId, force = false) {
    let snapshot;
    try {
      snapshot = snapshotNow();
    } catch (e) {
      console.warn('NotMine: cannot read the page:', e);
      return;
    }
    const { data, ...rest } = snapshot;
    const dataSame = lastData !== null && sameData(data, lastData);
    if (reason === 'change') {
      // Serialised only here, not on every load: most pages never change.
      const text = JSON.stringify(rest);
      if (lastSent !== null && typeof lastSent !== 'string') lastSent = JSON.stringify(lastSent);
      if (text === lastSent && dataSame && !force) return;
      lastSent = text;
    } else {
      lastSent = rest;
    }
    lastData = data ?? [];
    let reply;
    try {
      const leaving = lastSubmit !== null && navigates(lastSubmit);
      const send = (full) => api.runtime.sendMessage({
        type: Type.snapshot, snapshot: full ? snapshot : rest, reason, origin, responded: respondedAt(), scanId, leaving, dataSame: !full,
      });
      reply = await send(!dataSame);
      // The background was restarted and no longer has this document's scripts.
      if (reply && reply.resend) reply = await send(true);
    } catch (e) {
      // The extension was reloaded or updated under this page: stop quietly.
      stopWatching();
      return;
    }
    if (!reply || reply.error) {
      if (reply) console.warn('NotMine:', reply.error);
      return;
    }
    // Subframes that warned before this frame's listener was there.
    if (isTop && Array.isArray(reply.frames)) {
      for (const f of reply.frames) frameVerdicts.set(f.frameId, { verdict: f.verdict, url: f.url });
    }
    render(reply.verdict, reply.silenced);
    if (reply.offer && isTop) ui.offer(reply.offer, answerOffer);
  }

  // --- learning from what the user typed ---------------------------------

  /** The last form this document sent, to tell whether it is being left. */
  let lastSubmit = null;

  /**
   * A form the user sends: this frame's snapshot goes to the background,
   * which learns from what the user typed (the site's memory of them; with
   * the opt-in, an offer for the profile, shown on the next page). Fire and
   * forget: the snapshot is synchronous and cheap, nothing waits for the
   * answer, and the submit is never cancelled. A page that handles the
   * submit itself and stays (a single-page app) is checked again once the
   * background has the offer ready, so the offer appears there.
   */
  function submitted(e) {
    if (!e.isTrusted) return;
    lastSubmit = e;
    try {
      api.runtime.sendMessage({ type: Type.submitted, snapshot: snapshotNow() }).then((r) => {
        if (r && r.offer && isTop && !navigates(e)) check('scan');
      }, () => {});
    } catch (_) {
      // an unreadable page, or the extension was reloaded under it
    }
  }

  /**
   * True when a submit that was not cancelled replaces this document: not a
   * dialog form, not one sent to another window, not one that only loads a
   * same-origin frame anew. Read after the event's dispatch, when the
   * page's own handlers have had their say. A document being left asks for
   * no offer: it would be shown and gone at once.
   */
  function navigates(e) {
    const form = e.target;
    // Not `instanceof`: a same-origin frame's form is of another realm.
    if (e.defaultPrevented || !form || form.localName !== 'form') return false;
    const s = e.submitter;
    const method = s && s.hasAttribute('formmethod') ? s.formMethod : form.method;
    const target = (s && s.hasAttribute('formtarget') ? s.formTarget : form.target).toLowerCase();
    if (method === 'dialog') return false;
    return form.ownerDocument === document ? ['', '_self', '_parent', '_top'].includes(target) : target === '_top';
  }

  /** The offer's answer, to the background; resolves when it is done. */
  async function answerOffer(accept) {
    const r = await api.runtime.sendMessage({ type: Type.offerAnswer, accept });
    if (!r || r.error) throw new Error(r ? r.error : 'no answer');
  }

  // --- the banner ------------------------------------------------------

  /** Top frame: the verdicts of every frame that warned, by frame id. */
  const frameVerdicts = new Map();
  /** The user said "Not me" on this page view: its warning is high. */
  let raised = false;

  function render(verdict, silenced) {
    if (silenced) {
      ui.remove();
      return;
    }
    if (!isTop) {
      // The top frame shows the banner; here, only outline the fields.
      ui.outline(verdict.warn ? verdict.findings : [], roots);
      return;
    }
    frameVerdicts.set(0, { verdict, url: location.href });
    show();
  }

  function show() {
    const parts = [...frameVerdicts.entries()]
      .filter(([, v]) => v.verdict.warn)
      .map(([frameId, v]) => ({ frameId, url: v.url, findings: v.verdict.findings }));
    if (parts.length === 0) {
      ui.remove();
      return;
    }
    ui.show(parts, roots, { onThisIsMe: thisIsMe, onNotMe: notMe, onDocument: documentIt }, raised);
  }

  /** "Not me": the page is high from now on; the banner says so and offers to document it. */
  async function notMe() {
    try {
      const r = await api.runtime.sendMessage({ type: Type.notMe });
      if (!r || r.error) throw new Error(r ? r.error : 'no answer');
      raised = true;
      show();
      ui.status('notMeDone');
      ui.focusDocument();
    } catch (e) {
      ui.status('warningFailed', [e.message]);
    }
  }

  async function thisIsMe() {
    let snapshot;
    try {
      snapshot = snapshotNow();
      const c = await api.runtime.sendMessage({ type: Type.claim, snapshot });
      if (!c || c.error) throw new Error(c ? c.error : 'no answer');
      const ok = await ui.confirmClaim(c);
      if (!ok) return;
      const done = await api.runtime.sendMessage({ type: Type.claimConfirm, token: c.token });
      if (!done || done.error) throw new Error(done ? done.error : 'no answer');
      ui.status('claimDone');
      frameVerdicts.clear();
      setTimeout(() => check('scan'), 2000);
    } catch (e) {
      ui.status('warningFailed', [e.message]);
    }
  }

  async function documentIt() {
    try {
      const r = await api.runtime.sendMessage({ type: Type.document });
      if (!r || r.error) throw new Error(r ? r.error : 'no answer');
      ui.status('warningDocumented');
    } catch (e) {
      ui.status('warningFailed', [e.message]);
    }
  }

  // --- messages from the background -------------------------------------

  api.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    if (!message) return false;
    if (message.type === TO_CONTENT.rescan) {
      check('scan', message.scanId);
      // Only the top frame answers, so the popup's request resolves once.
      if (isTop) sendResponse({ ok: true });
      return false;
    }
    if (message.type === TO_CONTENT.recheck) {
      // The document's response headers reached the background after its
      // snapshot did: the same snapshot, judged again with them.
      if (!stopped) check('change', undefined, true);
      return false;
    }
    if (message.type === TO_CONTENT.snapshotRequest) {
      try {
        sendResponse({ snapshot: snapshotNow() });
      } catch (e) {
        sendResponse({ error: e.message });
      }
      return false;
    }
    if (message.type === TO_CONTENT.frameWarning && isTop) {
      frameVerdicts.set(message.frameId, { verdict: message.verdict, url: message.url });
      show();
      return false;
    }
    return false;
  });

  // --- watching for changes --------------------------------------------

  let timer = 0;
  let firstPending = 0;
  let busySince = 0;
  let lastMutation = 0;
  /** The extension went away under this page (reloaded, updated): for good. */
  let stopped = false;
  /** The page view's budget is spent: look only now and then. */
  let sampling = false;
  let lastSample = 0;
  let lastLookMs = 0;
  /** The URL of the page view the budget belongs to. */
  let viewUrl = location.href;

  function stopWatching() {
    stopped = true;
    if (observer !== null) observer.disconnect();
    clearTimeout(timer);
  }

  /** A new page view (route change, back/forward cache): a fresh budget. */
  function newView() {
    viewUrl = location.href;
    ui.newView();
    changeScans = 0;
    workMs = 0;
    busySince = 0;
    firstPending = 0;
    sampling = false;
  }

  /** Looks at a page whose budget is spent, at most once per sampling period. */
  function sample() {
    if (timer !== 0) return;
    const gap = Math.max(SAMPLE_MS, lastLookMs / SAMPLE_SHARE);
    const wait = Math.max(0, lastSample + gap - performance.now());
    timer = setTimeout(() => {
      timer = 0;
      lastSample = performance.now();
      if (!stopped) check('change');
    }, wait);
  }

  /** True when a mutation record could change what the snapshot holds. */
  function matters(r) {
    const t = r.target;
    if (ui.owns(t)) return false;
    if (r.type === 'characterData') {
      const p = t.parentNode;
      return !(p && p.nodeType === 1 && IGNORED.has(p.localName));
    }
    if (r.type === 'attributes') {
      // The banner pushes the page down with a margin on <html>: that
      // change is ours, and says nothing about the page's data.
      if (t === document.documentElement && r.attributeName === 'style') return false;
      return !IGNORED.has(t.localName);
    }
    for (const list of [r.addedNodes, r.removedNodes]) {
      for (const n of list) {
        if (n.nodeType === 3) return true;
        if (n.nodeType === 1 && !IGNORED.has(n.localName) && !ui.owns(n)) return true;
      }
    }
    return false;
  }
  const IGNORED = new Set(['script', 'style', 'link', 'meta', 'noscript', 'template', 'svg', 'canvas', 'head', 'title']);

  function onMutations(records) {
    if (stopped || !records.some(matters)) return;
    if (location.href !== viewUrl) newView();
    schedule();
  }

  function schedule() {
    if (stopped) return;
    if (sampling) {
      sample();
      return;
    }
    const now = performance.now();
    if (busySince === 0 || now - lastMutation > QUIET_MS) busySince = now;
    lastMutation = now;
    if (now - busySince > GIVE_UP_MS) {
      sampling = true;
      clearTimeout(timer);
      timer = 0;
      sample(); // a page that never settles: looked at now and then
      return;
    }
    if (firstPending === 0) firstPending = now;
    clearTimeout(timer);
    const wait = now - firstPending >= MAX_WAIT_MS ? 0 : QUIET_MS;
    timer = setTimeout(changed, wait);
  }

  function changed() {
    timer = 0;
    firstPending = 0;
    if (stopped) return;
    changeScans += 1;
    if (changeScans >= MAX_CHANGE_SCANS || workMs >= MAX_WORK_MS) sampling = true;
    lastSample = performance.now();
    check('change');
  }

  // A single-page app's route change is a new page view.
  for (const type of ['popstate', 'hashchange']) {
    window.addEventListener(type, () => {
      if (stopped || location.href === viewUrl) return;
      newView();
      schedule();
    });
  }

  // Same-origin frames that load after the first snapshot: look again.
  document.addEventListener('load', (e) => {
    const t = e.target;
    if (!stopped && t instanceof Element && (t.localName === 'iframe' || t.localName === 'frame')) {
      schedule();
    }
  }, true);

  // A page restored from the back/forward cache is shown again: judge it
  // again, as a new load, so the badge and the popup describe it.
  window.addEventListener('pageshow', (e) => {
    if (!e.persisted) return;
    lastSubmit = null; // back on a page that was left: it is shown again
    newView();
    check('load');
  });

  /**
   * On a reload or a back/forward navigation the browser may put back what
   * was in the form before (form restoration), without any event. That is
   * the user's only if the user typed it: Firefox restores a reloaded
   * contest form with the *previous* stranger's data, which the page sent.
   * So what the user types is remembered, hashed, in the background's
   * session storage, and a restored value counts as theirs only when it is
   * one of those.
   */
  async function claimRestoredValues() {
    const nav = performance.getEntriesByType('navigation')[0];
    if (!nav || (nav.type !== 'reload' && nav.type !== 'back_forward')) return;
    const restored = [...document.querySelectorAll('input, textarea')]
      .filter((c) => c.value !== c.defaultValue && c.value.trim() !== '');
    if (restored.length === 0) return;
    try {
      const r = await api.runtime.sendMessage({ type: Type.typedCheck, values: restored.map((c) => c.value).slice(0, 1000) });
      restored.forEach((c, i) => { if (r && r.known && r.known[i]) typedValue.set(c, valueOf(c)); });
    } catch (_) {
      // no answer: judge the values as the page's
    }
  }

  /** Remembers what the user typed (see claimRestoredValues). */
  document.addEventListener('change', (e) => {
    const t = e.composedPath()[0];
    if (!e.isTrusted || !(t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement)) return;
    if (t.type === 'password' || t.value.trim() === '') return;
    api.runtime.sendMessage({ type: Type.typed, value: t.value.slice(0, 2000) }).catch(() => {});
  }, true);

  observer = new MutationObserver(onMutations);
  for (const r of roots) observer.observe(r, OBSERVE);

  /**
   * Resolves once the page's load event is over, or after `maxMs`: the first
   * look waits for it, so that NotMine's work never delays a page's load
   * event (tools/pageload.mjs measured it at +13 % in Chromium otherwise,
   * the snapshot running while images were still coming). A page whose
   * load hangs on a slow resource is looked at after `maxMs` all the same.
   */
  function afterLoad(maxMs) {
    if (document.readyState === 'complete') return Promise.resolve();
    return new Promise((resolve) => {
      let timer = 0;
      const go = () => {
        clearTimeout(timer);
        window.removeEventListener('load', go);
        setTimeout(resolve, 0); // after every load handler: loadEventEnd is set
      };
      timer = setTimeout(go, maxMs);
      window.addEventListener('load', go);
    });
  }

  claimRestoredValues().then(() => afterLoad(FIRST_LOOK_MAX_MS)).then(() => check('load')).then(() => {
    // Roots found by the first snapshot were watched through `watch`.
    if (document.querySelector('input, select, textarea') !== null) {
      setTimeout(() => { if (!stopped) check('change'); }, LATE_LOOK_MS);
    }
  });

})();
