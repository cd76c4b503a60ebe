#!/usr/bin/env node
/**
 * What NotMine costs a real page load — a measurement, not a test (it fails
 * only when it cannot measure). Run it through `bash scripts/bench-pageload.sh`,
 * or directly:
 *
 *   node tools/pageload.mjs [--browser chromium|firefox|both] [--rounds N]
 *        [--sample N] [--group pages|forms] [--corpus DIR] [--timeout SECONDS] [--settle MS]
 *        [--json] [--markdown]
 *
 * NOTMINE_EXT (Chromium: unpacked directory, default extension/), NOTMINE_ZIP
 * (Firefox: default dist/notmine-<version>-firefox.zip), CHROMIUM and FIREFOX
 * override the paths.
 *
 * Pages: every *.html under CORPUS/pages (415 saved news and product pages)
 * and 100 form pages, evenly spaced over the sorted files of
 * CORPUS/forms/duckduckgo-autofill/html and CORPUS/forms/chromium-autofill/input.
 * CORPUS defaults to ../shared/corpus beside the repository. --sample N takes
 * N pages evenly spaced over that list (both groups keep their share);
 * --group keeps one group only (before --sample is applied).
 *
 * Per browser two instances run side by side, one WITH the extension and one
 * WITHOUT, each with one tab that goes from page to page (about:blank in
 * between, so the page before is unloaded outside the measured navigation).
 * Each page is loaded once per round in each, the first arm alternating from
 * page to page and round to round (ABBA), so slow drift of a shared machine
 * falls on both arms alike. One warm-up load per arm is not counted (process
 * start, the extension's worker and wasm); after it the WITH arm must show a
 * verdict of that page in the extension's storage, or a warning says that
 * NotMine seems not to run. Recorded per load, in the page's own clock:
 *   - load: PerformanceNavigationTiming loadEventEnd (startTime is 0). The
 *     content script runs at document_idle, often before the load event,
 *     and the background judges on the same two cores: both show here;
 *   - LCP: the last 'largest-contentful-paint' entry (buffered observer),
 *     read --settle MS (default 150) after the load event, when the verdict
 *     has usually come and a banner, if any, been drawn (it may be the
 *     largest paint itself). A browser without LCP gets FCP instead,
 *     labelled so. A page that paints nothing contentful (a saved page kept
 *     white by an anti-flicker snippet) has no LCP and is left out of it.
 * A page whose load fails, times out (--timeout, default 15 s) or leaves for
 * another address in either arm (any round) is counted as failed and left
 * out of every statistic.
 *
 * Pages are served as tools/browser-scan.mjs serves them (at their saved-from
 * path, with the charset a browser would use from disk, over https: many
 * saved pages send themselves to https at once), from one throwaway server
 * on 127.0.0.1 that both arms share. Nothing else resolves: lib/browsers.mjs
 * makes every other host fail at once (Chromium: --host-resolver-rules;
 * Firefox: a proxy sink that refuses), in both arms alike, so no load waits
 * on DNS. Requests are not intercepted from the driver, which would add a
 * round trip to every request of the page.
 *
 * Output per browser and page group (corpus pages, form pages, all): median
 * and p95 of each metric without and with the extension, taken over pages,
 * and median and p95 of the per-page ratio with/without. --markdown prints a
 * table for BENCHMARKS.md, --json all of it with every page's numbers.
 *
 * Importable: `pageList(corpus, sample)`, `serveOne(headers)`, `within`,
 * `firstLine` and `ARM_OPTIONS` (tools/speed.mjs --corpus measures the content script and the
 * core on the same pages).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collect, contentType, savedFromPath } from './browser-scan.mjs';
import { launch, sleep } from '../tests/browser/lib/browsers.mjs';
import { serve } from '../tests/browser/lib/server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MANIFEST = JSON.parse(readFileSync(join(ROOT, 'extension/manifest.json'), 'utf8'));
const EXT = process.env.NOTMINE_EXT || join(ROOT, 'extension');
const ZIP = process.env.NOTMINE_ZIP || join(ROOT, `dist/notmine-${MANIFEST.version}-firefox.zip`);
const FORM_DIRS = ['forms/duckduckgo-autofill/html', 'forms/chromium-autofill/input'];
const FORM_PAGES = 100;
/**
 * How both arms launch (tools/pageload-trace.mjs too): no net log, no
 * back/forward cache (each load is a real one), the throwaway certificate
 * accepted, one viewport size.
 */
