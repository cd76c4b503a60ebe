#!/usr/bin/env node
/**
 * The browser scan harness: `notmine scan`, but the verdict comes from the
 * real extension in headless Chromium or Firefox.
 *
 *   node tools/browser-scan.mjs [--browser chromium|firefox] [--profile FILE]
 *        [--screenshot DIR] PATH...
 *
 * PATH is an HTML file or a directory (searched recursively for *.html and
 * *.htm, as the CLI does). Each page is loaded in a tab of a browser that
 * has the extension installed — Chromium (default): the unpacked extension/
 * or NOTMINE_EXT; Firefox ESR: the packaged dist/notmine-<version>-firefox.zip
 * or NOTMINE_ZIP, installed as a temporary add-on over WebDriver BiDi. The
 * verdict the extension stored for the tab's top frame is printed as the
 * same JSON line `notmine scan --format jsonl` prints, in path order, so the
 * two can be diffed page by page on any set of pages.
 *
 * Each page is judged on its own: what the extension remembers between
 * loads of a site (the site's identity, `identities` in the owned area,
 * lib/vault.js; the
 * previous load of a page, `seen:` in storage.session) is wiped before every
 * page, as they all come from 127.0.0.1. Consecutive pages also come from
 * different ports (origins), so that a late message of the page before
 * cannot leave a `seen:` entry the next page would be compared with.
 *
 * Saved pages are served (over https, see TLS) the way a browser opens them
 * from disk, not as an arbitrary web server would: a page carrying a `saved
 * from url=` comment is served at that URL's path (the core reads the path;
 * "…/konto" says "account"), read exactly as the CLI reads the comment; any
 * other at a
 * neutral path (/page/N.html: the CLI, too, takes no word from a local file
 * name). Pages load one at a time, so two pages from the same URL (variants
 * of one page) are each served at it. An undeclared page that is valid UTF-8
 * is served as UTF-8 (browsers detect UTF-8 in local files), anything else
 * without a charset so the page's own BOM or <meta charset> decides.
 *
 * Importable: `scanPages(files, {browser, profile, onLine})` judges many
 * pages in one browser launch; `openScanner(browser)` keeps a browser open
 * for several passes (tests/browser/eval-browsers.mjs).
 *
 * A page whose own script sends the tab elsewhere (a check of its host
 * name) gets an error line naming where, if the extension had no verdict
 * of it before it left.
 *
 * --screenshot DIR also writes, for every page with a verdict, what a person
 * sees once the extension has answered (the page's first screen with the
 * warning, if any) as DIR/<page file name>.<browser>.png.
 *
 * Exit status as the CLI: 0 no page warns, 1 some page warns, 2 usage or
 * browser error. CHROMIUM and FIREFOX override the browser paths.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, FIREFOX, exitWhenFlushed, launch } from '../tests/browser/lib/browsers.mjs';
import { serve } from '../tests/browser/lib/server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MANIFEST = JSON.parse(readFileSync(join(ROOT, 'extension/manifest.json'), 'utf8'));
const EXT = process.env.NOTMINE_EXT || join(ROOT, 'extension');
const ZIP = process.env.NOTMINE_ZIP || join(ROOT, `dist/notmine-${MANIFEST.version}-firefox.zip`);
export const BROWSERS = ['chromium', 'firefox'];
/**
 * How long a page may take to get its verdict. Pages load one at a time:
 * every saved page is served from 127.0.0.1, so to the extension they are
 * one site, and each must be judged on its own, as `notmine scan` judges it.
 */
export const PAGE_MS = 10000;
/**
 * Pages are served over https, with this throwaway self-signed certificate
 * for 127.0.0.1 (both browsers are told to accept it). Over http, many saved
 * pages send themselves to https at once (`if (location.protocol !=
 * "https:") document.location = …`, a common WordPress plugin): offline
 * that ends on an error page, in Chromium before the extension saw the
 * page, in Firefox with the page cut off at that script — neither is the
 * file the CLI reads. The scheme says nothing to the core (it reads the
 * path).
 */
