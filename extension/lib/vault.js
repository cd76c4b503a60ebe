/**
 * Where what the user owns is kept: the profile, the settings, the
 * records, the per-install key, the keyed memory of sites.
 *
 * `storage.local` is readable by content scripts in both browsers and
 * neither lets an extension close it (only `storage.session` has an
 * access level). A content script runs in the web page's process, so a
 * page that compromises its renderer could read the user's profile, the
 * records of strangers' data and the key their hashes are made with. The
 * extension's own IndexedDB can be opened by its pages and its background
 * only: that is where these keys live in Chromium.
 *
 * Firefox keeps `storage.local`: its IndexedDB is not a safe home there.
 * With "never remember history" the background's IndexedDB lives in memory
 * and is lost at every restart (w3c/webextensions#534), and an extension
 * page opened in a private window sees a separate, empty database, so the
 * options page and the log would show no profile and no records. Losing a
 * journalist's records is worse than the risk they would guard against.
 * Firefox bug 1724754 (an access level for `storage.local`) would close it.
 *
 * Both areas answer the same four calls as a `storage` area (`get`, `set`,
 * `remove`, `clear`) plus `onChanged(listener)`, whose listener gets the
 * set of keys that changed, in whichever extension context changed them.
 */
import { api } from './browser.js';
import { committed, openStore, request } from './idb.js';
import { locked } from './locks.js';

const DB = 'notmine-store';
const STORE = 'kv';
const CHANNEL = 'notmine-store';

/** Which area this browser gets: `indexeddb` or `storage.local`. */
export function ownedAreaKind(env = globalThis) {
  const firefox = typeof env.browser?.runtime?.getBrowserInfo === 'function';
  return !firefox && typeof env.indexedDB !== 'undefined' ? 'indexeddb' : 'storage.local';
}

/** The area of this context (one per context, made on first use). */
let owned = null;
export function ownedArea() {
  if (!owned) owned = ownedAreaKind() === 'indexeddb' ? idbArea() : localArea();
  return owned;
}

/** `storage.local` as an owned area (Firefox, and node's tests). */
function localArea() {
  const local = api.storage.local;
  return {
    kind: 'storage.local',
    get: (keys) => local.get(keys),
    set: (items) => local.set(items),
    remove: (keys) => local.remove(keys),
    clear: () => local.clear(),
    onChanged(listener) {
      api.storage.onChanged.addListener((changes, area) => {
        if (area === 'local') listener(new Set(Object.keys(changes)));
      });
    },
  };
}

const listOf = (keys) => (Array.isArray(keys) ? keys : typeof keys === 'string' ? [keys] : Object.keys(keys ?? {}));

/** The extension's IndexedDB as an owned area (Chromium). */
function idbArea() {
  // One connection per context, opened (and an older storage.local moved
  // in) on first use; a failed open, or a connection the browser closed,
  // is opened again on the next call.
  let opening = null;
  const connect = async () => {
    const d = await openStore(DB, STORE);
    d.onversionchange = () => {
      d.close();
      opening = null;
    };
    d.onclose = () => {
      opening = null;
    };
    await migrate(d);
    return d;
  };
  const db = () => {
    opening ??= connect().catch((e) => {
      opening = null;
      throw e;
    });
    return opening;
  };
  const sender = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  const tell = (keys) => sender?.postMessage({ keys: [...keys] });

  async function write(fn, keys) {
    const d = await db();
    const tx = d.transaction(STORE, 'readwrite');
    fn(tx.objectStore(STORE));
    await committed(tx);
    tell(keys);
  }

  return {
    kind: 'indexeddb',
    async get(keys) {
      const d = await db();
      const store = d.transaction(STORE).objectStore(STORE);
      if (keys === null || keys === undefined) {
        const [names, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
        return Object.fromEntries(names.map((k, i) => [k, values[i]]));
      }
      const names = listOf(keys);
      const values = await Promise.all(names.map((k) => request(store.get(k))));
      const out = {};
      names.forEach((k, i) => {
        if (values[i] !== undefined) out[k] = values[i];
      });
      return out;
    },
    set: (items) => write((s) => {
      for (const [k, v] of Object.entries(items)) s.put(v, k);
    }, Object.keys(items)),
    remove: (keys) => write((s) => {
      for (const k of listOf(keys)) s.delete(k);
    }, listOf(keys)),
    async clear() {
      const d = await db();
      const store = d.transaction(STORE).objectStore(STORE);
      const names = await request(store.getAllKeys());
      await write((s) => s.clear(), names);
    },
    onChanged(listener) {
      if (typeof BroadcastChannel !== 'function') return;
      // A channel of its own: a BroadcastChannel hears every other channel
      // of the name, this context's sender included.
      const ear = new BroadcastChannel(CHANNEL);
      ear.onmessage = (e) => listener(new Set(e.data?.keys ?? []));
    },
  };
}

/**
 * Moves what an older version kept in `storage.local` into IndexedDB,
 * once: a key already in IndexedDB wins (it was written later), and
 * `storage.local` is emptied after the copy has committed.
 */
async function migrate(d) {
  await locked('vault-migrate', async () => {
    const legacy = await api.storage.local.get(null);
    const names = Object.keys(legacy);
    if (names.length === 0) return;
    const present = new Set(await request(d.transaction(STORE).objectStore(STORE).getAllKeys()));
    const tx = d.transaction(STORE, 'readwrite');
    const store = tx.objectStore(STORE);
    for (const k of names) if (!present.has(k)) store.put(legacy[k], k);
    await committed(tx);
    await api.storage.local.remove(names);
  });
}
