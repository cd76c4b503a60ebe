/**
 * Every storage key NotMine uses, read and written in one place
 * (docs/extension.md lists them). The owned area (lib/vault.js: the
 * extension's IndexedDB in Chromium, `storage.local` in Firefox) holds
 * what the user owns (profile, settings, silenced sites, incident records,
 * the key) until they delete it; `storage.session` holds per-tab
 * verdicts, which must outlive Chrome stopping the idle service worker but
 * not the browser session.
 */
import { api } from './browser.js';
import { locked, toHex } from './locks.js';
import { forgetKey } from './signing.js';
import { ownedArea as owned } from './vault.js';

/**
 * Calls `listener(keys)` (a Set of key names) when keys of the owned area
 * change, in any of the extension's contexts.
 */
export function onOwnedChanged(listener) {
  owned().onChanged(listener);
}

export { locked };

export const DEFAULT_SETTINGS = Object.freeze({ learn: false, screenshots: false, autoRecord: false, keepPrivate: false });

/** The profile object (the core's format), or null when there is none. */
export async function getProfile() {
  const { profile } = await owned().get('profile');
  return profile ?? null;
}

async function writeProfile(profile) {
  if (profile == null || Object.keys(profile).length === 0) {
    await owned().remove('profile');
  } else {
    await owned().set({ profile });
  }
}

/** Stores the profile; an empty or null profile removes the key. */
export function setProfile(profile) {
  return locked('profile', () => writeProfile(profile));
}

/**
 * Replaces the profile by `change(profile)` (which may be async), under
 * the profile's lock; returns the new profile.
 */
export function updateProfile(change) {
  return locked('profile', async () => {
    const next = await change(await getProfile());
    await writeProfile(next);
    return next;
  });
}

export async function getSettings() {
  const { settings } = await owned().get('settings');
  return { ...DEFAULT_SETTINGS, ...(settings ?? {}) };
}

export function setSettings(patch) {
  return locked('settings', async () => {
    const settings = { ...(await getSettings()), ...patch };
    await owned().set({ settings });
    return settings;
  });
}

/** `{host: ISO time}` of the sites the user silenced. */
export async function getSilenced() {
  const { silenced } = await owned().get('silenced');
  return silenced ?? {};
}

/** Silences (`on`) or unsilences a host; returns the new map. */
export function setSilenced(host, on) {
  return locked('silenced', async () => {
    const silenced = await getSilenced();
    if (on) silenced[host] = new Date().toISOString();
    else delete silenced[host];
    await owned().set({ silenced });
    return silenced;
  });
}

/** The host a URL's site is silenced under ("" for URLs without one). */
export function hostOf(url) {
  try {
    return new URL(url).hostname;
  } catch (_) {
    return '';
  }
}

export async function getIncidents() {
  const { incidents } = await owned().get('incidents');
  return Array.isArray(incidents) ? incidents : [];
}

export function addIncident(record) {
  return locked('incidents', async () => {
    const incidents = await getIncidents();
    incidents.push(record);
    await owned().set({ incidents });
    return record;
  });
}

/** Deletes the records with these ids (a record added meanwhile is kept). */
export function removeIncidents(ids) {
  const drop = new Set(ids);
  return locked('incidents', async () => {
    const incidents = await getIncidents();
    await owned().set({ incidents: incidents.filter((r) => !drop.has(r?.id)) });
  });
}

/** Deletes every record and the per-site numbers they belong with. */
export function clearIncidents() {
  return locked('incidents', () => locked('sites', async () => {
    await owned().set({ incidents: [], privateRecords: [] });
    await owned().remove('sites');
  }));
}

/**
 * Ids of records made in a private window (the owned area, so that a
 * crash does not keep them past the next start). Unless the user keeps
 * them (`keepPrivate`), they are deleted when the last private window
 * closes, and at the next start.
 */
export async function getPrivateRecords() {
  const { privateRecords } = await owned().get('privateRecords');
  return Array.isArray(privateRecords) ? privateRecords : [];
}

