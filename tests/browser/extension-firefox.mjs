#!/usr/bin/env node
/**
 * Extension smoke test in headless Firefox ESR, on the packaged zip.
 *
 *   bash scripts/build-wasm.sh                  # once: extension/pkg
 *   bash scripts/package.sh                     # dist/notmine-<version>-firefox.zip
 *   node tests/browser/extension-firefox.mjs    # FIREFOX overrides the path
 *
 * Drives Firefox with puppeteer-core over WebDriver BiDi (no geckodriver) and
 * installs dist/notmine-<version>-firefox.zip itself as a temporary add-on,
 * so a pass also proves the zip installs. Serves www/ on a throwaway HTTP
 * server on 127.0.0.1 and checks:
 *   - /gewinnspiel.html (a contest form arriving filled in with a stranger's
 *     data) shows the banner host (no id: found by its place) with a non-zero
 *     box within 5 s (time printed from navigation start);
 *   - /impressum.html shows no banner within 3 s;
 *   - /t/sandboxed-frames.html: pre-filled forms only in a sandboxed srcdoc
 *     frame and a data: frame (opaque origins) → a banner within 5 s;
 *   - /konto.html, an account page of "Jonas Brenner": no banner without a
 *     profile (it may be the user's own); no banner with Jonas's own data as
 *     the profile (his own account page); a banner with www/profile.json
 *     (Katrin Vogelsang) as the profile: then it shows someone else.
 *     The profile is written to the extension's `storage.local` from one of
 *     its own pages (moz-extension://<fixed uuid>/...). WebDriver refuses to
 *     navigate there unless Firefox runs with --remote-allow-system-access,
 *     which this test passes for that reason only;
 *   - network: every request WebDriver BiDi reports (puppeteer's request
 *     events, and the raw `network.beforeRequestSent` events of every
 *     browsing context) goes to 127.0.0.1 or the extension's own
 *     moz-extension:// origin. BiDi does not see the background page's
 *     requests, so every request for a host other than 127.0.0.1, whoever
 *     makes it, goes to a local sink proxy that answers 403 and records it:
 *     it must record none. Firefox's own services (updates, telemetry,
 *     safe browsing, remote settings, ...) are switched off by prefs for that.
 *
 * Writes artifacts/screenshots/firefox-warning.png. Last line:
 * "N passed, M failed"; exit status 1 on any failure.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BANNER, FIREFOX, FIREFOX_UUID, hostTimer, launch, openExtensionPage, screenshot, sleep, waitBanner } from './lib/browsers.mjs';
import { outlinePixels } from './lib/pixels.mjs';
import { checks } from './lib/checks.mjs';
import { serve } from './lib/server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const WWW = join(ROOT, 'www');
const PAGES = join(ROOT, 'tests/browser/pages');
const SHOTS = join(ROOT, 'artifacts/screenshots');
const MANIFEST = JSON.parse(readFileSync(join(ROOT, 'extension/manifest.json'), 'utf8'));
const GECKO_ID = MANIFEST.browser_specific_settings.gecko.id;
const ZIP = process.env.NOTMINE_ZIP || join(ROOT, `dist/notmine-${MANIFEST.version}-firefox.zip`);
// Fixed by lib/browsers.mjs, so the extension's origin is known.
const EXT_ORIGIN = `moz-extension://${FIREFOX_UUID}`;
const WARN_WITHIN_MS = 5000;
const QUIET_FOR_MS = 3000;
const OVERALL_MS = 90000;

const { check, run } = checks();

/** Writes `storage.local.profile` (null removes it) from an extension page. */
async function setProfile(page, profile) {
  await openExtensionPage(page, `${EXT_ORIGIN}/manifest.json`);
  return page.evaluate(async (p) => {
    const api = globalThis.browser;
    if (p === null) await api.storage.local.remove('profile');
    else await api.storage.local.set({ profile: p });
    return (await api.storage.local.get('profile')).profile ?? null;
  }, profile);
}

/** Navigates and waits up to `ms` for the banner host; null if none. */
async function visit(page, url, ms) {
  const t0 = Date.now();
  await page.goto(url);
  const host = (await waitBanner(page, ms)) ? await page.evaluateHandle(BANNER) : null;
  return { host, wallMs: Date.now() - t0 };
}

