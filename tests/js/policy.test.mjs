// background/policy.js: what counts as the same page, the previous load,
// a counted load, and when the profile offer is shown.
import test from 'node:test';
import assert from 'node:assert/strict';
import { badgeFor, countsAsLoad, hasEntries, localTime, memoryHost, offerAction, pageOf, previousLoad, seenAfter, unreadable } from '../../extension/background/policy.js';

test('the same page is origin and path: query, fragment and other schemes are not', () => {
  assert.equal(pageOf('https://shop.example/konto?x=1#top'), 'https://shop.example/konto');
  assert.equal(pageOf('http://shop.example:8080/a/b'), 'http://shop.example:8080/a/b');
  assert.equal(pageOf('file:///tmp/x.html'), '');
  assert.equal(pageOf('not a url'), '');
});

test('the previous load stays the comparison while one document changes', () => {
  const seen = { load: 100, people: ['b'], previous: ['a'] };
  assert.deepEqual(previousLoad(null, 100), { people: [], cached: false });
  assert.deepEqual(previousLoad(seen, 100), { people: ['a'], cached: false }, 'same document: the load before it');
  assert.deepEqual(previousLoad(seen, 200), { people: ['b'], cached: false }, 'a new load: the last one');
  assert.equal(seenAfter(200, [], false, { people: ['b'], cached: false }), null, 'a load showing nobody is not remembered');
  assert.deepEqual(seenAfter(200, ['c'], true, { people: ['b'], cached: false }),
    { load: 200, people: ['c'], cached: true, previous: ['b'], previousCached: false });
  // Whether a shared cache served a load is remembered with it, for the next one.
  const cachedSeen = seenAfter(300, ['d'], true, previousLoad(seenAfter(200, ['c'], false, previousLoad(null, 200)), 300));
  assert.deepEqual(previousLoad(cachedSeen, 400), { people: ['d'], cached: true });
  assert.deepEqual(previousLoad(cachedSeen, 300), { people: ['c'], cached: false });
});

test('a load counts once, on its first warning', () => {
  assert.equal(countsAsLoad({ warn: true }, { counted: false }), true);
  assert.equal(countsAsLoad({ warn: true }, { counted: true }), false);
  assert.equal(countsAsLoad({ warn: false }, {}), false);
  assert.equal(countsAsLoad({ warn: true }, undefined), false);
});

test('the profile offer is shown once, on a quiet page, while learning is on', () => {
  const offer = { shown: false };
  assert.equal(offerAction(null, true, true), 'keep');
  assert.equal(offerAction(offer, false, true), 'drop');
  assert.equal(offerAction(offer, true, false), 'keep', 'a warning or a page being left');
  assert.equal(offerAction(offer, true, true), 'show');
  assert.equal(offerAction({ shown: true }, true, true), 'keep');
});

test('profile entries, unreadable pages, the badge and local time', () => {
  assert.equal(hasEntries({ names: [], emails: ['a@b.de'] }), true);
  assert.equal(hasEntries({ names: [] }), false);
  assert.equal(hasEntries(null), false);
  assert.equal(unreadable('chrome://settings'), true);
  assert.equal(unreadable('https://addons.mozilla.org/de/firefox/'), true);
  assert.equal(unreadable('https://shop.example/'), false);
  const tab = { frames: { 0: { verdict: { severity: 'high', findings: [1, 2] } }, 3: { verdict: { severity: 'low', findings: [1] } } } };
  assert.deepEqual(badgeFor(tab, false), { text: '3!', severity: 'high', color: '#c62828' });
  assert.deepEqual(badgeFor(tab, true), { text: '3!', severity: 'high', color: '#616161' });
  const low = { frames: { 0: { verdict: { severity: 'low', findings: [1, 2] } } } };
  assert.deepEqual(badgeFor(low, false), { text: '2?', severity: 'low', color: '#6b5900' });
  const medium = { frames: { 0: { verdict: { severity: 'medium', findings: [1] } } } };
  assert.deepEqual(badgeFor(medium, false), { text: '1?', severity: 'medium', color: '#b34700' });
  // "Not me" raises the page to high.
  assert.deepEqual(badgeFor({ frames: { 0: { raised: true, verdict: { severity: 'low', findings: [1] } } } }, false),
    { text: '1!', severity: 'high', color: '#c62828' });
  assert.deepEqual(badgeFor({ frames: {} }, false), { text: '' });
  assert.match(localTime(new Date(Date.UTC(2026, 10, 22, 6, 30, 12))), /^2026-11-22T\d\d:30:12[+-]\d\d:\d\d$/);
});

test('a frame teaches its own site\'s memory, never the top site\'s', () => {
  assert.equal(memoryHost('https://pay.example/checkout', 'https://shop.example/cart'), 'pay.example');
  assert.equal(memoryHost('https://shop.example/konto', 'https://shop.example/konto'), 'shop.example');
  // A frame without an origin of its own (about:srcdoc, data:) has no site to teach: its tab's.
  assert.equal(memoryHost('about:srcdoc', 'https://shop.example/'), 'shop.example');
  assert.equal(memoryHost('data:text/html,x', 'https://shop.example/'), 'shop.example');
  assert.equal(memoryHost(undefined, 'https://shop.example/'), 'shop.example');
  assert.equal(memoryHost('', ''), '');
});
