// lib/messages.js: which sender may send what, and what a message may hold.
import test from 'node:test';
import assert from 'node:assert/strict';
import '../../extension/lib/messages.js';

const { admit, senderKind, TO_BACKGROUND, Type } = globalThis.NotMineMessages;
const ID = 'notmine@test';
const ORIGIN = 'chrome-extension://abcdef/';
const content = { id: ID, url: 'https://shop.example/konto', tab: { id: 7 }, frameId: 0 };
const popup = { id: ID, url: `${ORIGIN}popup/popup.html` };
const options = { id: ID, url: `${ORIGIN}options/options.html`, tab: { id: 3 } };
const other = { id: 'someone-else', url: 'https://evil.example/', tab: { id: 9 } };
const snapshot = { schema: 1, url: 'https://shop.example/', title: '', body: [] };

test('senders are told apart by their URL and tab', () => {
  assert.equal(senderKind(content, ID, ORIGIN), 'content');
  assert.equal(senderKind(popup, ID, ORIGIN), 'page');
  assert.equal(senderKind(options, ID, ORIGIN), 'page');
  assert.equal(senderKind(other, ID, ORIGIN), null);
  assert.equal(senderKind({ id: ID, url: 'https://x.example/' }, ID, ORIGIN), null, 'no tab, not ours');
});

test('an extension page is one in no tab or in a tab of its own, and a content script is in a web page', () => {
  const logTab = { id: ID, url: `${ORIGIN}log/log.html`, tab: { id: 5, url: `${ORIGIN}log/log.html` }, frameId: 0 };
  assert.equal(senderKind(logTab, ID, ORIGIN), 'page');
  const framed = { id: ID, url: `${ORIGIN}popup/popup.html`, tab: { id: 5, url: 'https://evil.example/' }, frameId: 3 };
  assert.equal(senderKind(framed, ID, ORIGIN), null, 'an extension page framed inside a web page');
  assert.deepEqual(admit({ type: 'scan', tabId: 5 }, framed, ID, ORIGIN), { ok: false, error: 'scan may not be sent from an unknown sender' });
  const noTabUrl = { id: ID, url: `${ORIGIN}options/options.html`, tab: { id: 3 } };
  assert.equal(senderKind(noTabUrl, ID, ORIGIN), 'page', 'a tab whose URL the browser does not tell: the sender URL decides');
  for (const url of ['chrome://settings/', 'moz-extension://other/x.html', 'javascript:alert(1)', '', undefined]) {
    assert.equal(senderKind({ id: ID, url, tab: { id: 7 } }, ID, ORIGIN), null, String(url));
  }
  for (const url of ['http://a.example/', 'https://a.example/x', 'file:///tmp/a.html', 'ftp://a.example/',
    'about:srcdoc', 'about:blank', 'data:text/html,x', 'blob:https://a.example/5c6e']) {
    assert.equal(senderKind({ id: ID, url, tab: { id: 7 } }, ID, ORIGIN), 'content', url);
  }
  assert.equal(senderKind({ id: ID, url: 'https://a.example/', tab: { id: -1 } }, ID, ORIGIN), null, 'no real tab');
  assert.equal(senderKind(content, ID, ''), null, 'no extension origin: nobody');
  assert.equal(senderKind(undefined, ID, ORIGIN), null);
});

test('a content script cannot silence a site, scan a tab or confirm values of its choosing', () => {
  assert.deepEqual(admit({ type: 'silence', host: 'shop.example', on: true }, content, ID, ORIGIN),
    { ok: false, error: 'silence may not be sent from a content script' });
  assert.deepEqual(admit({ type: 'scan', tabId: 1 }, content, ID, ORIGIN),
    { ok: false, error: 'scan may not be sent from a content script' });
  assert.deepEqual(admit({ type: 'claim-confirm', additions: { names: ['Eve'] } }, content, ID, ORIGIN),
    { ok: false, error: 'claim-confirm: unexpected field additions' });
  assert.deepEqual(admit({ type: 'claim-confirm', token: 'a-token', additions: { names: ['Eve'] } }, content, ID, ORIGIN),
    { ok: false, error: 'claim-confirm: unexpected field additions' }, 'not even beside a token');
  assert.deepEqual(admit({ type: 'claim-confirm' }, content, ID, ORIGIN),
    { ok: false, error: 'claim-confirm: token must be a string of at most 80 characters' });
  assert.deepEqual(admit({ type: 'claim-confirm', token: 'a-token' }, content, ID, ORIGIN), { ok: true, kind: 'content' });
  assert.deepEqual(admit({ type: 'claim-confirm', token: 'a-token' }, popup, ID, ORIGIN),
    { ok: false, error: 'claim-confirm may not be sent from an extension page' });
});

