#!/usr/bin/env node
/**
 * Parity test: the content script's live-DOM snapshot
 * (extension/content/snapshot.js) against the native one (`notmine snapshot`,
 * src/html.rs), on every fixture in tests/fixtures plus generated pages
 * (`gen-*`: shadow roots, nested srcdoc frames, stylesheet-hidden elements,
 * depth flattening, the text/value/node/total-text caps, and the 5,000-field
 * speed page), written to a temporary directory for the native side.
 *
 *   cargo build --release --bin notmine     # once
 *   node tests/browser/snapshot-parity.mjs  # NOTMINE_BIN / CHROMIUM override paths
 *
 * Debugging: PARITY_ONLY=<part of a page name> runs only matching pages,
 * PARITY_VERBOSE=1 prints every difference, not just the first.
 *
 * Each page is served over a throwaway HTTP server on 127.0.0.1
 * (lib/server.mjs) with `Content-Type: text/html` and no charset, so the
 * page's own declaration decides its encoding, as for a saved file. One
 * headless Chromium (lib/browsers.mjs) loads the pages in sequence; any
 * host but 127.0.0.1 fails to resolve.
 *
 * What is compared: everything except what only the live DOM knows — `url`
 * (a file path natively, an http URL live), `user_modified` and `autofilled`.
 * `hidden` may be true live and false natively only when a stylesheet (not an
 * inline style or an attribute) hides the element. To tell, without trusting
 * the content script's own logic, the page is snapshotted once more with a
 * unique `title` stamped on every element (restored afterwards); that names
 * the DOM element behind each such JSON path, and the test checks that its
 * computed style really hides it while its inline style does not. Those
 * cases are counted. Differences that are native-side bugs are tolerated
 * only through NATIVE_ISSUES below, keyed by fixture and JSON path.
 *
 * Also prints timings of `notmineSnapshot()` (informational, no assertion).
 * Exit status 1 on any failure.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from './lib/browsers.mjs';
import { serve } from './lib/server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = join(ROOT, 'tests/fixtures');
// The content script as the manifest loads it: the generated constants
// (scripts/build-wasm.sh), then the snapshot builder.
const SNAPSHOT_JS = ['extension/content/snapshot-constants.js', 'extension/content/snapshot.js']
  .map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n');
const NOTMINE = process.env.NOTMINE_BIN || join(ROOT, 'target/release/notmine');
const TIMING_RUNS = 5;

/**
 * Known native-side differences (src/html.rs doing what a browser would
 * not). Each entry tolerates exactly one fixture + JSON path, and only with
 * the values given. Keep this list short and explained; the report lists the
 * same cases.
 */
const NATIVE_ISSUES = [
  // enc-no-charset-own-data.html: UTF-8 bytes, no BOM, no <meta charset>.
  // src/html.rs decodes valid undeclared UTF-8 as UTF-8, which is what
  // Chromium and Firefox do for a *saved file* opened from disk (file: URLs
  // get UTF-8 detection). Served over HTTP without a charset — this test's
  // setup, and a real site's — Chromium decodes it as windows-1252 and
  // shows mojibake; the content script reads what the page shows. Neither
  // side is wrong for its input; the entries pin the exact strings.
  ...noCharsetEntries(),
];

function noCharsetEntries() {
  const f = 'enc-no-charset-own-data.html';
  // UTF-8 text read as windows-1252, as Chromium does for undeclared HTTP.
  // (Spelled out: node's TextDecoder without full ICU treats windows-1252 as
  // ISO-8859-1 and gets 0x80–0x9F wrong.)
  const C1 = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';
  const mojibake = (s) => Array.from(new TextEncoder().encode(s), (b) =>
    b >= 0x80 && b <= 0x9f ? C1[b - 0x80] : String.fromCharCode(b)).join('');
  const cases = [
    // [JSON path, native value (the correct UTF-8 reading)]
    ['title', 'Persönliche Daten – Mein Konto | Bücherstube Kassel'],
    ['body[0].children[0].children[0]', 'Bücherstube Kassel'],
    ['body[1].children[0].children[0]', 'Persönliche Daten'],
    ['body[1].children[1].children[2].children[0]', 'Straße'],
    ['body[1].children[1].children[3].children[0]', 'Gneisenaustraße 41'],
    ['body[1].children[1].children[11].children[0]', '14. März 1986'],
    ['body[1].children[2].children[0]', 'Kundin seit 2014 · Lieblingsgenre: Krimis'],
  ];
  return cases.map(([path, native]) => ({ fixture: f, path, native, live: mojibake(native) }));
}