export function addPrivateRecord(id) {
  return locked('incidents', async () => {
    const ids = await getPrivateRecords();
    if (!ids.includes(id)) ids.push(id);
    await owned().set({ privateRecords: ids });
  });
}

/** Deletes the records made in private windows; returns how many. */
export function dropPrivateRecords() {
  return locked('incidents', async () => {
    const drop = new Set(await getPrivateRecords());
    if (drop.size === 0) return 0;
    if ((await getSettings()).keepPrivate) {
      await owned().set({ privateRecords: [] });
      return 0;
    }
    const incidents = await getIncidents();
    const kept = incidents.filter((r) => !drop.has(r?.id));
    await owned().set({ incidents: kept, privateRecords: [] });
    return incidents.length - kept.length;
  });
}



const tabKey = (tabId) => `tab:${tabId}`;

/** `{frames: {frameId: {url, title, at, reason, scanId, verdict}}}` or null. */
export async function getTab(tabId) {
  const key = tabKey(tabId);
  const got = await api.storage.session.get(key);
  return got[key] ?? null;
}

/**
 * Records one frame's verdict. A new top-frame document (`reason: "load"` in
 * frame 0) drops the entries of frames whose documents began before it
 * (`origin` is the frame's `performance.timeOrigin`): they belonged to the
 * page the user navigated away from, while the new page's subframes, which
 * may report before the top frame does, began after it.
 */
export function putFrame(tabId, frameId, entry) {
  const key = tabKey(tabId);
  return locked(key, async () => {
    const tab = (await getTab(tabId)) ?? { frames: {} };
    if (frameId === 0 && entry.reason === 'load') {
      for (const [id, f] of Object.entries(tab.frames)) {
        if (!(f.origin >= entry.origin)) delete tab.frames[id];
      }
    }
    // A later snapshot of the same document (a change, a rescan) keeps the
    // mark that its page load was already counted for the site.
    const prev = tab.frames[String(frameId)];
    if (prev?.counted && prev.origin === entry.origin) entry.counted = true;
    // So does the user's "Not me" (raiseTab).
    if (prev?.raised && prev.origin === entry.origin) entry.raised = true;
    tab.frames[String(frameId)] = entry;
    boundFrames(tab.frames);
    await api.storage.session.set({ [key]: tab });
    return tab;
  });
}

/**
 * "Not me": every frame of the tab now on the page is raised to high (the
 * badge, the popup, the banner read `raised`); a new page load starts
 * afresh. Returns the tab, or null when NotMine keeps nothing for it.
 */
export function raiseTab(tabId) {
  const key = tabKey(tabId);
  return locked(key, async () => {
    const tab = await getTab(tabId);
    if (!tab) return null;
    for (const f of Object.values(tab.frames)) f.raised = true;
    await api.storage.session.set({ [key]: tab });
    return tab;
  });
}

/** Frames kept per tab. A page can make hundreds; their verdicts would fill `storage.session`. */
export const FRAMES_MAX = 48;

/**
 * Drops frames past FRAMES_MAX: first those that do not warn, oldest
 * first; the top frame is always kept.
 */
function boundFrames(frames) {
  const ids = Object.keys(frames).filter((id) => id !== '0');
  let extra = ids.length + (frames['0'] ? 1 : 0) - FRAMES_MAX;
  if (extra <= 0) return;
  const order = ids.sort((a, b) => {
    const wa = frames[a].verdict?.warn ? 1 : 0;
    const wb = frames[b].verdict?.warn ? 1 : 0;
    return wa - wb || String(frames[a].at ?? '').localeCompare(String(frames[b].at ?? ''));
  });
  for (const id of order) {
    if (extra-- <= 0) break;
    delete frames[id];
  }
}

export async function forgetTab(tabId) {
  await api.storage.session.remove([tabKey(tabId), offerKey(tabId), claimKey(tabId), wireKey(tabId)]);
}

const wireKey = (tabId) => `wire:${tabId}`;
/** Frames whose last response is kept per tab (background/wire.js). */
export const WIRE_FRAMES_MAX = 64;

