// How the extension's files hang together, read from the sources: message
// names come from lib/messages.js (no literal type strings, no name that is
// not there), every relative import resolves, the background entry reaches
// its modules, and every content script finds the globals it reads defined
// by a file listed before it in the manifest.
import test from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import '../../extension/lib/messages.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const EXT = join(ROOT, 'extension');
const { Type, TO_CONTENT } = globalThis.NotMineMessages;

/** Every .js file of extension/ but the generated wasm glue, relative to it. */
function sources(dir = EXT) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (p !== join(EXT, 'pkg')) out.push(...sources(p));
    } else if (e.name.endsWith('.js')) {
      out.push(relative(EXT, p));
    }
  }
  return out.sort();
}
const read = (rel) => readFileSync(join(EXT, rel), 'utf8');

test('message names come from lib/messages.js', () => {
  const used = [];
  for (const file of sources()) {
    if (file === 'lib/messages.js') continue;
    const text = read(file);
    assert.doesNotMatch(text, /sendMessage\(\s*(?:[\w.]+,\s*)?\{\s*type:\s*['"`]/, `${file}: a literal message type`);
    assert.doesNotMatch(text, /message\.type\s*===?\s*['"`]/, `${file}: a literal message type`);
    for (const [, set, name] of text.matchAll(/\b(Type|TO_CONTENT)\.(\w+)/g)) {
      used.push(`${set}.${name}`);
      const known = set === 'Type' ? Type : TO_CONTENT;
      assert.ok(Object.hasOwn(known, name), `${file}: ${set}.${name} is not in lib/messages.js`);
    }
  }
  // The senders named above do use the constants (the scan is not empty).
  for (const name of ['Type.snapshot', 'Type.claimConfirm', 'Type.scan', 'Type.silence', 'TO_CONTENT.rescan']) {
    assert.ok(used.includes(name), name);
  }
});

/** Relative static imports of an ES module, resolved to paths under extension/. */
function importsOf(file) {
  const out = [];
  for (const [, spec] of read(file).matchAll(/^\s*(?:import|export)\s[^;]*?['"](\.{1,2}\/[^'"]+)['"]/gm)) {
    out.push(relative(EXT, resolve(join(EXT, dirname(file)), spec)));
  }
  return out;
}

test('every relative import resolves, and the background entry reaches its modules', () => {
  for (const file of sources()) {
    for (const target of importsOf(file)) {
      assert.ok(existsSync(join(EXT, target)) || target.startsWith('pkg/'), `${file} imports ${target}, which does not exist`);
    }
  }
  const reached = new Set();
  const walk = (file) => {
    if (reached.has(file) || file.startsWith('pkg/')) return;
    reached.add(file);
    for (const t of importsOf(file)) walk(t);
  };
  walk('background.js');
  assert.deepEqual([...reached].sort(), [
    'background.js', 'background/core.js', 'background/data-cache.js', 'background/listeners.js', 'background/policy.js',
    'background/records.js', 'background/tabs.js',
    'background/wire.js', 'lib/browser.js', 'lib/idb.js', 'lib/locks.js', 'lib/messages.js', 'lib/signing.js',
    'lib/store.js', 'lib/vault.js',
  ]);
  assert.deepEqual(importsOf('background/core.js'), ['pkg/notmine.js', 'pkg/records.js'], 'the two wasm glues, statically');
  for (const file of reached) {
    const code = read(file).replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    assert.doesNotMatch(code, /\bimport\s*\(/, `${file}: import() is not allowed in a service worker`);
  }
});

test('the manifest runs background.js as a module in both browsers', () => {
  const manifest = JSON.parse(read('manifest.json'));
  assert.deepEqual(manifest.background, { service_worker: 'background.js', scripts: ['background.js'], type: 'module' });
});

/** Globals a classic script defines (`globalThis.X =` or, in messages.js, `global.X =`). */
const definedBy = (text) => [...text.matchAll(/\bglobal(?:This)?\.(\w+)\s*=(?!=)/g)].map((m) => m[1]);
/** The extension's own globals a script reads. */
const readBy = (text) => [...text.matchAll(/\bglobalThis\.((?:notmine|NotMine)\w*)/g)].map((m) => m[1]);

test('every content script finds the globals it reads defined by an earlier one', () => {
  const manifest = JSON.parse(read('manifest.json'));
  const [cs] = manifest.content_scripts;
  const defined = new Set();
  for (const file of cs.js) {
    // snapshot-constants.js is generated (scripts/build-wasm.sh): when it
    // is not built yet, its generator's text says what it defines.
    const text = existsSync(join(EXT, file))
      ? read(file)
      : file === 'content/snapshot-constants.js'
        ? readFileSync(join(ROOT, 'examples/snapshot_constants.rs'), 'utf8')
        : assert.fail(`the manifest names ${file}, which does not exist`);
    const own = definedBy(text);
    for (const name of readBy(text)) {
      assert.ok(defined.has(name) || own.includes(name), `${file} reads globalThis.${name} before any script defines it`);
    }
    for (const name of own) defined.add(name);
  }
  for (const name of ['NotMineMessages', 'notmineShared', 'notmineSnapshotConstants', 'notmineSnapshot', 'notmineWarning']) {
    assert.ok(defined.has(name), name);
  }
});
