/**
 * NotMine background: the only place the Rust core (wasm) runs.
 *
 * Chrome runs this file as a module service worker, Firefox as a module event
 * page (manifest `background.service_worker` / `background.scripts`). Rules
 * both impose (see ../shared/platform-notes.md):
 *   - the wasm-bindgen glue is imported statically (`import()` is not allowed
 *     in a service worker);
 *   - no top-level `await`: the core's `init()` is started once as a promise
 *     and awaited inside the handlers;
 *   - listeners are registered synchronously, on the first turn, so an event
 *     that woke the worker is delivered;
 *   - the worker is stopped when idle: per-tab verdicts live in
 *     `storage.session`, the profile in `storage.local`, never in globals only.
 *
 * Content scripts send `{type: 'snapshot', snapshot}`; the reply is the
 * core's verdict, or `{error: message}`.
 */
import init, { judge } from './pkg/notmine.js';

const api = globalThis.browser ?? globalThis.chrome;

/** The core, instantiated once; retried on the next message if it failed. */
let ready = init();
ready.catch(() => {}); // reported when a handler awaits it

function core() {
  return ready.catch(() => {
    ready = init();
    return ready;
  });
}

/** The user's profile from `storage.local` (`profile`), or null. */
async function loadProfile() {
  const got = await api.storage.local.get('profile');
  return got && got.profile != null ? got.profile : null;
}

/** Badge: number of findings, red when warning; cleared otherwise. */
async function setBadge(tabId, verdict) {
  const action = api.action;
  if (!action || tabId == null) return;
  if (verdict.warn) {
    await action.setBadgeBackgroundColor({ tabId, color: '#c62828' });
    if (action.setBadgeTextColor) await action.setBadgeTextColor({ tabId, color: '#ffffff' });
    await action.setBadgeText({ tabId, text: String(verdict.findings.length) });
  } else {
    await action.setBadgeText({ tabId, text: '' });
  }
}

async function onSnapshot(snapshot, sender) {
  await core();
  const profile = await loadProfile();
  const verdict = judge(snapshot, profile);
  const tabId = sender && sender.tab ? sender.tab.id : undefined;
  // Only the top frame speaks for the tab (subframes do not send yet).
  const top = !sender || sender.frameId === undefined || sender.frameId === 0;
  if (tabId !== undefined && tabId >= 0 && top) {
    await api.storage.session.set({
      [`tab:${tabId}`]: { url: snapshot.url, at: Date.now(), verdict },
    });
    await setBadge(tabId, verdict);
  }
  return verdict;
}

function errorReply(e) {
  return { error: e && e.message ? e.message : String(e) };
}

// sendResponse + `return true` is the asynchronous reply both browsers accept.
api.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (!message || message.type !== 'snapshot') return false;
  onSnapshot(message.snapshot, sender).then(sendResponse, (e) => {
    console.warn('NotMine: cannot judge the page:', e);
    sendResponse(errorReply(e));
  });
  return true;
});

api.tabs?.onRemoved?.addListener((tabId) => {
  api.storage.session.remove(`tab:${tabId}`).catch(() => {});
});
