/**
 * The background's message handlers and their routing. Every message is
 * first admitted by lib/messages.js (known type, allowed sender, fields of
 * the right type); a content script speaks only for its own tab.
 * docs/extension.md lists the messages.
 */
import '../lib/messages.js';
import { api } from '../lib/browser.js';
import { fromHex, toHex } from '../lib/locks.js';
import * as store from '../lib/store.js';
import { documentKey, forgetDocuments, recall, remember } from './data-cache.js';
import { claim, core, explain, judgeInContext, mergeProfile, peopleOf, typedIdentity } from './core.js';
import { countsAsLoad, hasEntries, memoryHost, offerAction, pageOf, previousLoad, seenAfter, unreadable } from './policy.js';
import { documentTab } from './records.js';
import { forgetWire, observe, responseOf } from './wire.js';
import { askRecheck, askRescan, frameSnapshot, inTab, putFrame, serial, setBadge, tellTopFrame } from './tabs.js';

const { admit, CONTENT, Type } = globalThis.NotMineMessages;

/**
 * Runs a write that only feeds NotMine's memory (what a page showed
 * before, who a site shows as the user, site numbers): a full storage area
 * or any other failure is logged and the verdict goes out all the same.
 */
async function bestEffort(what, job) {
  try {
    await job();
  } catch (e) {
    console.warn(`NotMine: ${what} not stored:`, e);
  }
}

/**
 * What a private window shows is not kept once private windows close
 * (unless the user turns `keepPrivate` on): the memory of its pages lives
 * in the background's memory only, and nothing of it reaches
 * storage. Cleared when the last private window closes.
 */
const privateSeen = new Map();
const privateTyped = new Set();

/** Whether what this sender shows must not be kept (a private window, keeping off). */
const isPrivate = (sender, settings) => Boolean(sender.tab?.incognito) && !settings.keepPrivate;

