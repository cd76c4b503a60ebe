/**
 * Every storage key NotMine uses, read and written in one place
 * (docs/extension.md lists them). `storage.local` holds what the user owns
 * (profile, settings, silenced sites, incident records) until they delete
 * it; `storage.session` holds per-tab verdicts, which must outlive Chrome
 * stopping the idle service worker but not the browser session.
 */
import { api } from './browser.js';

export const DEFAULT_SETTINGS = Object.freeze({ learn: false, screenshots: false, autoRecord: false });

/** The profile object (the core's format), or null when there is none. */
export async function getProfile() {
  const { profile } = await api.storage.local.get('profile');
  return profile ?? null;
}

/** Stores the profile; an empty or null profile removes the key. */
export async function setProfile(profile) {
  if (profile == null || Object.keys(profile).length === 0) {
    await api.storage.local.remove('profile');
  } else {
    await api.storage.local.set({ profile });
  }
}

export async function getSettings() {
  const { settings } = await api.storage.local.get('settings');
  return { ...DEFAULT_SETTINGS, ...(settings ?? {}) };
}

export async function setSettings(patch) {
  const settings = { ...(await getSettings()), ...patch };
  await api.storage.local.set({ settings });
  return settings;
}

/** `{host: ISO time}` of the sites the user silenced. */
export async function getSilenced() {
  const { silenced } = await api.storage.local.get('silenced');
  return silenced ?? {};
}

/** Silences (`on`) or unsilences a host; returns the new map. */
export async function setSilenced(host, on) {
  const silenced = await getSilenced();
  if (on) silenced[host] = new Date().toISOString();
  else delete silenced[host];
  await api.storage.local.set({ silenced });
  return silenced;
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
  const { incidents } = await api.storage.local.get('incidents');
  return Array.isArray(incidents) ? incidents : [];
}

export async function addIncident(record) {
  const incidents = await getIncidents();
  incidents.push(record);
  await api.storage.local.set({ incidents });
  return record;
}

/** Deletes the records with these ids (a record added meanwhile is kept). */
export async function removeIncidents(ids) {
  const drop = new Set(ids);
  const incidents = await getIncidents();
  await api.storage.local.set({ incidents: incidents.filter((r) => !drop.has(r?.id)) });
}

/** Deletes every record and the per-site numbers they belong with. */
export async function clearIncidents() {
  await api.storage.local.set({ incidents: [] });
  await api.storage.local.remove('sites');
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
export async function putFrame(tabId, frameId, entry) {
  const key = tabKey(tabId);
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
  tab.frames[String(frameId)] = entry;
  await api.storage.session.set({ [key]: tab });
  return tab;
}

export async function forgetTab(tabId) {
  await api.storage.session.remove([tabKey(tabId), offerKey(tabId), claimKey(tabId)]);
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
  const { key } = await api.storage.local.get('key');
  if (typeof key === 'string' && /^[0-9a-f]{64}$/.test(key)) return key;
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  const fresh = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  await api.storage.local.set({ key: fresh });
  return fresh;
}

const SITE_PEOPLE_MAX = 5000;

/** `{host: {first_seen, last_seen, loads, people: [hash], records}}`. */
export async function getSites() {
  const { sites } = await api.storage.local.get('sites');
  return sites ?? {};
}

/**
 * Adds to a site's numbers: `load` counts one more page load with a
 * finding, `people` adds keyed hashes, `record` one more record.
 */
export async function noteSite(host, { load = false, people = [], record = false } = {}) {
  if (!host) return null;
  const sites = await getSites();
  const now = new Date().toISOString();
  const s = sites[host] ?? { first_seen: now, last_seen: now, loads: 0, people: [], records: 0 };
  s.last_seen = now;
  if (load) s.loads += 1;
  if (record) s.records += 1;
  for (const p of people) if (!s.people.includes(p) && s.people.length < SITE_PEOPLE_MAX) s.people.push(p);
  sites[host] = s;
  await api.storage.local.set({ sites });
  return s;
}

const MEMORY_MAX = 50;

/**
 * `{host: [hash]}`: who each site shows as this user (keyed hashes),
 * remembered on "This is me" and when an account view matched the profile.
 */
export async function getIdentities() {
  const { identities } = await api.storage.local.get('identities');
  return identities ?? {};
}

export async function addIdentities(host, people) {
  if (!host || people.length === 0) return;
  const identities = await getIdentities();
  const list = identities[host] ?? [];
  for (const p of people) if (!list.includes(p)) list.push(p);
  identities[host] = list.slice(-MEMORY_MAX);
  await api.storage.local.set({ identities });
}

/** Forgets what a site showed as this user. */
export async function forgetIdentities(host) {
  const identities = await getIdentities();
  delete identities[host];
  await api.storage.local.set({ identities });
}

const seenKey = (page) => `seen:${page}`;

/**
 * The people one page (origin + path) showed on its latest load, and on the
 * load before: `{load, people, previous}` (`load` is the document's
 * `performance.timeOrigin`). Session storage: forgotten with the session.
 */
export async function getSeen(page) {
  const key = seenKey(page);
  const got = await api.storage.session.get(key);
  return got[key] ?? null;
}

export async function putSeen(page, seen) {
  await api.storage.session.set({ [seenKey(page)]: seen });
}

const TYPED_MAX = 500;

/**
 * SHA-256 hex digests of values the user typed this session, newest last,
 * at most TYPED_MAX. Only digests are kept: enough to recognise a value
 * the browser restores into a form, not enough to read it back.
 */
export async function getTyped() {
  const { typed } = await api.storage.session.get('typed');
  return Array.isArray(typed) ? typed : [];
}

export async function addTyped(digest) {
  const typed = (await getTyped()).filter((d) => d !== digest);
  typed.push(digest);
  await api.storage.session.set({ typed: typed.slice(-TYPED_MAX) });
}

/** "Delete everything": every key in both areas. */
export async function deleteEverything() {
  await api.storage.local.clear();
  await api.storage.session.clear();
}
