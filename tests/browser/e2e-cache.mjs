#!/usr/bin/env node
/**
 * End-to-end: another visitor's page out of a real shared cache. The demo
 * site (www/server.mjs) behind Debian's nginx (www/cache-proxy.mjs), set up
 * as in the incidents: the shop's account page is cached by its address
 * alone, whatever the session cookie says.
 *
 *   node tests/browser/e2e-cache.mjs chromium   # NOTMINE_EXT: unpacked dir (default extension/)
 *   node tests/browser/e2e-cache.mjs firefox    # NOTMINE_ZIP: the Firefox zip (default dist/…-firefox.zip)
 *
 * Two visitors, each a browser of its own with the extension, a fresh
 * profile and no NotMine profile:
 *   - visitor 1 opens /shop/konto through the cache: a MISS, the origin
 *     gives them a session and their customer; NotMine stays quiet (the page
 *     shows its own customer consistently) and stores verdict warn false;
 *   - visitor 2, no cookie, opens the same address: a HIT, visitor 1's
 *     customer, no session cookie; NotMine warns high on this first load,
 *     with a finding whose `why` holds {code: 'shared-cache-hit'} and whose
 *     evidence names "X-Cache-Status HIT"; the banner shows (screenshot
 *     artifacts/screenshots/cache-hit-<browser>.png);
 *   - visitor 2 documents that page from the popup ("Document this page"):
 *     the record's top frame has `cache`, [name, value] pairs, holding
 *     ["x-cache-status", "HIT"];
 *   - visitor 2 opens the public /shop/ and reloads it (a HIT): no warning.
 * Network: no request by the extension, none to anything but 127.0.0.1.
 * Needs nginx (bash scripts/setup.sh --browsers); fails saying so without.
 * Last line "N passed, M failed"; exit 1 on any failure.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, screenshot, sleep, waitBanner } from './lib/browsers.mjs';
import { checks } from './lib/checks.mjs';
import { findNginx, nginxMissing, startCacheProxy } from '../../www/cache-proxy.mjs';
import { startServer } from '../../www/server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const KIND = process.argv[2];
if (KIND !== 'chromium' && KIND !== 'firefox') {
  console.error('usage: node tests/browser/e2e-cache.mjs chromium|firefox');
  process.exit(2);
}
const MANIFEST = JSON.parse(readFileSync(join(ROOT, 'extension/manifest.json'), 'utf8'));
const EXT = process.env.NOTMINE_EXT || join(ROOT, 'extension');
const ZIP = process.env.NOTMINE_ZIP || join(ROOT, `dist/notmine-${MANIFEST.version}-firefox.zip`);
const SHOTS = join(ROOT, 'artifacts/screenshots');
const WARN_WITHIN_MS = 5000;
const QUIET_FOR_MS = 2500;
const VERDICT_WITHIN_MS = 4000;
const RECORD_WITHIN_MS = 10000;
const OVERALL_MS = 180000;
const SESSION = 'shop_session';
/** The tester's note on a page showing a person that a shared cache may keep (src/rules/cache.rs). */
const CACHEABLE_NOTE = 'this page shows a person and a shared cache may keep it (Cache-Control: public, max-age=600';

const { check, run } = checks(KIND);

/** The tab entry (background's session storage) whose top frame shows `url`: {id, ...entry} or null. */
const entryFor = (b, url) => b.storage(async (u) => {
  const api = globalThis.browser ?? globalThis.chrome;
  const all = await api.storage.session.get(null);
  for (const [k, v] of Object.entries(all)) {
    if (k.startsWith('tab:') && v?.frames?.['0']?.url === u) return { id: Number(k.slice(4)), ...v };
  }
  return null;
}, url);

/** The top frame's verdict for `url`, once `pred` holds or VERDICT_WITHIN_MS passed: {id, verdict|null}. */
async function verdictFor(b, url, pred = () => true) {
  const end = Date.now() + VERDICT_WITHIN_MS;
  for (;;) {
    const e = await entryFor(b, url);
    const v = e?.frames?.['0']?.verdict;
    if ((v && pred(v)) || Date.now() > end) return { id: e?.id ?? null, verdict: v ?? null };
    await sleep(100);
  }
}

