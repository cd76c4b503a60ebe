/**
 * NotMine background: the only place the Rust core (wasm) runs besides the
 * extension's own pages. Messages and storage keys: docs/extension.md.
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
 *     `storage.session`, everything the user owns in `storage.local`, never in
 *     globals only. The only globals are the core and a per-tab queue, both
 *     rebuilt for free after a restart.
 */
import init, { claim, incidentRecord, judgeInContext, mergeProfile, peopleOf, typedIdentity } from './pkg/notmine.js';
import { api } from './lib/browser.js';
import * as store from './lib/store.js';

/** The core, instantiated once; retried on the next message if it failed. */
let ready = init();
ready.catch(() => {}); // reported when a handler awaits it

function core() {
  return ready.catch(() => {
    ready = init();
    return ready;
  });
}

/**
 * Per-tab work runs one piece at a time: several frames of one tab answer at
 * once, and each answer is a read-modify-write of the tab's session entry.
 */
const queues = new Map();
function serial(tabId, job) {
  const prev = queues.get(tabId) ?? Promise.resolve();
  const next = prev.then(job, job);
  const tail = next.catch(() => {});
  queues.set(tabId, tail);
  tail.then(() => {
    if (queues.get(tabId) === tail) queues.delete(tabId);
  });
  return next;
}

const BADGE_RED = '#c62828';
const BADGE_GREY = '#616161';

/** Badge: number of findings over all frames; red when warning, grey when the site is silenced. */
async function setBadge(tabId, tab, silenced) {
  const action = api.action;
  if (!action) return;
  let count = 0;
  for (const f of Object.values(tab?.frames ?? {})) count += f.verdict?.findings?.length ?? 0;
  if (count === 0) {
    await action.setBadgeText({ tabId, text: '' });
    return;
  }
  await action.setBadgeBackgroundColor({ tabId, color: silenced ? BADGE_GREY : BADGE_RED });
  if (action.setBadgeTextColor) await action.setBadgeTextColor({ tabId, color: '#ffffff' });
  await action.setBadgeText({ tabId, text: count > 99 ? '99+' : String(count) });
}

/**
 * Storing a verdict for the popup. A page with thousands of controls makes a
 * large `fields` list; if the session area refuses it, the findings are kept
 * and the field list is dropped with a note rather than losing the verdict.
 */
async function putFrame(tabId, frameId, entry) {
  try {
    return await store.putFrame(tabId, frameId, entry);
  } catch (e) {
    const verdict = { ...entry.verdict, fields: [], notes: [...(entry.verdict.notes ?? []), `field list not kept: ${e.message}`] };
    return store.putFrame(tabId, frameId, { ...entry, verdict });
  }
}

/**
 * Local per-site work runs one piece at a time too (several tabs of one
 * site update its numbers at once).
 */
const siteQueue = { tail: Promise.resolve() };
function siteSerial(job) {
  const next = siteQueue.tail.then(job, job);
  siteQueue.tail = next.catch(() => {});
  return next;
}