export const ARM_OPTIONS = Object.freeze({ netLog: false, bfcache: false, insecure: true, viewport: { width: 1280, height: 720 } });
const ARMS = ['without', 'with'];
const GROUPS = ['pages', 'forms', 'all'];

const progress = (s) => process.stderr.write(s);

function usage(msg) {
  if (msg) console.error(`pageload: ${msg}`);
  console.error('usage: node tools/pageload.mjs [--browser chromium|firefox|both] [--rounds N] [--sample N] '
    + '[--group pages|forms] [--corpus DIR] [--timeout SECONDS] [--settle MS] [--json] [--markdown]');
  process.exit(2);
}

function parseArgs(argv) {
  const o = { browsers: ['chromium', 'firefox'], rounds: 1, sample: null, corpus: join(ROOT, '../shared/corpus'),
    timeoutMs: 15000, settleMs: 150, json: false, markdown: false, group: null };
  const value = (i, flag) => {
    if (argv[i] === undefined || argv[i].startsWith('--')) usage(`${flag} needs a value`);
    return argv[i];
  };
  const count = (v, flag) => (/^[1-9]\d*$/.test(v) ? Number(v) : usage(`${flag} needs a positive whole number, not "${v}"`));
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--browser') {
      const b = value(++i, a);
      if (b === 'both') o.browsers = ['chromium', 'firefox'];
      else if (b === 'chromium' || b === 'firefox') o.browsers = [b];
      else usage(`--browser must be chromium, firefox or both, not "${b}"`);
    } else if (a === '--rounds') o.rounds = count(value(++i, a), a);
    else if (a === '--sample') o.sample = count(value(++i, a), a);
    else if (a === '--group') {
      o.group = value(++i, a);
      if (o.group !== 'pages' && o.group !== 'forms') usage(`--group must be pages or forms, not "${o.group}"`);
    } else if (a === '--corpus') o.corpus = resolve(value(++i, a));
    else if (a === '--timeout') {
      const s = Number(value(++i, a));
      if (!(s > 0)) usage('--timeout needs a number of seconds');
      o.timeoutMs = Math.round(s * 1000);
    } else if (a === '--settle') {
      const v = value(++i, a);
      o.settleMs = /^\d+$/.test(v) ? Number(v) : usage(`--settle needs whole milliseconds, not "${v}"`);
    } else if (a === '--json') o.json = true;
    else if (a === '--markdown') o.markdown = true;
    else if (a === '-h' || a === '--help') usage();
    else usage(`unknown option ${a}`);
  }
  return o;
}

/** `n` items evenly spaced over `xs` (all of them when n >= length): deterministic. */
const spaced = (xs, n) => (n >= xs.length ? xs : Array.from({ length: n }, (_, i) => xs[Math.floor((i * xs.length) / n)]));

/**
 * The pages to load, `{file, group, rel}`, corpus pages first, each group
 * sorted by path; throws if the corpus is not there.
 */
export function pageList(corpus, sample = null, group = null) {
  let pages;
  let forms;
  try {
    pages = collect([join(corpus, 'pages')]).filter((f) => f.endsWith('.html'));
    forms = collect(FORM_DIRS.map((d) => join(corpus, d)));
  } catch (e) {
    throw new Error(`${e.message} (is the corpus at ${corpus}? --corpus DIR)`);
  }
  const all = [...pages.map((file) => ({ file, group: 'pages' })), ...spaced(forms, FORM_PAGES).map((file) => ({ file, group: 'forms' }))]
    .filter((p) => group === null || p.group === group);
  return spaced(all, sample ?? all.length).map((p) => ({ ...p, rel: relative(corpus, p.file) }));
}

