/**
 * Per-tab state: a work queue per tab (several frames answer at once, and
 * each answer is a read-modify-write of the tab's session entry), the
 * badge, and asking a tab's frames for snapshots. Per-site numbers and
 * memories need no queue here: lib/store.js locks each key's writes. The
 * queue is the only global besides the core, rebuilt for free after the
 * service worker restarts.
 */
import '../lib/messages.js';
import { api } from '../lib/browser.js';
import * as store from '../lib/store.js';
import { badgeFor } from './policy.js';

const { TO_CONTENT } = globalThis.NotMineMessages;

const queues = new Map();

/** Runs `job` after every earlier job of tab `tabId`. */
export function serial(tabId, job) {
  const prev = queues.get(tabId) ?? Promise.resolve();
  const next = prev.then(job, job);
  const tail = next.catch(() => {});
  queues.set(tabId, tail);
  tail.then(() => {
    if (queues.get(tabId) === tail) queues.delete(tabId);
  });
  return next;
}

/** Runs `job` in the sender's tab queue (directly when there is no tab). */
export function inTab(sender, job) {
  const tabId = sender.tab?.id;
  return tabId === undefined || tabId < 0 ? job() : serial(tabId, job);
}

/** The toolbar badge of a tab (policy.badgeFor). */
export async function setBadge(tabId, tab, silenced) {
  const action = api.action;
  if (!action) return;
  const b = badgeFor(tab, silenced);
  if (!b.text) {
    await action.setBadgeText({ tabId, text: '' });
    if (action.setTitle) await action.setTitle({ tabId, title: api.i18n.getMessage('extName') });
    return;
  }
  await action.setBadgeBackgroundColor({ tabId, color: b.color });
  if (action.setBadgeTextColor) await action.setBadgeTextColor({ tabId, color: '#ffffff' });
  await action.setBadgeText({ tabId, text: b.text });
  // The tooltip says in words what the colour and the sign say.
  if (action.setTitle) await action.setTitle({ tabId, title: api.i18n.getMessage('badge_title', [api.i18n.getMessage(`popup_severity_${b.severity}`)]) });
}

/**
 * Stores a verdict for the popup. A page with thousands of controls makes a
 * large `fields` list; if the session area refuses it, the findings are kept
 * and the field list is dropped with a note rather than losing the verdict.
 */
export async function putFrame(tabId, frameId, entry) {
  try {
    return await store.putFrame(tabId, frameId, entry);
  } catch (e) {
    const verdict = { ...entry.verdict, fields: [], notes: [...(entry.verdict.notes ?? []), `field list not kept: ${e.message}`] };
    return store.putFrame(tabId, frameId, { ...entry, verdict });
  }
}

/** A fresh snapshot of one frame of a tab, or null if it does not answer. */
export async function frameSnapshot(tabId, frameId) {
  const reply = await api.tabs.sendMessage(tabId, { type: TO_CONTENT.snapshotRequest }, { frameId }).catch(() => null);
  return reply?.snapshot ?? null;
}

/** Tells the tab's top frame that a subframe warns (its banner shows it). */
export function tellTopFrame(tabId, frameId, url, verdict) {
  api.tabs.sendMessage(tabId, { type: TO_CONTENT.frameWarning, frameId, url, verdict }, { frameId: 0 }).catch(() => {});
}

/** Asks one frame to send its snapshot again, to be judged with what came since. */
export function askRecheck(tabId, frameId) {
  api.tabs.sendMessage(tabId, { type: TO_CONTENT.recheck }, { frameId }).catch(() => {});
}

/** Asks every frame of the tab to send a fresh snapshot tagged `scanId`. */
export function askRescan(tabId, scanId) {
  return api.tabs.sendMessage(tabId, { type: TO_CONTENT.rescan, scanId });
}
