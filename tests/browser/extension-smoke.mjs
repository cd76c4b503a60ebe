#!/usr/bin/env node
/**
 * Extension smoke test: the whole slice in headless Chromium.
 *
 *   bash scripts/build-wasm.sh                  # once: extension/pkg
 *   node tests/browser/extension-smoke.mjs      # CHROMIUM overrides the path
 *
 * Loads extension/ unpacked (--load-extension; NOTMINE_EXT=DIR loads another
 * unpacked tree instead, e.g. dist/notmine-<version>-chrome.zip unzipped),
 * serves www/ on a throwaway
 * HTTP server on 127.0.0.1 and checks:
 *   - /gewinnspiel.html (a contest form arriving filled in with a stranger's
 *     data) shows the banner host (no id: found as a page could, by its place) with a non-zero
 *     box within 5 s, and the service worker's `storage.session` holds the
 *     tab's verdict: warn, severity, kinds name/street/postal-code/city/email;
 *     the same page with www/profile.json stored as the user's profile warns
 *     with high severity; "Not now" (reached with the keyboard) removes it;
 *   - /impressum.html shows no banner within 3 s and its verdict is warn false;
 *   - network, seen two ways (lib/browsers.mjs): the pages' request events
 *     and Chromium's net log (--log-net-log, every request of the network
 *     service, the service worker's included) show no request initiated by
 *     the extension and no request to anything but 127.0.0.1. Requests
 *     Chromium makes for itself (initiator "not an origin": its updater,
 *     account check — present with no extension loaded too) are listed, not
 *     failed; --host-resolver-rules keeps them from resolving.
 * The banner lives in a closed shadow root, which the page cannot read, so
 * its text is not asserted here; the verdict it renders is.
 *
 * Writes artifacts/screenshots/chromium-warning.png. Prints the time from
 * navigation start to the banner appearing. Last line: "N passed, M failed";
 * exit status 1 on any failure.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BANNER, hostTimer, launch, screenshot, sleep, waitBanner } from './lib/browsers.mjs';
import { outlinePixels } from './lib/pixels.mjs';
import { checks } from './lib/checks.mjs';
import { serve } from './lib/server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const EXT = process.env.NOTMINE_EXT || join(ROOT, 'extension');
const WWW = join(ROOT, 'www');
const SHOTS = join(ROOT, 'artifacts/screenshots');
const LANG = process.env.NOTMINE_LANG || '';
const WARN_WITHIN_MS = 5000;
const QUIET_FOR_MS = 3000;
const OVERALL_MS = 55000;

const { check, run } = checks();

async function verdictOf(worker, page) {
  // The tab id is not exposed to the page: find the session entry by URL.
  const url = page.url();
  return worker.evaluate(async (u) => {
    const all = await chrome.storage.session.get(null);
    // tab:<id> → {frames: {"0": {url, at, verdict, ...}}}; the top frame speaks for the page.
    const hits = Object.entries(all)
      .filter(([k, v]) => k.startsWith('tab:') && v && v.frames && v.frames['0'] && v.frames['0'].url === u)
      .map(([, v]) => v.frames['0']);
    hits.sort((a, b) => (b.at < a.at ? -1 : 1));
    return hits.length ? hits[0].verdict : null;
  }, url);
}

/** Waits until the session holds a verdict for the page (the reply raced the check). */
async function waitVerdict(worker, page, ms = 3000) {
  const end = Date.now() + ms;
  for (;;) {
    const v = await verdictOf(worker, page);
    if (v || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function main() {
  const wasm = join(EXT, 'pkg/notmine_bg.wasm');
  if (!existsSync(wasm) || !existsSync(join(EXT, 'pkg/notmine.js'))) {
    check('build', false, `${wasm} is missing: run bash scripts/build-wasm.sh`);
    return;
  }
  check('build', true, `notmine_bg.wasm ${statSync(wasm).size} bytes`);

  const server = await serve({ dirs: { '/': WWW } });
  const origin = server.origin;
  let b = null;
  let net = null;
  try {
    // NOTMINE_LANG=de runs the browser in another UI language, to look at
    // the warning's translation (the screenshot name carries the language).
    b = await launch('chromium', { ext: EXT, lang: LANG, bfcache: false, viewport: { width: 1100, height: 800 } });
    const worker = await b.worker();
    check('service worker', worker.url().endsWith('/background.js'), worker.url());
    const page = await b.browser.newPage();
    await page.evaluateOnNewDocument(hostTimer);

    // 1. A form that arrived filled in with a stranger's data, no profile.
    const t0 = Date.now();
    await page.goto(`${origin}/gewinnspiel.html`);
    const shown = (await waitBanner(page, WARN_WITHIN_MS)) ? await page.evaluateHandle(BANNER) : null;
    const wallMs = Date.now() - t0;
    check('gewinnspiel: banner within 5 s', shown !== null, `${wallMs} ms from goto()`);
    if (shown) {
      const box = await shown.boundingBox();
      check('gewinnspiel: banner has a box', box !== null && box.width > 0 && box.height > 0,
        box ? `${Math.round(box.width)}x${Math.round(box.height)} at y=${Math.round(box.y)}` : 'none');
      const t = await page.evaluate((host) => ({
        at: window.__notmineHostAt,
        dcl: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd,
        shadow: host.shadowRoot,
        attrs: [...host.attributes].map((a) => a.name).sort().join(','),
        // Nothing a page could find it by: no id, no class, no data-*.
      }), shown);
      check('gewinnspiel: shadow root is closed', t.shadow === null);
      check('gewinnspiel: the banner host has no id or class to find it by', !/\b(id|class|data-)/.test(t.attrs), t.attrs);
      if (typeof t.at === 'number') {
        console.log(`time to warning: ${t.at.toFixed(0)} ms after navigation start ` +
          `(DOMContentLoaded at ${t.dcl?.toFixed(0)} ms; ${wallMs} ms wall clock from goto())`);
      }
      const FIELDS = ['vorname', 'nachname', 'strasse', 'plz', 'ort', 'email'];
      const red = [];
      for (const id of FIELDS) red.push(await outlinePixels(page, `#${id}`));
      check('gewinnspiel: fields outlined (red around each, on screen)', red.every((n) => n >= 40), FIELDS.map((id, i) => `${id} ${red[i]}`).join(', '));
      const styled = await page.evaluate((ids) => ids.filter((id) => {
        const e = document.getElementById(id);
        return e.getAttribute('style') !== null || e.style.outlineStyle !== '';
      }), FIELDS);
      check('gewinnspiel: no style on the page\'s own fields (a page cannot read which were flagged)', styled.length === 0, styled.join(','));
      // A page that removes the banner, or hides it with its own CSS, gets it back.
      await page.evaluate(`(${BANNER}).remove()`);
      const back = await waitBanner(page, 1000);
      await page.addStyleTag({ content: 'html > div { display: none !important; visibility: hidden !important; }' });
      await page.evaluate(`(${BANNER}).setAttribute('style', 'display: none')`);
      await sleep(200);
      const box2 = await (await page.evaluateHandle(BANNER)).boundingBox().catch(() => null);
      check('gewinnspiel: a removed or restyled banner comes back, visible', back && box2 !== null && box2.height > 0,
        box2 ? `${Math.round(box2.width)}x${Math.round(box2.height)}` : 'hidden');
      mkdirSync(SHOTS, { recursive: true });
      const shot = join(SHOTS, LANG ? `chromium-warning-${LANG}.png` : 'chromium-warning.png');
      await screenshot(page, { path: shot });
      console.log(`screenshot: ${shot}`);
    }
    const v1 = await waitVerdict(worker, page);
    check('gewinnspiel: verdict stored in storage.session', v1 !== null);
    if (v1) {
      const kinds = [...new Set(v1.findings.map((f) => f.kind))].sort();
      const want = ['city', 'email', 'name', 'postal-code', 'street'];
      check('gewinnspiel: verdict warns', v1.warn === true, `severity ${v1.severity}`);
      check('gewinnspiel: severity set', ['low', 'medium', 'high'].includes(v1.severity), v1.severity);
      check('gewinnspiel: finding kinds', want.every((k) => kinds.includes(k)), kinds.join(','));
    }

    // 2. "Not now", reached with the keyboard (the banner is last in tab order).
    if (shown) {
      await page.keyboard.down('Shift');
      await page.keyboard.press('Tab');
      await page.keyboard.up('Shift');
      await page.keyboard.press('Enter');
      const gone = await waitBanner(page, 2000, false);
      const cleared = await outlinePixels(page, '#email');
      check('gewinnspiel: "Not now" by keyboard removes the banner and the outlines', gone && cleared < 10, `red around #email after: ${cleared} px`);
    }

    // 3. The imprint: company data, never a warning.
    await page.goto(`${origin}/impressum.html`);
    const appeared = await waitBanner(page, QUIET_FOR_MS);
    check('impressum: no banner within 3 s', !appeared);
    const v2 = await waitVerdict(worker, page);
    check('impressum: verdict stored, warn false', v2 !== null && v2.warn === false,
      v2 ? `warn ${v2.warn}, ${v2.findings.length} findings` : 'no verdict');

    // 4. With the user's own profile stored: the stranger is certain → high.
    const profile = JSON.parse(readFileSync(join(WWW, 'profile.json'), 'utf8'));
    await b.storage((p) => globalThis.owned.set({ profile: p }), profile);
    await page.goto(`${origin}/gewinnspiel.html`);
    const shown2 = await waitBanner(page, WARN_WITHIN_MS);
    if (shown2) {
      const at = await page.evaluate(() => window.__notmineHostAt);
      if (typeof at === 'number') {
        console.log(`time to warning (warm service worker): ${at.toFixed(0)} ms after navigation start`);
      }
    }
    const v3 = await waitVerdict(worker, page);
    check('gewinnspiel + profile: banner and high severity',
      shown2 && v3 !== null && v3.warn === true && v3.severity === 'high',
      v3 ? `severity ${v3.severity}, ${v3.findings.length} findings` : 'no verdict');
    await b.storage(() => globalThis.owned.remove('profile'));

  } finally {
    if (b) net = await b.close();
    server.close();
  }
  // 5. Network, after close: the net log is complete only once the browser has exited.
  check('network: no request initiated by the extension', net.byExtension.length === 0,
    net.byExtension.join('; ') || `${net.pages} page requests`);
  check('network: everything but Chromium\'s own requests went to 127.0.0.1',
    net.offsite.length === 0 && net.netLog > 0,
    net.offsite.length ? net.offsite.join('; ') : `${net.netLog} requests in the net log`);
  const hosts = [...new Set(net.browserOwn.map((u) => new URL(u).host))];
  console.log(`note: Chromium's own requests (not the extension's, blocked by --host-resolver-rules): ` +
    `${net.browserOwn.length}${hosts.length ? ` to ${hosts.join(', ')}` : ''}`);
}

await run(main, { withinMs: OVERALL_MS, late: 'finished within a minute' });
