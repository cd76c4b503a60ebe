/**
 * `exitWhenFlushed` (tests/browser/lib/browsers.mjs): a tool whose JSON
 * lines another process reads must not lose the last ones when it exits.
 * tools/browser-scan.mjs printed ~95 KB with a profile and the step
 * comparing it with the CLI now and then saw its last 14 lines missing.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

const LIB = pathToFileURL(resolve(dirname(fileURLToPath(import.meta.url)), '../browser/lib/browsers.mjs')).href;
const LINES = 128;
const LINE = 'x'.repeat(750);
const ALL = LINES * (LINE.length + 1);

/** Bytes a reader gets that starts reading half a second after `exit` ("flushed" or "exit") has run. */
function bytesRead(exit) {
  const dir = mkdtempSync(join(tmpdir(), 'notmine-flush-'));
  const child = join(dir, 'child.mjs');
  writeFileSync(child, `import { exitWhenFlushed } from ${JSON.stringify(LIB)};
for (let i = 0; i < ${LINES}; i++) console.log(${JSON.stringify(LINE)});
if (${JSON.stringify(exit)} === 'flushed') exitWhenFlushed(1); else process.exit(1);
`);
  const out = execFileSync('sh', ['-c', `node "${child}" | (sleep 0.5; wc -c)`], { encoding: 'utf8' });
  return Number(out.trim());
}

test('every line reaches a slow reader, past the pipe\'s 64 KiB', () => {
  assert.equal(bytesRead('flushed'), ALL);
});

test('process.exit() at once loses lines in the same set-up (what the helper is for)', () => {
  assert.ok(bytesRead('exit') < ALL);
});
