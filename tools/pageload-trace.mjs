#!/usr/bin/env node
/**
 * Where a page's main thread spends its time before the load event, by
 * Chromium trace event — a measurement, not a test. It is how the page-load
 * table in BENCHMARKS.md was explained: the extension's share of a small
 * page's load is the isolated world every content script needs
 * (`LocalWindowProxy::Initialize`, `V8.DeserializeContext`), then
 * evaluating the scripts (`EvaluateScript`, `v8.run`) and GC.
 *
 *   node tools/pageload-trace.mjs [EXTENSION_DIR] [--sample N] [--group pages|forms]
 *
 * EXTENSION_DIR: an unpacked extension to load (none: the bare browser).
 * Pages as tools/pageload.mjs serves them (default 40 form pages). Prints
 * the mean ms per page of every complete trace event on the page's main
 * thread up to `loadEventEnd` (nested events count in each parent too, so
 * the column does not add up), the largest first. Run it for two
 * extensions one after the other and compare rows; the machine's speed
 * drifts between runs, so compare shares, not single numbers.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ARM_OPTIONS, pageList, serveOne } from './pageload.mjs';
import { launch, sleep } from '../tests/browser/lib/browsers.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  if (i < 0) return dflt;
  const [, v] = args.splice(i, 2);
  return v;
};
const sample = Number(opt('--sample', '40'));
const group = opt('--group', 'forms');
const ext = args[0] ? resolve(args[0]) : null;

const list = pageList(join(ROOT, '../shared/corpus'), sample, group);
const server = await serveOne();
const b = await launch('chromium', { ...ARM_OPTIONS, ...(ext ? { ext } : {}) });
const dir = mkdtempSync(join(tmpdir(), 'notmine-trace-'));
const file = join(dir, 'trace.json');
const total = new Map();
let traced = 0;
try {
  const page = await b.browser.newPage();
  await sleep(1500); // the extension's worker and onboarding tab settle first
  for (const [i, p] of list.entries()) {
    const url = server.set(p.file, i);
    await page.goto('about:blank');
    await page.tracing.start({ path: file, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink', 'loading', 'extensions'] });
    await page.goto(url, { waitUntil: 'load' });
    await sleep(200);
    await page.tracing.stop();
    const events = JSON.parse(readFileSync(file, 'utf8')).traceEvents;
    const parse = events.find((e) => e.name === 'ParseHTML');
    if (!parse) continue;
    const main = (e) => e.pid === parse.pid && e.tid === parse.tid;
    const end = events.find((e) => e.name === 'loadEventEnd' && e.pid === parse.pid)?.ts ?? Infinity;
    for (const e of events) {
      if (!main(e) || e.ph !== 'X' || e.ts > end) continue;
      total.set(e.name, (total.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
    }
    traced++;
  }
} finally {
  await b.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}
console.log(`${traced} pages traced, ${ext ? `with ${ext}` : 'without an extension'}; mean ms per page before loadEventEnd:`);
for (const [name, ms] of [...total].sort((x, y) => y[1] - x[1]).slice(0, 40)) {
  console.log(`${(ms / Math.max(1, traced)).toFixed(2).padStart(8)}  ${name}`);
}
process.exit(0);