/**
 * The last document response of each frame of a tab, as background/wire.js
 * keeps it: `{frameId: {url, at, headers}}` (`headers`: the cache
 * headers only, `[name, value]`), or `{}`. Session storage only: the
 * browser forgets it when it closes, and it never reaches a record unless
 * the user documents the page.
 */
export async function getWire(tabId) {
  const key = wireKey(tabId);
  return (await api.storage.session.get(key))[key] ?? {};
}

/**
 * Keeps frame `frameId`'s last response (`{url, at, headers}`), or forgets
 * the frame's when the new one has no cache headers (`headers` empty):
 * an address is kept only with evidence.
 */
export function putWire(tabId, frameId, response) {
  const key = wireKey(tabId);
  return locked(key, async () => {
    const wire = await getWire(tabId);
    // A new top document: the frames of the page before are gone.
    if (frameId === 0) {
      for (const id of Object.keys(wire)) if (id !== '0' && !(wire[id].at >= response.at)) delete wire[id];
    }
    delete wire[String(frameId)];
    if (response.headers.length > 0) wire[String(frameId)] = response;
    const ids = Object.keys(wire);
    // Oldest out first: insertion order is arrival order.
    for (const id of ids.slice(0, Math.max(0, ids.length - WIRE_FRAMES_MAX))) delete wire[id];
    if (ids.length === 0) await api.storage.session.remove(key);
    else await api.storage.session.set({ [key]: wire });
  });
}

const offerKey = (tabId) => `offer:${tabId}`;
/** How long an offer waits for an answer; older ones are dropped when next read. */
export const OFFER_MAX_MS = 10 * 60 * 1000;

/**
 * What the user typed into a site's form and the profile lacks, waiting to
 * be offered in that tab: `{site, additions, at, shown}`. Values in clear,
 * so session storage only (memory, never disk), and only until answered,
 * the tab closes, or it is read OFFER_MAX_MS later; the profile gets them
 * only when the user accepts. null when there is none.
 */
export async function getOffer(tabId) {
  const key = offerKey(tabId);
  const offer = (await api.storage.session.get(key))[key] ?? null;
  if (offer && !(Date.now() - Date.parse(offer.at) < OFFER_MAX_MS)) {
    await api.storage.session.remove(key);
    return null;
  }
  return offer;
}

export async function putOffer(tabId, offer) {
  await api.storage.session.set({ [offerKey(tabId)]: offer });
}

export async function removeOffer(tabId) {
  await api.storage.session.remove(offerKey(tabId));
}

const claimKey = (tabId) => `claim:${tabId}`;

/** How long "This is me" waits for the user's "Yes, add them". */
export const CLAIM_MAX_MS = 10 * 60 * 1000;

/**
 * "This is me" in a tab: the profile entries the background computed from
 * the warned-about page, kept under a one-time token until the user
 * confirms. The content script confirms the token, never sends values.
 */
export async function putClaim(tabId, claim) {
  await api.storage.session.set({ [claimKey(tabId)]: claim });
}

/** The tab's pending claim if `token` is its token (and not expired); removes it either way. */
export async function takeClaim(tabId, token) {
  const key = claimKey(tabId);
  const claim = (await api.storage.session.get(key))[key] ?? null;
  await api.storage.session.remove(key);
  if (!claim || claim.token !== token || !(Date.now() - Date.parse(claim.at) < CLAIM_MAX_MS)) return null;
  return claim;
}

/**
 * The per-install secret people are counted under (docs/incident.md): 32
 * random bytes as hex, made on first use, never exported. Without it the
 * keyed hashes in records and site numbers cannot be linked to anyone.
 */
export async function getKey() {
  const valid = (k) => typeof k === 'string' && /^[0-9a-f]{64}$/.test(k);
  const { key } = await owned().get('key');
  if (valid(key)) return key;
  // Minted under the lock, after a second look: two first calls at once
  // must not make two keys (the first one's hashes would match nothing).
  return locked('key', async () => {
    const again = (await owned().get('key')).key;
    if (valid(again)) return again;
    const bytes = crypto.getRandomValues(new Uint8Array(32));
    const fresh = toHex(bytes);
    await owned().set({ key: fresh });
    return fresh;
  });
}

