/**
 * The one browser driver of the tests and tools (tests/browser/, tools/,
 * scripts/demo.mjs): puppeteer-core over CDP for Debian's Chromium and over
 * WebDriver BiDi for Firefox ESR, with or without the extension. The tests
 * then read the same way in both:
 *
 *   const b = await launch('chromium' | 'firefox', {ext, zip});
 *   const page = await b.browser.newPage();
 *   await b.storage(async () => owned.get(null))  // in an extension page (owned: lib/vault.js)
 *   await (await b.worker()).evaluate(...)                       // Chromium: the service worker
 *   await b.stopWorker(page)                                     // Chromium only
 *   const net = await b.close()                                  // every request, classified
 *
 * Options of launch(): `ext` (Chromium: an unpacked extension directory;
 * none: a browser without the extension), `zip` (Firefox: the packaged
 * add-on), `lang`, `viewport` ({width, height}; null: the window's size;
 * default puppeteer's 800x600), `headless` (default true), `insecure`
 * (accept the self-signed certificate of an HTTPS test server), `args`
 * (more Chromium flags), `netLog` (default true; false: no network record —
 * no Chromium net log, no page requests — for long runs whose requests
 * nobody checks), `offline` (default true: no host but 127.0.0.1 resolves
 * in Chromium; false for the demo), `bfcache` (default true; false:
 * Chromium keeps no page in its back-forward cache, so leaving a page is
 * quick and each load a fresh one, as the tests that load many pages in one
 * tab want; Playwright, which drove them before, turned it off too).
 * CHROMIUM and FIREFOX override the browsers' paths. The static server the
 * tests load their pages from is ./server.mjs.
 *
 * Network: every request the browser makes while the test runs is recorded.
 * Chromium: its net log (--log-net-log) lists every URL request with its
 * initiator, so requests by the extension's origin are told apart from the
 * browser's own (updater, sign-in: present without any extension too; kept
 * from resolving by --host-resolver-rules). Firefox: its own services are
 * switched off by prefs and its proxy points at a sink on 127.0.0.1 that
 * records whatever still tries to leave. Page requests are recorded in both.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { listen } from './server.mjs';

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Exits with `code` once everything written to stdout has left. Node's
 * `process.exit()` drops writes still queued on a pipe whose reader is
 * slower than the writer: a parent reading the JSON lines of
 * tools/browser-scan.mjs lost the last ones past 64 KiB, now and then
 * (tests/js/exit-flush.test.mjs).
 */
export function exitWhenFlushed(code) {
  process.stdout.write('', () => process.exit(code));
}

export { listen };

/** A proxy that forwards nothing: it records each request's target and refuses. */
export function sink(seen) {
  const server = createServer((req, res) => {
    seen.push(req.url);
    res.writeHead(403, { 'Content-Type': 'text/plain' }).end('offline test');
  });
  server.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  return listen(server);
}

export const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  // Nothing may leave the machine, whoever asks: every host but the test
  // server's fails to resolve. The net log still records each attempt.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  '--disable-features=AutofillServerCommunication',
];

