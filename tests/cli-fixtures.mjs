// The release CLI against every fixture's expectation, the way a reviewer
// would run it: `notmine scan --profile tests/fixtures/profile.json` on the
// fixtures that assume the profile, `notmine scan` without one on the rest.
// Compares warn, severity and the multiset of finding kinds and fields per
// page (tests/fixtures.rs checks the masked values through the library).
// Usage: node tests/cli-fixtures.mjs [path/to/notmine]
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const bin = process.argv[2] || 'target/release/notmine';
const dir = 'tests/fixtures';
const pages = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
const expect = new Map(pages.map((p) => [p, JSON.parse(readFileSync(join(dir, p.replace(/\.html$/, '.expect.json')), 'utf8'))]));

function scan(files, profile) {
  if (files.length === 0) return [];
  const args = ['scan', '--format', 'jsonl', ...(profile ? ['--profile', join(dir, 'profile.json')] : []), ...files.map((f) => join(dir, f))];
  let out;
  try {
    out = execFileSync(bin, args, { encoding: 'utf8' });
  } catch (e) {
    if (e.status !== 1) throw e; // 1 = some page warns
    out = e.stdout;
  }
  return out.trim().split('\n').map((l) => JSON.parse(l));
}

const lines = [
  ...scan(pages.filter((p) => expect.get(p).profile), true),
  ...scan(pages.filter((p) => !expect.get(p).profile), false),
];
const key = (kind, field) => `${kind}:${field ?? '-'}`;
// A finding in a page script's data has no control (`field` null in the
// jsonl); its reason names the script and record ("(script #__NEXT_DATA__ ›
// props.pageProps.customer)"). The expectation names the script and key.
const embeddedIn = (reason) => {
  const m = /\((script [^›()]+?) › /.exec(reason);
  return m ? `embedded ${m[1]}` : null;
};
let passed = 0;
let failed = 0;
for (const line of lines) {
  const page = line.path.split('/').pop();
  const exp = expect.get(page);
  const got = line.findings.map((f) => key(f.kind, f.field ? (f.field.name ?? f.field.id) : embeddedIn(f.reason))).sort();
  const want = exp.findings.map((f) => key(f.kind, f.field?.startsWith('script ') ? `embedded ${f.field.split(' › ')[0]}` : f.field)).sort();
  const ok = line.warn === exp.warn && line.severity === exp.severity && JSON.stringify(got) === JSON.stringify(want);
  if (ok) {
    passed += 1;
  } else {
    failed += 1;
    console.log(`FAIL ${page}: warn=${line.warn} severity=${line.severity} findings=${got} / expected warn=${exp.warn} severity=${exp.severity} findings=${want}`);
  }
}
if (lines.length !== pages.length) {
  failed += 1;
  console.log(`FAIL: ${lines.length} lines for ${pages.length} pages`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