async function onSnapshot(message, sender) {
  // Inline scripts unchanged since this document's last snapshot are left
  // out by the content script (`dataSame`); they are put back from the
  // cache, or asked for again when the worker no longer has them.
  const docOrigin = Number(message.origin) || 0;
  const docKey = documentKey(sender.tab?.id ?? -1, sender.frameId ?? 0, docOrigin);
  if (message.dataSame) {
    const data = docOrigin > 0 ? recall(docKey) : null;
    if (data === null) return { resend: true };
    message.snapshot.data = data;
  } else {
    remember(docKey, message.snapshot.data);
  }
  const snapshot = message.snapshot;
  const responded = Number(message.responded) || 0;
  await core();
  const [profile, silencedMap, key, settings, fresh, before] = await Promise.all([
    store.getProfile(), store.getSilenced(), store.getKey(), store.getSettings(),
    responseOf(sender.tab?.id ?? -1, sender.frameId ?? 0, snapshot.url, docOrigin, responded),
    docOrigin > 0 && sender.tab?.id >= 0 ? store.getTab(sender.tab.id) : null,
  ]);
  // What the response's headers say about a shared cache (background/wire.js).
  // A document's response does not change: a later snapshot of it (a
  // change, a scan, back from the back/forward cache) is judged with the
  // one it was first judged with, even after the frame's entry moved on
  // to the next navigation's; and only for the people it showed then.
  const earlier = before?.frames?.[String(sender.frameId ?? 0)];
  const sameDocument = earlier && earlier.origin === docOrigin && earlier.response;
  const response = sameDocument ? earlier.response : fresh;
  const served = sameDocument && Array.isArray(earlier.served) ? earlier.served : null;
  if (response) snapshot.response = response;
  const host = store.hostOf(sender.tab?.url ?? snapshot.url);
  const load = Number(message.origin) || 0;
  const page = pageOf(snapshot.url);
  const priv = isPrivate(sender, settings);
  const seenOf = (p) => (priv ? privateSeen.get(p) ?? null : store.getSeen(p));
  const [seen, identities] = await Promise.all([page ? seenOf(page) : null, store.getIdentities()]);
  const previous = previousLoad(seen, load);
  // As JSON text: the core reads text in one pass, an object property by
  // property across the boundary (tools/hostile-wasm.mjs: 30-50 % faster).
  // Who the site shows as the user: the frame's own site (a cross-origin
  // frame's account view says nothing about the top site's).
  const site = memoryHost(sender.url ?? snapshot.url, sender.tab?.url);
  const text = JSON.stringify(snapshot);
  const { verdict, people, own, cached } = judgeInContext(text, profile, key, {
    previous: previous.people, previous_cached: previous.cached, site: identities[site] ?? [], served,
  });
  // "Scan this page" (a tester's scan carries its id): why each control
  // and shown value was judged or not, from the same core function as
  // `notmine scan --explain`. Not on ordinary loads: nobody reads it there.
  let explanation = null;
  if (message.scanId) {
    try {
      explanation = explain(text, profile);
    } catch (e) {
      console.warn('NotMine: no explanation for the tester\'s view:', e);
    }
  }
  const next = seenAfter(load, people, cached, previous);
  if (page && next) {
    if (priv) privateSeen.set(page, next);
    else await bestEffort('the page\'s people', () => store.putSeen(page, next));
  }
  if (own && !priv) await bestEffort('the site\'s identity', () => store.addIdentities(site, people));
  const silenced = Object.hasOwn(silencedMap, host);
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) return { verdict, silenced };
  const frameId = sender.frameId ?? 0;
  let firstWarning = false;
  let offer = null;
  /** Top frame: the subframes of this page that already warned (their own messages may have come first). */
  let frames = [];
  await serial(tabId, () => bestEffort('the tab\'s verdict', async () => {
    const tab = await putFrame(tabId, frameId, {
      url: snapshot.url,
      title: snapshot.title,
      at: new Date().toISOString(),
      reason: message.reason ?? 'load',
      origin: Number(message.origin) || 0,
      scanId: message.scanId ?? null,
      // Judged with the response's cache headers (background/wire.js),
      // and whom the document showed when first judged with them.
      wire: Boolean(response),
      responded,
      ...(response ? { response, served: served ?? people } : {}),
      verdict,
      ...(explanation ? { explanation } : {}),
    });
    // The response's headers reached this worker while the snapshot was
    // judged without them (wire.js checks the other order): again, with them.
    if (!response && await responseOf(tabId, frameId, snapshot.url, docOrigin, responded)) {
      askRecheck(tabId, frameId);
    }
    const top = tab.frames['0'];
    if (countsAsLoad(verdict, top)) {
      top.counted = true;
      firstWarning = true;
      await store.putFrame(tabId, 0, top);
    }
    await setBadge(tabId, tab, silenced);
    if (frameId === 0) {
      frames = Object.entries(tab.frames)
        .filter(([id, f]) => id !== '0' && f.verdict?.warn)
        .map(([id, f]) => ({ frameId: Number(id), url: f.url, verdict: f.verdict }));
    }
    // In the tab's queue: a form sent just before this page's load has
    // left its offer by now (onSubmitted runs in the same queue).
    if (frameId === 0) offer = await takeOffer(tabId, settings.learn, !verdict.warn && !message.leaving);
  }));
  if (verdict.warn) {
    if (!priv) store.noteSite(host, { load: firstWarning, people }).catch(() => {});
    if (firstWarning && settings.autoRecord && verdict.severity === 'high' && !silenced) {
      documentTab(tabId, 'auto', '').catch((e) => console.warn('NotMine: automatic record failed:', e));
    }
  }
  // A subframe's warning is shown in the top frame's banner, where the user
  // looks; the subframe outlines its own fields.
  if (frameId !== 0 && verdict.warn && !silenced) tellTopFrame(tabId, frameId, snapshot.url, verdict);
  const reply = { verdict, silenced };
  if (frames.length > 0 && !silenced) reply.frames = frames;
  if (offer) reply.offer = offer;
  return reply;
}

/**
 * A form the user sent. What they typed into a site's own account, profile
 * or checkout form is who that site should show them as, so its keyed
 * hashes join the site's memory — always: no value in clear is kept for
 * it. With the learning opt-in, the values the profile lacks wait, in
 * session storage, for the tab's next page that does not warn; the profile
 * gets them only if the user then says yes.
 */
