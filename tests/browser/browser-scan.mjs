#!/usr/bin/env node
/**
 * The browser scan harness: `notmine scan`, but the verdict comes from the
 * real extension in headless Chromium.
 *
 *   node tests/browser/browser-scan.mjs [--profile FILE] PATH...
 *
 * PATH is an HTML file or a directory (searched recursively for *.html and
 * *.htm, as the CLI does). Each page is loaded in a tab of a Chromium that
 * has the extension installed (extension/, or NOTMINE_EXT); the verdict the
 * extension stored for the tab's top frame is printed as the same JSON line
 * `notmine scan --format jsonl` prints, in path order, so the two can be
 * diffed page by page on any set of pages.
 *
 * Each page is judged on its own: what the extension remembers between
 * loads of a site is wiped before every page (they all come from 127.0.0.1).
 *
 * Saved pages are served the way a browser opens them from disk, not as an
 * arbitrary web server would: a page carrying a `saved from url=` comment is
 * served at that URL's path (the core reads the path; "…/konto" says
 * "account"), any other at a neutral path; an undeclared page that is valid
 * UTF-8 is served as UTF-8 (browsers detect UTF-8 in local files), anything
 * else without a charset so the page's own BOM or <meta charset> decides.
 *
 * Exit status as the CLI: 0 no page warns, 1 some page warns, 2 usage or
 * browser error. CHROMIUM overrides the browser path.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const EXT = process.env.NOTMINE_EXT || join(ROOT, 'extension');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  '--disable-features=AutofillServerCommunication',
];
/**
 * Tabs loading at once: one. Every saved page is served from 127.0.0.1, so
 * to the extension they are one site; what it remembers between loads
 * (the site's identity, the previous load of a path) is wiped before each
 * page, so that each is judged on its own, as `notmine scan` judges it.
 */
const PARALLEL = 1;
/** How long a page may take to get its verdict. */
const PAGE_MS = 10000;

function usage(msg) {
  if (msg) console.error(`browser-scan: ${msg}`);
  console.error('usage: node tests/browser/browser-scan.mjs [--profile FILE] PATH...');
  process.exit(2);
}

function parseArgs(argv) {
  const paths = [];
  let profile = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--profile') {
      const f = argv[++i];
      if (!f) usage('--profile needs a file');
      try {
        profile = JSON.parse(readFileSync(f, 'utf8'));
      } catch (e) {
        usage(`cannot read the profile ${f}: ${e.message}`);
      }
    } else if (a === '-h' || a === '--help') {
      usage();
    } else if (a.startsWith('-')) {
      usage(`unknown option ${a}`);
    } else {
      paths.push(a);
    }
  }
  if (paths.length === 0) usage('no PATH given');
  return { paths, profile };
}

/** Files as the CLI walks them: given files as given, directories recursively. */
function collect(paths) {
  const out = [];
  const walk = (p) => {
    const st = statSync(p, { throwIfNoEntry: false });
    if (!st) usage(`${p}: no such file or directory`);
    if (st.isDirectory()) {
      for (const e of readdirSync(p).sort()) {
        const q = join(p, e);
        if (statSync(q).isDirectory()) walk(q);
        else if (/\.html?$/i.test(e)) out.push(q);
      }
    } else {
      out.push(p);
    }
  };
  paths.forEach(walk);
  return [...new Set(out)].sort();
}

/** The path a saved page came from (`<!-- saved from url=(0042)https://… -->`), or null. */
function savedFromPath(bytes) {
  const head = bytes.subarray(0, 4096).toString('latin1');
  const m = head.match(/saved from url=\(\d+\)(https?:\/\/[^\s>]+)/i);
  if (!m) return null;
  try {
    const u = new URL(m[1].replace(/-->$/, ''));
    return u.pathname + u.search;
  } catch (_) {
    return null;
  }
}

/** The Content-Type a browser opening the file from disk would in effect use. */
function contentType(bytes) {
  const head = bytes.subarray(0, 1024).toString('latin1').toLowerCase();
  const bom = bytes[0] === 0xef || (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe);
  const declared = /<meta[^>]+charset/.test(head) || /^<\?xml[^>]+encoding/.test(head);
  if (!bom && !declared) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      return 'text/html; charset=utf-8';
    } catch (_) {
      // not UTF-8: the browser's default (windows-1252), as the CLI
    }
  }
  return 'text/html';
}

