// lib/store.js against an in-memory storage.local/session: the keys it
// keeps, the bounds it holds, and one-time claims.
import test from 'node:test';
import assert from 'node:assert/strict';
import { area } from './fake-storage.mjs';

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

test('two first calls at once make one key', async () => {
  await local.remove('key');
  const [a, b, c] = await Promise.all([store.getKey(), store.getKey(), store.getKey()]);
  assert.equal(a, b);
  assert.equal(b, c);
  assert.equal(local.data.get('key'), a);
});

test('concurrent read-modify-writes lose nothing (profile, identities, sites, records)', async () => {
  await local.clear();
  await Promise.all([
    ...['Anna Lindner', 'Jonas Brenner', 'Katrin Vogelsang'].map((n) =>
      store.updateProfile((p) => ({ ...(p ?? {}), names: [...(p?.names ?? []), n] }))),
    ...['h1', 'h2', 'h3', 'h4'].map((h) => store.addIdentities('shop.example', [h])),
    ...['p1', 'p2', 'p3'].map((p) => store.noteSite('shop.example', { load: true, people: [p] })),
    ...['r1', 'r2', 'r3'].map((id) => store.addIncident({ id })),
  ]);
  assert.deepEqual((await store.getProfile()).names.sort(), ['Anna Lindner', 'Jonas Brenner', 'Katrin Vogelsang']);
  assert.deepEqual((await store.getIdentities())['shop.example'].sort(), ['h1', 'h2', 'h3', 'h4']);
  const site = (await store.getSites())['shop.example'];
  assert.equal(site.loads, 3);
  assert.deepEqual(site.people.sort(), ['p1', 'p2', 'p3']);
  assert.deepEqual((await store.getIncidents()).map((r) => r.id).sort(), ['r1', 'r2', 'r3']);
});

test('the per-page memory is one bounded map, least recently seen dropped first', async () => {
  await session.clear();
  for (let i = 0; i < store.SEEN_MAX + 25; i++) {
    await store.putSeen(`https://x.example/p${i}`, { load: i, people: [`h${i}`], previous: [] });
  }
  const seen = session.data.get('seen');
  assert.equal(Object.keys(seen).length, store.SEEN_MAX);
  assert.equal(await store.getSeen('https://x.example/p0'), null, 'the oldest is gone');
  assert.deepEqual((await store.getSeen(`https://x.example/p${store.SEEN_MAX + 24}`)).people, [`h${store.SEEN_MAX + 24}`]);
  assert.equal([...session.data.keys()].filter((k) => k.startsWith('seen:')).length, 0, 'no key per page');
});

test('a tab keeps at most FRAMES_MAX frames: the top frame and warnings first', async () => {
  await session.clear();
  await store.putFrame(3, 0, { url: 'https://x.example/', origin: 1, reason: 'load', at: 'a', verdict: { warn: false } });
  await store.putFrame(3, 1, { url: 'https://f.example/', origin: 2, reason: 'load', at: 'b', verdict: { warn: true } });
  for (let i = 2; i < store.FRAMES_MAX + 40; i++) {
    await store.putFrame(3, i, { url: 'https://ad.example/', origin: 2, reason: 'load', at: `c${String(i).padStart(4, '0')}`, verdict: { warn: false } });
  }
  const tab = await store.getTab(3);
  const ids = Object.keys(tab.frames);
  assert.equal(ids.length, store.FRAMES_MAX);
  assert.ok(ids.includes('0') && ids.includes('1'), 'top frame and the warning kept');
  assert.ok(ids.includes(String(store.FRAMES_MAX + 39)), 'the newest kept');
  assert.ok(!ids.includes('2'), 'the oldest quiet frame dropped');
});

test('records of private windows are dropped unless kept', async () => {
  await local.clear();
  await store.addIncident({ id: 'open' });
  await store.addIncident({ id: 'private' });
  await store.addPrivateRecord('private');
  assert.equal(await store.dropPrivateRecords(), 1);
  assert.deepEqual((await store.getIncidents()).map((r) => r.id), ['open']);
  assert.deepEqual(await store.getPrivateRecords(), []);
  // Kept when the user turned keeping on.
  await store.addIncident({ id: 'private-2' });
  await store.addPrivateRecord('private-2');
  await store.setSettings({ keepPrivate: true });
  assert.equal(await store.dropPrivateRecords(), 0);
  assert.deepEqual((await store.getIncidents()).map((r) => r.id), ['open', 'private-2']);
  assert.deepEqual(await store.getPrivateRecords(), []);
});

test('what the user owns goes where content scripts cannot read it, except in Firefox', async () => {
  const { ownedAreaKind } = await import('../../extension/lib/vault.js');
  const idb = {};
  assert.equal(ownedAreaKind({ chrome: { runtime: {} }, indexedDB: idb }), 'indexeddb', 'Chromium');
  assert.equal(ownedAreaKind({ browser: { runtime: {} }, chrome: { runtime: {} }, indexedDB: idb }), 'indexeddb',
    'Chromium with the browser namespace');
  assert.equal(ownedAreaKind({ browser: { runtime: { getBrowserInfo() {} } }, indexedDB: idb }), 'storage.local', 'Firefox');
  assert.equal(ownedAreaKind({ chrome: { runtime: {} } }), 'storage.local', 'no IndexedDB');
});

test('the owned area tells its listeners which keys changed', async () => {
  const { onOwnedChanged } = store;
  const heard = [];
  const listeners = [];
  globalThis.browser.storage.onChanged = { addListener: (l) => listeners.push(l) };
  onOwnedChanged((keys) => heard.push([...keys].sort()));
  for (const l of listeners) {
    l({ profile: {}, settings: {} }, 'local');
    l({ 'tab:1': {} }, 'session');
  }
  assert.deepEqual(heard, [['profile', 'settings']]);
});
