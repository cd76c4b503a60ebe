#!/usr/bin/env node
/**
 * The extension and the CLI agree, page by page: runs the browser scan
 * harness (tools/browser-scan.mjs, the real extension in headless
 * Chromium) and `notmine scan` on every fixture in tests/fixtures/, with no
 * profile and with tests/fixtures/profile.json, and compares the JSON lines
 * exactly (verdict, severity, every finding's kind, field, masked value and
 * reason, every field's type).
 *
 *   node tests/browser/browser-scan-agrees.mjs [path/to/notmine]
 *
 * Last line: "N pages agree, M differ"; exit status 1 if any differ.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = process.argv[2] || join(ROOT, 'target/release/notmine');
const FIXTURES = 'tests/fixtures';
const PROFILE = 'tests/fixtures/profile.json';

function lines(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0 && r.status !== 1) {
    console.error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr || r.error}`);
    process.exit(1);
  }
  return new Map(r.stdout.trim().split('\n').map((l) => [JSON.parse(l).path, l]));
}

let agree = 0;
let differ = 0;
for (const profile of [[], ['--profile', PROFILE]]) {
  const label = profile.length ? 'with the profile' : 'no profile';
  const t0 = Date.now();
  const browser = lines('node', ['tools/browser-scan.mjs', ...profile, FIXTURES]);
  const ms = Date.now() - t0;
  const cli = lines(BIN, ['scan', ...profile, FIXTURES]);
  for (const [path, want] of cli) {
    const got = browser.get(path);
    if (got === want) {
      agree++;
    } else {
      differ++;
      console.log(`DIFF ${label} ${path}\n  cli:       ${want}\n  extension: ${got ?? '(missing)'}`);
    }
  }
  for (const path of browser.keys()) {
    if (!cli.has(path)) {
      differ++;
      console.log(`DIFF ${label} ${path}: only the extension scanned it`);
    }
  }
  const warned = [...browser.values()].filter((l) => JSON.parse(l).warn).length;
  console.log(`${label}: ${browser.size} pages in ${(ms / 1000).toFixed(1)} s in the browser, ${warned} warn`);
}
console.log(`${agree} pages agree, ${differ} differ`);
process.exit(differ > 0 ? 1 : 0);
