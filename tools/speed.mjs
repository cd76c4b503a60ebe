#!/usr/bin/env node
/**
 * Speed of the extension in headless Chromium — a measurement, not a test
 * (it fails only when it cannot measure). Run it through
 * `bash scripts/bench-extension.sh`, or directly:
 *
 *   node tools/speed.mjs [--json] [--profile]   # CHROMIUM, NOTMINE_EXT override paths
 *   node tools/speed.mjs --corpus [DIR] [--sample N] [--json]
 *
 * 1. Content-script main-thread time per page: `extension/content/snapshot.js`
 *    is injected into the page's main world after load and
 *    `notmineSnapshot(document)` is timed with `performance.now()` (1 warm-up
 *    + RUNS runs, median per page), alone and followed by the
 *    `JSON.stringify` the content script does on every snapshot. Pages: every
 *    tests/fixtures/*.html, and a generated page of 5,000 form fields in
 *    about 50,000 nodes. Served on 127.0.0.1 with COOP/COEP headers, so the
 *    page is cross-origin isolated and `performance.now()` resolves to 5 µs
 *    instead of 100 µs (the fixture pages take well under a millisecond).
 *    The first (cold: nothing compiled yet) run of each page is reported
 *    too, since that is what a real page load costs.
 * 2. The floor: `floorWalk` below visits the same nodes as snapshot.js (open
 *    shadow roots, same-origin frames, skipping the same dropped elements),
 *    asks each element for its attribute names and reads the ones
 *    snapshot.js reads, reads computed style exactly where snapshot.js does,
 *    the inline style under a hidden ancestor, control values, select
 *    options, the autofill state, and text data — and builds nothing.
 * 3. DOMContentLoaded → banner attached, with the real extension loaded, on
 *    www/gewinnspiel.html, in the page's clock: first load after install,
 *    warm (service worker running) and after stopping the service worker.
 * 4. Sizes: extension/pkg/notmine_bg.wasm raw and gzip -9, dist/*.zip.
 *
 * --profile: also where snapshot + JSON.stringify spend their time, by
 * function (V8's sampling profiler), on the fixture pages and the big page.
 *
 * --corpus [DIR] (default ../shared/corpus) measures real pages instead of
 * all the above: the 415 corpus pages and 100 form pages tools/pageload.mjs
 * loads (--sample N: N of them, evenly spaced, as there), served as it
 * serves them (https, at their saved-from path, every other host failing
 * at once) plus COOP/COEP for the 5 µs clock.
 *  a. In a Chromium WITHOUT the extension (the page as it is, no content
 *     script of ours already run), after each page's load: the first (cold)
 *     snapshot, then the median of CORPUS_RUNS, alone and with
 *     JSON.stringify, and the floor; p50/p95/max over pages, and
 *     snapshot / floor as a ratio of the medians and as the median of the
 *     per-page ratios. Then the page is loaded again for the floor's own
 *     first run: a real content script always runs cold, once per load,
 *     and the first walk of a page pays its first computed-style reads,
 *     which the floor's runs after the snapshot's do not. So the cold
 *     snapshot is also compared with the cold floor. A page whose second
 *     load fails keeps its other figures (progress shows "," for it).
 *  b. Each page's snapshot JSON judged as the background judges it
 *     (background/listeners.js: judgeInContext(text, profile, key, memory),
 *     here with no profile and empty memory) on extension/pkg's .wasm under
 *     node, as tools/hostile-wasm.mjs: a warm-up, then the median of
 *     JUDGE_RUNS; p50/p95/max and the slowest pages.
 * Pages that did not load, left for another address, or whose snapshot or
 * judging threw are counted and listed apart, out of every statistic.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CHROMIUM, hostTimer, launch, waitBanner } from '../tests/browser/lib/browsers.mjs';
import { serve } from '../tests/browser/lib/server.mjs';
import { ARM_OPTIONS, firstLine, median, pageList, quantile, serveOne, within } from './pageload.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXT = process.env.NOTMINE_EXT || join(ROOT, 'extension');
const SNAPSHOT_PATH = join(EXT, 'content/snapshot.js');
const FIXTURES = join(ROOT, 'tests/fixtures');
const WWW = join(ROOT, 'www');
const WASM = join(EXT, 'pkg/notmine_bg.wasm');
const DIST = join(ROOT, 'dist');
const JSON_OUT = process.argv.includes('--json');
const PROFILE = process.argv.includes('--profile');
const RUNS = 5; // after one warm-up
const BIG_RUNS = 9;
const WARM_LOADS = 10;
const COLD_LOADS = 5;
const BANNER_MS = 8000;
const CORPUS_RUNS = 3; // after the cold run: real pages are many, each measured once
const JUDGE_RUNS = 3; // after one warm-up call
const PAGE_MS = 15000; // a page's load, or the timing in it, after which it counts as failed
const TARGETS = { ratioP50: 2, contentP95Ms: 5, judgeP95Ms: 20 }; // the issue's aims

/** `--corpus [DIR]` and `--sample N`: null without --corpus (the fixture mode). */
function corpusArgs(argv) {
  const bad = (m) => { console.error(`speed: ${m}`); process.exit(2); };
  const i = argv.indexOf('--corpus');
  const j = argv.indexOf('--sample');
  if (i < 0) return j < 0 ? null : bad('--sample goes with --corpus');
  const next = argv[i + 1];
  const dir = next !== undefined && !next.startsWith('--') ? resolve(next) : join(ROOT, '../shared/corpus');
  if (j < 0) return { dir, sample: null };
  return /^[1-9]\d*$/.test(argv[j + 1] ?? '') ? { dir, sample: Number(argv[j + 1]) } : bad('--sample needs a positive whole number');
}
const CORPUS = corpusArgs(process.argv.slice(2));