async function onSubmitted(message, sender) {
  await core();
  const [profile, key, settings] = await Promise.all([store.getProfile(), store.getKey(), store.getSettings()]);
  const snapshot = message.snapshot;
  // The frame's own site: a form sent in a cross-origin frame teaches the
  // frame's site, never the top site's memory.
  const host = memoryHost(sender.url ?? snapshot.url, sender.tab?.url);
  const { additions, people } = typedIdentity(snapshot, profile, key);
  if (people.length > 0 && !isPrivate(sender, settings)) {
    await bestEffort('the site\'s identity', () => store.addIdentities(host, people));
  }
  const tabId = sender.tab?.id;
  if (!settings.learn || !hasEntries(additions) || tabId === undefined || tabId < 0) return { offer: false };
  await store.putOffer(tabId, { site: host, additions, at: new Date().toISOString(), shown: false });
  return { offer: true };
}

/** The tab's pending offer for a top-frame verdict (policy.offerAction), handed out once. */
async function takeOffer(tabId, learn, show) {
  const offer = await store.getOffer(tabId);
  const action = offerAction(offer, learn, show);
  if (action === 'drop') await store.removeOffer(tabId);
  if (action !== 'show') return null;
  await store.putOffer(tabId, { ...offer, shown: true });
  return { site: offer.site, additions: offer.additions };
}

/**
 * The user's answer to the offer: "Add to my profile" merges the values the
 * background kept (not whatever the page sends) into the profile; either
 * answer ends the offer.
 */
async function onOfferAnswer(message, sender) {
  const tabId = sender.tab.id;
  const offer = await store.getOffer(tabId);
  await store.removeOffer(tabId);
  if (!message.accept) return { ok: true };
  if (!offer) throw new Error('the offer has expired');
  await core();
  const profile = await store.updateProfile((p) => mergeProfile(p, offer.additions));
  return { profile };
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
    await askRescan(tabId, scanId);
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

/**
 * "This is me": the values the warning was about, unmasked, as profile
 * entries. The asking frame sends its snapshot; other frames of the tab that
 * warn are asked for theirs, so one confirmation covers the whole page. The
 * entries wait in session storage under a one-time token: the confirmation
 * names the token, so no page can write values of its choosing into the
 * profile.
 */
async function onClaim(message, sender) {
  await core();
  const profile = await store.getProfile();
  const tabId = sender.tab.id;
  const snapshots = [message.snapshot];
  const tab = await store.getTab(tabId);
  for (const [id, f] of Object.entries(tab?.frames ?? {})) {
    const frameId = Number(id);
    if (frameId === (sender.frameId ?? 0) || !f.verdict?.warn) continue;
    const snapshot = await frameSnapshot(tabId, frameId);
    if (snapshot) snapshots.push(snapshot);
  }
  let additions = {};
  const notStored = [];
  for (const s of snapshots) {
    const c = claim(s, profile);
    additions = mergeProfile(additions, c.additions);
    for (const k of c.not_stored) if (!notStored.includes(k)) notStored.push(k);
  }
  const token = crypto.randomUUID();
  await store.putClaim(tabId, { token, additions, at: new Date().toISOString() });
  return { additions, not_stored: notStored, token };
}

async function onClaimConfirm(message, sender) {
  const tabId = sender.tab.id;
  const pending = await store.takeClaim(tabId, message.token);
  if (!pending) throw new Error('this confirmation has expired: press "This is me" again');
  await core();
  const additions = pending.additions ?? {};
  const profile = await store.updateProfile((p) => mergeProfile(p, additions));
  // The site now knows who the user is there: a later page of it showing
  // somebody else warns, profile or not.
  const host = store.hostOf(sender.tab?.url ?? '');
  await store.addIdentities(host, peopleOf({ names: additions.names ?? [], emails: additions.emails ?? [] }, await store.getKey()));
  return { profile };
}

/** "Document it": a content script records its own tab; the popup names the tab, trigger and note. */
function onDocument(message, sender, kind) {
  if (kind === CONTENT) return documentTab(sender.tab.id, 'warning', '');
  return documentTab(message.tabId ?? sender.tab?.id, message.trigger === 'page' ? 'page' : 'warning', message.note ?? '');
}

async function onSilence(message) {
  const silenced = await store.setSilenced(message.host, message.on);
  return { silenced };
}

/**
 * HMAC-SHA-256 of a value as the user typed it, trimmed, under the
 * per-install key; hex. Keyed, so a digest in `storage.session` cannot be
 * checked against guesses (a name, an email) by anyone without the key.
 */
async function digest(value) {
  const raw = fromHex(await store.getKey());
  const key = await crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const bytes = new TextEncoder().encode(String(value).trim());
  return toHex(await crypto.subtle.sign('HMAC', key, bytes));
}

async function onTyped(message, sender) {
  const d = await digest(message.value);
  if (isPrivate(sender, await store.getSettings())) privateTyped.add(d);
  else await store.addTyped(d);
  return { ok: true };
}

async function onTypedCheck(message) {
  const typed = new Set([...(await store.getTyped()), ...privateTyped]);
  const known = await Promise.all(message.values.map(async (v) => typed.has(await digest(v))));
  return { known };
}

/**
 * "Not me" from a low or medium banner: the page shows someone else, so
 * it is high for the rest of this page view — the badge, the popup and the
 * banner say so, and the banner offers to document it.
 */
async function onNotMe(message, sender) {
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) throw new Error('no tab');
  const tab = await store.raiseTab(tabId);
  if (!tab) throw new Error('NotMine has no verdict for this tab');
  const silenced = Object.hasOwn(await store.getSilenced(), store.hostOf(sender.tab?.url ?? ''));
  await setBadge(tabId, tab, silenced);
  return { ok: true, severity: 'high' };
}