async function onSnapshot(message, sender) {
  await core();
  const [profile, silencedMap, key, settings] = await Promise.all([
    store.getProfile(), store.getSilenced(), store.getKey(), store.getSettings(),
  ]);
  const snapshot = message.snapshot;
  const host = store.hostOf(sender.tab?.url ?? snapshot.url);
  const load = Number(message.origin) || 0;
  const page = pageOf(snapshot.url);
  const [seen, identities] = await Promise.all([page ? store.getSeen(page) : null, store.getIdentities()]);
  // The previous *load* of this page: while one document changes, the load
  // before it stays the comparison.
  const previous = !seen ? [] : seen.load === load ? seen.previous : seen.people;
  const { verdict, people, own } = judgeInContext(snapshot, profile, key, { previous, site: identities[host] ?? [] });
  if (page && people.length > 0) {
    await store.putSeen(page, { load, people, previous });
  }
  if (own) await store.addIdentities(host, people);
  const silenced = Object.hasOwn(silencedMap, host);
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) return { verdict, silenced };
  const frameId = sender.frameId ?? 0;
  let firstWarning = false;
  let offer = null;
  await serial(tabId, async () => {
    const tab = await putFrame(tabId, frameId, {
      url: snapshot.url,
      title: snapshot.title,
      at: new Date().toISOString(),
      reason: message.reason ?? 'load',
      origin: Number(message.origin) || 0,
      scanId: message.scanId ?? null,
      verdict,
    });
    // A page load counts once for its site, on its first finding, in
    // whichever frame and whenever (single-page apps warn after load).
    const top = tab.frames['0'];
    if (verdict.warn && top && !top.counted) {
      top.counted = true;
      firstWarning = true;
      await store.putFrame(tabId, 0, top);
    }
    await setBadge(tabId, tab, silenced);
    // In the tab's queue: a form sent just before this page's load has
    // left its offer by now (onSubmitted runs in the same queue).
    if (frameId === 0) offer = await takeOffer(tabId, settings.learn, !verdict.warn && !message.leaving);
  });
  if (verdict.warn) {
    siteSerial(() => store.noteSite(host, { load: firstWarning, people })).catch(() => {});
    if (firstWarning && settings.autoRecord && verdict.severity === 'high' && !silenced) {
      onDocument(tabId, 'auto', '').catch((e) => console.warn('NotMine: automatic record failed:', e));
    }
  }
  // A subframe's warning is shown in the top frame's banner, where the user
  // looks; the subframe outlines its own fields.
  if (frameId !== 0 && verdict.warn && !silenced) {
    api.tabs.sendMessage(tabId, { type: 'frame-warning', frameId, url: snapshot.url, verdict }, { frameId: 0 })
      .catch(() => {});
  }
  return offer ? { verdict, silenced, offer } : { verdict, silenced };
}

/** True when a profile object holds at least one entry. */
function hasEntries(profile) {
  return Object.values(profile ?? {}).some((v) => Array.isArray(v) && v.length > 0);
}

/**
 * A form the user sent (docs/extension.md: `submitted`).
 * What they typed into a site's own account, profile or checkout form is
 * who that site should show them as, so its keyed hashes join the site's
 * memory — always: no value in clear is kept for it. The core decides
 * whether the page is such a form and the values one person. With the
 * learning opt-in, the values the profile lacks wait, in session storage,
 * for the tab's next page that does not warn; the profile gets them only if
 * the user then says yes.
 */
async function onSubmitted(message, sender) {
  await core();
  const [profile, key, settings] = await Promise.all([store.getProfile(), store.getKey(), store.getSettings()]);
  const snapshot = message.snapshot;
  const host = store.hostOf(sender.tab?.url ?? snapshot.url);
  const { additions, people } = typedIdentity(snapshot, profile, key);
  if (people.length > 0) await siteSerial(() => store.addIdentities(host, people));
  const tabId = sender.tab?.id;
  if (!settings.learn || !hasEntries(additions) || tabId === undefined || tabId < 0) return { offer: false };
  await store.putOffer(tabId, { site: host, additions, at: new Date().toISOString(), shown: false });
  return { offer: true };
}

/**
 * The tab's pending offer, for a verdict of its top frame: handed out once,
 * when `show` (nothing to warn about, the page not being left), and marked
 * shown, so a page left unanswered does not bring it back; kept until
 * answered. Looking drops an expired offer (store.getOffer), and any offer
 * once learning was switched off.
 */
async function takeOffer(tabId, learn, show) {
  const offer = await store.getOffer(tabId);
  if (!offer) return null;
  if (!learn) {
    await store.removeOffer(tabId);
    return null;
  }
  if (offer.shown || !show) return null;
  await store.putOffer(tabId, { ...offer, shown: true });
  return { site: offer.site, additions: offer.additions };
}

/**
 * The user's answer to the offer: "Add to my profile" merges the values the
 * background kept (not whatever the page sends) into the profile; either
 * answer ends the offer.
 */
async function onOfferAnswer(message, sender) {
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) throw new Error('no tab');
  const offer = await store.getOffer(tabId);
  await store.removeOffer(tabId);
  if (!message.accept) return { ok: true };
  if (!offer) throw new Error('the offer has expired');
  await core();
  const profile = mergeProfile(await store.getProfile(), offer.additions);
  await store.setProfile(profile);
  return { profile };
}

/** Origin and path of a URL: what "the same page" means for drift. */
function pageOf(url) {
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? u.origin + u.pathname : '';
  } catch (_) {
    return '';
  }
}

/** Pages no extension may read: the browser's own, and the add-on stores. */
function unreadable(url) {
  if (!url) return false;
  if (!/^(https?|file|ftp):/i.test(url)) return true;
  return /^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)\//i.test(url);
}

