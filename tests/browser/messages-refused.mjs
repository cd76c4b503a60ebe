#!/usr/bin/env node
/**
 * The background refuses what a content script may not send
 * (extension/lib/messages.js), in a real Chromium: from the extension's
 * own content-script world of a web page, `silence` any host, `scan` any
 * tab, `claim-confirm` values of its choosing, `document` another tab, an
 * unknown type and a malformed snapshot are each answered {ok: false,
 * error}, and nothing changes
 * (the site stays unsilenced, the profile empty); the same content script's
 * ordinary messages still work, and the popup may still silence a site.
 * The content script's world reads nothing the user owns (profile, key:
 * lib/vault.js keeps them in the extension's IndexedDB), and an older
 * version's storage.local moves there.
 *
 *   NOTMINE_EXT=<unpacked Chrome zip> node tests/browser/messages-refused.mjs
 */
import { launch, sleep } from './lib/browsers.mjs';
import { checks } from './lib/checks.mjs';
import { startServer } from '../../www/server.mjs';

const { check, run } = checks('chromium');

await run(async () => {
  const site = await startServer({ port: 0 });
  const b = await launch('chromium', { ext: process.env.NOTMINE_EXT });
  try {
    const page = await b.browser.newPage();
    const cdp = await page.createCDPSession();
    const contexts = [];
    cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    await page.goto(`${site.url}impressum`);
    let world = null;
    for (let i = 0; i < 50 && !world; i++) {
      world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === b.extOrigin && c.auxData?.isDefault === false) ?? null;
      if (!world) await sleep(100);
    }
    check('the content script\'s world is found', !!world, contexts.map((c) => `${c.auxData?.type}:${c.origin}`).join(' '));
    if (!world) return;
    const send = async (message) => {
      const r = await cdp.send('Runtime.evaluate', {
        contextId: world.id,
        expression: `chrome.runtime.sendMessage(${JSON.stringify(message)})`,
        awaitPromise: true,
        returnByValue: true,
      });
      return r.result?.value ?? { thrown: r.exceptionDetails?.text };
    };
    const refused = async (what, message, why) => {
      const r = await send(message);
      check(`refused from a content script: ${what}`, r?.ok === false && typeof r.error === 'string' && why.test(r.error), JSON.stringify(r));
    };
    await refused('silence any host', { type: 'silence', host: 'bank.example', on: true }, /may not be sent from a content script/);
    await refused('scan any tab', { type: 'scan', tabId: 1 }, /may not be sent from a content script/);
    await refused('claim-confirm with values', { type: 'claim-confirm', additions: { names: ['Eve Mallory'] } }, /unexpected field additions/);
    await refused('claim-confirm with a made-up token', { type: 'claim-confirm', token: 'guess' }, /expired/);
    await refused('document another tab', { type: 'document', tabId: 1 }, /tabId may be sent only from an extension page/);
    await refused('an unknown type', { type: 'delete-everything' }, /unknown message type/);
    await refused('a snapshot that is no object', { type: 'snapshot', snapshot: 'x' }, /snapshot must be an object/);
    await refused('a snapshot with an unknown reason', { type: 'snapshot', snapshot: {}, reason: 'auto' }, /reason must be one of load, change, scan/);

    const state = await b.storage(async () => globalThis.owned.get(['silenced', 'profile']));
    check('nothing changed: no site silenced, no profile', !state.silenced?.['bank.example'] && !state.profile, JSON.stringify(state));


    // What the user owns is out of a content script's reach (lib/vault.js):
    // with a profile and the install key made, the content script's
    // storage.local holds none of it, and storage.session refuses it.
    await b.storage(async (p) => {
      await globalThis.owned.set({ profile: p });
      const api = globalThis.browser ?? globalThis.chrome;
      await (await import(api.runtime.getURL('lib/store.js'))).getKey();
    }, { names: ['Katrin Vogelsang'], emails: ['k.vogelsang@example.org'] });
    const read = async (expression) => {
      const r = await cdp.send('Runtime.evaluate', { contextId: world.id, expression, awaitPromise: true, returnByValue: true });
      return r.exceptionDetails ? { thrown: r.exceptionDetails.exception?.description ?? r.exceptionDetails.text } : r.result?.value;
    };
    const kept = await b.storage(async () => ({ kind: globalThis.owned.kind, keys: Object.keys(await globalThis.owned.get(null)).sort() }));
    check('the profile and the key are kept in the extension\'s IndexedDB', kept.kind === 'indexeddb'
      && kept.keys.includes('profile') && kept.keys.includes('key'), JSON.stringify(kept));
    const local = await read('chrome.storage.local.get(null).then((o) => Object.keys(o))');
    check('a content script reads nothing the user owns from storage.local', Array.isArray(local) && local.length === 0, JSON.stringify(local));
    const session = await read('chrome.storage.session.get(null).then((o) => Object.keys(o))');
    check('a content script cannot read storage.session', !Array.isArray(session), JSON.stringify(session));
    const idb = await read(`new Promise((ok) => { const r = indexedDB.open('notmine-store');
      r.onsuccess = () => ok([...r.result.objectStoreNames]); r.onerror = () => ok('error'); })`);
    check('the content script\'s IndexedDB is the page\'s: no NotMine store in it', Array.isArray(idb) && idb.length === 0, JSON.stringify(idb));

    // An older version's storage.local moves into IndexedDB, once, in the
    // next extension context that opens it; storage.local is emptied.
    await b.storage(async () => (globalThis.browser ?? globalThis.chrome).storage.local.set({ silenced: { 'legacy.example': '2026-01-01T00:00:00.000Z' } }));
    const fresh = await b.browser.newPage();
    await b.openExtensionPage(fresh, `${b.extOrigin}/manifest.json`);
    const moved = await fresh.evaluate(async () => {
      const api = globalThis.browser ?? globalThis.chrome;
      const store = await import(api.runtime.getURL('lib/store.js'));
      const silenced = await store.getSilenced();
      return { silenced: Object.keys(silenced), local: Object.keys(await api.storage.local.get(null)) };
    });
    await fresh.close();
    check('an older version\'s storage.local moves into IndexedDB', moved.silenced.includes('legacy.example') && moved.local.length === 0, JSON.stringify(moved));
    await b.storage(async () => globalThis.owned.remove(['profile', 'silenced']));

    const ok = await send({ type: 'typed-check', values: ['hello'] });
    check('the content script\'s own messages still work', Array.isArray(ok?.known) && ok.known.length === 1, JSON.stringify(ok));
    const fromPage = await b.storage(async () => {
      const api = globalThis.browser ?? globalThis.chrome;
      const r = await api.runtime.sendMessage({ type: 'silence', host: 'bank.example', on: true });
      await api.runtime.sendMessage({ type: 'silence', host: 'bank.example', on: false });
      return r;
    });
    check('an extension page may still silence a site', fromPage && !fromPage.error && Object.hasOwn(fromPage.silenced ?? {}, 'bank.example'), JSON.stringify(fromPage));
  } finally {
    await b.close();
    await site.close();
  }
}, { withinMs: 90000 });