/** type (lib/messages.js `Type`) → handler(message, sender, senderKind). */
const HANDLERS = {
  [Type.snapshot]: (m, s) => onSnapshot(m, s),
  [Type.claim]: (m, s) => onClaim(m, s),
  [Type.claimConfirm]: (m, s) => onClaimConfirm(m, s),
  [Type.notMe]: (m, s) => onNotMe(m, s),
  [Type.document]: (m, s, k) => onDocument(m, s, k),
  [Type.scan]: (m) => scan(m.tabId),
  [Type.silence]: (m) => onSilence(m),
  [Type.typed]: (m, s) => onTyped(m, s),
  [Type.typedCheck]: (m) => onTypedCheck(m),
  [Type.submitted]: (m, s) => inTab(s, () => onSubmitted(m, s)),
  [Type.offerAnswer]: (m, s) => inTab(s, () => onOfferAnswer(m, s)),
};

/** Forgets a private window's traces once no private window is open. */
export async function forgetPrivate() {
  const open = api.windows ? await api.windows.getAll() : [];
  if (open.some((w) => w.incognito)) return;
  privateSeen.clear();
  privateTyped.clear();
  await store.dropPrivateRecords();
}

/**
 * Registers every listener. Called synchronously on the worker's first
 * turn, so an event that woke it is delivered.
 */
export function register() {
  observe();
  // admit() tells an extension page from a content script by this origin.
  const extOrigin = api.runtime.getURL('');
  // sendResponse + `return true` is the asynchronous reply both browsers
  // accept. A refused or failed message is answered `{ok: false, error}`.
  api.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const verdict = admit(message, sender, api.runtime.id, extOrigin);
    if (!verdict.ok) {
      console.warn(`NotMine: refused a message: ${verdict.error}`);
      sendResponse({ ok: false, error: verdict.error });
      return false;
    }
    Promise.resolve()
      .then(() => HANDLERS[message.type](message, sender, verdict.kind))
      .then(sendResponse, (e) => {
        console.warn(`NotMine: ${message.type} failed:`, e);
        sendResponse({ ok: false, error: e?.message ? e.message : String(e) });
      });
    return true;
  });

  api.tabs.onRemoved.addListener((tabId) => {
    forgetDocuments(tabId);
    forgetWire(tabId);
    store.forgetTab(tabId).catch(() => {});
  });

  // The last private window closed: forget what it showed, and its records
  // unless the user keeps them. Private windows do not outlive the browser:
  // a start drops what a crash left.
  api.windows?.onRemoved.addListener(() => {
    forgetPrivate().catch((e) => console.warn('NotMine: private records not dropped:', e));
  });
  api.runtime.onStartup?.addListener(() => {
    forgetPrivate().catch(() => {});
  });

  api.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') {
      api.tabs.create({ url: api.runtime.getURL('onboarding/onboarding.html') }).catch(() => {});
    }
  });
}
