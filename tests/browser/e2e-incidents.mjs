#!/usr/bin/env node
/**
 * End-to-end: incident records, the incident log and its exports, with the
 * built extension in a real headless browser against the MobilNet demo site
 * (www/server.mjs, leak mode on). Records and exports: docs/incident.md.
 *
 *   node tests/browser/e2e-incidents.mjs chromium   # NOTMINE_EXT: unpacked dir (default extension/)
 *   node tests/browser/e2e-incidents.mjs firefox    # NOTMINE_ZIP: the Firefox zip (default dist/…-firefox.zip)
 *
 * With the demo user's profile and `settings.screenshots` on:
 *   - /gewinnspiel loaded three times, "Document it" from the banner each
 *     time (keyboard only): one more record each time, schema 1, trigger
 *     "warning", a screenshot;
 *   - the log page lists the three, its site row says "3 loads, 3 different
 *     people" as `sites` counts them, each record verifies (verifyRecord);
 *   - the masked exports: JSON (every hash checked here with node's crypto
 *     by the canonical-JSON rule, no `value_in_clear`, no stranger's value
 *     in clear), CSV (BOM, CRLF, header, one row per finding, ISO times),
 *     HTML (opened in the browser: no script, no on* attribute, no request
 *     but its own URL; screenshot taken);
 *   - /feindlich (hostile values) documented: every CSV cell starting with
 *     = + - @ is defused with `'`, masked and in clear; the HTML report and
 *     the log page show the markup as text and run none of it;
 *   - "Document this page" from the popup on /impressum with a note: a
 *     record with trigger "page", severity none and the note;
 *   - ten incidents: the sizes of the three exports are printed.
 * Network: no request by the extension, none to anything but 127.0.0.1.
 * Screenshots: artifacts/screenshots/e2e-<browser>-{log,log-record,log-hostile,report}.png.
 * Last line "N passed, M failed"; exit 1 on any failure.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, screenshot, sleep, waitBanner } from './lib/browsers.mjs';
import { checks } from './lib/checks.mjs';
import { serve } from './lib/server.mjs';
import { startServer } from '../../www/server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const KIND = process.argv[2];
if (KIND !== 'chromium' && KIND !== 'firefox') {
  console.error('usage: node tests/browser/e2e-incidents.mjs chromium|firefox');
  process.exit(2);
}
const MANIFEST = JSON.parse(readFileSync(join(ROOT, 'extension/manifest.json'), 'utf8'));
const EXT = process.env.NOTMINE_EXT || join(ROOT, 'extension');
const ZIP = process.env.NOTMINE_ZIP || join(ROOT, `dist/notmine-${MANIFEST.version}-firefox.zip`);
const SHOTS = join(ROOT, 'artifacts/screenshots');
/** The release CLI, for `notmine verify` on the export (scripts/test.sh builds it). */
const BIN = process.env.NOTMINE_BIN || join(ROOT, 'target/release/notmine');
const WARN_WITHIN_MS = 5000;
const RECORD_WITHIN_MS = 10000;
const OVERALL_MS = 300000;
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const FORMULA = /^[=+\-@\t\r]/;

const { check, run } = checks(KIND);

// ---------------------------------------------------------------- records, as a reader checks them

