#!/usr/bin/env node
/**
 * The background's time per snapshot on hostile pages — a measurement, not
 * a test. The extension judges a snapshot in its background with
 * `judgeInContext` (background/listeners.js); this runs that same call, on
 * the same .wasm (extension/pkg), under node's V8, on the snapshot of each
 * hostile page shape (tests/hostile/shapes.rs, as `notmine snapshot` builds
 * it: the content script's snapshot obeys the same caps). The time includes
 * `JSON.stringify` of the snapshot (the background hands the core text),
 * reading it in Rust and the verdict back out; "(as object)" is the same
 * call given the object, as the background did before.
 *
 *   cargo bench --bench hostile -- --write target/hostile
 *   node tools/hostile-wasm.mjs target/hostile [target/release/notmine]
 *
 * Prints one line per shape (median of 3 runs after a warm-up) and the
 * largest; BENCHMARKS.md has the figures.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.argv[2] || join(ROOT, 'target/hostile');
const bin = process.argv[3] || join(ROOT, 'target/release/notmine');
const BUDGET_MS = 200;

const glue = await import(join(ROOT, 'extension/pkg/notmine.js'));
glue.initSync({ module: readFileSync(join(ROOT, 'extension/pkg/notmine_bg.wasm')) });
console.error = () => {};

const key = 'ab'.repeat(32);
const pages = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
let worst = { ms: 0, name: '' };
console.log(`${'shape'.padEnd(32)} ${'snapshot JSON'.padStart(13)} ${'judge (wasm)'.padStart(13)} ${'(as object)'.padStart(12)}`);
for (const f of pages) {
  const line = execFileSync(bin, ['snapshot', join(dir, f)], { maxBuffer: 1 << 30, encoding: 'utf8' });
  const times = [];
  const asObject = [];
  let verdict = null;
  for (let i = 0; i < 4; i++) {
    const snap = JSON.parse(line); // a fresh object, as each message brings
    // As the background does: the snapshot handed over as JSON text.
    const t0 = performance.now();
    verdict = glue.judgeInContext(JSON.stringify(snap), null, key, { previous: [], site: [] }).verdict;
    times.push(performance.now() - t0);
    // The object itself, as before (for the comparison only).
    const t1 = performance.now();
    glue.judgeInContext(snap, null, key, { previous: [], site: [] });
    asObject.push(performance.now() - t1);
  }
  const ms = times.slice(1).sort((a, b) => a - b)[1];
  const objMs = asObject.slice(1).sort((a, b) => a - b)[1];
  if (ms > worst.ms) worst = { ms, name: basename(f, '.html') };
  console.log(`${basename(f, '.html').padEnd(32)} ${(line.length / 1e6).toFixed(2).padStart(10)} MB ${ms.toFixed(1).padStart(10)} ms ${objMs.toFixed(1).padStart(9)} ms${ms > BUDGET_MS ? '  OVER' : ''}  ${verdict.findings.length} findings`);
}
console.log(`largest: ${worst.ms.toFixed(1)} ms (${worst.name}); budget ${BUDGET_MS} ms per snapshot`);
