/**
 * Incident records: "Document it" / "Document this page", built by the
 * core (docs/incident.md) from a fresh snapshot of every frame that
 * reported, with the time in UTC and local, the page, the user's note, and
 * a screenshot if the user agreed to screenshots once in the options, and
 * the install's Ed25519 signature (lib/signing.js).
 */
import { api } from '../lib/browser.js';
import * as store from '../lib/store.js';
import { sign } from '../lib/signing.js';
import { canonicalJson, incidentRecord, recordsCore } from './core.js';
import { localTime } from './policy.js';
import { frameSnapshot } from './tabs.js';
import { responseFor } from './wire.js';

/** The visible tab as a PNG data URL, or null (not agreed to, or refused). */
async function screenshot(tab, settings) {
  if (!settings.screenshots || !tab) return null;
  try {
    return await api.tabs.captureVisibleTab(tab.windowId, { format: 'png' });
  } catch (e) {
    console.warn('NotMine: no screenshot for the record:', e);
    return null;
  }
}

/** Records tab `tabId`; `trigger` is `warning`, `page` or `auto`. */
export async function documentTab(tabId, trigger = 'warning', note = '') {
  await recordsCore();
  if (tabId === undefined || tabId < 0) throw new Error('no tab to document');
  const [tabInfo, entry, profile, key, wire] = await Promise.all([
    api.tabs.get(tabId).catch(() => null), store.getTab(tabId), store.getProfile(), store.getKey(), store.getWire(tabId),
  ]);
  const settings = await store.getSettings();
  const shot = await screenshot(tabInfo, settings);
  const ids = new Set([0, ...Object.keys(entry?.frames ?? {}).map(Number)]);
  const frames = [];
  for (const frameId of [...ids].sort((a, b) => a - b)) {
    const snapshot = await frameSnapshot(tabId, frameId);
    if (snapshot) {
      const seen = entry?.frames?.[String(frameId)];
      // The cache headers of the document, as its verdict was judged with.
      const response = seen?.response ?? responseFor(wire, frameId, snapshot.url, seen?.origin ?? 0, seen?.responded ?? 0);
      if (response) snapshot.response = response;
      // The live verdict was judged with these headers and made no cache
      // finding (its memory knew the person): the record keeps the headers
      // and makes none either.
      const cacheKnown = Boolean(seen?.response) && !(seen.verdict?.findings ?? [])
        .some((f) => (f.why ?? []).some((w) => w?.code === 'shared-cache-hit'));
      frames.push({ frame_id: frameId, url: seen?.url ?? snapshot.url, title: seen?.title ?? snapshot.title, snapshot, cache_known: cacheKnown });
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
  // Signed with the install's key over the bytes its hash covers; a
  // browser without Ed25519 in WebCrypto leaves it unsigned, and says so.
  try {
    record.signature = await sign(canonicalJson(record));
  } catch (e) {
    console.warn('NotMine: the record could not be signed:', e);
  }
  await store.addIncident(record);
  // A private window's record lasts as long as private windows do, unless
  // the user keeps them (options: keepPrivate); it counts for no site.
  if (tabInfo?.incognito && !settings.keepPrivate) {
    await store.addPrivateRecord(record.id);
  } else {
    await store.noteSite(store.hostOf(record.page.url), { people: record.people, record: true });
  }
  return { record: { id: record.id, severity: record.severity, findings: record.frames.reduce((n, f) => n + f.findings.length, 0) } };
}