const TLS = {
  key: `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg9ap0V9mPOejSasNj
fC4oWl9Q/O0yWZIj1LAxS5tUS/WhRANCAASkaQj4Wqb3kvz7vk7rllna4pMjrKu1
yqSS2xhVE1A7jw8eLyqZSlJ3rMmSCyHQCGInZSwFH+peLAVfE+u7sGDq
-----END PRIVATE KEY-----`,
  cert: `-----BEGIN CERTIFICATE-----
MIIBkDCCATagAwIBAgIUO+pK1BIoSd39X58UmkjinrSOjfswCgYIKoZIzj0EAwIw
FDESMBAGA1UEAwwJMTI3LjAuMC4xMCAXDTI2MTIwNDExMzc0NVoYDzIxMjYxMTEw
MTEzNzQ1WjAUMRIwEAYDVQQDDAkxMjcuMC4wLjEwWTATBgcqhkjOPQIBBggqhkjO
PQMBBwNCAASkaQj4Wqb3kvz7vk7rllna4pMjrKu1yqSS2xhVE1A7jw8eLyqZSlJ3
rMmSCyHQCGInZSwFH+peLAVfE+u7sGDqo2QwYjAdBgNVHQ4EFgQUxDHJNJjcNuIS
8sfvXslFZ1wEuOcwHwYDVR0jBBgwFoAUxDHJNJjcNuIS8sfvXslFZ1wEuOcwDwYD
VR0TAQH/BAUwAwEB/zAPBgNVHREECDAGhwR/AAABMAoGCCqGSM49BAMCA0gAMEUC
IQD9xKQlx6bPOYLdJLhjVW5uMRRqlvcxSvRosFvlImg6nwIgBt8WakSPHehHCqBn
bDrsRqB0MHJu1ylHP0kRbz9kUOg=
-----END CERTIFICATE-----`,
};
/** Ports the pages rotate through (see the isolation note above). */
const PORTS = 3;
/** How long a verdict may still come after the page sent its tab elsewhere. */
const LEFT_GRACE_MS = 1500;
/** How long a verdict may still come after the driver said the navigation failed. */
const FAILED_GRACE_MS = 3000;
/** How often the stored verdict is looked for. */
const POLL_MS = 50;
/** How long after the verdict a screenshot waits: the warning's message and drawing. */
const SHOT_SETTLE_MS = 800;