async function main() {
  if (!existsSync(ZIP)) {
    check('zip', false, `${ZIP} is missing: run bash scripts/package.sh (after bash scripts/build-wasm.sh)`);
    return;
  }
  check('zip', true, `${ZIP.slice(ROOT.length + 1)}, ${statSync(ZIP).size} bytes`);
  if (!existsSync(FIREFOX)) {
    check('firefox', false, `${FIREFOX} not found: install firefox-esr (bash scripts/setup.sh --browsers) or set FIREFOX`);
    return;
  }

  const server = await serve({ dirs: { '/': WWW, '/t/': PAGES } });
  const origin = server.origin;
  const requests = [];
  const bidiRequests = [];
  let b;
  let browser;
  let net = null;
  try {
    try {
      b = await launch('firefox', { zip: ZIP, gecko: GECKO_ID });
      browser = b.browser;
    } catch (e) {
      check('firefox starts, the zip installs', false, `${FIREFOX}: ${e && e.message ? e.message.split('\n')[0] : e}`);
      return;
    }
    check('firefox starts', true, await browser.version());
    // Events from here on (the add-on is installed by then).
    browser.connection.on('network.beforeRequestSent', (ev) => {
      bidiRequests.push({ url: ev.request.url, context: ev.context });
    });
    check('zip installs as an add-on', b.addonId === GECKO_ID, b.addonId);

    const page = (await browser.pages())[0] || (await browser.newPage());
    await page.setViewport({ width: 1100, height: 800 });
    page.on('request', (r) => requests.push(r.url()));
    await page.evaluateOnNewDocument(hostTimer);

    // 1. A form that arrived filled in with a stranger's data, no profile.
    const g = await visit(page, `${origin}/gewinnspiel.html`, WARN_WITHIN_MS);
    check('gewinnspiel: banner within 5 s', g.host !== null, `${g.wallMs} ms from goto()`);
    if (g.host) {
      const box = await g.host.boundingBox();
      check('gewinnspiel: banner has a box', box !== null && box.width > 0 && box.height > 0,
        box ? `${Math.round(box.width)}x${Math.round(box.height)} at y=${Math.round(box.y)}` : 'none');
      const t = await page.evaluate((host) => ({
        at: window.__notmineHostAt,
        dcl: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd,
        shadow: host.shadowRoot,
      }), g.host);
      check('gewinnspiel: shadow root is closed', t.shadow === null);
      if (typeof t.at === 'number') {
        console.log(`time to warning: ${t.at.toFixed(0)} ms after navigation start ` +
          `(DOMContentLoaded at ${t.dcl?.toFixed(0)} ms; ${g.wallMs} ms wall clock from goto())`);
      }
      const FIELDS = ['vorname', 'nachname', 'strasse', 'plz', 'ort', 'email'];
      const red = [];
      for (const id of FIELDS) red.push(await outlinePixels(page, `#${id}`));
      check('gewinnspiel: fields outlined (red around each, on screen)', red.every((n) => n >= 40), FIELDS.map((id, i) => `${id} ${red[i]}`).join(', '));
      const styled = await page.evaluate((ids) => ids.filter((id) => document.getElementById(id).getAttribute('style') !== null), FIELDS);
      check('gewinnspiel: no style on the page\'s own fields', styled.length === 0, styled.join(','));
      await sleep(300); // let the banner's entrance settle for the picture
      mkdirSync(SHOTS, { recursive: true });
      const shot = join(SHOTS, 'firefox-warning.png');
      await screenshot(page, { path: shot });
      console.log(`screenshot: ${shot}`);
    }

    // 1b. The popup's "Scan this page" on that tab, opened as a page of its own.
    if (g.host) {
      const pageUrl = page.url();
      const pop = await browser.newPage();
      try {
        await openExtensionPage(pop, `${EXT_ORIGIN}/manifest.json`);
        const found = await pop.evaluate(async (u) => {
          const all = await globalThis.browser.storage.session.get(null);
          for (const [k, v] of Object.entries(all)) {
            if (k.startsWith('tab:') && v?.frames?.['0']?.url === u) {
              return { id: Number(k.slice(4)), n: v.frames['0'].verdict.findings.length };
            }
          }
          return null;
        }, pageUrl);
        if (!found) throw new Error('no stored verdict for the page');
        await openExtensionPage(pop, `${EXT_ORIGIN}/popup/popup.html?tab=${found.id}`);
        let listed = 0;
        for (let k = 0; k < 60; k++) {
          listed = await pop.evaluate(() => document.querySelectorAll('#findings li').length).catch(() => 0);
          if (listed === found.n) break;
          await sleep(100);
        }
        check('popup scan: lists every finding', found.n > 0 && listed === found.n, `${listed} listed, ${found.n} findings`);
        await pop.setViewport({ width: 420, height: 900 });
        const shot = join(SHOTS, 'firefox-popup.png');
        await screenshot(pop, { path: shot });
        console.log(`screenshot: ${shot}`);
      } catch (e) {
        check('popup scan: lists every finding', false, e.message);
      } finally {
        await pop.close().catch(() => {});
      }
    }

    // 2. The imprint: company data, never a warning.
    const i = await visit(page, `${origin}/impressum.html`, QUIET_FOR_MS);
    check('impressum: no banner within 3 s', i.host === null);
    const sb = await visit(page, `${origin}/t/sandboxed-frames.html`, WARN_WITHIN_MS);
    check('sandboxed-frames: opaque-origin frames warn (banner)', sb.host !== null, `${sb.wallMs} ms`);

    // 3. An account page of Jonas Brenner.
    const k0 = await visit(page, `${origin}/konto.html`, QUIET_FOR_MS);
    check('konto, no profile: no banner within 3 s (may be the user\'s own)', k0.host === null);

    const jonas = {
      names: ['Jonas Brenner'],
      emails: ['jonas.brenner@t-online.de'],
      phones: ['0171 5582046'],
      addresses: [{ street: 'Kastanienweg 8', postal_code: '22527', city: 'Hamburg', country: 'DE' }],
      customer_numbers: ['7302-5519'],
    };
    let stored = null;
    try {
      stored = await setProfile(page, jonas);
    } catch (e) {
      check('profile written to storage.local', false, e.message);
    }
    if (stored) {
      check('profile written to storage.local', stored.names?.[0] === 'Jonas Brenner', 'Jonas Brenner');
      const k1 = await visit(page, `${origin}/konto.html`, QUIET_FOR_MS);
      check('konto, own profile: no banner within 3 s', k1.host === null);

      const katrin = JSON.parse(readFileSync(join(WWW, 'profile.json'), 'utf8'));
      await setProfile(page, katrin);
      const k2 = await visit(page, `${origin}/konto.html`, WARN_WITHIN_MS);
      check('konto, profile of someone else (www/profile.json): banner within 5 s', k2.host !== null,
        `${k2.wallMs} ms from goto()`);
      await setProfile(page, null);
    }

    // 4. Network, as WebDriver BiDi saw it.
    const okUrl = (url) => {
      const u = new URL(url);
      if (u.protocol === 'moz-extension:') return u.origin === EXT_ORIGIN;
      return u.hostname === '127.0.0.1' || u.protocol === 'data:' || u.protocol === 'about:';
    };
    const bad = [...new Set([...requests, ...bidiRequests.map((r) => r.url)])].filter((u) => !okUrl(u));
    check('network: only 127.0.0.1 and the extension\'s own origin', bad.length === 0 && requests.length > 0,
      bad.length ? bad.join('; ')
        : `${requests.length} page requests, ${bidiRequests.length} BiDi network events`);
  } finally {
    if (b) net = await b.close();
    server.close();
  }
  if (!net) return;
  const offsite = net.sink;
  // With the prefs above, Firefox itself sends nothing either: anything here
  // is a new Firefox service to switch off, or the extension going online.
  check('network: nothing reached the sink proxy (no request off the machine)', offsite.length === 0,
    [...new Set(offsite)].join(', '));
}

await run(main, { withinMs: OVERALL_MS, late: 'finished within 90 s' });