const log = (...a) => { if (!JSON_OUT) console.log(...a); };
/** --json: prints `result` (numbers rounded) and says so. */
function printedJson(result) {
  if (!JSON_OUT) return false;
  console.log(JSON.stringify(result, (k, v) => (typeof v === 'number' && !Number.isInteger(v) ? round(v) : v), 2));
  return true;
}
/** A time for the tables. */
const ms = (x) => (x === null || x === undefined ? '—' : `${x.toFixed(x < 10 ? 3 : 1)} ms`);
/** One row of a table: a label, then right-aligned cells. */
const row = (label, ...cells) => log(label.padEnd(44) + cells.map((c) => String(c).padStart(13)).join(''));
const progress = (s) => process.stderr.write(s);

/** The generated page: 5,000 form fields, ~50,000 nodes (elements + text). */
function bigPage() {
  const words = ['Vorname', 'Nachname', 'Straße', 'PLZ', 'Ort', 'E-Mail', 'Telefon', 'Kundennummer', 'Geburtsdatum', 'IBAN'];
  const p = [`<!doctype html><html lang="de"><head><meta charset="utf-8"><title>5000 Felder</title>
<style>.row{margin:2px}.off{display:none}.ghost{visibility:hidden}.hint{color:#666}</style></head>
<body><header><nav><a href="/">Start</a> <a href="/konto">Konto</a></nav></header><main><h1>Sammelerfassung</h1><form id="big">`];
  for (let i = 0; i < 5000; i++) {
    const w = words[i % words.length];
    const cls = i % 97 === 0 ? 'row off' : i % 89 === 0 ? 'row ghost' : 'row';
    let field;
    if (i % 10 === 8) {
      field = `<select name="s${i}" id="f${i}"><option value="">bitte wählen</option><option>Herr</option><option selected>Frau</option></select>`;
    } else if (i % 10 === 9) {
      field = `<textarea name="t${i}" id="f${i}" rows="2">Anmerkung zu Eintrag ${i}</textarea>`;
    } else if (i % 25 === 3) {
      field = `<input type="checkbox" name="c${i}" id="f${i}" value="ja" checked>`;
    } else {
      const type = i % 10 === 5 ? ' type="email"' : i % 10 === 6 ? ' type="tel"' : '';
      field = `<input${type} name="f${i}" id="f${i}" value="${w} ${i}" autocomplete="off" placeholder="${w}">`;
    }
    p.push(`<div class="${cls}"><label for="f${i}">${w} <b>${i}</b></label>${field}</div>`);
    if (i % 50 === 49) p.push(`<p class="sep">Abschnitt ${(i + 1) / 50} von 100 — <a href="#top">nach oben</a>.</p>`);
  }
  // Filler prose up to ~50,000 nodes.
  for (let i = 0; i < 900; i++) {
    p.push(`<section><h2>Hinweis ${i}</h2><p>Die Angaben werden <em>vertraulich</em> behandelt, siehe <a href="/datenschutz#${i}">Datenschutz</a>.</p></section>`);
  }
  p.push('</form></main><footer><p>Impressum · Datenschutz</p></footer></body></html>');
  return p.join('\n');
}

/**
 * Makes the floor walk, in the page (injected as source by inject(): a
 * function handed to page.evaluate cannot close over another). The
 * constants are made once per page, outside the timed walks.
 */
