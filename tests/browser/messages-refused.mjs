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

    const state = await b.storage(async () => {
      const api = globalThis.browser ?? globalThis.chrome;
      return api.storage.local.get(['silenced', 'profile']);
    });
    check('nothing changed: no site silenced, no profile', !state.silenced?.['bank.example'] && !state.profile, JSON.stringify(state));

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