/**
 * A throwaway self-signed certificate for the https server (the browsers
 * are told to accept it, so nothing in it matters but that it parses).
 */
function throwawayTls() {
  const dir = mkdtempSync(join(tmpdir(), 'notmine-pageload-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '2', '-subj', '/CN=127.0.0.1'], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } catch (e) {
    throw new Error(`openssl could not make a certificate for the https server: ${e.message.split('\n')[0]}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** In the page, `settleMs` after its load event: the load time, LCP and FCP, and where the page is. */
async function measure(settleMs) {
  const supported = PerformanceObserver.supportedEntryTypes || [];
  const lcpSupported = supported.includes('largest-contentful-paint');
  let lcp = null;
  if (lcpSupported) {
    // Buffered: the entries from before the observer, delivered in its first callback.
    const o = new PerformanceObserver((l) => { for (const e of l.getEntries()) lcp = e.startTime; });
    o.observe({ type: 'largest-contentful-paint', buffered: true });
    await new Promise((r) => setTimeout(r, settleMs));
    for (const e of o.takeRecords()) lcp = e.startTime;
    o.disconnect();
  } else {
    await new Promise((r) => setTimeout(r, settleMs));
  }
  const nav = performance.getEntriesByType('navigation')[0];
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  return {
    href: location.href,
    load: nav && nav.loadEventEnd > 0 ? nav.loadEventEnd - nav.startTime : null,
    lcp,
    fcp: fcp ? fcp.startTime : null,
    lcpSupported,
  };
}

/** `promise`, or a rejection after `ms` (the timer cleared either way: it would hold node's exit). */
export function within(promise, ms) {
  let timer;
  const late = new Promise((_, fail) => { timer = setTimeout(() => fail(new Error(`no answer in ${ms} ms`)), ms); });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
export const firstLine = (e) => String(e && e.message ? e.message : e).split('\n')[0];

/**
 * One arm: a browser with or without the extension and its one tab. The
 * extension opens its onboarding tab on install; it is closed, so that the
 * measured tab is the only one and in front (a tab behind another paints
 * nothing in headless Chromium, and LCP needs paint).
 */
async function openArm(kind, withExt) {
  const b = await launch(kind, withExt ? { ...ARM_OPTIONS, ext: EXT, zip: ZIP, gecko: MANIFEST.browser_specific_settings.gecko.id } : ARM_OPTIONS);
  const page = await b.browser.newPage();
  // An alert() or confirm() would hold the load.
  page.on('dialog', (d) => d.dismiss().catch(() => {}));
  if (withExt) {
    const end = Date.now() + 5000;
    while (Date.now() < end && !(await b.browser.pages()).some((p) => p.url().includes('/onboarding/'))) await sleep(100);
  }
  for (const p of await b.browser.pages()) if (p !== page) await p.close().catch(() => {});
  await page.bringToFront();
  return { b, page, version: await b.browser.version() };
}

/**
 * Whether the extension stored a verdict for the arm's tab (the warm-up
 * page), read as tools/browser-scan.mjs reads it: a check that the WITH arm
 * measures NotMine at work. The extension page it is read from is closed
 * again, and the measured tab brought back to the front.
 */
async function judgedOnce(arm) {
  let ok = false;
  for (const end = Date.now() + 10000; !ok && Date.now() < end;) {
    ok = await arm.b.storage(async () => {
      const all = await (globalThis.browser ?? globalThis.chrome).storage.session.get(null);
      return Object.entries(all).some(([k, e]) => k.startsWith('tab:') && e?.frames?.['0']?.verdict);
    }).catch(() => false);
    if (!ok) await sleep(200);
  }
  for (const p of await arm.b.browser.pages()) if (p !== arm.page) await p.close().catch(() => {});
  await arm.page.bringToFront();
  return ok;
}

/** Loads `url` in the arm's tab: the measure() numbers, or {error}. */
async function loadOnce(arm, url, { timeoutMs, settleMs }) {
  const { page } = arm;
  try {
    await page.goto('about:blank', { timeout: timeoutMs });
    const t0 = Date.now();
    const failed = await page.goto(url, { waitUntil: 'load', timeout: timeoutMs }).then(() => null, (e) => e);
    if (failed) {
      // Firefox's WebDriver BiDi fails some navigations that did load (a
      // page's own script changing its location: "Address rejected"); the
      // page decides: its load event, at this address, within the time.
      const left = timeoutMs - (Date.now() - t0);
      const loaded = left > 0 && await page.waitForFunction((u) => location.href.split('#')[0] === u
        && performance.getEntriesByType('navigation')[0]?.loadEventEnd > 0, { timeout: left, polling: 50 }, url.split('#')[0])
        .then(() => true, () => false);
      if (!loaded) throw failed;
    }
    const m = await within(page.evaluate(measure, settleMs), timeoutMs);
    if (m.href.split('#')[0] !== url.split('#')[0]) return { error: `left for ${m.href}` };
    if (m.load === null) return { error: 'no load event time' };
    return m;
  } catch (e) {
    return { error: firstLine(e) };
  }
}

/** The `q` quantile of `xs` (nearest rank); speed.mjs uses it too. */
export function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const stats = (xs) => (xs.length ? { p50: median(xs), p95: quantile(xs, 0.95) } : { p50: null, p95: null });

/** Loads every page in both arms of `kind`; returns the browser's results. */
async function runBrowser(kind, list, server, o) {
  const arms = {};
  for (const name of ARMS) arms[name] = await openArm(kind, name === 'with');
  const t0 = Date.now();
  let loads = 0;
  let judged = false;
  const pages = list.map((p) => ({ ...p, loads: { with: [], without: [] } }));
  try {
    // Warm-up, not counted: processes, caches, the extension's worker and wasm.
    const warm = server.set(list[0].file, 'warm');
    for (const name of ARMS) await loadOnce(arms[name], warm, o);
    judged = await judgedOnce(arms.with);
    if (!judged) progress(`${kind}: warning: no verdict of the warm-up page in the extension's storage — is NotMine running?\n`);
    progress(`${kind}: ${pages.length} pages x ${o.rounds} round(s) x 2 arms `);
    for (let r = 0; r < o.rounds; r++) {
      for (const [i, p] of pages.entries()) {
        const url = server.set(p.file, i);
        // ABBA: which arm goes first alternates page by page and round by round.
        const order = (i + r) % 2 === 0 ? ['with', 'without'] : ['without', 'with'];
        for (const name of order) {
          if (!arms[name].b.browser.connected) {
            // A browser that died is started again (its load of this page failed).
            await arms[name].b.close().catch(() => {});
            arms[name] = await openArm(kind, name === 'with');
          }
          p.loads[name].push(await loadOnce(arms[name], url, o));
          loads++;
        }
        progress(p.loads.with.at(-1).error || p.loads.without.at(-1).error ? 'x' : '.');
      }
    }
  } finally {
    for (const name of ARMS) await arms[name].b.close().catch(() => {});
  }
  const seconds = (Date.now() - t0) / 1000;
  progress(` ${seconds.toFixed(0)} s\n`);
  return { ...summarize(kind, pages, { seconds, loads }), version: arms.with.version, judged };
}

/** Per page: the median over rounds per arm; then the statistics per group. */
function summarize(kind, pages, time) {
  const lcpSupported = pages.some((p) => p.loads.with.some((l) => l.lcpSupported));
  const paint = lcpSupported ? 'lcp' : 'fcp';
  const per = pages.map((p) => {
    const failed = ARMS.some((a) => p.loads[a].some((l) => l.error));
    const out = { page: p.rel, group: p.group, failed, errors: ARMS.flatMap((a) => p.loads[a].filter((l) => l.error).map((l) => `${a}: ${l.error}`)) };
    if (failed) return out;
    for (const m of ['load', paint]) {
      const vals = ARMS.map((a) => p.loads[a].map((l) => l[m]));
      if (vals.flat().some((v) => v === null)) continue; // e.g. no contentful paint: left out of this metric
      const [without, withExt] = vals.map(median);
      out[m] = { without, with: withExt, ratio: without > 0 ? withExt / without : null };
    }
    return out;
  });
  const groups = {};
  for (const g of GROUPS) {
    const inGroup = per.filter((p) => g === 'all' || p.group === g);
    const ok = inGroup.filter((p) => !p.failed);
    const row = { pages: inGroup.length, failed: inGroup.length - ok.length };
    for (const m of ['load', paint]) {
      const have = ok.filter((p) => p[m]);
      row[m] = {
        n: have.length,
        without: stats(have.map((p) => p[m].without)),
        with: stats(have.map((p) => p[m].with)),
        ratio: stats(have.map((p) => p[m].ratio).filter((x) => x !== null)),
      };
    }
    groups[g] = row;
  }
  return { browser: kind, paint, lcpSupported, groups, time, perPage: per };
}

const ms = (x) => (x === null ? '—' : `${Math.round(x)} ms`);
const ratio = (x) => (x === null ? '—' : `${x.toFixed(3)}×`);
const GROUP_NAMES = { pages: 'corpus pages', forms: 'form pages', all: 'all' };

function printText(result) {
  const w = (s, n) => String(s).padStart(n);
  console.log(`date ${result.date}; ${result.machine}; node ${result.node}; ${result.rounds} round(s), settle ${result.settleMs} ms`);
  for (const r of result.browsers) {
    console.log('');
    console.log(`${r.browser}: ${r.version}${r.lcpSupported ? '' : ' — no LCP in this browser: FCP shown instead'}`);
    console.log(`${'group'.padEnd(14)}${w('pages', 6)}${w('failed', 7)}  metric ${w('p50 without', 12)}${w('p50 with', 10)}`
      + `${w('p95 without', 12)}${w('p95 with', 10)}${w('ratio p50', 10)}${w('ratio p95', 10)}${w('n', 5)}`);
    for (const g of GROUPS) {
      const row = r.groups[g];
      for (const m of ['load', r.paint]) {
        const s = row[m];
        const first = m === 'load';
        console.log(`${(first ? GROUP_NAMES[g] : '').padEnd(14)}${w(first ? row.pages : '', 6)}${w(first ? row.failed : '', 7)}  `
          + `${m.toUpperCase().padEnd(6)} ${w(ms(s.without.p50), 12)}${w(ms(s.with.p50), 10)}${w(ms(s.without.p95), 12)}`
          + `${w(ms(s.with.p95), 10)}${w(ratio(s.ratio.p50), 10)}${w(ratio(s.ratio.p95), 10)}${w(s.n, 5)}`);
      }
    }
    const failed = r.perPage.filter((p) => p.failed);
    for (const p of failed.slice(0, 10)) console.log(`  failed: ${p.page}: ${p.errors[0]}`);
    if (failed.length > 10) console.log(`  … and ${failed.length - 10} more failed pages (--json lists them)`);
    console.log(`  ${r.time.loads} loads in ${r.time.seconds.toFixed(0)} s (${((r.time.seconds * 1000) / r.time.loads).toFixed(0)} ms a load)`);
  }
}

function printMarkdown(result) {
  console.log(`Measured ${result.date.slice(0, 10)} with \`tools/pageload.mjs\` on ${result.machine}, node ${result.node}; `
    + `${result.rounds} round(s), numbers read ${result.settleMs} ms after the load event. `
    + result.browsers.map((r) => `${r.browser}: ${r.version}`).join('; ') + '.');
  console.log('');
  console.log('| browser | pages | n (failed) | metric | p50 without → with | p95 without → with | ratio p50 | ratio p95 |');
  console.log('|---|---|---:|---|---:|---:|---:|---:|');
  for (const r of result.browsers) {
    for (const g of GROUPS) {
      const row = r.groups[g];
      for (const m of ['load', r.paint]) {
        const s = row[m];
        const label = m === 'load' ? 'load event' : m === 'lcp' ? 'LCP' : 'FCP (no LCP)';
        console.log(`| ${r.browser} | ${GROUP_NAMES[g]} | ${s.n} (${row.failed}) | ${label} | ${ms(s.without.p50)} → ${ms(s.with.p50)} `
          + `| ${ms(s.without.p95)} → ${ms(s.with.p95)} | ${ratio(s.ratio.p50)} | ${ratio(s.ratio.p95)} |`);
      }
    }
  }
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  let list;
  try {
    list = pageList(o.corpus, o.sample, o.group);
  } catch (e) {
    usage(e.message);
  }
  const server = await serveOne();
  const result = {
    date: new Date().toISOString(),
    machine: `${cpus()[0]?.model?.trim() ?? 'unknown CPU'} (${cpus().length} cores)`,
    node: process.version,
    corpus: o.corpus,
    rounds: o.rounds,
    settleMs: o.settleMs,
    timeoutMs: o.timeoutMs,
    sample: o.sample,
    group: o.group,
    browsers: [],
  };
  try {
    for (const kind of o.browsers) result.browsers.push(await runBrowser(kind, list, server, o));
  } finally {
    server.close();
  }
  if (o.json) console.log(JSON.stringify(result, (k, v) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 1000) / 1000 : v), 2));
  else if (o.markdown) printMarkdown(result);
  else printText(result);
  const loads = result.browsers.reduce((n, r) => n + r.time.loads, 0);
  const seconds = result.browsers.reduce((n, r) => n + r.time.seconds, 0);
  if (o.sample && loads) {
    const full = pageList(o.corpus, null).length;
    progress(`a full run (${full} pages, ${o.rounds} round(s), ${o.browsers.join(' + ')}) would take about `
      + `${Math.ceil((seconds / list.length) * full / 60)} min at this run's pace\n`);
  }
}