function floorWalker() {
  // The attributes snapshot.js reads: the kept ones (from the same generated
  // constants, injected first), then the two that decide `hidden`.
  const C = globalThis.notmineSnapshotConstants;
  const READ = new Set([...C.keptAttributes, 'hidden', 'aria-hidden']);
  // The elements dropped with their subtree, from the same constants as snapshot.js.
  const DROPPED = new Set(C.dropped);
  let autofill = null;
  for (const sel of [':autofill', ':-webkit-autofill']) {
    try { document.documentElement.matches(sel); autofill = sel; break; } catch (_) { /* next */ }
  }
  /**
   * The floor: the same nodes and the same DOM reads as snapshot.js
   * (inline scripts included), no output. `hidden` is decided as snapshot.js does because it decides
   * where computed style is read (not under a hidden ancestor).
   */
  function floorWalk(doc) {
    let sink = 0;
    let frameDepth = 0;
    const walk = (parent, hiddenAbove) => {
      const root = parent.shadowRoot;
      if (root) list(root.firstChild, hiddenAbove);
      list(parent.firstChild, hiddenAbove);
    };
    const list = (n, hiddenAbove) => {
      for (; n !== null; n = n.nextSibling) {
        const t = n.nodeType;
        if (t === 3) sink += n.data.length;
        else if (t === 1 && !DROPPED.has(n.localName)) elem(n, hiddenAbove);
      }
    };
    const elem = (el, hiddenAbove) => {
      const tag = el.localName;
      const names = el.getAttributeNames();
      let hidden = false;
      let type = null;
      for (let i = 0; i < names.length; i++) {
        const a = names[i];
        if (!READ.has(a)) continue;
        const v = el.getAttribute(a);
        sink += v.length;
        if (a === 'hidden' || (a === 'aria-hidden' && v.trim().toLowerCase() === 'true')) hidden = true;
        else if (a === 'type') type = v.trim().toLowerCase();
      }
      if (tag === 'input' && type === 'hidden') hidden = true;
      if (!hidden) {
        if (hiddenAbove) {
          const st = el.style;
          hidden = st.display === 'none' || st.visibility === 'hidden';
        } else {
          const cs = el.ownerDocument.defaultView.getComputedStyle(el);
          hidden = cs.display === 'none' || cs.visibility === 'hidden';
        }
      }
      const below = hiddenAbove || hidden;
      if (tag === 'input') {
        sink += (type === 'checkbox' || type === 'radio' ? (el.getAttribute('value') || '') : el.value).length;
        sink += el.defaultValue.length + (el.checked ? 1 : 0) + (el.matches(autofill) ? 1 : 0);
      } else if (tag === 'textarea') {
        sink += el.value.length + el.defaultValue.length + (el.matches(autofill) ? 1 : 0);
      } else if (tag === 'select') {
        const o = el.options;
        for (let i = o.length - 1; i >= 0; i--) if (o[i].defaultSelected) { sink += (o[i].getAttribute('label') || o[i].textContent).length; break; }
        const idx = el.selectedIndex;
        if (idx >= 0) sink += (o[idx].getAttribute('label') || o[idx].textContent).length;
        sink += o.length + (el.matches(autofill) ? 1 : 0);
      } else if (tag === 'iframe' || tag === 'frame') {
        if (frameDepth < 3) {
          let d = null;
          try { d = el.contentDocument; } catch (_) { d = null; }
          const body = d && (d.body || d.documentElement);
          if (body) { frameDepth++; walk(body, below); frameDepth--; }
        }
      } else {
        walk(el, below);
      }
    };
    const title = doc.head && doc.head.getElementsByTagName('title')[0];
    if (title) sink += title.textContent.length;
    sink += (doc.documentElement.getAttribute('lang') || '').length;
    walk(doc.body || doc.documentElement, false);
    // The inline scripts snapshot.js sends as `data`: their type, id and
    // text are read too (a real page's embedded data is often a third of
    // its snapshot).
    for (const s of doc.scripts) {
      if (s.hasAttribute('src')) continue;
      sink += (s.getAttribute('type') || '').length + (s.getAttribute('id') || '').length + s.text.length;
    }
    return sink;
  }
  return floorWalk;
}

/**
 * In the page: times the snapshot, snapshot + JSON.stringify and the floor
 * (inject() first); `runs` after the first, cold, run of each. `keepJson`:
 * also return the snapshot's JSON (--corpus judges it in wasm afterwards).
 */
function inPageTimings(runs, keepJson = false) {
  const floorWalk = globalThis.notmineFloorWalk;
  const snapshot = globalThis.notmineSnapshot;
  const snap = [];
  const snapStr = [];
  const floor = [];
  let json = '';
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now();
    const s = snapshot(document);
    const t1 = performance.now();
    json = JSON.stringify(s);
    const t2 = performance.now();
    floorWalk(document);
    const t3 = performance.now();
    snap.push(t1 - t0);
    snapStr.push(t2 - t0);
    floor.push(t3 - t2);
  }
  let nodes = 0;
  const w = document.createTreeWalker(document, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  while (w.nextNode()) nodes++;
  return {
    first: snap[0], firstStr: snapStr[0], firstFloor: floor[0],
    snap: snap.slice(1), snapStr: snapStr.slice(1), floor: floor.slice(1),
    nodes, bytes: json.length, isolated: globalThis.crossOriginIsolated === true,
    href: location.href, ...(keepJson ? { json } : {}),
  };
}

/** Whether the page is still at `url` (a #fragment aside): its own script did not send it elsewhere. */
const samePage = (href, url) => href.split('#')[0] === url.split('#')[0];