test('a content script documents only its own tab', () => {
  assert.deepEqual(admit({ type: 'document' }, content, ID, ORIGIN), { ok: true, kind: 'content' });
  assert.deepEqual(admit({ type: 'document', tabId: 99 }, content, ID, ORIGIN),
    { ok: false, error: 'document: tabId may be sent only from an extension page' });
  assert.deepEqual(admit({ type: 'document', trigger: 'page', note: 'x' }, content, ID, ORIGIN),
    { ok: false, error: 'document: trigger may be sent only from an extension page' });
  assert.deepEqual(admit({ type: 'document', tabId: 99, trigger: 'page', note: 'seen at 9:12' }, popup, ID, ORIGIN), { ok: true, kind: 'page' });
});

test('a content script sends its snapshots with a known reason', () => {
  for (const reason of ['load', 'change', 'scan', undefined]) {
    assert.deepEqual(admit({ type: 'snapshot', snapshot, reason }, content, ID, ORIGIN), { ok: true, kind: 'content' }, String(reason));
  }
  assert.deepEqual(admit({ type: 'snapshot', snapshot, reason: 'auto' }, content, ID, ORIGIN),
    { ok: false, error: 'snapshot: reason must be one of load, change, scan' });
  assert.deepEqual(admit({ type: 'snapshot', snapshot, origin: -1 }, content, ID, ORIGIN),
    { ok: false, error: 'snapshot: origin must be a number of at least 0' });
  assert.deepEqual(admit({ type: 'snapshot', snapshot: [] }, content, ID, ORIGIN),
    { ok: false, error: 'snapshot: snapshot must be an object' });
});

test('extension pages may scan and silence, and not send snapshots', () => {
  assert.deepEqual(admit({ type: 'scan', tabId: 4 }, popup, ID, ORIGIN), { ok: true, kind: 'page' });
  assert.deepEqual(admit({ type: 'silence', host: 'shop.example', on: false }, options, ID, ORIGIN), { ok: true, kind: 'page' });
  assert.equal(admit({ type: 'snapshot', snapshot }, popup, ID, ORIGIN).ok, false);
});

test('malformed and unknown messages are refused with a reason', () => {
  const cases = [
    [null, /not a message/],
    [{ type: 'format-disk' }, /unknown message type/],
    [{ type: 'scan', tabId: '4' }, /tabId must be a tab id/],
    [{ type: 'scan', tabId: -1 }, /tabId must be a tab id/],
    [{ type: 'silence', host: 'x'.repeat(300), on: true }, /host must be a string/],
    [{ type: 'silence', host: 'x.example' }, /on must be true or false/],
    [{ type: 'document', trigger: 'delete-all' }, /trigger must be one of warning, page/],
  ];
  for (const [m, why] of cases) {
    const r = admit(m, popup, ID, ORIGIN);
    assert.equal(r.ok, false, JSON.stringify(m));
    assert.match(r.error, why);
  }
  assert.equal(admit({ type: 'snapshot', snapshot: 'not an object' }, content, ID, ORIGIN).ok, false);
  assert.equal(admit({ type: 'typed-check', values: new Array(1001).fill('x') }, content, ID, ORIGIN).ok, false);
  assert.equal(admit({ type: 'snapshot', snapshot }, other, ID, ORIGIN).ok, false, 'another extension');
});

test('every type name is a listed message, and every listed message has senders', () => {
  for (const t of Object.values(Type)) assert.ok(Object.hasOwn(TO_BACKGROUND, t), t);
  for (const [t, spec] of Object.entries(TO_BACKGROUND)) assert.ok(spec.from.length > 0, t);
});
