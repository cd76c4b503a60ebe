/**
 * Evidence from the wire: the response headers of the documents a tab
 * loads, observed, never changed.
 *
 * A shared cache that hands one visitor's account page to the next says so
 * in the headers it adds (`X-Cache: HIT`, `CF-Cache-Status: HIT`, `Age`,
 * two ids in `X-Varnish`); the page itself cannot show it. The core reads
 * them (src/facts/cache.rs, src/rules/cache.rs) when the background adds
 * them to the snapshot of the document they delivered (`snapshot.response`).
 *
 * What is kept, and where: only the cache headers (the names below; the
 * core drops any other again), `Set-Cookie` as present with its value
 * emptied (Firefox only: Chromium does not show it to an extension without
 * `extraHeaders`), a `Cache-Status` without its cache key, of top-level
 * and frame documents only (no subresources, no bodies), with the
 * document's address and time — only for a response that has any of those
 * headers — per tab in `storage.session` (lib/store.js `getWire`): gone
 * when the browser closes or the tab does. The listener is observe-only
 * (`webRequest` without blocking): it cannot delay, change or stop a
 * request, and NotMine makes none of its own.
 */
import { api } from '../lib/browser.js';
import * as store from '../lib/store.js';
import { askRecheck, serial } from './tabs.js';

/**
 * Header names kept: cache status headers (`…-cache`, `…-cache-status`,
 * the standard `cache-status`, Cloudflare's, Squid's lookup, hit counters),
 * `age`, `x-varnish`, the cache directives, `vary`, `set-cookie`. The same
 * as `kept` in src/facts/cache.rs (tests/js/wire.test.mjs compares them).
 */
const KEPT = /^(?:age|vary|x-varnish|set-cookie|cache-control|surrogate-control|cdn-cache-control|cache-status|cf-cache-status|x-cache-lookup|x-cache-hits|.*-cache|.*-cache-status)$/;
/** Headers kept per response (src/facts/cache.rs `MAX_HEADERS`). */
export const MAX_HEADERS = 16;
/**
 * How much earlier than the document's start (`performance.timeOrigin`)
 * its response may seem to arrive: the two clocks are of two processes.
 */
export const CLOCK_SLACK_MS = 1000;
/**
 * How far apart the response's headers (`webRequest`'s `timeStamp`) and
 * the document's own `responseStart` may be and still be one response
 * (measured 10–40 ms apart in both browsers; the clocks are of two
 * processes). A reload's response comes later than this after the page it
 * replaces began to arrive, so the page on its way out is not judged with it.
 */
export const SAME_RESPONSE_MS = 1500;

/** Whether a header (name lower-case) is kept. */
export function kept(name) {
  return KEPT.test(name);
}

/** The kept headers of `webRequest` response headers, as `[name, value]` pairs. */
export function keptHeaders(headers) {
  const out = [];
  for (const h of Array.isArray(headers) ? headers : []) {
    const name = String(h?.name ?? '').trim().toLowerCase();
    if (!kept(name)) continue;
    if (name === 'set-cookie') {
      if (!out.some(([n]) => n === 'set-cookie')) out.push([name, '']);
      continue;
    }
    if (out.length >= MAX_HEADERS) break;
    const value = String(h?.value ?? '').trim();
    out.push([name, (name === 'cache-status' ? withoutKeys(value) : value).slice(0, 200)]);
  }
  return out;
}

const withoutHash = (url) => String(url ?? '').split('#')[0];

/**
 * A `Cache-Status` value without its `key` parameters (RFC 9211): a cache
 * key can hold the visitor's cookie. The same as src/facts/cache.rs.
 */
export function withoutKeys(value) {
  return value.split(',')
    .map((m) => m.split(';').map((p) => p.trim()).filter((p) => !/^key=/i.test(p)).join('; '))
    .join(', ');
}

/**
 * The responses observed by this worker, by `tabId:frameId`, while their
 * write to session storage may still be under way: a small page's snapshot
 * can arrive before it has landed. Storage is what outlives the worker.
 */
const recent = new Map();
const RECENT_MAX = 256;

/** `webRequest.onHeadersReceived`: keeps a document's cache headers for its frame. */
export function onHeaders(details) {
  if (!(details.tabId >= 0)) return;
  const response = { url: withoutHash(details.url), at: details.timeStamp, headers: keptHeaders(details.responseHeaders) };
  const key = `${details.tabId}:${details.frameId}`;
  recent.delete(key);
  // null: the frame's last response had no cache headers (nothing kept).
  recent.set(key, response.headers.length > 0 ? response : null);
  if (recent.size > RECENT_MAX) recent.delete(recent.keys().next().value);
  serial(details.tabId, async () => {
    await store.putWire(details.tabId, details.frameId, response);
    // Headers that reached this worker after the document's snapshot was
    // judged (the event and the content script's message race): the
    // snapshot is asked for again.
    if (response.headers.length > 0) {
      const seen = (await store.getTab(details.tabId))?.frames?.[String(details.frameId)];
      if (lateFor(seen, response)) askRecheck(details.tabId, details.frameId);
    }
  }).catch((e) => console.warn('NotMine: response headers not kept:', e));
}

/**
 * Whether a frame's stored verdict (`seen`, lib/store.js `getTab`) was
 * judged without `response` although it is of that response's document:
 * the same address, a document that began before the response arrived.
 */
export function lateFor(seen, response) {
  if (!seen || seen.wire) return false;
  return responseFor({ 0: response }, 0, seen.url, Number(seen.origin) || 0, Number(seen.responded) || 0) !== null;
}

/** Forgets what this worker observed for a closed tab (storage: lib/store.js forgetTab). */
export function forgetWire(tabId) {
  for (const key of [...recent.keys()]) if (key.startsWith(`${tabId}:`)) recent.delete(key);
}

/**
 * The `snapshot.response` of a frame's document, or null: the last
 * response kept for the frame, if it was for this address, arrived after
 * the document began (`origin`, its `performance.timeOrigin`) and when the
 * document's own response began (`responded`, SAME_RESPONSE_MS). 0 for
 * either: unknown, the rest decides.
 */
export function responseFor(wire, frameId, url, origin = 0, responded = 0) {
  const w = wire?.[String(frameId)];
  if (!w || w.url !== withoutHash(url)) return null;
  if (origin > 0 && !(w.at >= origin - CLOCK_SLACK_MS)) return null;
  if (responded > 0 && !(Math.abs(w.at - responded) <= SAME_RESPONSE_MS)) return null;
  return { headers: w.headers };
}

/** The `snapshot.response` of tab `tabId`'s frame `frameId` now showing `url`. */
export async function responseOf(tabId, frameId, url, origin = 0, responded = 0) {
  if (!(tabId >= 0)) return null;
  const key = `${tabId}:${frameId}`;
  if (recent.has(key)) {
    // This worker saw the frame's last response: with cache headers, or
    // without (then nothing is kept, and storage is not asked either).
    const mine = recent.get(key);
    return mine ? responseFor({ [frameId]: mine }, frameId, url, origin, responded) : null;
  }
  return responseFor(await store.getWire(tabId), frameId, url, origin, responded);
}

/** Registers the observer (synchronously, with the other listeners). */
export function observe() {
  api.webRequest?.onHeadersReceived.addListener(onHeaders, {
    urls: ['<all_urls>'],
    types: ['main_frame', 'sub_frame'],
  }, ['responseHeaders']);
}