function serve(routes) {
  const server = createServer((req, res) => {
    const key = new URL(req.url, 'http://x').pathname + new URL(req.url, 'http://x').search;
    const file = routes.get(key) ?? routes.get(new URL(req.url, 'http://x').pathname);
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const bytes = readFileSync(file);
    res.writeHead(200, { 'Content-Type': contentType(bytes), 'Cache-Control': 'no-store' });
    res.end(bytes);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok(server));
  });
}

/** The CLI's JSON line for a verdict (src/report.rs `ScanLine`, same key order). */
function scanLine(path, v) {
  return JSON.stringify({
    path,
    warn: v.warn,
    severity: v.severity,
    findings: v.findings.map((f) => ({
      kind: f.kind,
      // Embedded data has no control: null, as report.rs writes it.
      field: f.field && f.place !== 'embedded-data' ? { name: f.field.name ?? null, id: f.field.id ?? null } : null,
      value: f.value,
      reason: f.reason,
    })),
    fields: v.fields.map((f) => ({ name: f.name ?? null, id: f.id ?? null, type: f.type ?? null })),
  });
}

async function main() {
  const { paths, profile } = parseArgs(process.argv.slice(2));
  const files = collect(paths);
  if (!existsSync(join(EXT, 'pkg/notmine_bg.wasm'))) {
    usage(`${EXT}/pkg/notmine_bg.wasm is missing: run bash scripts/build-wasm.sh`);
  }
  const routes = new Map();
  const urlPath = new Map();
  files.forEach((f, i) => {
    let p = savedFromPath(readFileSync(f));
    if (!p || routes.has(p)) p = `/page/${i}.html`;
    routes.set(p, f);
    urlPath.set(f, p);
  });
  const server = await serve(routes);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const dir = mkdtempSync(join(tmpdir(), 'notmine-bscan-'));
  let context;
  const lines = new Map();
  try {
    context = await chromium.launchPersistentContext(dir, {
      executablePath: CHROMIUM,
      headless: true,
      args: [`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`, ...FLAGS],
    }).catch((e) => {
      throw new Error(`Chromium (${CHROMIUM}) did not start: ${e.message.split('\n')[0]}`);
    });
    const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))
      ?? await context.waitForEvent('serviceworker', { timeout: 10000 });
    await worker.evaluate((p) => (p ? chrome.storage.local.set({ profile: p }) : chrome.storage.local.remove('profile')), profile);

    /** The verdict the extension stored for the tab showing `url`, once it is there. */
    const verdictFor = async (url) => {
      const end = Date.now() + PAGE_MS;
      for (;;) {
        const v = await worker.evaluate(async (u) => {
          const all = await chrome.storage.session.get(null);
          for (const [k, e] of Object.entries(all)) {
            if (k.startsWith('tab:') && e?.frames?.['0']?.url === u) return e.frames['0'].verdict;
          }
          return null;
        }, url);
        if (v || Date.now() > end) return v;
        await new Promise((r) => setTimeout(r, 50));
      }
    };

    const queue = [...files];
    const run = async () => {
      const page = await context.newPage();
      for (let f = queue.shift(); f !== undefined; f = queue.shift()) {
        const url = origin + urlPath.get(f);
        await worker.evaluate(async () => {
          await chrome.storage.local.remove('identities');
          const all = await chrome.storage.session.get(null);
          await chrome.storage.session.remove(Object.keys(all).filter((k) => k.startsWith('seen:')));
        });
        try {
          await page.goto(url, { waitUntil: 'load', timeout: PAGE_MS });
          const v = await verdictFor(page.url());
          lines.set(f, v ? scanLine(f, v) : JSON.stringify({ path: f, error: 'the extension gave no verdict in time' }));
        } catch (e) {
          lines.set(f, JSON.stringify({ path: f, error: e.message.split('\n')[0] }));
        }
        await page.goto('about:blank');
      }
      await page.close();
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL, files.length) }, run));
  } finally {
    if (context) await context.close().catch(() => {});
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  let warned = false;
  for (const f of files) {
    const line = lines.get(f);
    if (JSON.parse(line).warn) warned = true;
    console.log(line);
  }
  process.exit(warned ? 1 : 0);
}

main().catch((e) => {
  console.error(`browser-scan: ${e.message}`);
  process.exit(2);
});