/** What a response and the page say: cache status, the greeted name, the session cookie the browser holds. */
async function seen(page, response, url) {
  const greeting = await page.evaluate(() => document.querySelector('[data-greeting]')?.textContent.trim() ?? null);
  const cookies = await page.cookies(url).catch((e) => ({ error: e.message }));
  const session = Array.isArray(cookies) ? (cookies.find((c) => c.name === SESSION)?.value ?? null) : cookies;
  return { cache: response?.headers()['x-cache-status'] ?? null, greeting, session };
}

/** "severity high; 3 findings; why codes: a, b" — what a verdict says, for failure messages. */
function describe(v) {
  if (!v) return 'no verdict stored for the page';
  const codes = [...new Set((v.findings ?? []).flatMap((f) => (f.why ?? []).map((w) => w.code)))];
  return `warn ${v.warn}, severity ${v.severity}, ${(v.findings ?? []).length} findings, why codes: ${codes.join(', ') || 'none'}`;
}

/** The shared-cache reasons of a verdict: the `why` entries with code 'shared-cache-hit'. */
const cacheReasons = (v) => (v?.findings ?? []).flatMap((f) => (f.why ?? []).filter((w) => w?.code === 'shared-cache-hit'));

async function main() {
  if (KIND === 'firefox' && !existsSync(ZIP)) throw new Error(`${ZIP} is missing: run bash scripts/package.sh`);
  if (!existsSync(join(EXT, 'pkg/notmine_bg.wasm'))) throw new Error(`${EXT}/pkg is missing: run bash scripts/build-wasm.sh`);
  if (!process.env.NGINX && !findNginx()) throw new Error(nginxMissing());
  mkdirSync(SHOTS, { recursive: true });
  const origin = await startServer({ port: 0 });
  let proxy = null;
  const nets = [];
  try {
    proxy = await startCacheProxy({ originPort: origin.server.address().port });
    const base = proxy.url.replace(/\/$/, '');
    const konto = `${base}/shop/konto`;
    const shop = `${base}/shop/`;

    // ---- visitor 1: the first to ask, so the origin answers (MISS).
    let first = null;
    const b1 = await launch(KIND, { ext: EXT, zip: ZIP });
    try {
      await b1.extensionReady();
      const page = await b1.browser.newPage();
      await page.setViewport({ width: 1100, height: 800 });
      const res = await page.goto(konto);
      first = await seen(page, res, konto);
      check('visitor 1: /shop/konto through the cache is a MISS, with a session cookie and a customer',
        first.cache === 'MISS' && typeof first.session === 'string' && /^Hallo .+/.test(first.greeting ?? ''),
        `expected X-Cache-Status MISS, a ${SESSION} cookie and a greeting; saw X-Cache-Status ${first.cache}, ` +
        `cookie ${JSON.stringify(first.session)}, greeting ${JSON.stringify(first.greeting)}`);
      const shown = await waitBanner(page, QUIET_FOR_MS);
      const { id: tabId, verdict } = await verdictFor(b1, page.url());
      check('visitor 1: no warning on their own account page (MISS)', !shown && verdict?.warn === false,
        `expected no banner within ${QUIET_FOR_MS} ms and verdict warn false; saw ${shown ? 'a banner' : 'no banner'}, ${describe(verdict)}`);
      // The page is marked `public`: not a warning, a note for the tester
      // that a shared cache may keep it, in the popup's list of fields.
      const notes = verdict?.notes ?? [];
      check('visitor 1: the verdict notes that a shared cache may keep the page', notes.some((n) => n.startsWith(CACHEABLE_NOTE)),
        `expected a note starting ${JSON.stringify(CACHEABLE_NOTE)}; saw ${JSON.stringify(notes)}`);
      const popup = await b1.browser.newPage();
      try {
        await popup.setViewport({ width: 420, height: 900 });
        await b1.openExtensionPage(popup, `${b1.extOrigin}/popup/popup.html?tab=${tabId}`);
        let listed = [];
        for (const end = Date.now() + VERDICT_WITHIN_MS; listed.length === 0 && Date.now() < end; await sleep(100)) {
          listed = await popup.evaluate((start) => {
            const d = document.getElementById('fields-details');
            if (d) d.open = true;
            return [...document.querySelectorAll('p.note')].map((p) => p.textContent).filter((t) => t.startsWith(start));
          }, CACHEABLE_NOTE).catch(() => []);
        }
        check('visitor 1: the popup\'s tester view shows that note', listed.length === 1,
          `expected one note starting ${JSON.stringify(CACHEABLE_NOTE)} in the popup; saw ${JSON.stringify(listed)}`);
        await popup.evaluate((start) => [...document.querySelectorAll('p.note')].find((p) => p.textContent.startsWith(start))
          ?.scrollIntoView({ block: 'center' }), CACHEABLE_NOTE).catch(() => {});
        await screenshot(popup, { path: join(SHOTS, `cache-note-${KIND}.png`) });
      } finally {
        await popup.close().catch(() => {});
      }
      // A reload: now the cache answers with the page this visit put in it.
      // The person is whom the site itself showed this browser on the load
      // before, so it is the visitor's own page, not a stranger's.
      const again = await seen(page, await page.reload(), konto);
      const shownAgain = await waitBanner(page, QUIET_FOR_MS);
      const { verdict: v2 } = await verdictFor(b1, page.url());
      check('visitor 1: reloading their own page, now a HIT, is no warning',
        again.cache === 'HIT' && again.greeting === first.greeting && !shownAgain && v2?.warn === false,
        `expected X-Cache-Status HIT with the same greeting, no banner and warn false; saw X-Cache-Status ${again.cache}, ` +
        `greeting ${JSON.stringify(again.greeting)}, ${shownAgain ? 'a banner' : 'no banner'}, ${describe(v2)}`);
      // And once more: a reload after a reload from the cache is still theirs.
      const third = await seen(page, await page.reload(), konto);
      const shownThird = await waitBanner(page, QUIET_FOR_MS);
      const { verdict: v3 } = await verdictFor(b1, page.url());
      check('visitor 1: a second reload from the cache is no warning either',
        third.cache === 'HIT' && !shownThird && v3?.warn === false,
        `expected X-Cache-Status HIT, no banner and warn false; saw X-Cache-Status ${third.cache}, ` +
        `${shownThird ? 'a banner' : 'no banner'}, ${describe(v3)}`);
    } finally {
      nets.push(['visitor 1', await b1.close()]);
    }

    // ---- visitor 2: another browser, no cookie; the cache answers (HIT).
    const b2 = await launch(KIND, { ext: EXT, zip: ZIP });
    try {
      await b2.extensionReady();
      const page = await b2.browser.newPage();
      await page.setViewport({ width: 1100, height: 800 });
      const res = await page.goto(konto);
      const second = await seen(page, res, konto);
      check('visitor 2: /shop/konto is a HIT showing visitor 1\'s customer',
        second.cache === 'HIT' && first?.greeting && second.greeting === first.greeting,
        `expected X-Cache-Status HIT and greeting ${JSON.stringify(first?.greeting)}; saw X-Cache-Status ${second.cache}, ` +
        `greeting ${JSON.stringify(second.greeting)}`);
      check('visitor 2: got no session cookie (not visitor 1\'s)', second.session === null,
        `expected no ${SESSION} cookie; saw ${JSON.stringify(second.session)}${second.session === first?.session ? ' (visitor 1\'s)' : ''}`);

      const shown = await waitBanner(page, WARN_WITHIN_MS);
      const { id: tabId, verdict } = await verdictFor(b2, page.url(), (v) => v.severity === 'high');
      check('visitor 2: NotMine warns high on the first load (banner shown)', shown && verdict?.severity === 'high',
        `expected a banner within ${WARN_WITHIN_MS} ms and verdict severity high; saw ${shown ? 'a banner' : 'no banner'}, ${describe(verdict)}`);
      const why = cacheReasons(verdict);
      check('visitor 2: a finding says why: {code: "shared-cache-hit"}, evidence naming X-Cache-Status HIT',
        why.some((w) => typeof w.evidence === 'string' && w.evidence.includes('X-Cache-Status HIT')),
        why.length
          ? `expected evidence containing "X-Cache-Status HIT"; saw ${why.map((w) => JSON.stringify(w.evidence)).join(', ')}`
          : `expected a why entry with code "shared-cache-hit"; saw ${describe(verdict)}`);
      if (shown) await screenshot(page, { path: join(SHOTS, `cache-hit-${KIND}.png`) });

      // "Document this page" from the popup: the record keeps the cache's headers.
      const incidents = async () => (await b2.storage(async () => (await globalThis.owned.get('incidents')).incidents ?? [])) ?? [];
      const before = (await incidents()).length;
      let record = null;
      let step = `no tab entry for ${page.url()}`;
      if (tabId !== null) {
        const popup = await b2.browser.newPage();
        await popup.setViewport({ width: 420, height: 900 });
        await b2.openExtensionPage(popup, `${b2.extOrigin}/popup/popup.html?tab=${tabId}`);
        const ready = await popup.waitForFunction(() => {
          const s = document.getElementById('document-page-section');
          return s && !s.hidden && !document.getElementById('document-page').disabled;
        }, { timeout: 8000 }).then(() => true, () => false);
        step = 'the popup showed no enabled "Document this page"';
        if (ready) {
          await popup.type('#note', 'Account page of another customer, served by the shop\'s cache');
          await popup.click('#document-page');
          const end = Date.now() + RECORD_WITHIN_MS;
          for (;;) {
            const all = await incidents();
            if (all.length > before) { record = all[all.length - 1]; break; }
            if (Date.now() > end) break;
            await sleep(150);
          }
          step = 'no record stored';
        }
        await popup.close();
      }
      const top = record?.frames?.find((f) => f.frame_id === 0) ?? null;
      const cache = top?.cache;
      check('visitor 2: "Document this page" records the cache\'s headers on the top frame',
        Array.isArray(cache) && cache.some((p) => Array.isArray(p) && p[0] === 'x-cache-status' && p[1] === 'HIT'),
        !record ? `expected a new record; ${step}`
          : !top ? `expected a frame with frame_id 0; saw frames ${JSON.stringify((record.frames ?? []).map((f) => f.frame_id))}`
            : `expected top frame cache with ["x-cache-status","HIT"]; saw cache ${JSON.stringify(cache)} (top frame keys: ${Object.keys(top).join(', ')})`);
      // The incident log shows them with the record, as text.
      if (record) {
        const log = await b2.browser.newPage();
        try {
          await log.setViewport({ width: 1100, height: 900 });
          await b2.openExtensionPage(log, `${b2.extOrigin}/log/log.html`);
          // The record's detail opens from its line in the list.
          await log.waitForSelector('#records .record-open', { timeout: 8000 }).then((b) => b.click()).catch(() => {});
          const shownHeaders = await log.waitForFunction(() => {
            const p = document.querySelector('.cache-headers code');
            return p ? p.textContent : false;
          }, { timeout: 8000 }).then((h) => h.jsonValue(), () => null);
          check('visitor 2: the incident log shows the cache\'s headers with the record',
            typeof shownHeaders === 'string' && shownHeaders.includes('x-cache-status: HIT'),
            `expected the log to show "x-cache-status: HIT"; saw ${JSON.stringify(shownHeaders)}`);
          await log.evaluate(() => document.querySelector('.cache-headers')?.scrollIntoView({ block: 'center' })).catch(() => {});
          await screenshot(log, { path: join(SHOTS, `cache-log-${KIND}.png`) });
        } finally {
          await log.close().catch(() => {});
        }
      }

      // The public shop page: shared by design, nobody's data. Loaded, then
      // reloaded (a reload asks the network, so the cache answers: HIT).
      await page.bringToFront();
      const s1 = await page.goto(shop);
      const quiet1 = !(await waitBanner(page, QUIET_FOR_MS));
      const s2 = await page.reload();
      const status = [s1?.headers()['x-cache-status'] ?? null, s2?.headers()['x-cache-status'] ?? null];
      const quiet2 = !(await waitBanner(page, QUIET_FOR_MS));
      const { verdict: sv } = await verdictFor(b2, page.url());
      check('visitor 2: /shop/ loaded twice, the second a HIT', status[1] === 'HIT',
        `expected X-Cache-Status HIT on the reload; saw ${status.join(' then ')}${s2?.fromCache() ? ' (the browser\'s own cache answered)' : ''}`);
      check('visitor 2: no warning on the public shop page, also as a HIT', quiet1 && quiet2 && sv?.warn === false,
        `expected no banner and verdict warn false; saw ${quiet1 ? 'no banner' : 'a banner'} on the first load, ` +
        `${quiet2 ? 'no banner' : 'a banner'} on the reload, ${describe(sv)}`);
    } finally {
      nets.push(['visitor 2', await b2.close()]);
    }
  } finally {
    await proxy?.close();
    await origin.close();
  }
  for (const [who, net] of nets) {
    check(`${who}: no request by the extension`, net.byExtension.length === 0, net.byExtension.join('; ') || `${net.pages} page requests`);
    check(`${who}: nothing but 127.0.0.1`, net.offsite.length === 0, net.offsite.join('; ') || 'none');
  }
}

await run(main, { withinMs: OVERALL_MS, late: 'finished in time' });