/** Prefs that keep Firefox's own services off the network; the rest goes to the sink. */
export function firefoxQuietPrefs(sinkPort) {
  const off = false;
  return {
    'app.update.enabled': off,
    'app.update.auto': off,
    'app.normandy.enabled': off,
    'browser.safebrowsing.malware.enabled': off,
    'browser.safebrowsing.phishing.enabled': off,
    'browser.safebrowsing.downloads.enabled': off,
    'browser.safebrowsing.downloads.remote.enabled': off,
    'browser.safebrowsing.blockedURIs.enabled': off,
    'browser.safebrowsing.provider.google4.updateURL': '',
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'network.captive-portal-service.enabled': off,
    'network.connectivity-service.enabled': off,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': off,
    'network.predictor.enabled': off,
    'network.trr.mode': 5,
    'browser.newtabpage.enabled': off,
    'browser.newtabpage.activity-stream.feeds.topsites': off,
    'browser.newtabpage.activity-stream.feeds.section.topstories': off,
    'browser.newtabpage.activity-stream.feeds.system.topstories': off,
    'browser.newtabpage.activity-stream.feeds.telemetry': off,
    'browser.newtabpage.activity-stream.telemetry': off,
    'browser.newtabpage.activity-stream.default.sites': '',
    'browser.newtabpage.activity-stream.showSponsored': off,
    'browser.newtabpage.activity-stream.showSponsoredTopSites': off,
    'browser.ping-centre.telemetry': off,
    'browser.region.network.url': '',
    'browser.region.update.enabled': off,
    'browser.search.geoip.url': '',
    'browser.topsites.contile.enabled': off,
    'browser.urlbar.quicksuggest.enabled': off,
    'extensions.getAddons.cache.enabled': off,
    'extensions.update.enabled': off,
    'extensions.systemAddon.update.enabled': off,
    'datareporting.healthreport.uploadEnabled': off,
    'datareporting.policy.dataSubmissionEnabled': off,
    'toolkit.telemetry.enabled': off,
    'toolkit.telemetry.unified': off,
    'toolkit.telemetry.archive.enabled': off,
    'toolkit.telemetry.server': '',
    'dom.push.connection.enabled': off,
    'geo.provider.network.url': '',
    'media.gmp-manager.updateEnabled': off,
    'messaging-system.rsexperimentloader.enabled': off,
    'extensions.blocklist.enabled': off,
    'security.remote_settings.crlite_filters.enabled': off,
    'security.remote_settings.intermediates.enabled': off,
    'browser.translations.enable': off,
    // Honoured only with MOZ_REMOTE_SETTINGS_DEVTOOLS=1 in the environment.
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    // Whatever still goes out goes to the sink (127.0.0.1 is never proxied).
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': sinkPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': sinkPort,
    'network.proxy.share_proxy_settings': off,
  };
}

/**
 * The requests in a Chromium net log: `{url, initiator}` per URL request job.
 * The log may lack its closing brackets if the browser died; tolerate that.
 */
export function netLogRequests(file) {
  if (!existsSync(file)) return null;
  let text = readFileSync(file, 'utf8').trimEnd();
  let log;
  try {
    log = JSON.parse(text);
  } catch (_) {
    text = text.replace(/,$/, '');
    if (!text.endsWith(']}')) text += ']}';
    log = JSON.parse(text);
  }
  const START = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events
    .filter((e) => e.type === START && e.params && e.params.url)
    .map((e) => ({ url: e.params.url, initiator: e.params.initiator || '' }));
}

/**
 * The banner's host as a page could find it: it has no id, so a `<div>`
 * child of `<html>` with the highest z-index and `isolation: isolate`,
 * wherever it is docked (top, bottom, or the collapsed marker); the
 * offer's host is the other one, at the bottom. A function source, for `evaluate` and
 * `waitForFunction`, and inlined in `hostTimer`.
 */
export const BANNER = `[...document.documentElement.children].find((e) => e.localName === 'div' &&
  e.style.zIndex === '2147483647' && e.style.isolation === 'isolate') ?? null`;
export const OFFER = `[...document.documentElement.children].find((e) => e.localName === 'div' &&
  e.style.zIndex === '2147483647' && e.style.bottom === '0px' && e.style.isolation !== 'isolate') ?? null`;

/** Waits up to `ms` for the banner (`shown`) or its absence; true when it came to pass. */
export function waitBanner(page, ms, shown = true, which = BANNER) {
  return page.waitForFunction(`(${which}) ${shown ? '!==' : '==='} null`, { timeout: ms, polling: 50 })
    .then(() => true, () => false);
}

/** Records, in the page's own clock, when the banner host is first attached. */
export function hostTimer() {
  const find = () => [...document.documentElement.children].find((e) => e.localName === 'div' &&
    e.style.zIndex === '2147483647' && e.style.isolation === 'isolate');
  const stamp = () => {
    if (window.__notmineHostAt === undefined && find()) {
      window.__notmineHostAt = performance.now();
    }
  };
  new MutationObserver(stamp).observe(document, { childList: true, subtree: true });
}

/**
 * Opens an extension page (chrome-extension:// or moz-extension://) in
 * `page`. Firefox: goto() never resolves for moz-extension:// (the load
 * switches process), so the page's address is polled instead.
 */