// ---------------------------------------------------------------------------
// Generated pages: edge cases the fixtures do not reach, and the speed page.

/** Escapes text for an HTML attribute value in double quotes. */
const attrEscape = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

function synShadowFrames() {
  // Four nested srcdoc frames: three are inlined, the fourth stays empty.
  let inner = '<p>Ebene 4</p>';
  for (const lvl of [3, 2, 1]) {
    inner = `<p>Ebene ${lvl}</p><div><input name="f${lvl}" value="W${lvl}"></div><iframe srcdoc="${attrEscape(inner)}"></iframe>`;
  }
  return `<!doctype html><html lang=" DE-de "><head><meta charset="utf-8"><title>
  Edge\u00a0cases  page </title>
<style>.sheet-hidden{display:none} .inv{visibility:hidden}</style></head><body>
<div id="host"><template shadowrootmode="open"><span>Im Schatten</span><input name="schatten" value="S"><slot></slot></template><p>Licht</p></div>
<iframe srcdoc="${attrEscape(inner)}"></iframe>
<iframe></iframe>
<p class="sheet-hidden">per Stylesheet versteckt <b>Kind</b></p>
<div class="inv"><span>geerbt unsichtbar</span></div>
<p style="display: none">inline versteckt</p>
<p hidden>Attribut</p><p aria-hidden=" TRUE ">aria</p>
<input type="hidden" name="token" value="abc">
<form>
 <input type="Email" name="mail" value="a@b.example" class="  x   y  ">
 <input type="checkbox" name="agb" checked><input type="checkbox" name="nl" value="ja">
 <input type="radio" name="r" value="1"><input type="radio" name="r" value="2" checked>
 <input name="leer" value="">
 <input type="TEXT" name="t" title="T&amp;T">
 <button type="Submit">Senden</button><button>Knopf</button>
 <select name="s1"><optgroup label="G"><option>Eins</option><option selected label="Zwei (Label)">Zwei</option></optgroup><option>  Drei  </option></select>
 <select name="s2"><option>Erste</option><option>Zweite</option></select>
 <select name="s3"><option selected>A</option><option selected>B</option></select>
 <textarea name="ta">

  Zeilen
  mit Text  </textarea>
 <textarea name="ta2"></textarea>
</form>
<a href="/x?a=1&amp;b=2" role="link" aria-label="Link">Rechnung&nbsp;März</a>
<template><p>inert</p></template>
<p>Text<!-- Kommentar -->nach Kommentar</p>
</body></html>`;
}