/**
 * The https server: the page being loaded now, at its path, and nothing
 * else (a 404). `set(file, n)` serves `file` at its saved-from path, or at
 * /page/n.html, until the next call, and returns its URL. `headers` are
 * added to the page's response (speed.mjs: COOP/COEP, for a 5 µs clock).
 */
export async function serveOne(headers = {}) {
  const state = { request: null, pathname: null, bytes: null };
  const server = await serve({
    tls: throwawayTls(),
    // The address as navigated, or at least its %-decoded path (as browser-scan.mjs).
    page: (path, req) => (state.bytes && (req.url === state.request || path === state.pathname)
      ? { body: state.bytes, type: contentType(state.bytes), headers: { 'Cache-Control': 'no-store', ...headers } } : null),
  });
  server.set = (file, n) => {
    const bytes = readFileSync(file);
    const u = new URL(savedFromPath(bytes) ?? `/page/${n}.html`, server.origin);
    let pathname = u.pathname;
    try {
      pathname = decodeURIComponent(pathname);
    } catch (_) {
      // malformed escape: as it is
    }
    Object.assign(state, { request: u.pathname + u.search, pathname, bytes });
    return u.href;
  };
  return server;
}

// Run only as a script, not when imported (tools/speed.mjs).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await main();
  } catch (e) {
    console.error(`pageload: ${e && e.stack ? e.stack : e}`);
    process.exit(1);
  }
}