export async function openExtensionPage(page, url) {
  page.goto(url, { timeout: 10000 }).catch(() => {});
  const end = Date.now() + 10000;
  for (;;) {
    const where = await page.evaluate(() => location.href).catch(() => '');
    if (where === url) {
      await page.waitForFunction(() => document.readyState === 'complete', { timeout: 5000 }).catch(() => {});
      return page;
    }
    if (Date.now() > end) throw new Error(`could not open ${url} (page is at ${where || '?'})`);
    await sleep(50);
  }
}

export const FIREFOX_UUID = '0b7e3f52-5d1c-4f0e-9a6b-6e6f746d696e';
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';

/**
 * Starts `kind` ("chromium" | "firefox") with the extension: `ext`, an
 * unpacked directory (Chromium), or `zip`, the packaged add-on (Firefox;
 * a directory works too); with neither, a bare browser. `lang` sets the
 * browser's UI language. See the top of this file for the other options.
 */
export async function launch(kind, {
  ext, zip, lang = '', gecko = 'notmine@notmine.invalid', viewport, headless = true, insecure = false, args = [],
  netLog: withNetLog = true, offline = true, bfcache = true,
} = {}) {
  const tmp = mkdtempSync(join(tmpdir(), `notmine-${kind}-`));
  const sinkSeen = [];
  const sinkServer = await sink(sinkSeen);
  const pageRequests = [];
  let browser;
  let extOrigin = null;
  let addonId = null;
  const netLog = join(tmp, 'netlog.json');
  const common = {
    headless, userDataDir: join(tmp, 'profile'), ...(insecure ? { acceptInsecureCerts: true } : {}),
    ...(viewport !== undefined ? { defaultViewport: viewport } : {}),
  };
  try {
    if (kind === 'chromium') {
      const exe = CHROMIUM;
      browser = await puppeteer.launch({
        ...common, browser: 'chrome', executablePath: exe, pipe: true, enableExtensions: !!ext,
        args: [
          ...CHROMIUM_FLAGS.filter((f) => offline || !f.startsWith('--host-resolver-rules')),
          ...(ext ? [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`] : []),
          ...(withNetLog ? [`--log-net-log=${netLog}`] : []),
          ...(bfcache ? [] : ['--disable-back-forward-cache']),
          ...(lang ? [`--lang=${lang}`] : []),
          ...args,
        ],
        env: { ...process.env, ...(lang ? { LANGUAGE: lang } : {}) },
      }).catch((e) => { throw new Error(`Chromium (${exe}) did not start: ${e.message.split('\n')[0]}`); });
      if (ext) {
        const sw = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 15000 })
          .catch(async (e) => {
            await browser.close().catch(() => {});
            throw new Error(`the extension (${ext}) did not start in Chromium: ${e.message.split('\n')[0]}`);
          });
        extOrigin = sw.url().split('/').slice(0, 3).join('/');
      }
    } else {
      const exe = FIREFOX;
      browser = await puppeteer.launch({
        ...common, browser: 'firefox', executablePath: exe,
        args: ['--remote-allow-system-access'],
        env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1', ...(lang ? { LANG: `${lang}.UTF-8` } : {}) },
        extraPrefsFirefox: {
          'extensions.originControls.grantByDefault': true,
          'extensions.webextensions.uuids': JSON.stringify({ [gecko]: FIREFOX_UUID }),
          ...(lang ? { 'intl.locale.requested': lang, 'intl.accept_languages': lang } : {}),
          ...firefoxQuietPrefs(sinkServer.address().port),
        },
      }).catch((e) => { throw new Error(`Firefox (${exe}) did not start: ${e.message.split('\n')[0]}`); });
      if (zip ?? ext) {
        // Firefox wants an absolute path.
        addonId = await browser.installExtension(resolve(zip ?? ext)).catch(async (e) => {
          await browser.close().catch(() => {});
          throw new Error(`${zip ?? ext} did not install in Firefox: ${e.message.split('\n')[0]}`);
        });
        extOrigin = `moz-extension://${FIREFOX_UUID}`;
      }
    }
  } catch (e) {
    sinkServer.close();
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }

  const track = (page) => {
    page.on('request', (r) => pageRequests.push({ url: r.url(), from: (() => { try { return r.frame()?.url() ?? ''; } catch (_) { return ''; } })() }));
  };
  if (withNetLog) {
    browser.on('targetcreated', async (t) => {
      const p = await t.page().catch(() => null);
      if (p) track(p);
    });
    for (const p of await browser.pages()) track(p);
  }

  /** A page of the extension's own (its manifest), to use its APIs from. */
  let extPage = null;

  return {
    kind,
    browser,
    extOrigin,
    /** Firefox: the id installExtension() reported. */
    addonId,
    openExtensionPage,
    /** Runs `fn(arg)` in an extension page (the `browser`/`chrome` APIs are there). */
    async storage(fn, arg) {
      if (!extPage || extPage.isClosed()) {
        const front = (await browser.pages()).at(-1);
        extPage = await browser.newPage();
        await openExtensionPage(extPage, `${extOrigin}/manifest.json`);
        // `owned`: the area the extension keeps what the user owns in
        // (lib/vault.js: IndexedDB in Chromium, storage.local in Firefox),
        // with the same get/set/remove as a storage area.
        await extPage.evaluate(async () => {
          const api = globalThis.browser ?? globalThis.chrome;
          globalThis.owned = (await import(api.runtime.getURL('lib/vault.js'))).ownedArea();
        });
        // A new page comes to the front, and a tab left behind it may
        // paint no frames: a screenshot of it then waits for ever. The
        // test's page goes back to the front.
        if (front && !front.isClosed()) await front.bringToFront();
      }
      return extPage.evaluate(fn, arg);
    },
    /**
     * Chromium: the extension's service worker now. DevTools is then
     * attached to it, and a worker stopped while attached does not start
     * again: a test that stops the worker uses storage() instead.
     */
    async worker() {
      const t = await browser.waitForTarget((x) => x.type() === 'service_worker' && x.url().startsWith(`${extOrigin}/`), { timeout: 10000 });
      return t.worker();
    },
    /**
     * Resolves once the background has run its first turn, so its
     * listeners are registered (webRequest's among them): it answers a
     * message (one it refuses: nothing happens but the answer). A page
     * loaded before that, right after a fresh install, is judged without
     * its response headers.
     */
    async extensionReady(timeout = 15000) {
      for (const end = Date.now() + timeout; ;) {
        const answered = await this.storage(() => (globalThis.browser ?? globalThis.chrome).runtime
          .sendMessage({ type: 'ready?' }).then((r) => r?.ok === false, () => false));
        if (answered) return;
        if (Date.now() > end) throw new Error(`the extension's background did not answer within ${timeout} ms`);
        await sleep(100);
      }
    },
    /** Stops Chrome's idle service worker (as Chrome does after 30 s idle). */
    async stopWorker(page) {
      const cdp = await page.createCDPSession();
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach().catch(() => {});
    },
    /** Closes the browser; returns the network record, classified. */
    async close() {
      await browser.close().catch(() => {});
      sinkServer.close();
      const local = (u) => { try { return new URL(u).hostname === '127.0.0.1'; } catch (_) { return false; } };
      const own = (u) => u === extOrigin || u.startsWith(`${extOrigin}/`);
      const out = { pages: pageRequests.length, offsite: [], byExtension: [], browserOwn: [], sink: [...sinkSeen] };
      for (const r of pageRequests) {
        if (/^(data|blob|about):/.test(r.url)) continue; // no network: inline images (the date picker's icon), blobs
        if (own(r.from) && !own(r.url)) out.byExtension.push(r.url);
        else if (!local(r.url) && !own(r.url) && !/^(data|about|blob):/.test(r.url)) out.offsite.push(r.url);
      }
      if (kind === 'chromium') {
        const all = netLogRequests(netLog) ?? [];
        out.netLog = all.length;
        for (const r of all) {
          if (r.initiator === extOrigin) out.byExtension.push(r.url);
          else if (!local(r.url) && (r.initiator === 'not an origin' || r.initiator === '')) out.browserOwn.push(r.url);
          else if (!local(r.url)) out.offsite.push(r.url);
        }
      } else {
        out.offsite.push(...sinkSeen);
      }
      rmSync(tmp, { recursive: true, force: true });
      return out;
    },
  };
}

/**
 * `page.screenshot(options)` with the page in front first. A tab behind
 * another paints no frames in headless Chromium, and a screenshot of it
 * then waits until the protocol times out: closing a popup or an options
 * tab leaves whichever tab the browser picks in front, not the test's.
 */
export async function screenshot(page, options) {
  await page.bringToFront();
  return page.screenshot(options);
}