/** docs/incident.md: keys sorted by code point, no whitespace, JSON's string escapes. */
function canonical(v) {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    const keys = Object.keys(v).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

/** Whether `record.hash` is the SHA-256 of its canonical JSON without hash and value_in_clear. */
function hashVerifies(record) {
  const r = structuredClone(record);
  const { hash } = r;
  delete r.hash;
  delete r.signature; // the hash and the signature cover the same bytes, neither itself
  for (const f of r.frames ?? []) for (const x of f.findings ?? []) delete x.value_in_clear;
  return typeof hash === 'string' && createHash('sha256').update(canonical(r), 'utf8').digest('hex') === hash;
}

/** Every value shown in clear in the stored records (what must not leave in a masked export). */
function clearValues(records) {
  const out = new Set();
  for (const r of records) for (const f of r.frames ?? []) for (const x of f.findings ?? []) {
    if (typeof x.value_in_clear === 'string' && x.value_in_clear.length >= 4 && x.value_in_clear !== x.value) out.add(x.value_in_clear);
  }
  return [...out];
}

/** A JSON export without the fields that are random-looking text (hashes, pictures) a value could appear in by chance. */
function searchable(exported) {
  const e = structuredClone(exported);
  for (const r of e.records ?? []) {
    delete r.hash;
    delete r.people;
    delete r.screenshot;
  }
  return JSON.stringify(e);
}

/** RFC 4180: rows of cells; quoted cells may hold commas, quotes ("") and line breaks. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell); rows.push(row); row = []; cell = ''; i++;
    } else cell += c;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

function findingCount(records) {
  return records.reduce((n, r) => n + Math.max(1, (r.frames ?? []).reduce((m, f) => m + (f.findings ?? []).length, 0)), 0);
}

// ---------------------------------------------------------------- the test

async function main() {
  if (KIND === 'firefox' && !existsSync(ZIP)) throw new Error(`${ZIP} is missing: run bash scripts/package.sh`);
  if (!existsSync(join(EXT, 'pkg/notmine_bg.wasm'))) throw new Error(`${EXT}/pkg is missing: run bash scripts/build-wasm.sh`);
  mkdirSync(SHOTS, { recursive: true });
  const started = await startServer({ port: 0 });
  const site = { url: started.url.replace(/\/$/, ''), close: () => started.close() };
  // The exported HTML report, served on 127.0.0.1 to open it like a file.
  let reportHtml = '';
  const reportServer = await serve({
    page: () => ({ body: reportHtml, type: 'text/html; charset=utf-8', headers: { 'Cache-Control': 'no-store' } }),
  });
  const reportUrl = reportServer.url('/report.html');
  const b = await launch(KIND, { ext: EXT, zip: ZIP });
  let net = null;
  try {
    const profile = JSON.parse(readFileSync(join(ROOT, 'www/profile.json'), 'utf8'));
    const page = await b.browser.newPage();
    await page.setViewport({ width: 1100, height: 800 });
    await page.goto(`${site.url}/?leak=1`);

    const local = (key) => b.storage(async (k) => (await globalThis.owned.get(k))[k] ?? null, key);
    const incidents = async () => (await local('incidents')) ?? [];
    await b.storage(async ([p]) => {
      const api = globalThis.browser ?? globalThis.chrome;
      await owned.set({ profile: p, settings: { learn: false, screenshots: true, autoRecord: false } });
    }, [profile]);

    /** Waits until `incidents` holds more than `before` records; the newest, or null. */
    const nextRecord = async (before) => {
      const end = Date.now() + RECORD_WITHIN_MS;
      for (;;) {
        const all = await incidents();
        if (all.length > before) return all[all.length - 1];
        if (Date.now() > end) return null;
        await sleep(150);
      }
    };
    /** "Document it" from the banner, by keyboard: Shift+Tab twice from the page reaches it. */
    const documentFromBanner = async () => {
      await page.bringToFront();
      await page.keyboard.down('Shift');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.up('Shift');
      await page.keyboard.press('Enter');
    };
    /** Loads (or reloads) `path`, waits for the banner, documents; the new record or null. */
    const loadAndDocument = async (path, reload) => {
      const before = (await incidents()).length;
      if (reload) await page.reload();
      else await page.goto(site.url + path);
      const shown = await waitBanner(page, WARN_WITHIN_MS);
      if (!shown) return { shown, record: null };
      await sleep(300); // the banner's buttons are attached with it; let its focus handling settle
      await documentFromBanner();
      return { shown, record: await nextRecord(before) };
    };

    // ---- three loads of the contest form, each documented
    const contest = [];
    for (let i = 0; i < 3; i++) {
      const { shown, record } = await loadAndDocument('/gewinnspiel', i > 0);
      contest.push(record);
      check(`/gewinnspiel load ${i + 1}: banner, "Document it" adds a record`, shown && record !== null,
        record ? `${record.frames?.reduce((n, f) => n + f.findings.length, 0)} findings, severity ${record.severity}` : (shown ? 'no record' : 'no banner'));
    }
    const got = contest.filter(Boolean);
    check('records: schema 1, trigger "warning", severity high', got.length === 3 &&
      got.every((r) => r.schema === 1 && r.trigger === 'warning' && r.severity === 'high' && ISO_UTC.test(r.recorded_at)),
      got.map((r) => `${r.schema}/${r.trigger}/${r.severity}/${r.recorded_at}`).join(' '));
    check('records: a screenshot each (settings.screenshots)', got.length === 3 &&
      got.every((r) => typeof r.screenshot === 'string' && r.screenshot.startsWith('data:image/')),
      got.map((r) => (r.screenshot ? `${Math.round(r.screenshot.length / 1024)} KiB` : 'none')).join(', '));
    check('records: every hash verifies (node crypto, canonical JSON)', got.length === 3 && got.every(hashVerifies));
    check('records: one person each, three different people', got.length === 3 &&
      new Set(got.flatMap((r) => r.people ?? [])).size === 3, got.map((r) => (r.people ?? []).length).join(','));

    const sites = (await local('sites')) ?? {};
    const here = sites['127.0.0.1'];
    check('sites: 127.0.0.1 has 3 loads and 3 different people', here?.loads === 3 && here?.people?.length === 3,
      JSON.stringify(here ? { ...here, people: here.people?.length } : null));

    // ---- the log page
    const log = await b.browser.newPage();
    await log.setViewport({ width: 1100, height: 1300 });
    await b.openExtensionPage(log, `${b.extOrigin}/log/log.html`);
    await log.waitForSelector('body[data-ready]', { timeout: 5000 }).catch(() => {});
    const listed = await log.evaluate(() => [...document.querySelectorAll('#records li')].map((li) => li.dataset.id));
    check('log: #records lists the three records, newest first', listed.length === 3 &&
      listed.join() === got.map((r) => r.id).reverse().join(), listed.join(', '));
    const row = await log.evaluate(() => {
      const tr = document.querySelector('#site-stats tr[data-host="127.0.0.1"]');
      return tr && { text: tr.textContent, loads: tr.querySelector('.loads')?.textContent, people: tr.querySelector('.people')?.textContent, records: tr.querySelector('.records')?.textContent };
    });
    check('log: the site row says "3 loads, 3 different people", 3 records', row?.text.includes('3 loads, 3 different people') &&
      row.loads === '3' && row.people === '3' && row.records === '3', row?.text);
    await screenshot(log, { path: join(SHOTS, `e2e-${KIND}-log.png`), fullPage: true });
    const verdicts = [];
    const signatures = [];
    for (const id of listed) {
      await log.click(`#records li[data-id="${id}"] button`);
      const state = await log.waitForFunction(() => {
        const s = document.querySelector('#verify-state')?.dataset.state;
        const g = document.querySelector('#signature-state')?.dataset.state;
        return s && s !== 'checking' && g && g !== 'checking' ? [s, g, document.querySelector('#signature-state').textContent] : null;
      }, { timeout: 5000 }).then((h) => h.jsonValue(), () => ['timeout', 'timeout', '']);
      verdicts.push(state[0]);
      signatures.push(state);
    }
    check('log: every record verifies (verifyRecord) when opened', verdicts.every((s) => s === 'ok'), verdicts.join(', '));
    check('log: every record is signed by this browser\'s key (WebCrypto Ed25519)',
      signatures.every((g) => g[1] === 'ok-own'), signatures.map((g) => `${g[1]}: ${g[2]}`).join(' | '));
    const shown = await log.evaluate(() => ({
      img: document.querySelector('#detail .screenshot img')?.naturalWidth ?? 0,
      rows: document.querySelectorAll('#detail .findings-table tr.finding').length,
      excerpt: document.querySelectorAll('#detail pre.excerpt').length,
      times: [...document.querySelectorAll('#detail dd')].slice(0, 3).map((d) => d.textContent),
    }));
    const last = got[0];
    check('log: the opened record shows its findings, excerpts, times and screenshot',
      shown.img > 0 && shown.rows === last.frames.reduce((n, f) => n + f.findings.length, 0) && shown.excerpt > 0 &&
      shown.times[0].endsWith('UTC') && shown.times[1] === last.local_time,
      `${shown.rows} findings, ${shown.excerpt} excerpts, screenshot ${shown.img}px wide, ${shown.times.join(' | ')}`);
    await screenshot(log, { path: join(SHOTS, `e2e-${KIND}-log-record.png`), fullPage: true });

    // ---- the masked exports
    const stored = await incidents();
    const secrets = clearValues(stored);
    const json = await log.evaluate(() => globalThis.notmineLogExport('json', false));
    let exported = null;
    try { exported = JSON.parse(json); } catch (e) { check('JSON export parses', false, e.message); }
    if (exported) {
      check('JSON export: format, schema 1, in_clear false, 3 records', exported.format === 'notmine-incidents' &&
        exported.schema === 1 && exported.in_clear === false && exported.records?.length === 3 && ISO_UTC.test(exported.exported_at),
        `${exported.records?.length} records, exported_at ${exported.exported_at}`);
      check('JSON export: every hash verifies (node crypto)', exported.records.every(hashVerifies));
      // A third party's check: the CLI verifies the masked export's
      // signatures, and a forged note (hash recomputed) is caught.
      if (existsSync(BIN)) {
        const dir = join(ROOT, 'artifacts');
        mkdirSync(dir, { recursive: true });
        const file = join(dir, `e2e-${KIND}-export.json`);
        writeFileSync(file, json);
        let out = '';
        let status = 0;
        try {
          out = execFileSync(BIN, ['verify', file], { encoding: 'utf8' });
        } catch (e) {
          out = String(e.stdout ?? '');
          status = e.status ?? -1;
        }
        check('notmine verify: the export\'s 3 records are intact and signed', status === 0 &&
          (out.match(/^ok .*signed by key /gm) ?? []).length === 3, out.trim().split('\n').pop());
        const forged = JSON.parse(json);
        forged.records[0].note = 'edited later';
        const { hash: _h, signature: _s, ...rest } = forged.records[0];
        forged.records[0].hash = createHash('sha256').update(canonical(rest), 'utf8').digest('hex');
        writeFileSync(file, JSON.stringify(forged));
        try {
          execFileSync(BIN, ['verify', file], { encoding: 'utf8' });
          status = 0;
        } catch (e) {
          out = String(e.stdout ?? '');
          status = e.status ?? -1;
        }
        check('notmine verify: a note edited after export is caught by the signature', status === 1 &&
          /^ALTERED .*signature/m.test(out), out.trim().split('\n')[0]);
      } else {
        check('notmine verify', false, `${BIN} is missing: cargo build --release --bin notmine`);
      }
      check('JSON export: no value_in_clear key', !json.includes('"value_in_clear"'));
      const text = searchable(exported);
      const leaked = secrets.filter((s) => text.includes(s) || text.includes(JSON.stringify(s).slice(1, -1)));
      check(`JSON export: none of the ${secrets.length} strangers' values in clear`, secrets.length > 0 && leaked.length === 0, leaked.join(' | '));
    }
    const csv = await log.evaluate(() => globalThis.notmineLogExport('csv', false));
    const rows = parseCsv(csv.replace(/^\uFEFF/, ''));
    const head = rows[0] ?? [];
    const col = (name) => head.indexOf(name);
    check('CSV export: BOM, CRLF, header', csv.startsWith('\uFEFF') && csv.includes('\r\n') && !/[^\r]\n/.test(csv.replace(/"[^"]*"/g, '')) &&
      ['record_id', 'recorded_at', 'value', 'hash'].every((h) => head.includes(h)) && !head.includes('value_in_clear'), head.join(','));
    check('CSV export: one row per finding', rows.length - 1 === findingCount(got), `${rows.length - 1} rows, ${findingCount(got)} findings`);
    check('CSV export: ISO times', rows.slice(1).every((r) => ISO_UTC.test(r[col('recorded_at')]) && /[+-]\d{2}:\d{2}$|Z$/.test(r[col('local_time')])),
      rows[1] ? `${rows[1][col('recorded_at')]}, ${rows[1][col('local_time')]}` : 'no rows');
    const csvLeaked = secrets.filter((s) => csv.includes(s));
    check('CSV export: no stranger\'s value in clear', csvLeaked.length === 0, csvLeaked.join(' | '));

    const openReport = async (html, shot) => {
      reportHtml = html;
      const view = await b.browser.newPage();
      await view.setViewport({ width: 1100, height: 1400 });
      const requests = [];
      view.on('request', (r) => requests.push(r.url()));
      await view.goto(reportUrl, { waitUntil: 'load' });
      await sleep(300);
      const facts = await view.evaluate(() => ({
        active: document.querySelectorAll('script, iframe, object, embed, frame, img[onerror], link[href^="http"], a[href^="javascript:" i]').length,
        onAttrs: [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName}[${a.name}]`)),
        external: [...document.querySelectorAll('[src], [href]')].map((e) => e.getAttribute('src') ?? e.getAttribute('href'))
          .filter((u) => !/^(data:|#)/.test(u)),
        text: document.body.innerText,
        images: [...document.images].filter((i) => i.naturalWidth > 0).length,
        alerted: typeof window.__alerted !== 'undefined',
      }));
      if (shot) await screenshot(view, { path: shot });
      await view.close();
      return { ...facts, requests: requests.filter((u) => u !== reportUrl && !u.startsWith('data:')) };
    };
    const html = await log.evaluate(() => globalThis.notmineLogExport('html', false));
    const rep = await openReport(html, join(SHOTS, `e2e-${KIND}-report.png`));
    check('HTML report: no script, no on* attribute, nothing external', rep.active === 0 && rep.onAttrs.length === 0 && rep.external.length === 0,
      [...rep.onAttrs, ...rep.external].join(' ') || `${html.length} bytes`);
    check('HTML report: no request but its own URL', rep.requests.length === 0, rep.requests.join(' '));
    check('HTML report: the three screenshots are shown', rep.images === 3, `${rep.images} images`);
    const repLeaked = secrets.filter((s) => rep.text.includes(s));
    check('HTML report: no stranger\'s value in clear', repLeaked.length === 0, repLeaked.join(' | '));

    // ---- hostile values
    await page.bringToFront();
    const hostile = await loadAndDocument('/feindlich', false);
    check('/feindlich: banner, "Document it" adds a record', hostile.shown && hostile.record !== null,
      hostile.record ? `${hostile.record.frames.reduce((n, f) => n + f.findings.length, 0)} findings` : 'none');
    if (hostile.record) {
      await log.bringToFront();
      await log.waitForFunction(() => document.querySelectorAll('#records li').length === 4, { timeout: 5000 }).catch(() => {});
      await log.click(`#records li[data-id="${hostile.record.id}"] button`);
      await sleep(400);
      const safe = await log.evaluate(() => ({
        active: document.querySelectorAll('script:not([src]), #detail img:not(.screenshot img), [onerror]').length,
        scripts: [...document.scripts].map((s) => s.getAttribute('src')),
        title: document.querySelector('#detail-body')?.textContent.includes('<script>alert(1)</script>'),
        label: document.querySelector('#detail-body')?.textContent.includes('=HYPERLINK("http://evil.example","klick")'),
      }));
      check('log: the hostile record shows markup as text, runs none of it', safe.active === 0 && safe.scripts.join() === 'log.js' && safe.title && safe.label,
        JSON.stringify(safe));
      await screenshot(log, { path: join(SHOTS, `e2e-${KIND}-log-hostile.png`), fullPage: true });

      for (const inClear of [false, true]) {
        const c = await log.evaluate((x) => globalThis.notmineLogExport('csv', x), inClear);
        const cells = parseCsv(c.replace(/^\uFEFF/, '')).flat();
        const live = cells.filter((x) => FORMULA.test(x));
        const defused = cells.filter((x) => /^'[=+\-@]/.test(x));
        check(`CSV export${inClear ? ' in clear' : ''}: cells starting with = + - @ are defused with '`, live.length === 0 && defused.length >= 4,
          live.length ? live.slice(0, 5).join(' | ') : `${defused.length} defused, e.g. ${[...new Set(defused)].slice(0, 4).join(' | ')}`);
      }
      const hostileHtml = await log.evaluate(() => globalThis.notmineLogExport('html', true));
      const hr = await openReport(hostileHtml, null);
      check('HTML report in clear (hostile values): no script, no on* attribute, no request', hr.active === 0 && hr.onAttrs.length === 0 &&
        hr.external.length === 0 && hr.requests.length === 0, [...hr.onAttrs, ...hr.external, ...hr.requests].join(' ') || 'none');
      check('HTML report in clear: the hostile values are there as text', hr.text.includes('Hauptstr. 1 <script>alert(1)</script>') &&
        hr.text.includes('=HYPERLINK("http://evil.example","klick")'));
      const jc = JSON.parse(await log.evaluate(() => globalThis.notmineLogExport('json', true)));
      check('JSON export in clear: value_in_clear present, hashes still verify', jc.in_clear === true &&
        JSON.stringify(jc).includes('"value_in_clear"') && jc.records.every(hashVerifies));
    }

    // ---- "Document this page" from the popup, on a page without findings
    await settingsPatch(b, { screenshots: false }); // the popup runs in a tab of its own here: no picture of it
    await page.bringToFront();
    await page.goto(`${site.url}/impressum`);
    const tabId = await waitTab(b, page.url());
    const popup = await b.browser.newPage();
    await popup.setViewport({ width: 420, height: 900 });
    await b.openExtensionPage(popup, `${b.extOrigin}/popup/popup.html?tab=${tabId}`);
    const visible = await popup.waitForFunction(() => {
      const s = document.getElementById('document-page-section');
      return s && !s.hidden && !document.getElementById('document-page').disabled;
    }, { timeout: 8000 }).then(() => true, () => false);
    const note = 'Imprint checked by hand: "no data here" <b>not bold</b>, =1+1';
    const before = (await incidents()).length;
    if (visible) {
      await popup.type('#note', note);
      await popup.click('#document-page');
    }
    const pr = visible ? await nextRecord(before) : null;
    const done = await popup.waitForFunction(() => !document.getElementById('recorded').hidden, { timeout: 5000 }).then(() => true, () => false);
    check('popup: "Document this page" on /impressum records trigger "page", severity none, the note',
      pr?.trigger === 'page' && pr?.severity === 'none' && pr?.note === note && pr.frames.every((f) => f.findings.length === 0) && hashVerifies(pr),
      pr ? `${pr.trigger}/${pr.severity}, note ${JSON.stringify(pr.note)}` : (visible ? 'no record' : 'no "Document this page" section'));
    check('popup: says it was recorded, with a link to the log', done);
    await screenshot(popup, { path: join(SHOTS, `e2e-${KIND}-popup-document.png`) });
    await popup.close();
    await settingsPatch(b, { screenshots: true });

    // ---- ten incidents: the sizes of the exports
    await page.bringToFront();
    let n = (await incidents()).length;
    for (let i = 0; n < 10 && i < 12; i++) {
      await loadAndDocument('/gewinnspiel', false);
      n = (await incidents()).length;
    }
    check('ten incidents recorded', n === 10, `${n}`);
    await log.bringToFront();
    await log.waitForFunction((k) => document.querySelectorAll('#records li').length === k, { timeout: 5000 }, n).catch(() => {});
    const sizes = await log.evaluate(async () => {
      const out = {};
      for (const f of ['json', 'csv', 'html']) {
        for (const c of [false, true]) out[`${f}${c ? ' in clear' : ''}`] = new Blob([await globalThis.notmineLogExport(f, c)]).size;
      }
      return out;
    });
    const all = await incidents();
    const shots = all.filter((r) => r.screenshot).length;
    const kib = (x) => `${(x / 1024).toFixed(1)} KiB`;
    console.log(`export sizes for ${all.length} incidents (${shots} with a screenshot, ${findingCount(all)} finding rows): ` +
      Object.entries(sizes).map(([k, v]) => `${k} ${kib(v)}`).join(', '));
    // The same ten without their screenshots (the pictures dominate the sizes).
    const bare = await log.evaluate(async (recs) => {
      const core = await import('../pkg/records.js');
      await core.default();
      const at = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
      return { json: core.exportJson(recs, false, at).length, csv: core.exportCsv(recs, false).length, html: core.exportHtml(recs, false, at).length };
    }, all.map((r) => ({ ...r, screenshot: null }))).catch((e) => ({ error: e.message }));
    console.log(`the same without screenshots (characters): ${JSON.stringify(bare)}`);
    // The buttons: same path, saved as a file; "in clear" holds for one export only.
    // Last, as a download may take the browser's focus.
    await log.bringToFront();
    await log.click('#in-clear');
    await log.click('#export-json');
    const after = await log.waitForFunction(() => /notmine-incidents-\d{8}-\d{4}\.json/.test(document.getElementById('status').textContent) &&
      ({ status: document.getElementById('status').textContent, inClear: document.getElementById('in-clear').checked }), { timeout: 5000 })
      .then((h) => h.jsonValue(), () => null);
    check('export button: saves notmine-incidents-YYYYMMDD-HHMM.json, "in clear" unchecked again', after && after.inClear === false, after?.status ?? 'no status');

    await log.close();
  } finally {
    net = await b.close();
    site.close();
    reportServer.close();
  }
  check('network: no request by the extension', net.byExtension.length === 0, net.byExtension.join('; ') || `${net.pages} page requests`);
  check('network: nothing but 127.0.0.1', net.offsite.length === 0, net.offsite.join('; ') || (net.netLog ? `${net.netLog} requests in the net log` : 'sink proxy saw nothing'));
}

async function settingsPatch(b, patch) {
  await b.storage(async (p) => {
    const api = globalThis.browser ?? globalThis.chrome;
    const { settings } = await owned.get('settings');
    await owned.set({ settings: { ...(settings ?? {}), ...p } });
  }, patch);
}

/** The id of the tab whose top frame shows `url` (from the background's session entries). */
async function waitTab(b, url) {
  const end = Date.now() + 5000;
  for (;;) {
    const id = await b.storage(async (u) => {
      const api = globalThis.browser ?? globalThis.chrome;
      const all = await api.storage.session.get(null);
      for (const [k, v] of Object.entries(all)) if (k.startsWith('tab:') && v?.frames?.['0']?.url === u) return Number(k.slice(4));
      return null;
    }, url);
    if (id !== null || Date.now() > end) return id;
    await sleep(100);
  }
}

await run(main, { withinMs: OVERALL_MS, late: 'finished in time' });