const SITE_PEOPLE_MAX = 5000;

/** `{host: {first_seen, last_seen, loads, people: [hash], records}}`. */
export async function getSites() {
  const { sites } = await owned().get('sites');
  return sites ?? {};
}

/**
 * Adds to a site's numbers: `load` counts one more page load with a
 * finding, `people` adds keyed hashes, `record` one more record.
 */
export function noteSite(host, { load = false, people = [], record = false } = {}) {
  if (!host) return Promise.resolve(null);
  return locked('sites', () => noteSiteNow(host, load, people, record));
}

async function noteSiteNow(host, load, people, record) {
  const sites = await getSites();
  const now = new Date().toISOString();
  const s = sites[host] ?? { first_seen: now, last_seen: now, loads: 0, people: [], records: 0 };
  s.last_seen = now;
  if (load) s.loads += 1;
  if (record) s.records += 1;
  for (const p of people) if (!s.people.includes(p) && s.people.length < SITE_PEOPLE_MAX) s.people.push(p);
  sites[host] = s;
  await owned().set({ sites });
  return s;
}

const MEMORY_MAX = 50;

/**
 * `{host: [hash]}`: who each site shows as this user (keyed hashes),
 * remembered on "This is me" and when an account view matched the profile.
 */
export async function getIdentities() {
  const { identities } = await owned().get('identities');
  return identities ?? {};
}

export function addIdentities(host, people) {
  if (!host || people.length === 0) return Promise.resolve();
  return locked('identities', async () => {
    const identities = await getIdentities();
    const list = identities[host] ?? [];
    for (const p of people) if (!list.includes(p)) list.push(p);
    identities[host] = list.slice(-MEMORY_MAX);
    await owned().set({ identities });
  });
}

/** Forgets what a site showed as this user. */
export function forgetIdentities(host) {
  return locked('identities', async () => {
    const identities = await getIdentities();
    delete identities[host];
    await owned().set({ identities });
  });
}

/** Pages remembered in `seen`, at most; the least recently seen go first. */
export const SEEN_MAX = 200;

/**
 * The people one page (origin + path) showed on its latest load, and on the
 * load before: `{load, people, previous}` (`load` is the document's
 * `performance.timeOrigin`). Session storage, one bounded map (`seen`):
 * forgotten with the session, and a page with many frames cannot fill
 * the area.
 */
export async function getSeen(page) {
  const { seen } = await api.storage.session.get('seen');
  return seen?.[page] ?? null;
}

export function putSeen(page, entry) {
  return locked('seen', async () => {
    const { seen = {} } = await api.storage.session.get('seen');
    delete seen[page];
    seen[page] = { ...entry, at: Date.now() };
    const pages = Object.keys(seen);
    if (pages.length > SEEN_MAX) {
      pages.sort((a, b) => (seen[a].at ?? 0) - (seen[b].at ?? 0));
      for (const p of pages.slice(0, pages.length - SEEN_MAX)) delete seen[p];
    }
    await api.storage.session.set({ seen });
  });
}

const TYPED_MAX = 500;

/**
 * HMAC-SHA-256 hex digests (under the per-install key) of values the user typed this session, newest last,
 * at most TYPED_MAX. Only digests are kept: enough to recognise a value
 * the browser restores into a form, not enough to read it back.
 */
export async function getTyped() {
  const { typed } = await api.storage.session.get('typed');
  return Array.isArray(typed) ? typed : [];
}

export function addTyped(digest) {
  return locked('typed', async () => {
    const typed = (await getTyped()).filter((d) => d !== digest);
    typed.push(digest);
    await api.storage.session.set({ typed: typed.slice(-TYPED_MAX) });
  });
}

/** "Delete everything": every key in every area, and the records' signing key. */
export async function deleteEverything() {
  await owned().clear();
  await api.storage.local.clear();
  await api.storage.session.clear();
  await forgetKey();
}
