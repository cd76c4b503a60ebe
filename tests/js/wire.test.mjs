// background/wire.js: which response headers are kept, and which document
// a kept response belongs to; lib/store.js's per-tab keeping of them.
import test from 'node:test';
import assert from 'node:assert/strict';
import { area } from './fake-storage.mjs';
import { readFileSync } from 'node:fs';

globalThis.browser = { storage: { local: area(), session: area() }, runtime: { id: 'test' } };
await import('../../extension/lib/messages.js');
const wire = await import('../../extension/background/wire.js');
const store = await import('../../extension/lib/store.js');

/** The names a Rust table of src/facts/cache.rs lists. */
function rustTable(name) {
  const src = readFileSync(new URL('../../src/facts/cache.rs', import.meta.url), 'utf8');
  const m = src.match(new RegExp(`pub const ${name}: &\\[&str\\] = &\\[([\\s\\S]*?)\\];`));
  assert.ok(m, `${name} not found in src/facts/cache.rs`);
  return [...m[1].matchAll(/"([^"]+)"/g)].map((x) => x[1]);
}

test('every header name the core reads is kept, and nothing else', () => {
  const names = [...rustTable('STATUS_HEADERS'), ...rustTable('OTHER_HEADERS')];
  assert.ok(names.length >= 10, names.join());
  for (const n of names) assert.ok(wire.kept(n), n);
  for (const n of ['x-cache', 'x-cache-status', 'x-proxy-cache', 'x-vercel-cache', 'x-drupal-cache']) assert.ok(wire.kept(n), n);
  for (const n of ['content-type', 'authorization', 'cookie', 'x-cached', 'location', 'content-security-policy']) {
    assert.ok(!wire.kept(n), n);
  }
});

test('a response keeps its cache headers, and a cookie only as present', () => {
  const got = wire.keptHeaders([
    { name: 'Content-Type', value: 'text/html' },
    { name: 'X-Cache-Status', value: ' HIT ' },
    { name: 'Set-Cookie', value: 'sid=secret' },
    { name: 'set-cookie', value: 'other=secret' },
    { name: 'Age', value: '412' },
  ]);
  assert.deepEqual(got, [['x-cache-status', 'HIT'], ['set-cookie', ''], ['age', '412']]);
  const many = wire.keptHeaders(Array.from({ length: 40 }, (_, i) => ({ name: `x${i}-cache`, value: 'HIT' })));
  assert.equal(many.length, wire.MAX_HEADERS);
  assert.deepEqual(wire.keptHeaders(undefined), []);
  // A cache key can hold the visitor's cookie: it is dropped, as the core drops it.
  assert.deepEqual(wire.keptHeaders([{ name: 'Cache-Status', value: 'ExampleCDN; hit; key="/konto sid=secret", Origin; fwd=uri-miss' }]),
    [['cache-status', 'ExampleCDN; hit, Origin; fwd=uri-miss']]);
});

test('a kept response belongs to the document at its address that began before it', () => {
  const w = { 0: { url: 'https://shop.example/konto', at: 5000, headers: [['x-cache', 'HIT']] } };
  assert.deepEqual(wire.responseFor(w, 0, 'https://shop.example/konto#top', 4900), { headers: [['x-cache', 'HIT']] });
  // Another address (the page moved on with pushState), another frame.
  assert.equal(wire.responseFor(w, 0, 'https://shop.example/konto/rechnung', 4900), null);
  assert.equal(wire.responseFor(w, 3, 'https://shop.example/konto', 4900), null);
  // A document that began well after the response: a reload the observer missed.
  assert.equal(wire.responseFor(w, 0, 'https://shop.example/konto', 5000 + wire.CLOCK_SLACK_MS + 1), null);
  // Origin unknown (a record): the address decides.
  assert.ok(wire.responseFor(w, 0, 'https://shop.example/konto', 0));
});

test('headers observed are kept per tab and frame, and a new top document drops the old frames', async () => {
  const until = async () => {
    for (let i = 0; i < 50 && !(await store.getWire(7))[0]; i++) await new Promise((r) => setTimeout(r, 5));
  };
  wire.onHeaders({ tabId: 7, frameId: 2, url: 'https://ads.example/f', timeStamp: 1000, responseHeaders: [{ name: 'Age', value: '3' }] });
  wire.onHeaders({ tabId: 7, frameId: 0, url: 'https://shop.example/konto#x', timeStamp: 2000, responseHeaders: [{ name: 'X-Cache', value: 'HIT' }] });
  await until();
  await new Promise((r) => setTimeout(r, 20));
  const w = await store.getWire(7);
  assert.deepEqual(Object.keys(w), ['0']);
  assert.deepEqual(w[0], { url: 'https://shop.example/konto', at: 2000, headers: [['x-cache', 'HIT']] });
  assert.deepEqual(await wire.responseOf(7, 0, 'https://shop.example/konto', 1990), { headers: [['x-cache', 'HIT']] });
  // Requests that are no tab's (a service worker's) are not kept.
  wire.onHeaders({ tabId: -1, frameId: 0, url: 'https://x.example/', timeStamp: 3000, responseHeaders: [] });
  assert.equal(await wire.responseOf(-1, 0, 'https://x.example/'), null);
  await store.forgetTab(7);
  assert.deepEqual(await store.getWire(7), {});
});

test('a reload\'s response is not the page on its way out\'s, by when each began to arrive', () => {
  const w = { 0: { url: 'https://shop.example/konto', at: 10000, headers: [['x-cache', 'HIT']] } };
  // The document whose own response began at 9990: this is its response.
  assert.ok(wire.responseFor(w, 0, 'https://shop.example/konto', 9900, 9990));
  // A document that began to arrive seconds earlier: a later navigation's response.
  assert.equal(wire.responseFor(w, 0, 'https://shop.example/konto', 5000, 5050), null);
  assert.ok(wire.responseFor(w, 0, 'https://shop.example/konto', 7900, 10000 - wire.SAME_RESPONSE_MS));
});

test('a verdict judged without its response\'s headers is asked for again once they come', () => {
  const response = { url: 'https://shop.example/konto', at: 10000, headers: [['x-cache', 'HIT']] };
  const seen = { url: 'https://shop.example/konto#top', origin: 9900, responded: 9990, wire: false };
  assert.equal(wire.lateFor(seen, response), true);
  assert.equal(wire.lateFor({ ...seen, wire: true }, response), false, 'already judged with them');
  assert.equal(wire.lateFor({ ...seen, url: 'https://shop.example/' }, response), false, 'another address');
  assert.equal(wire.lateFor({ ...seen, origin: 4000, responded: 4100 }, response), false, 'the page a reload replaces');
  // The headers' event up to SAME_RESPONSE_MS after the response began.
  assert.equal(wire.lateFor({ ...seen, origin: 8400, responded: 10000 - wire.SAME_RESPONSE_MS }, response), true);
  assert.equal(wire.lateFor(undefined, response), false, 'no verdict yet');
});
