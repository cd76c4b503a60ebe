// lib/store.js against an in-memory storage.local/session: the keys it
// keeps, the bounds it holds, and one-time claims.
import test from 'node:test';
import assert from 'node:assert/strict';

/** A fake `storage` area with the calls store.js makes. */
function area() {
  const data = new Map();
  return {
    data,
    async get(keys) {
      if (keys === null || keys === undefined) return Object.fromEntries(data);
      const list = Array.isArray(keys) ? keys : typeof keys === 'string' ? [keys] : Object.keys(keys);
      const out = {};
      for (const k of list) if (data.has(k)) out[k] = structuredClone(data.get(k));
      return out;
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(keys) {
      for (const k of Array.isArray(keys) ? keys : [keys]) data.delete(k);
    },
    async clear() {
      data.clear();
    },
  };
}
globalThis.browser = { storage: { local: area(), session: area() }, runtime: { id: 'test' } };
const store = await import('../../extension/lib/store.js');
const { local, session } = globalThis.browser.storage;

test('the key for counting people is made once and kept', async () => {
  const a = await store.getKey();
  assert.match(a, /^[0-9a-f]{64}$/);
  assert.equal(await store.getKey(), a);
});

test('a claim is confirmed once, by its token, in its tab', async () => {
  await store.putClaim(5, { token: 't1', additions: { names: ['Katrin Vogelsang'] }, at: new Date().toISOString() });
  assert.equal(await store.takeClaim(5, 'wrong'), null, 'a wrong token');
  assert.equal(await store.takeClaim(5, 't1'), null, 'and the claim is gone after a wrong try');
  await store.putClaim(5, { token: 't2', additions: { names: ['Katrin Vogelsang'] }, at: new Date().toISOString() });
  assert.equal(await store.takeClaim(6, 't2'), null, 'another tab');
  const c = await store.takeClaim(5, 't2');
  assert.deepEqual(c.additions, { names: ['Katrin Vogelsang'] });
  assert.equal(await store.takeClaim(5, 't2'), null, 'once');
  await store.putClaim(5, { token: 'old', additions: {}, at: new Date(Date.now() - store.CLAIM_MAX_MS - 1000).toISOString() });
  assert.equal(await store.takeClaim(5, 'old'), null, 'expired');
});

test('forgetting a tab removes its verdicts, offer and claim', async () => {
  await store.putFrame(8, 0, { url: 'https://x.example/', verdict: { warn: false, findings: [] } });
  await store.putOffer(8, { site: 'x.example', additions: {}, at: new Date().toISOString(), shown: false });
  await store.putClaim(8, { token: 't', additions: {}, at: new Date().toISOString() });
  await store.forgetTab(8);
  assert.equal(await store.getTab(8), null);
  assert.equal(session.data.has('offer:8') || session.data.has('claim:8') || session.data.has('tab:8'), false);
});

test('an offer expires', async () => {
  await store.putOffer(9, { site: 'x', additions: {}, at: new Date(Date.now() - store.OFFER_MAX_MS - 1000).toISOString(), shown: false });
  assert.equal(await store.getOffer(9), null);
  assert.equal(session.data.has('offer:9'), false);
});

test('silencing a site and the profile round-trip through storage.local', async () => {
  await store.setSilenced('shop.example', true);
  assert.ok(Object.hasOwn(await store.getSilenced(), 'shop.example'));
  await store.setSilenced('shop.example', false);
  assert.ok(!Object.hasOwn(await store.getSilenced(), 'shop.example'));
  await store.setProfile({ names: ['Katrin Vogelsang'] });
  assert.deepEqual((await store.getProfile()).names, ['Katrin Vogelsang']);
  assert.ok(local.data.has('profile'));
});
