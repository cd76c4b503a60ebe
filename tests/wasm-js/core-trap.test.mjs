// background/core.js with the real wasm package (extension/pkg, built by
// scripts/build-wasm.sh): after a trap the background judges with a fresh
// instance. Runs after the wasm package step (scripts/test.sh, kind wasm).
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The glue fetches notmine_bg.wasm next to itself; node's fetch does not
// read file: URLs, so this one does.
const realFetch = globalThis.fetch;
globalThis.fetch = async (url) => {
  const u = url instanceof URL ? url : new URL(String(url));
  if (u.protocol !== 'file:') return realFetch(url);
  return new Response(readFileSync(fileURLToPath(u)), { headers: { 'Content-Type': 'application/wasm' } });
};
console.warn = () => {}; // the trap's own reports
console.error = () => {};

const core = await import('../../extension/background/core.js');

const KEY = 'ab'.repeat(32);
const who = { names: ['Katrin Vogelsang'], emails: [] };

test('a trap fails its call, and the next call runs on a fresh instance', async () => {
  await core.core();
  const before = core.peopleOf(who, KEY);
  assert.equal(before.length, 1);
  assert.equal(core.instanceCount(), 1);
  assert.throws(() => core.trapForTest(), WebAssembly.RuntimeError);
  assert.equal(core.instanceCount(), 2, 'a fresh instance was started');
  await core.core();
  // The same answer from the fresh instance.
  assert.deepEqual(core.peopleOf(who, KEY), before);
  // And it traps and recovers again.
  assert.throws(() => core.trapForTest(), WebAssembly.RuntimeError);
  await core.core();
  assert.equal(core.instanceCount(), 3);
  assert.deepEqual(core.peopleOf(who, KEY), before);
});

test('the records core is instantiated on first use only, and recovers the same way', async () => {
  await core.core();
  const judging = core.instanceCount();
  // Nothing so far asked for a record: only the judging core exists.
  await core.recordsCore();
  assert.equal(core.instanceCount(), judging + 1, 'the records core started when first asked for');
  await core.recordsCore();
  assert.equal(core.instanceCount(), judging + 1, 'and only once');
  // A malformed record is an error, not a trap: no fresh instance.
  assert.throws(() => core.canonicalJson({ nope: 1 }), (e) => !(e instanceof WebAssembly.RuntimeError));
  assert.equal(core.instanceCount(), judging + 1);
});