/** Files as the CLI walks them: given files as given, directories recursively. */
export function collect(paths) {
  const out = [];
  const walk = (p) => {
    const st = statSync(p, { throwIfNoEntry: false });
    if (!st) throw new Error(`${p}: no such file or directory`);
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

/**
 * The page's address from a `<!-- saved from url=(0042)https://… -->`
 * comment, read as the CLI reads it (src/html.rs `saved_from_url`): found
 * in the first 2048 characters, up to the next whitespace or the comment's
 * end, no longer than the length in brackets, http(s) only. Null if none.
 */
export function savedFromUrl(bytes) {
  const text = bytes.subarray(0, 8192).toString('latin1');
  const start = text.slice(0, 2048).indexOf('saved from url=(');
  if (start < 0) return null;
  const rest = text.slice(start + 'saved from url=('.length);
  const close = rest.indexOf(')');
  if (close < 0) return null;
  const word = rest.slice(close + 1).split(/\s/)[0].replace(/(-->)+$/, '');
  const n = /^\s*\d+\s*$/.test(rest.slice(0, close)) ? Number(rest.slice(0, close)) : 0;
  const url = n > 0 ? [...word].slice(0, n).join('') : word;
  return /^https?:\/\//.test(url) ? url : null;
}

/** The path (with query and fragment) a saved page is served at, or null for a neutral one. */
export function savedFromPath(bytes) {
  const url = savedFromUrl(bytes);
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.pathname + u.search + u.hash;
  } catch (_) {
    return null;
  }
}

/** The Content-Type a browser opening the file from disk would in effect use. */
export function contentType(bytes) {
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

/** The CLI's JSON line for a verdict, as an object (src/report.rs `ScanLine`, same key order). */
export function scanLineObject(path, v) {
  return {
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
  };
}

/** The CLI's JSON line for a verdict. */
export function scanLine(path, v) {
  return JSON.stringify(scanLineObject(path, v));
}

/** A path with its %-escapes decoded; as it is where one is malformed. */
function decoded(path) {
  try {
    return decodeURIComponent(path);
  } catch (_) {
    return path;
  }
}

/**
 * One HTTP handler on PORTS ports that serves the page being judged now
 * (`current`) at its path, and nothing else.
 */
async function servePages() {
  const state = { current: null };
  const page = (path, req) => {
    const c = state.current;
    // The address as navigated, or at least its path (a browser may encode a
    // query's characters differently from URL's serialisation).
    if (!c || (req.url !== c.request && path !== c.pathname)) return null;
    return { body: c.bytes, type: contentType(c.bytes), headers: { 'Cache-Control': 'no-store' } };
  };
  const servers = await Promise.all(Array.from({ length: PORTS }, () => serve({ page, tls: TLS })));
  return {
    ports: servers.map((s) => s.address().port),
    /** Serves `bytes` at `path` (with query and fragment) until the next call. */
    set(path, bytes) {
      const u = new URL(path, 'http://x');
      state.current = { request: u.pathname + u.search, pathname: decoded(u.pathname), bytes };
    },
    close() {
      state.current = null;
      for (const s of servers) s.close();
    },
  };
}

/**
 * A browser with the extension: `newPage()`, `inExtension(fn, arg)` (runs
 * in one of the extension's own pages, where `browser`/`chrome` is),
 * `alive()`, `close()`.
 */
async function startChromium() {
  if (!existsSync(join(EXT, 'pkg/notmine_bg.wasm'))) {
    throw new Error(`${EXT}/pkg/notmine_bg.wasm is missing: run bash scripts/build-wasm.sh`);
  }
  return driverOf(await launch('chromium', { ext: EXT, insecure: true, netLog: false, bfcache: false, viewport: { width: 1280, height: 720 } }));
}

/**
 * Firefox ESR with the packaged add-on, as lib/browsers.mjs starts it (its
 * own services off, anything leaving the machine sent to a refusing sink),
 * and with the pages' self-signed certificate accepted (see TLS).
 */
async function startFirefox() {
  if (!existsSync(ZIP)) {
    throw new Error(`${ZIP} is missing: run bash scripts/build-wasm.sh && bash scripts/package.sh (or set NOTMINE_ZIP)`);
  }
  if (!existsSync(FIREFOX)) {
    throw new Error(`${FIREFOX} not found: install firefox-esr (bash scripts/setup.sh --browsers) or set FIREFOX`);
  }
  return driverOf(await launch('firefox', { zip: ZIP, gecko: MANIFEST.browser_specific_settings.gecko.id, insecure: true, netLog: false }));
}

/**
 * A browser with the extension (lib/browsers.mjs): `newPage()`,
 * `inExtension(fn, arg)` (runs in one of the extension's own pages, where
 * `browser`/`chrome` is; storage is read there rather than in Chrome's
 * service worker, which Chrome stops when idle), `alive()`, `close()`.
 */
function driverOf(b) {
  return {
    newPage: () => b.browser.newPage(),
    inExtension: (fn, arg) => b.storage(fn, arg),
    alive: () => b.browser.connected,
    async close() {
      await b.close();
    },
  };
}

/** Forgets what the extension remembers between loads (runs in an extension page). */
async function forgetLoads() {
  const api = globalThis.browser ?? globalThis.chrome;
  await globalThis.owned.remove('identities');
  const all = await api.storage.session.get(null);
  await api.storage.session.remove(Object.keys(all).filter((k) => k === 'seen' || k.startsWith('seen:') || k.startsWith('tab:')));
}

/**
 * The newest top-frame verdict of a document that began after `since` (a
 * `performance.timeOrigin`), whatever its tab: the page being judged, not
 * the one before it at the same address (runs in an extension page).
 */
async function verdictSince(since) {
  const api = globalThis.browser ?? globalThis.chrome;
  const all = await api.storage.session.get(null);
  let best = null;
  for (const [k, e] of Object.entries(all)) {
    const f = k.startsWith('tab:') ? e?.frames?.['0'] : null;
    if (f?.verdict && f.origin > since && !(best && best.origin >= f.origin)) best = f;
  }
  return best && { url: best.url, reason: best.reason, verdict: best.verdict };
}

/** Stores the profile (null removes it; runs in an extension page). */
async function storeProfile(p) {
  if (p) await globalThis.owned.set({ profile: p });
  else await globalThis.owned.remove('profile');
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** `promise`, or a rejection after `ms`. */
const within = (promise, ms) => Promise.race([promise, sleep(ms).then(() => { throw new Error(`no answer in ${ms} ms`); })]);
const firstLine = (e) => String(e && e.message ? e.message : e).split('\n')[0];

/**
 * Opens `kind` ("chromium" | "firefox") with the extension installed and
 * returns a scanner: `setProfile(p)`, `scan(file)` → `{line, ms, url,
 * movedTo, left, timeout}` (`line`: the CLI's JSON line as an object, or
 * `{path, error}`; `movedTo`: the address of the document judged, when not
 * `url`; `left`: where the page's own script sent the tab, when it did; the
 * verdict is then of a page cut short, or there is none), `close()`. A browser that dies is started again on the next
 * page, with the same profile.
 */
export async function openScanner(kind = 'chromium', { pageMs = PAGE_MS } = {}) {
  if (!BROWSERS.includes(kind)) throw new Error(`unknown browser "${kind}" (chromium or firefox)`);
  const start = kind === 'chromium' ? startChromium : startFirefox;
  const server = await servePages();
  let driver = null;
  let page = null;
  let profile = null;
  let n = 0;

  /**
   * The address the tab is sent to now (without its fragment), and where
   * the page sent the tab itself, if it did. Some saved pages leave when
   * they find they are not on their own site (refinery29 checks
   * `location.hostname`); the extension then judges an error page, or in
   * Firefox the page cut off at that script, not the file the CLI reads.
   */
  let sentTo = 'about:blank';
  let left = null;
  /**
   * Where a navigation request of the top frame went, before it is known
   * to have left: Firefox reports the document an `<object data=…>` loads
   * as one too, so only the top frame's next document counts (`left`).
   */
  let leaving = null;
  const elsewhere = (u) => u !== 'about:blank' && u.split('#')[0] !== sentTo;
  const freshPage = async () => {
    const p = await driver.newPage();
    // A page's alert() or confirm() would hold the next navigation.
    p.on('dialog', (d) => d.dismiss().catch(() => {}));
    p.on('request', (r) => {
      try {
        if (leaving === null && r.isNavigationRequest() && r.frame() === p.mainFrame() && elsewhere(r.url())) leaving = r.url();
      } catch (_) {
        // a request of a frame already gone
      }
    });
    p.on('framenavigated', (f) => {
      // Chromium names its error page chrome-error://…: the request says where to.
      if (left === null && f === p.mainFrame() && elsewhere(f.url())) left = leaving ?? f.url();
    });
    await p.goto('about:blank');
    return p;
  };
  /** A live browser with a blank page, started (again) if need be. */
  const ready = async () => {
    if (!driver || !driver.alive()) {
      if (driver) await driver.close().catch(() => {});
      driver = null;
      page = null;
      driver = await start();
      await driver.inExtension(storeProfile, profile);
    }
    if (!page || page.isClosed()) page = await freshPage();
  };
  try {
    await ready();
  } catch (e) {
    server.close();
    throw e;
  }

  /** Screen shot of the page as it is now, to `path` (the banner's slide-in done). */
  async function shoot(path) {
    await sleep(SHOT_SETTLE_MS);
    await page.screenshot({ path });
  }

  async function scan(file, { screenshot = null } = {}) {
    const i = n++;
    let bytes;
    try {
      bytes = readFileSync(file);
    } catch (e) {
      return { line: { path: file, error: firstLine(e) }, ms: 0, url: null };
    }
    const path = savedFromPath(bytes) ?? `/page/${i}.html`;
    const url = `https://127.0.0.1:${server.ports[i % server.ports.length]}${path}`;
    server.set(path, bytes);
    sentTo = url.split('#')[0];
    left = null;
    leaving = null;
    const t0 = Date.now();
    let found = null;
    let failure = null;
    let timeout = false;
    try {
      await ready();
      // The blank page's clock: a verdict of a document that began after
      // it is this page's, not a late one of the page before.
      const since = await page.evaluate(() => performance.timeOrigin);
      await driver.inExtension(forgetLoads);
      // The verdict is looked for while the page loads, not after: the
      // content script runs at document_idle, before a big page's images
      // and scripts are in, and a page that sends the tab elsewhere leaves
      // the driver waiting for a load that never comes.
      let settled = false;
      page.goto(url, { waitUntil: 'domcontentloaded', timeout: pageMs })
        .then(() => {}, (e) => { failure = e; })
        .finally(() => { settled = true; });
      let leftAt = 0;
      let failedAt = 0;
      for (const end = t0 + pageMs; ;) {
        await sleep(POLL_MS);
        found = await driver.inExtension(verdictSince, since);
        if (found) break;
        if (Date.now() > end) {
          timeout = left === null;
          break;
        }
        // A navigation the driver calls failed may still have shown the
        // page: Firefox's WebDriver rejects one whose frame showed an error
        // page ("Address rejected": an offline widget's iframe), though the
        // page itself is there and is judged. So a little longer, not forever.
        if (settled && failure && !/timeout/i.test(failure.message) && failedAt === 0) failedAt = Date.now();
        if (failedAt !== 0 && Date.now() - failedAt > FAILED_GRACE_MS) break;
        // A page that left: a verdict of what it showed before may still come.
        if (left !== null && leftAt === 0) leftAt = Date.now();
        if (leftAt !== 0 && Date.now() - leftAt > LEFT_GRACE_MS) break;
      }
      // A verdict while the page was on its way out: does it leave?
      for (const end = Date.now() + LEFT_GRACE_MS; found && leaving !== null && left === null && Date.now() < end;) {
        await sleep(POLL_MS);
      }
    } catch (e) {
      failure = e;
    }
    const ms = Date.now() - t0;
    // Back to a blank page. A page without a verdict may hang its tab (a
    // script that never returns): it is closed instead, and the next page
    // gets a new tab (or a new browser, if this one died).
    let shot = null;
    if (found && screenshot) {
      shot = join(screenshot, `${basename(file)}.${kind}.png`);
      await within(shoot(shot), 10000).catch((e) => {
        console.error(`browser-scan: no screenshot of ${file}: ${firstLine(e)}`);
        shot = null;
      });
    }
    try {
      if (!found) throw new Error('no verdict');
      await page.goto('about:blank', { timeout: 5000 });
    } catch (_) {
      await within(page?.close(), 5000).catch(() => {});
      page = null;
    }
    if (found) {
      const movedTo = found.url !== url ? found.url : null;
      return { line: scanLineObject(file, found.verdict), ms, url, movedTo, left, reason: found.reason, shot };
    }
    const why = left !== null
      ? `the page's own script sent the tab to ${left} before the extension had a verdict`
      : timeout
        ? `the extension gave no verdict within ${pageMs} ms${failure ? ` (${firstLine(failure)})` : ''}`
        : firstLine(failure);
    return { line: { path: file, error: why }, ms, url, left, timeout };
  }

  return {
    kind,
    /** The browser's user agent string. */
    version: async () => {
      await ready();
      return driver.inExtension(() => navigator.userAgent);
    },
    /** The profile the extension judges with from the next page on (null: none). */
    async setProfile(p) {
      profile = p ?? null;
      await ready();
      await driver.inExtension(storeProfile, profile);
    },
    scan,
    async close() {
      if (driver) await driver.close().catch(() => {});
      driver = null;
      server.close();
    },
  };
}

/**
 * Judges `files` in one launch of `browser` with `profile` stored (null:
 * none). Returns a Map file → the CLI's JSON line as an object (`{path,
 * error}` for a page without a verdict); `onLine(file, result)` is called
 * as each page is done (`result` as `scan()` returns it).
 */
export async function scanPages(files, { browser = 'chromium', profile = null, onLine = null, pageMs = PAGE_MS, screenshot = null } = {}) {
  const scanner = await openScanner(browser, { pageMs });
  const lines = new Map();
  try {
    await scanner.setProfile(profile);
    for (const f of files) {
      const r = await scanner.scan(f, { screenshot });
      lines.set(f, r.line);
      if (onLine) onLine(f, r);
    }
  } finally {
    await scanner.close();
  }
  return lines;
}

function usage(msg) {
  if (msg) console.error(`browser-scan: ${msg}`);
  console.error('usage: node tools/browser-scan.mjs [--browser chromium|firefox] [--profile FILE] [--screenshot DIR] PATH...');
  process.exit(2);
}

function parseArgs(argv) {
  const paths = [];
  let profile = null;
  let browser = 'chromium';
  let screenshot = null;
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
    } else if (a === '--browser') {
      browser = argv[++i];
      if (!BROWSERS.includes(browser)) usage(`--browser needs one of ${BROWSERS.join(', ')}`);
    } else if (a === '--screenshot') {
      screenshot = argv[++i];
      if (!screenshot) usage('--screenshot needs a folder');
      try {
        mkdirSync(screenshot, { recursive: true });
      } catch (e) {
        usage(`cannot make the folder ${screenshot}: ${e.message}`);
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
  return { paths, profile, browser, screenshot };
}

async function main() {
  const { paths, profile, browser, screenshot } = parseArgs(process.argv.slice(2));
  let files;
  try {
    files = collect(paths);
  } catch (e) {
    usage(e.message);
  }
  const lines = await scanPages(files, { browser, profile, screenshot });
  const out = files.map((f) => lines.get(f));
  process.stdout.write(out.map((l) => `${JSON.stringify(l)}\n`).join(''));
  // Not process.exit() at once: the lines must all reach a slow reader.
  exitWhenFlushed(out.some((l) => l.warn) ? 1 : 0);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(`browser-scan: ${e.message}`);
    process.exit(2);
  });
}