const SCAN_SETTLE_MS = 300;
const SCAN_MAX_MS = 4000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * "Scan this page": every frame that sends snapshots rebuilds one now. The
 * request goes to all frames at once; the top frame's arrival, then a short
 * quiet spell with no further frame arriving, ends the wait.
 */
async function scan(tabId) {
  const tabInfo = await api.tabs.get(tabId).catch(() => null);
  const url = tabInfo?.url ?? '';
  if (unreadable(url)) {
    return { unreachable: true, url, error: 'browser page or add-on store' };
  }
  const scanId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  try {
    await api.tabs.sendMessage(tabId, { type: 'rescan', scanId });
  } catch (e) {
    return { unreachable: true, url, error: e.message };
  }
  const start = Date.now();
  let arrived = -1;
  let quietSince = Date.now();
  let tab = null;
  while (Date.now() - start < SCAN_MAX_MS) {
    tab = await store.getTab(tabId);
    const frames = Object.entries(tab?.frames ?? {}).filter(([, f]) => f.scanId === scanId);
    if (frames.length !== arrived) {
      arrived = frames.length;
      quietSince = Date.now();
    }
    const topDone = frames.some(([id]) => id === '0');
    if (topDone && Date.now() - quietSince >= SCAN_SETTLE_MS) break;
    await sleep(50);
  }
  const frames = {};
  for (const [id, f] of Object.entries(tab?.frames ?? {})) {
    if (f.scanId === scanId) frames[id] = f;
  }
  return { tab: { url, scanId, frames } };
}

/** A fresh snapshot of one frame of a tab, or null if it does not answer. */
async function frameSnapshot(tabId, frameId) {
  const reply = await api.tabs.sendMessage(tabId, { type: 'snapshot-request' }, { frameId }).catch(() => null);
  return reply?.snapshot ?? null;
}

/**
 * "This is me": the values the warning was about, unmasked, as profile
 * entries. The asking frame sends its snapshot; other frames of the tab that
 * warn are asked for theirs, so one confirmation covers the whole page.
 */
async function onClaim(message, sender) {
  await core();
  const profile = await store.getProfile();
  const tabId = sender.tab?.id;
  const snapshots = [message.snapshot];
  if (tabId !== undefined && tabId >= 0) {
    const tab = await store.getTab(tabId);
    for (const [id, f] of Object.entries(tab?.frames ?? {})) {
      const frameId = Number(id);
      if (frameId === (sender.frameId ?? 0) || !f.verdict?.warn) continue;
      const snapshot = await frameSnapshot(tabId, frameId);
      if (snapshot) snapshots.push(snapshot);
    }
  }
  let additions = {};
  const notStored = [];
  for (const s of snapshots) {
    const c = claim(s, profile);
    additions = mergeProfile(additions, c.additions);
    for (const k of c.not_stored) if (!notStored.includes(k)) notStored.push(k);
  }
  return { additions, not_stored: notStored };
}

async function onClaimConfirm(message, sender) {
  await core();
  const additions = message.additions ?? {};
  const profile = mergeProfile(await store.getProfile(), additions);
  await store.setProfile(profile);
  // The site now knows who the user is there: a later page of it showing
  // somebody else warns, profile or not.
  const host = store.hostOf(sender.tab?.url ?? '');
  await store.addIdentities(host, peopleOf({ names: additions.names ?? [], emails: additions.emails ?? [] }, await store.getKey()));
  return { profile };
}