/** In the page: the floor walk's first run, before anything else read the DOM (inject() first), and where the page is. */
function coldFloorTiming() {
  const t0 = performance.now();
  globalThis.notmineFloorWalk(document);
  return { ms: performance.now() - t0, href: location.href };
}

const stats = (xs) => ({ p50: median(xs), p95: quantile(xs, 0.95), n: xs.length });
const round = (x, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

/**
 * Serves fixtures (/fx/, no charset: the page decides), the generated page
 * (/gen/big.html) and www/ (/www/); all but www/ cross-origin isolated.
 */
function site(big) {
  const page = (path) => {
    if (path === '/gen/big.html') return { body: big, type: 'text/html; charset=utf-8' };
    const m = /^\/(fx|www)\/([^/]+)$/.exec(path);
    if (!m) return null;
    const f = join(m[1] === 'fx' ? FIXTURES : WWW, m[2]);
    if (!existsSync(f) || !statSync(f).isFile()) return null;
    return { body: readFileSync(f), type: m[1] === 'fx' ? 'text/html' : 'text/html; charset=utf-8' };
  };
  return serve({
    page,
    headers: (path) => ({
      'Cache-Control': 'no-store',
      ...(path.startsWith('/www/') ? {} : {
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Embedder-Policy': 'require-corp',
      }),
    }),
  });
}

/**
 * Puts the content script's snapshot (its constants, then snapshot.js) and
 * the floor walk into the page's main world, after load. Evaluated over
 * CDP, not added as <script> elements: snapshot.js reads the page's inline
 * scripts (`data`), and would take its own 24 KB source for the page's
 * (it did, with addScriptTag); a page's CSP does not apply either. The
 * sourceURL names the file for --profile.
 */
const INJECTED = [join(EXT, 'content/snapshot-constants.js'), SNAPSHOT_PATH]
  .map((f) => `${readFileSync(f, 'utf8')}\n;undefined\n//# sourceURL=${f}`);
async function inject(page) {
  for (const src of INJECTED) await page.evaluate(src);
  await page.evaluate(`globalThis.notmineFloorWalk = (${floorWalker})();`);
}

/** Part 1 and 2: snapshot, snapshot + stringify, floor, per page. */
async function contentScriptTimes(origin) {
  // Any host but 127.0.0.1 fails to resolve (lib/browsers.mjs).
  const b = await launch('chromium', { netLog: false, bfcache: false, viewport: { width: 1280, height: 720 } });
  const out = { fixtures: [], big: null, profile: null };
  try {
    const page = (await b.browser.pages())[0] || (await b.browser.newPage());
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.html')).sort();
    progress(`content script: ${files.length} fixture pages `);
    for (const f of files) {
      await page.goto(`${origin}/fx/${encodeURIComponent(f)}`, { waitUntil: 'load' });
      await inject(page);
      out.fixtures.push({ page: f, ...(await page.evaluate(inPageTimings, RUNS)) });
      progress('.');
    }
    progress(' + the 5,000-field page\n');
    await page.goto(`${origin}/gen/big.html`, { waitUntil: 'load' });
    await inject(page);
    out.big = await page.evaluate(inPageTimings, BIG_RUNS);
    if (PROFILE) {
      progress('profiling\n');
      out.profile = {
        fixtures: await cpuProfile(page, files.map((f) => `${origin}/fx/${encodeURIComponent(f)}`), 300),
        big: await cpuProfile(page, [`${origin}/gen/big.html`], 8),
      };
    }
  } finally {
    await b.close();
  }
  return out;
}

/**
 * --profile: V8's sampling profiler (CDP `Profiler`) while snapshot +
 * JSON.stringify run `reps` times on each page; self time summed by
 * function (snapshot.js functions by name, DOM calls by their API name).
 */
async function cpuProfile(page, urls, reps) {
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  const self = new Map();
  let total = 0;
  for (const url of urls) {
    await page.goto(url, { waitUntil: 'load' });
    await inject(page);
    await page.evaluate(() => JSON.stringify(globalThis.notmineSnapshot(document))); // warm-up
    await cdp.send('Profiler.start');
    await page.evaluate((n) => {
      for (let i = 0; i < n; i++) JSON.stringify(globalThis.notmineSnapshot(document));
    }, reps);
    const { profile } = await cdp.send('Profiler.stop');
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const dt = profile.timeDeltas;
    profile.samples.forEach((id, i) => {
      const n = byId.get(id);
      const f = n.callFrame;
      // Builtins (JSON.stringify) have no frame of their own: their time
      // is the caller's, the nameless function page.evaluate runs.
      const name = f.functionName || (f.url.includes('snapshot') ? '(anonymous, snapshot.js)' : '(caller: JSON.stringify)');
      if (name === '(idle)' || name === '(program)') return;
      const us = dt[i + 1] ?? 0;
      self.set(name, (self.get(name) ?? 0) + us);
      total += us;
    });
  }
  await cdp.detach();
  return [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 14)
    .map(([fn, us]) => ({ fn, share: us / total }));
}

/** Part 3: DOMContentLoaded → banner with the real extension (hostTimer: lib/browsers.mjs). */
async function bannerTimes(origin) {
  const url = `${origin}/www/gewinnspiel.html`;
  const b = await launch('chromium', { ext: EXT, netLog: false, bfcache: false, viewport: { width: 1100, height: 800 } });
  const out = { install: null, warm: [], cold: [], missed: 0 };
  try {
    const page = await b.browser.newPage();
    await page.evaluateOnNewDocument(hostTimer);
    const load = async () => {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      const ok = await waitBanner(page, BANNER_MS)
        .then(() => true, () => false);
      if (!ok) { out.missed++; return null; }
      return page.evaluate(() => window.__notmineHostAt - performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd);
    };
    progress('banner: first load after install');
    // The worker is starting (and instantiating the wasm) as the extension
    // installs; the first page is loaded right away, without waiting for it.
    out.install = await load();
    progress(`, ${WARM_LOADS} warm loads`);
    for (let i = 0; i < WARM_LOADS; i++) {
      const t = await load();
      if (t !== null) out.warm.push(t);
    }
    progress(`, ${COLD_LOADS} after stopping the service worker`);
    const cdp = await page.createCDPSession();
    await cdp.send('ServiceWorker.enable');
    for (let i = 0; i < COLD_LOADS; i++) {
      await page.goto('about:blank');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await new Promise((r) => setTimeout(r, 600));
      const t = await load();
      if (t !== null) out.cold.push(t);
    }
    progress('\n');
  } finally {
    await b.close();
  }
  return out;
}

/**
 * --corpus, part a: the content script's time on each page, in one
 * Chromium without the extension. Per page {page, group, ...timings, json}
 * or {page, group, error}.
 */
async function corpusContentScript(list) {
  const server = await serveOne({ 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' });
  let b = null;
  let page = null;
  const out = [];
  try {
    for (const [i, p] of list.entries()) {
      // A browser that died is started again; a tab given up on is replaced.
      if (!b || !b.browser.connected) {
        if (b) await b.close().catch(() => {});
        b = await launch('chromium', ARM_OPTIONS);
        page = null;
      }
      if (!page || page.isClosed()) {
        page = await b.browser.newPage();
        // A page's alert() would hold the load.
        page.on('dialog', (d) => d.dismiss().catch(() => {}));
      }
      const url = server.set(p.file, i);
      const entry = { page: p.rel, group: p.group };
      try {
        await page.goto(url, { waitUntil: 'load', timeout: PAGE_MS });
        const t = await within(inject(page).then(() => page.evaluate(inPageTimings, CORPUS_RUNS, true)), PAGE_MS);
        // A page whose own script sent the tab elsewhere was not measured.
        if (!samePage(t.href, url)) throw new Error(`left for ${t.href}`);
        // The floor's own first run, on a fresh load of the page (from
        // about:blank: a URL with a #fragment would not load again): the
        // one above came after the cold snapshot, which had paid the page's
        // first computed-style reads for it. A page that fails here keeps
        // its other figures; only its cold floor is missing.
        try {
          await page.goto('about:blank');
          await page.goto(url, { waitUntil: 'load', timeout: PAGE_MS });
          const cold = await within(inject(page).then(() => page.evaluate(coldFloorTiming)), PAGE_MS);
          if (samePage(cold.href, url)) t.coldFloor = cold.ms;
        } catch (_) {
          await within(page.close(), 5000).catch(() => {});
          page = null;
        }
        out.push({ ...entry, ...t });
        progress(t.coldFloor === undefined ? ',' : '.');
      } catch (e) {
        out.push({ ...entry, error: firstLine(e) });
        progress('x');
        // Its script may still hold the tab: the next page gets a new one.
        await within(page.close(), 5000).catch(() => {});
        page = null;
      }
    }
  } finally {
    server.close();
    if (b) await b.close().catch(() => {});
  }
  return out;
}

/**
 * --corpus, part b: the background's judging of each snapshot, in wasm
 * under node. Adds `judge` (ms) or `error` to each measured page.
 */
async function corpusJudging(pages) {
  const glue = await import(join(EXT, 'pkg/notmine.js'));
  glue.initSync({ module: readFileSync(WASM) });
  const key = 'ab'.repeat(32); // any 64 hex digits: the install's keyed-hash key
  for (const p of pages) {
    try {
      const times = [];
      // The call the background makes: the text, no profile, nothing remembered.
      for (let i = 0; i <= JUDGE_RUNS; i++) {
        const t0 = performance.now();
        glue.judgeInContext(p.json, null, key, { previous: [], site: [] });
        times.push(performance.now() - t0);
      }
      p.judge = median(times.slice(1));
      progress('.');
    } catch (e) {
      p.error = `judging threw: ${firstLine(e)}`;
      progress('x');
    }
    delete p.json; // no longer needed: 500 pages of JSON add up
  }
}

async function corpusMain() {
  const { dir, sample } = CORPUS;
  let list;
  try {
    list = pageList(dir, sample);
  } catch (e) {
    console.error(`speed: ${e.message}`);
    process.exit(2);
  }
  const t0 = Date.now();
  progress(`content script: ${list.length} pages `);
  const per = await corpusContentScript(list);
  const browserS = (Date.now() - t0) / 1000;
  progress(` ${browserS.toFixed(0)} s\njudging (wasm, node): `);
  const t1 = Date.now();
  await corpusJudging(per.filter((p) => !p.error));
  const judgeS = (Date.now() - t1) / 1000;
  progress(` ${judgeS.toFixed(0)} s\n`);

  const ok = per.filter((p) => !p.error);
  const failed = per.filter((p) => p.error).map((p) => ({ page: p.page, error: p.error }));
  const st = (xs) => (xs.length ? { p50: median(xs), p95: quantile(xs, 0.95), max: Math.max(...xs), n: xs.length } : null);
  const col = (f) => st(ok.map(f));
  const cs = {
    snapshot_cold: col((p) => p.first),
    snapshot: col((p) => median(p.snap)),
    snapshot_stringify_cold: col((p) => p.firstStr),
    snapshot_stringify: col((p) => median(p.snapStr)),
    floor: col((p) => median(p.floor)),
    floor_cold: st(ok.filter((p) => p.coldFloor !== undefined).map((p) => p.coldFloor)),
    nodes: col((p) => p.nodes),
    json_bytes: col((p) => p.bytes),
    isolated: ok.every((p) => p.isolated),
  };
  // A floor under the clock's step would make a ratio of nothing: such pages are left out of the per-page ratios.
  const ratios = (key) => ({
    of_medians: cs[key] && cs.floor ? cs[key].p50 / cs.floor.p50 : null,
    median_per_page: st(ok.filter((p) => median(p.floor) > 0).map((p) => median(p[key === 'snapshot' ? 'snap' : 'snapStr']) / median(p.floor)))?.p50 ?? null,
  });
  cs.ratio = ratios('snapshot');
  cs.ratio_stringify = ratios('snapshot_stringify');
  // What a page load really costs: the content script runs once, in a new
  // world, so cold; next to the floor's cold run on a fresh load.
  cs.ratio_stringify_cold = {
    of_medians: cs.snapshot_stringify_cold && cs.floor_cold ? cs.snapshot_stringify_cold.p50 / cs.floor_cold.p50 : null,
    median_per_page: st(ok.filter((p) => p.coldFloor > 0).map((p) => p.firstStr / p.coldFloor))?.p50 ?? null,
    pages: cs.floor_cold?.n ?? 0,
  };
  const judge = {
    ...col((p) => p.judge),
    slowest: [...ok].sort((a, b) => b.judge - a.judge).slice(0, 5).map((p) => ({ page: p.page, ms: p.judge, json_bytes: p.bytes })),
  };
  const full = pageList(dir).length;
  const result = {
    machine: machine(chromiumVersion()),
    date: new Date().toISOString(),
    corpus: dir,
    sample,
    pages: list.length,
    measured: ok.length,
    failed,
    content_script: cs,
    judge,
    targets: {
      ...TARGETS,
      ratio_p50: cs.ratio_stringify.of_medians,
      content_p95_warm_ms: cs.snapshot_stringify?.p95 ?? null,
      content_p95_cold_ms: cs.snapshot_stringify_cold?.p95 ?? null,
      judge_p95_ms: judge.p95 ?? null,
    },
    seconds: { browser: browserS, judging: judgeS, full_run_estimate: ((browserS + judgeS) / list.length) * full },
    per_page: per.map(({ json, snap, snapStr, floor, href, ...p }) => (p.error ? p : {
      ...p, snap: median(snap), snapStr: median(snapStr), floor: median(floor),
    })),
  };
  if (printedJson(result)) return;
  const m = result.machine;
  const line = (label, s) => row(label, ms(s?.p50), ms(s?.p95), ms(s?.max));
  const x = (r) => (r === null ? '—' : `${r.toFixed(2)}x`);
  log(`machine: ${m.cpu}, ${m.cores} cores; ${m.chromium}; node ${m.node}`);
  log(`corpus: ${dir}: ${list.length} pages${sample ? ` (--sample ${sample} of ${full})` : ''}, ${ok.length} measured, ${failed.length} failed`);
  log('');
  log(`content script, main thread, Chromium without the extension (cold run, then median of ${CORPUS_RUNS}; performance.now` +
    `${cs.isolated ? ' at 5 µs, cross-origin isolated' : ', NOT isolated on every page: 100 µs steps'})`);
  row('', 'p50', 'p95', 'max');
  line('snapshot, first run (cold)', cs.snapshot_cold);
  line('snapshot', cs.snapshot);
  line('snapshot + JSON.stringify, first run (cold)', cs.snapshot_stringify_cold);
  line('snapshot + JSON.stringify', cs.snapshot_stringify);
  line('floor (same DOM reads, builds nothing)', cs.floor);
  line(`floor, first run (cold, on a fresh load${cs.floor_cold && cs.floor_cold.n < ok.length ? `, ${cs.floor_cold.n} pages` : ''})`, cs.floor_cold);
  row('', 'of medians', 'per page p50');
  row('ratio snapshot / floor (p50)', x(cs.ratio.of_medians), x(cs.ratio.median_per_page));
  row('ratio snapshot+stringify / floor (p50)', x(cs.ratio_stringify.of_medians), x(cs.ratio_stringify.median_per_page));
  row('ratio, both cold (p50)', x(cs.ratio_stringify_cold.of_medians), x(cs.ratio_stringify_cold.median_per_page));
  if (cs.nodes) {
    log(`pages: ${cs.nodes.p50} nodes p50, ${cs.nodes.p95} p95, ${cs.nodes.max} max; snapshot JSON ` +
      `${(cs.json_bytes.p50 / 1024).toFixed(0)} KB p50, ${(cs.json_bytes.p95 / 1024).toFixed(0)} KB p95, ${(cs.json_bytes.max / 1024).toFixed(0)} KB max`);
  }
  log('');
  log(`background judging, judgeInContext(JSON text) on extension/pkg's wasm under node (median of ${JUDGE_RUNS} after a warm-up)`);
  row('', 'p50', 'p95', 'max');
  line('judgeInContext', judge);
  for (const s of judge.slowest) log(`  ${ms(s.ms).padStart(10)}  ${(s.json_bytes / 1024).toFixed(0).padStart(5)} KB  ${s.page}`);
  log('');
  const t = result.targets;
  const aim = (v, lim, unit) => (v === null ? '—' : `${unit === 'x' ? x(v) : ms(v)} (${v <= lim ? 'met' : 'NOT met'}; aim ≤ ${lim}${unit === 'x' ? '×' : ' ms'})`);
  log(`targets: content script / floor p50 ${aim(t.ratio_p50, t.ratioP50, 'x')}; content script p95 warm ${aim(t.content_p95_warm_ms, t.contentP95Ms)},` +
    ` cold ${aim(t.content_p95_cold_ms, t.contentP95Ms)}; judging p95 ${aim(t.judge_p95_ms, t.judgeP95Ms)}`);
  if (failed.length) {
    log('');
    log(`failed (${failed.length}, left out of every statistic):`);
    for (const f of failed) log(`  ${f.page}: ${f.error}`);
  }
  log('');
  log(`${list.length} pages in ${(browserS + judgeS).toFixed(1)} s (browser ${browserS.toFixed(1)} s, judging ${judgeS.toFixed(1)} s)` +
    (sample ? `; all ${full} would take about ${Math.ceil(result.seconds.full_run_estimate / 60)} min at this pace` : ''));
}

function sizes() {
  const s = { wasm: null, zips: [] };
  if (existsSync(WASM)) {
    const b = readFileSync(WASM);
    s.wasm = { raw: b.length, gzip9: gzipSync(b, { level: 9 }).length };
  }
  if (existsSync(DIST)) {
    for (const f of readdirSync(DIST).filter((x) => x.endsWith('.zip')).sort()) {
      s.zips.push({ file: `dist/${f}`, bytes: statSync(join(DIST, f)).size });
    }
  }
  return s;
}

function machine(browserVersion) {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    const m = readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m);
    if (m) cpu = m[1].trim();
  } catch (_) { /* not Linux */ }
  return { cpu, cores: cpus().length, chromium: browserVersion, node: process.version };
}

function chromiumVersion() {
  try {
    return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch (_) {
    return 'unknown';
  }
}

async function main() {
  if (!existsSync(WASM)) throw new Error(`${WASM} missing: run bash scripts/build-wasm.sh`);
  if (CORPUS) return corpusMain();
  const big = bigPage();
  const server = await site(big);
  const origin = `http://127.0.0.1:${server.address().port}`;
  let cs;
  let banner;
  try {
    cs = await contentScriptTimes(origin);
    banner = await bannerTimes(origin);
  } finally {
    server.close();
  }
  const per = (key) => cs.fixtures.map((f) => median(f[key]));
  const fx = {
    pages: cs.fixtures.length,
    snapshot: stats(per('snap')),
    snapshot_stringify: stats(per('snapStr')),
    floor: stats(per('floor')),
    first_snapshot_stringify: stats(cs.fixtures.map((f) => f.firstStr)),
    first_floor: stats(cs.fixtures.map((f) => f.firstFloor)),
    nodes: stats(cs.fixtures.map((f) => f.nodes)),
    isolated: cs.fixtures.every((f) => f.isolated),
  };
  fx.ratio = fx.snapshot.p50 / fx.floor.p50;
  fx.ratio_stringify = fx.snapshot_stringify.p50 / fx.floor.p50;
  const b = cs.big;
  const bg = {
    nodes: b.nodes,
    json_bytes: b.bytes,
    runs: b.snap.length,
    snapshot: stats(b.snap),
    snapshot_stringify: stats(b.snapStr),
    floor: stats(b.floor),
    first_snapshot_stringify: b.firstStr,
    first_floor: b.firstFloor,
    isolated: b.isolated,
  };
  bg.ratio = bg.snapshot.p50 / bg.floor.p50;
  bg.ratio_stringify = bg.snapshot_stringify.p50 / bg.floor.p50;
  const result = {
    machine: machine(chromiumVersion()),
    date: new Date().toISOString(),
    content_script: { fixtures: fx, big_page: bg, profile: cs.profile },
    banner: {
      page: 'www/gewinnspiel.html',
      first_load_after_install_ms: banner.install,
      warm_ms: banner.warm.length ? { ...stats(banner.warm), all: banner.warm.map((x) => round(x, 1)) } : null,
      cold_ms: banner.cold.length ? { ...stats(banner.cold), all: banner.cold.map((x) => round(x, 1)) } : null,
      missed: banner.missed,
    },
    sizes: sizes(),
  };
  if (printedJson(result)) return;
  const m = result.machine;
  log(`machine: ${m.cpu}, ${m.cores} cores; ${m.chromium}; node ${m.node}`);
  log('');
  log(`content script, main thread (median of ${RUNS} runs after a warm-up per page; performance.now` +
    `${fx.isolated && bg.isolated ? ' at 5 µs, cross-origin isolated' : ', NOT isolated: 100 µs steps'})`);
  row('', `fixtures p50`, `fixtures p95`, `5,000 fields`, `(p95)`);
  row('snapshot', ms(fx.snapshot.p50), ms(fx.snapshot.p95), ms(bg.snapshot.p50), ms(bg.snapshot.p95));
  row('snapshot + JSON.stringify', ms(fx.snapshot_stringify.p50), ms(fx.snapshot_stringify.p95), ms(bg.snapshot_stringify.p50), ms(bg.snapshot_stringify.p95));
  row('floor (same DOM reads, builds nothing)', ms(fx.floor.p50), ms(fx.floor.p95), ms(bg.floor.p50), ms(bg.floor.p95));
  row('ratio snapshot / floor (p50)', `${fx.ratio.toFixed(2)}x`, '', `${bg.ratio.toFixed(2)}x`, '');
  row('ratio snapshot+stringify / floor (p50)', `${fx.ratio_stringify.toFixed(2)}x`, '', `${bg.ratio_stringify.toFixed(2)}x`, '');
  row('first run: snapshot + stringify (cold)', ms(fx.first_snapshot_stringify.p50), ms(fx.first_snapshot_stringify.p95), ms(bg.first_snapshot_stringify), '');
  row('first run: floor (cold)', ms(fx.first_floor.p50), ms(fx.first_floor.p95), ms(bg.first_floor), '');
  log(`pages: ${fx.pages} fixtures (${fx.nodes.p50} nodes median, ${fx.nodes.p95} p95); generated: ${bg.nodes} nodes, ` +
    `snapshot JSON ${(bg.json_bytes / 1024).toFixed(0)} KB, ${bg.runs} runs`);
  if (cs.profile) {
    log('');
    for (const [k, label] of [['fixtures', 'fixture pages'], ['big', '5,000-field page']]) {
      log(`profile, ${label}: self time of snapshot + JSON.stringify by function (V8 sampling profiler)`);
      for (const p of cs.profile[k]) log(`  ${(p.share * 100).toFixed(1).padStart(5)} %  ${p.fn}`);
    }
  }
  log('');
  const bn = result.banner;
  log(`DOMContentLoaded → banner attached, ${bn.page}, real extension (page clock)`);
  row('', 'p50', 'p95', 'loads');
  row('first load after install', ms(bn.first_load_after_install_ms), '', 1);
  if (bn.warm_ms) row('warm (service worker running)', ms(bn.warm_ms.p50), ms(bn.warm_ms.p95), bn.warm_ms.n);
  if (bn.cold_ms) row('service worker stopped before the load', ms(bn.cold_ms.p50), ms(bn.cold_ms.p95), bn.cold_ms.n);
  if (bn.missed) log(`  ${bn.missed} load(s) showed no banner within ${BANNER_MS} ms (left out)`);
  log('');
  const s = result.sizes;
  const kb = (n) => `${(n / 1024).toFixed(0)} KB (${n} B)`;
  if (s.wasm) log(`notmine_bg.wasm: ${kb(s.wasm.raw)} raw, ${kb(s.wasm.gzip9)} gzip -9`);
  for (const z of s.zips) log(`${z.file}: ${kb(z.bytes)}`);
  if (s.zips.length === 0) log('dist/*.zip: none (bash scripts/package.sh builds them)');
}

try {
  await main();
} catch (e) {
  console.error(e && e.stack ? e.stack : String(e));
  process.exit(1);
}