function synDeep() {
  let open = '';
  let close = '';
  for (let i = 0; i < 90; i++) {
    open += `<div class="d${i}">t${i} `;
    close += '</div>';
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>Tief</title></head><body>
${open}<span>Hallo Jonas</span><input name="vorname" value="Jonas"><select name="a"><option>x</option></select>
<script>var x = 1</script><textarea name="m">Nachricht</textarea> Ende${close}
<p>nach der Tiefe</p></body></html>`;
}

function synCaps() {
  const long = 'ä'.repeat(3000) + ' Ende';
  const emoji = 'x' + '😀'.repeat(1100);
  return `<!doctype html><html><head><meta charset="utf-8"><title>Caps</title></head><body>
<p title="${'t'.repeat(5000)}">${long}</p>
<input name="e" value="${emoji}">
<textarea name="ta">${'ü'.repeat(2100)}</textarea>
<select name="s"><option selected>${'o'.repeat(4100)}</option></select>
</body></html>`;
}

// The two cap pages are large; `content-visibility:auto` spares Chromium the
// layout of what is off-screen, which would otherwise dominate the run time.
const BIG_HEAD = '<meta charset="utf-8"><style>.c{content-visibility:auto}</style>';

function synManyNodes() {
  const parts = [`<!doctype html><html><head>${BIG_HEAD}<title>Viele</title></head><body>`];
  for (let j = 0; j < 101; j++) {
    parts.push('<div class="c">');
    for (let i = 0; i < 1000; i++) parts.push(`<p>${j * 1000 + i}</p>`);
    parts.push('</div>');
  }
  parts.push('</body></html>');
  return parts.join('');
}

function synMuchText() {
  const parts = [`<!doctype html><html><head>${BIG_HEAD}<title>Viel Text</title></head><body>`];
  const chunk = 'Lorem ipsum dolor sit amet, ä ö ü ß. '.repeat(100);
  for (let j = 0; j < 23; j++) {
    parts.push('<div class="c">');
    for (let i = 0; i < 100; i++) parts.push(`<p>${j * 100 + i} ${chunk}</p>`);
    parts.push('</div>');
  }
  parts.push('</body></html>');
  return parts.join('');
}

/** The speed page: 5,000 form fields in about 50,000 DOM nodes. */
function perfPage() {
  const parts = [`<!doctype html><html lang="de"><head><meta charset="utf-8"><title>5000 Felder</title>
<style>.row{margin:2px}.off{display:none}.ghost{visibility:hidden}</style></head><body><form>`];
  for (let i = 0; i < 5000; i++) {
    const cls = i % 97 === 0 ? 'row off' : i % 89 === 0 ? 'row ghost' : 'row';
    let field;
    if (i % 10 === 8) field = `<select name="s${i}" id="f${i}"><option>a</option><option selected>b${i}</option></select>`;
    else if (i % 10 === 9) field = `<textarea name="t${i}" id="f${i}">Text ${i}</textarea>`;
    else field = `<input name="f${i}" id="f${i}" value="Wert ${i}" autocomplete="off">`;
    parts.push(`<div class="${cls}"><label for="f${i}">Feld <b>${i}</b></label><span>${field}</span></div>`);
  }
  // Filler prose up to ~50,000 nodes (elements + text).
  for (let i = 0; i < 1250; i++) parts.push(`<p>Absatz ${i} <a href="#a${i}">Link ${i}</a> Ende.</p>`);
  parts.push('</form></body></html>');
  return parts.join('\n');
}

/**
 * Inline scripts (`data` in docs/snapshot.md): which are collected, their
 * type and id, and the caps — one block over 1 MiB, then more than 64.
 * The scripts run in the browser, so they only assign harmless globals.
 */
function synScripts() {
  const small = Array.from({ length: 70 }, (_, i) => `<script>window.__s${i} = {"i": ${i}};</script>`).join('\n');
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Skripte</title>
<script id="__NEXT_DATA__" type=" Application/JSON ">{"props":{"customer":{"email":"jonas@web.de","name":"Jonas Brenner – Ü"}}}</script>
<script src="data:text/javascript,void 0"></script>
<script type="text/x-template"><p>{{ name }}</p></script>
<script type="application/ld+json">{"@type":"Organization","name":"MobilNet"}</script>
<script>   </script>
</head><body>
<p>Text</p>
<template><script>window.__t = 1;</script></template>
<noscript><p>ohne Skript</p></noscript>
<svg width="1" height="1"><script>window.__svg = 1;</script></svg>
<script type="module">window.__STATE__ = JSON.parse("{\\"me\\":{\\"email\\":\\"a@b.de\\"}}");</script>
<script type="text/javascript">var x = "&lt;/p&gt; < > &";</script>
<iframe srcdoc="<script>window.__f = 1;</script><p>Rahmen</p>"></iframe>
<script>window.__big = "${'a'.repeat(1024 * 1024 + 10)}";</script>
${small}
</body></html>`;
}

/**
 * Whitespace at the edges of what the content script's fast paths decide
 * (snapshot.js `collapse`, `utf8Length`): text nodes of only U+FEFF (JS's
 * `trim` removes it, Rust's `collapse_ws` keeps it), only U+0085 (the
 * reverse), only NBSP and ideographic spaces, mixed, and text and scripts
 * with and without letters outside ASCII.
 */
function synWhitespace() {
  const cells = ['\ufeff', ' \ufeff ', '\u0085', '\u00a0\u3000\u2028', '\t\n  \n', 'a\u0085b', '\ufeffName', 'Müller  Straße', 'plain ascii'];
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Leer\u0085zeichen</title></head><body>
${cells.map((c, i) => `<p id="w${i}">${c}</p><span>${c}</span>${c}`).join('\n')}
<form><label for="n">\ufeff Name \u0085</label><input id="n" name="n" value="\u00a0Jana Kowalski\u0085"></form>
<script type="application/json" id="ascii">{"a":"plain"}</script>
<script type="application/json" id="utf8">{"name":"Zoë Ångström","city":"Kraków"}</script>
</body></html>`;
}

const GENERATED = [
  ['gen-whitespace.html', synWhitespace],
  ['gen-scripts.html', synScripts],
  ['gen-shadow-frames-hidden.html', synShadowFrames],
  ['gen-deep-nesting.html', synDeep],
  ['gen-caps.html', synCaps],
  ['gen-many-nodes.html', synManyNodes],
  ['gen-much-text.html', synMuchText],
  ['gen-perf-5000-fields.html', perfPage],
];
const PERF_PAGE = 'gen-perf-5000-fields.html';

// ---------------------------------------------------------------------------
// Comparison.

/** Drops what only the live DOM knows (or what differs by construction). */
function normalise(snap) {
  const s = { ...snap };
  delete s.url;
  if (!s.notes) s.notes = [];
  const strip = (nodes) => {
    if (!Array.isArray(nodes)) return;
    for (const n of nodes) {
      if (n && typeof n === 'object') {
        if (n.control) {
          delete n.control.user_modified;
          delete n.control.autofilled;
        }
        strip(n.children);
      }
    }
  };
  strip(s.body);
  return s;
}

const show = (v) => (v === undefined ? 'undefined' : JSON.stringify(v).slice(0, 160));
const typeOf = (v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/**
 * Walks live and native side by side and collects every difference (up to
 * `limit`) into `out`. A live-only `hidden: true` is not a difference yet: it
 * goes to `cands` with the element id read from `stamped` (the snapshot with
 * stamped titles, when there is one) for the stylesheet check.
 */
function compare(live, native, stamped, path, out, cands, limit = 50) {
  if (out.length >= limit) return;
  const tl = typeOf(live);
  const tn = typeOf(native);
  if (tl !== tn) {
    out.push({ path, live, native });
    return;
  }
  if (tl === 'array') {
    const n = Math.max(live.length, native.length);
    for (let i = 0; i < n; i++) {
      if (i >= live.length || i >= native.length) {
        out.push({ path: `${path}[${i}]`, live: live[i], native: native[i] });
        return; // the rest is shifted: one report is enough
      }
      compare(live[i], native[i], stamped?.[i], `${path}[${i}]`, out, cands, limit);
    }
    return;
  }
  if (tl === 'object') {
    const keys = new Set([...Object.keys(live), ...Object.keys(native)]);
    for (const k of keys) {
      const p = path ? `${path}.${k}` : k;
      if (k === 'hidden' && live.hidden === true && native.hidden === undefined && 'tag' in live) {
        cands.push({ path: p, id: stamped?.attrs?.title });
        continue;
      }
      compare(live[k], native[k], stamped?.[k], p, out, cands, limit);
    }
    return;
  }
  if (live !== native) out.push({ path, live, native });
}

function allowed(fixture, d) {
  return NATIVE_ISSUES.find(
    (a) => a.fixture === fixture && a.path === d.path && a.native === d.native && a.live === d.live,
  );
}

// ---------------------------------------------------------------------------
// In-page helpers (run inside Chromium via page.evaluate).

/** The live snapshot as JSON text (the driver's serialiser refuses deep values). */
function inPageSnapshot() {
  return JSON.stringify(globalThis.notmineSnapshot());
}

/**
 * The snapshot again, with `title="nm#<k>"` on every element of the page, its
 * open shadow roots and same-origin frames (the original titles are put
 * back). The elements stay in a global for `inPageWhyHidden`.
 */
function inPageStampedSnapshot() {
  const els = [];
  const stack = [document];
  while (stack.length) {
    const root = stack.pop();
    for (const el of root.querySelectorAll('*')) {
      els.push(el);
      if (el.shadowRoot) stack.push(el.shadowRoot);
      if (el.localName === 'iframe' || el.localName === 'frame') {
        try {
          if (el.contentDocument) stack.push(el.contentDocument);
        } catch (_) {
          // cross-origin frame
        }
      }
    }
  }
  const titles = els.map((el) => el.getAttribute('title'));
  els.forEach((el, k) => el.setAttribute('title', `nm#${k}`));
  try {
    return JSON.stringify(globalThis.notmineSnapshot());
  } finally {
    els.forEach((el, k) => (titles[k] === null ? el.removeAttribute('title') : el.setAttribute('title', titles[k])));
    globalThis.__notmineParityEls = els;
  }
}

/** For each stamped id: does computed style hide it, does inline style? */
function inPageWhyHidden(ids) {
  const els = globalThis.__notmineParityEls || [];
  return ids.map((id) => {
    const el = typeof id === 'string' && id.startsWith('nm#') ? els[Number(id.slice(3))] : undefined;
    if (!el) return null;
    const cs = el.ownerDocument.defaultView.getComputedStyle(el);
    const st = el.style;
    return {
      element: `<${el.localName}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).trim().split(/\s+/).join('.')}` : ''}>`,
      computed: cs.display === 'none' || cs.visibility === 'hidden',
      inline: !!st && (st.display === 'none' || st.visibility === 'hidden'),
    };
  });
}

/**
 * Times notmineSnapshot() and a bare walk over the same DOM that reads the
 * same attributes and values but builds nothing and computes no style: the
 * floor any DOM-reading snapshot pays.
 */
function inPageTimings(runs) {
  // The attributes snapshot.js reads: the kept ones, from the generated
  // constants injected with it, then the two that decide `hidden`.
  const ATTRS = [...globalThis.notmineSnapshotConstants.keptAttributes, 'hidden', 'aria-hidden'];
  const bareWalk = (doc) => {
    let sink = 0;
    const stack = [doc.body || doc.documentElement];
    while (stack.length) {
      const n = stack.pop();
      if (n.nodeType === 3) { sink += n.data.length; continue; }
      if (n.nodeType !== 1 && n.nodeType !== 11) continue;
      if (n.nodeType === 1) {
        for (const a of ATTRS) { const v = n.getAttribute(a); if (v !== null) sink += v.length; }
        const t = n.localName;
        if (t === 'input' || t === 'textarea') sink += n.value.length + n.defaultValue.length;
        else if (t === 'select') sink += n.selectedIndex + n.options.length;
        if (n.shadowRoot) stack.push(n.shadowRoot);
        if (t === 'iframe') { try { const d = n.contentDocument; if (d && d.body) stack.push(d.body); } catch (_) {} }
      }
      for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
    }
    return sink;
  };
  const snap = [];
  const floor = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    globalThis.notmineSnapshot();
    snap.push(performance.now() - t);
    t = performance.now();
    bareWalk(document);
    floor.push(performance.now() - t);
  }
  let nodes = 0;
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  while (w.nextNode()) nodes++;
  return { snap, floor, nodes };
}

// ---------------------------------------------------------------------------

function nativeSnapshots(files) {
  let stdout;
  try {
    stdout = execFileSync(NOTMINE, ['snapshot', ...files], { maxBuffer: 1 << 30, encoding: 'utf8' });
  } catch (e) {
    if (!e.stdout) {
      throw new Error(`${NOTMINE} snapshot failed (build it: cargo build --release --bin notmine): ${e.message}`);
    }
    stdout = e.stdout;
  }
  const lines = stdout.split('\n').filter((l) => l.trim() !== '');
  if (lines.length !== files.length) {
    throw new Error(`notmine snapshot printed ${lines.length} lines for ${files.length} files`);
  }
  return lines.map((l) => JSON.parse(l));
}

function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

async function main() {
  const started = Date.now();
  const tmp = mkdtempSync(join(tmpdir(), 'notmine-parity-'));
  const pages = []; // {name, file, bytes, generated}
  for (const f of readdirSync(FIXTURES).filter((f) => f.endsWith('.html')).sort()) {
    const file = join(FIXTURES, f);
    pages.push({ name: f, file, bytes: readFileSync(file), generated: false });
  }
  for (const [name, make] of GENERATED) {
    const bytes = Buffer.from(make(), 'utf8');
    const file = join(tmp, name);
    writeFileSync(file, bytes); // the native side reads files
    pages.push({ name, file, bytes, generated: true });
  }
  if (process.env.PARITY_ONLY) {
    // Debugging aid: only the pages whose name contains this string.
    const only = process.env.PARITY_ONLY;
    pages.splice(0, pages.length, ...pages.filter((p) => p.name.includes(only)));
  }
  const byName = new Map(pages.map((p) => [p.name, p]));

  let natives;
  try {
    natives = nativeSnapshots(pages.map((p) => p.file));
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }

  // No charset: the page's own declaration (or its absence) decides.
  const server = await serve({
    page: (path) => {
      const p = byName.get(path.slice(1));
      return p ? { body: p.bytes, type: 'text/html', headers: { 'Cache-Control': 'no-store' } } : null;
    },
  });
  const origin = server.origin;

  const b = await launch('chromium', { bfcache: false, viewport: { width: 1280, height: 720 } });
  let failed = 0;
  let passed = 0;
  let sheetHiddenTotal = 0;
  const timings = { fixtures: { snap: [], floor: [] }, perf: null };
  try {
    const page = (await b.browser.pages())[0] || (await b.browser.newPage());
    for (let i = 0; i < pages.length; i++) {
      const p = pages[i];
      const t0 = Date.now();
      await page.goto(`${origin}/${encodeURIComponent(p.name)}`, { waitUntil: 'load' });
      await page.evaluate(SNAPSHOT_JS);
      const live = normalise(JSON.parse(await page.evaluate(inPageSnapshot)));
      const native = normalise(natives[i]);
      let diffs = [];
      let cands = [];
      compare(live, native, undefined, '', diffs, cands);
      let sheetHidden = 0;
      if (cands.length > 0) {
        // Live-only `hidden`: allowed only where a stylesheet hides the
        // element. Name the elements, then ask the page.
        const stamped = normalise(JSON.parse(await page.evaluate(inPageStampedSnapshot)));
        diffs = [];
        cands = [];
        compare(live, native, stamped, '', diffs, cands);
        const why = await page.evaluate(inPageWhyHidden, cands.map((c) => c.id));
        cands.forEach((c, j) => {
          const w = why[j];
          if (w && w.computed && !w.inline) sheetHidden += 1;
          else diffs.push({ path: c.path, live: true, native: undefined, why: w });
        });
      }
      const tolerated = diffs.filter((d) => allowed(p.name, d));
      const real = diffs.filter((d) => !allowed(p.name, d));
      sheetHiddenTotal += sheetHidden;
      const extra = [
        sheetHidden ? `${sheetHidden} hidden by stylesheet` : '',
        tolerated.length ? `${tolerated.length} known native issue(s)` : '',
      ].filter(Boolean).join(', ');
      const ms = `${Date.now() - t0} ms`;
      if (real.length === 0) {
        passed += 1;
        console.log(`ok   ${p.name} [${ms}]${extra ? ` (${extra})` : ''}`);
      } else {
        failed += 1;
        const d = real[0];
        console.log(`FAIL ${p.name} [${ms}]: ${real.length}${real.length >= 50 ? '+' : ''} difference(s); first at ${d.path || '(root)'}`);
        console.log(`       live:   ${show(d.live)}`);
        console.log(`       native: ${show(d.native)}`);
        if (d.why !== undefined) console.log(`       element: ${show(d.why)} (live-only hidden must come from a stylesheet)`);
        if (process.env.PARITY_VERBOSE) {
          for (const r of real.slice(1)) console.log(`     ${r.path}: live ${show(r.live)} native ${show(r.native)}`);
        }
      }
      if (!p.generated || p.name === PERF_PAGE) {
        const t = await page.evaluate(inPageTimings, TIMING_RUNS);
        if (p.name === PERF_PAGE) timings.perf = t;
        else {
          timings.fixtures.snap.push(...t.snap);
          timings.fixtures.floor.push(...t.floor);
        }
      }
    }
  } finally {
    await b.close();
    server.close();
    rmSync(tmp, { recursive: true, force: true });
  }

  const fmt = (x) => `${x.toFixed(2)} ms`.padStart(10);
  const row = (label, t) =>
    `${label.padEnd(34)}${fmt(quantile(t.snap, 0.5))}${fmt(quantile(t.snap, 0.95))}${fmt(quantile(t.floor, 0.5))}${fmt(quantile(t.floor, 0.95))}`;
  console.log('');
  console.log(`timings (${TIMING_RUNS} runs per page, performance.now in the page; informational)`);
  console.log(`${'page'.padEnd(34)}${'snap p50'.padStart(10)}${'snap p95'.padStart(10)}${'walk p50'.padStart(10)}${'walk p95'.padStart(10)}`);
  if (timings.fixtures.snap.length) {
    console.log(row(`fixtures (${timings.fixtures.snap.length / TIMING_RUNS} pages)`, timings.fixtures));
  }
  if (timings.perf) console.log(row(`5,000 fields (${timings.perf.nodes} nodes)`, timings.perf));
  console.log(`hidden only by a stylesheet (allowed live-only): ${sheetHiddenTotal}`);
  console.log(`wall time ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

main().catch((e) => {
  console.error(e);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