/** `2026-11-22T07:30:12+01:00`: the instant in the user's own time zone. */
function localTime(d) {
  const off = -d.getTimezoneOffset();
  const pad = (n) => String(Math.abs(Math.trunc(n))).padStart(2, '0');
  const sign = off >= 0 ? '+' : '-';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:` +
    `${pad(d.getMinutes())}:${pad(d.getSeconds())}${sign}${pad(off / 60)}:${pad(off % 60)}`;
}

/** The visible tab as a PNG data URL, or null (not agreed to, or refused). */
async function screenshot(tab) {
  if (!(await store.getSettings()).screenshots || !tab) return null;
  try {
    return await api.tabs.captureVisibleTab(tab.windowId, { format: 'png' });
  } catch (e) {
    console.warn('NotMine: no screenshot for the record:', e);
    return null;
  }
}

/**
 * "Document it" / "Document this page": a record built by the core
 * (docs/incident.md) from a fresh snapshot of every frame that reported,
 * with the time in UTC and local, the page, the user's note, and a
 * screenshot if the user agreed to screenshots once in the options.
 */
async function onDocument(tabId, trigger = 'warning', note = '') {
  await core();
  if (tabId === undefined || tabId < 0) throw new Error('no tab to document');
  const [tabInfo, entry, profile, key] = await Promise.all([
    api.tabs.get(tabId).catch(() => null), store.getTab(tabId), store.getProfile(), store.getKey(),
  ]);
  const shot = await screenshot(tabInfo);
  const ids = new Set([0, ...Object.keys(entry?.frames ?? {}).map(Number)]);
  const frames = [];
  for (const frameId of [...ids].sort((a, b) => a - b)) {
    const snapshot = await frameSnapshot(tabId, frameId);
    if (snapshot) {
      const seen = entry?.frames?.[String(frameId)];
      frames.push({ frame_id: frameId, url: seen?.url ?? snapshot.url, title: seen?.title ?? snapshot.title, snapshot });
    }
  }
  if (frames.length === 0) throw new Error('NotMine cannot read this page');
  const top = frames.find((f) => f.frame_id === 0) ?? frames[0];
  const now = new Date();
  const record = incidentRecord({
    id: crypto.randomUUID(),
    trigger,
    recorded_at: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    local_time: localTime(now),
    time_zone: Intl.DateTimeFormat().resolvedOptions().timeZone ?? '',
    page: { url: tabInfo?.url ?? top.url, title: tabInfo?.title ?? top.title },
    note: String(note ?? ''),
    frames,
    browser: navigator.userAgent,
    extension_version: api.runtime.getManifest().version,
    screenshot: shot,
    profile,
    key,
  });
  await store.addIncident(record);
  await siteSerial(() => store.noteSite(store.hostOf(record.page.url), { people: record.people, record: true }));
  return { record: { id: record.id, severity: record.severity, findings: record.frames.reduce((n, f) => n + f.findings.length, 0) } };
}

async function onSilence(message) {
  const silenced = await store.setSilenced(String(message.host ?? ''), !!message.on);
  return { silenced };
}

/** SHA-256 of a value as the user typed it, trimmed; hex. */
async function digest(value) {
  const bytes = new TextEncoder().encode(String(value).trim());
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('');
}

async function onTyped(message) {
  await store.addTyped(await digest(message.value));
  return { ok: true };
}

async function onTypedCheck(message) {
  const typed = new Set(await store.getTyped());
  const values = Array.isArray(message.values) ? message.values.slice(0, 1000) : [];
  const known = await Promise.all(values.map(async (v) => typed.has(await digest(v))));
  return { known };
}

const HANDLERS = {
  snapshot: (m, s) => onSnapshot(m, s),
  claim: (m, s) => onClaim(m, s),
  'claim-confirm': (m, s) => onClaimConfirm(m, s),
  document: (m, s) => onDocument(m.tabId ?? s.tab?.id, m.trigger === 'page' ? 'page' : 'warning', m.note ?? ''),
  scan: (m) => scan(m.tabId),
  silence: (m) => onSilence(m),
  typed: (m) => onTyped(m),
  'typed-check': (m) => onTypedCheck(m),
  submitted: (m, s) => inTab(s, () => onSubmitted(m, s)),
  'offer-answer': (m, s) => inTab(s, () => onOfferAnswer(m, s)),
};

/** Runs `job` in the sender's tab queue (directly when there is no tab). */
function inTab(sender, job) {
  const tabId = sender.tab?.id;
  return tabId === undefined || tabId < 0 ? job() : serial(tabId, job);
}

// sendResponse + `return true` is the asynchronous reply both browsers accept.
api.runtime.onMessage.addListener((message, sender, sendResponse) => {
  const handler = message && sender.id === api.runtime.id ? HANDLERS[message.type] : undefined;
  if (!handler) return false;
  Promise.resolve()
    .then(() => handler(message, sender))
    .then(sendResponse, (e) => {
      console.warn(`NotMine: ${message.type} failed:`, e);
      sendResponse({ error: e?.message ? e.message : String(e) });
    });
  return true;
});

api.tabs.onRemoved.addListener((tabId) => {
  store.forgetTab(tabId).catch(() => {});
});

api.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'install') {
    api.tabs.create({ url: api.runtime.getURL('onboarding/onboarding.html') }).catch(() => {});
  }
});
