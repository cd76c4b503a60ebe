// background/data-cache.js: the inline scripts the background keeps per
// document, so a content script sends them only when they changed.
import test from 'node:test';
import assert from 'node:assert/strict';
import { MAX_DOCUMENTS, documentKey, forgetDocuments, recall, remember } from '../../extension/background/data-cache.js';

const block = (text) => [{ type: 'application/json', id: '__NEXT_DATA__', text }];

test('a document gets back exactly the scripts it sent, and another document none', () => {
  const a = documentKey(7, 0, 1000.5);
  remember(a, block('{"user":"A"}'));
  assert.deepEqual(recall(a), block('{"user":"A"}'));
  // The same frame after a navigation: another time origin, another key.
  assert.equal(recall(documentKey(7, 0, 2000.25)), null);
  // Another frame of the same tab.
  assert.equal(recall(documentKey(7, 3, 1000.5)), null);
  // Newer scripts replace the older ones.
  remember(a, block('{"user":"B"}'));
  assert.deepEqual(recall(a), block('{"user":"B"}'));
  // A snapshot without scripts is remembered as none, not as unknown.
  remember(a, undefined);
  assert.deepEqual(recall(a), []);
});

test('closing a tab forgets its documents only', () => {
  const mine = documentKey(11, 0, 5);
  const other = documentKey(111, 0, 5);
  remember(mine, block('x'));
  remember(other, block('y'));
  forgetDocuments(11);
  assert.equal(recall(mine), null);
  assert.deepEqual(recall(other), block('y'));
});

test(`at most ${MAX_DOCUMENTS} documents are kept, the least recently judged dropped first`, () => {
  const key = (i) => documentKey(500 + i, 0, 1);
  for (let i = 0; i < MAX_DOCUMENTS; i++) remember(key(i), block(String(i)));
  // Judged again: now the most recent.
  assert.deepEqual(recall(key(0)), block('0'));
  remember(key(MAX_DOCUMENTS), block('new'));
  assert.deepEqual(recall(key(0)), block('0'), 'recently used, kept');
  assert.equal(recall(key(1)), null, 'least recently used, dropped');
  assert.deepEqual(recall(key(MAX_DOCUMENTS)), block('new'));
});
