#!/usr/bin/env node
/**
 * Reasons in the reader's language: with the browser's UI in German, the
 * banner's "Warum" line, the popup's reasons, its account-view note, the
 * log's reason column and the HTML report's "Why" column are German,
 * rendered from the core's reason codes (`why`) and `_locales/de`; none is
 * the core's English; the JSON and CSV exports keep the English and the
 * codes. The banner sits in a closed shadow root, which no
 * page script can read; the test reads it as the browser's tools do
 * (Chromium: DevTools' pierced DOM; Firefox: a WebDriver BiDi result
 * serialised with its closed shadow trees).
 *
 *   node tests/browser/reasons-de.mjs chromium|firefox
 *
 * Reads NOTMINE_EXT (the unpacked Chrome zip) or NOTMINE_ZIP (the Firefox
 * zip). Screenshots: artifacts/screenshots/reasons-de-<browser>-{warning,popup,log}.png.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BANNER, launch, screenshot, sleep, waitBanner } from './lib/browsers.mjs';
import { checks } from './lib/checks.mjs';
import { startServer } from '../../www/server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SHOTS = join(ROOT, 'artifacts/screenshots');
const KIND = process.argv[2] === 'firefox' ? 'firefox' : 'chromium';
const EXT = process.env.NOTMINE_EXT;
const ZIP = process.env.NOTMINE_ZIP;
const ENGLISH = /\b(the page|shown as|not in your profile|nobody typed)\b/;

const { check, run } = checks(KIND);

/** The banner's text nodes, read through the browser's tools (closed shadow root). */
async function bannerText(page) {
  const texts = [];
  if (KIND === 'chromium') {
    const cdp = await page.createCDPSession();
    try {
      const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
      const walk = (n, inside) => {
        // The banner's host: no id; the top z-index and `isolation: isolate`.
        const style = (n.attributes ?? []).find((a, i, all) => i % 2 === 1 && all[i - 1] === 'style') ?? '';
        const here = inside || (style.includes('z-index: 2147483647') && style.includes('isolation: isolate !important'));
        if (here && n.nodeType === 3) texts.push(n.nodeValue);
        for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) walk(c, here);
      };
      walk(root, false);
    } finally {
      await cdp.detach().catch(() => {});
    }
  } else {
    // puppeteer's BiDi frame keeps its browsing context and session; the
    // protocol's includeShadowTree "all" serialises closed shadow roots too.
    const context = page.mainFrame().browsingContext;
    const { result } = await context.userContext.browser.session.send('script.callFunction', {
      functionDeclaration: `() => (${BANNER})`,
      target: { context: context.id },
      awaitPromise: false,
      serializationOptions: { maxDomDepth: 30, includeShadowTree: 'all' },
    });
    const walk = (n) => {
      const v = n?.value;
      if (!v) return;
      if (v.nodeType === 3) texts.push(v.nodeValue);
      for (const c of [...(v.shadowRoot ? [v.shadowRoot] : []), ...(v.children ?? [])]) walk(c);
    };
    walk(result.result);
  }
  return texts;
}

await run(async () => {
const site = await startServer({ port: 0 });
const base = site.url.replace(/\/$/, '');
const b = await launch(KIND, { ext: EXT, zip: ZIP, lang: 'de' });
try {
  mkdirSync(SHOTS, { recursive: true });
  const profile = JSON.parse(readFileSync(join(ROOT, 'www/profile.json'), 'utf8'));
  await b.storage(async (p) => {
    const api = globalThis.browser ?? globalThis.chrome;
    await owned.set({ profile: p });
  }, profile);
  const page = await b.browser.newPage();
  await page.setViewport({ width: 1100, height: 800 });
  await page.goto(`${base}/?leak=1`);
  await page.goto(`${base}/gewinnspiel`);
  const shown = await waitBanner(page, 8000);
  check('the contest form warns', shown);
  if (shown) await screenshot(page, { path: join(SHOTS, `reasons-de-${KIND}-warning.png`) });
  const banner = shown ? await bannerText(page) : [];
  const why = banner.find((t) => t.startsWith('Warum')) ?? '';
  check('banner: the reason is German',
    /^Warum \(Feld „[^“]+“\): Die Seite hat dieses Feld mit .+ vorausgefüllt – nicht aus Ihrem Profil/.test(why) && !ENGLISH.test(why),
    why || banner.join(' | ').slice(0, 300) || 'no banner text read');

  const tabId = await b.storage(async (u) => {
    const api = globalThis.browser ?? globalThis.chrome;
    for (let i = 0; i < 40; i++) {
      const all = await api.storage.session.get(null);
      for (const [k, v] of Object.entries(all)) {
        if (k.startsWith('tab:') && v?.frames?.['0']?.url === u && v.frames['0'].verdict?.warn) return Number(k.slice(4));
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    return null;
  }, page.url());
  check('its verdict is stored', tabId !== null);

  const popup = await b.browser.newPage();
  await popup.setViewport({ width: 420, height: 900 });
  await b.openExtensionPage(popup, `${b.extOrigin}/popup/popup.html?tab=${tabId}`);
  let reasons = [];
  for (let i = 0; i < 80 && reasons.length === 0; i++) {
    reasons = await popup.evaluate(() => [...document.querySelectorAll('#findings .reason')].map((n) => n.textContent)).catch(() => []);
    await sleep(100);
  }
  check('popup: every finding has a German reason',
    reasons.length > 0 && reasons.every((r) => /die Seite hat dieses Feld mit .+ vorausgefüllt/.test(r)),
    reasons[0] ?? 'no reasons listed');
  check('popup: no reason is the core\'s English', reasons.every((r) => !ENGLISH.test(r)), reasons.find((r) => ENGLISH.test(r)) ?? '');
  const lang = await popup.evaluate(() => document.documentElement.lang);
  check('popup: the page says it is German', lang === 'de', lang);
  await screenshot(popup, { path: join(SHOTS, `reasons-de-${KIND}-popup.png`) });

  // A record, then the log's reason column and the HTML report.
  const rec = await popup.evaluate(async (id) => {
    const api = globalThis.browser ?? globalThis.chrome;
    return api.runtime.sendMessage({ type: 'document', tabId: id, trigger: 'warning' });
  }, tabId);
  check('"Document it" keeps a record', !!rec?.record?.id, JSON.stringify(rec));
  await b.openExtensionPage(popup, `${b.extOrigin}/log/log.html`);
  await popup.setViewport({ width: 1100, height: 900 });
  let cells = [];
  for (let i = 0; i < 50 && cells.length === 0; i++) {
    await popup.evaluate(() => document.querySelector('#records li button')?.click()).catch(() => {});
    cells = await popup.evaluate(() => [...document.querySelectorAll('td.reason')].map((n) => n.textContent)).catch(() => []);
    await sleep(100);
  }
  check('log: the record\'s reasons are German', cells.length > 0 && cells.every((c) => c.startsWith('die Seite')), cells[0] ?? 'no reason cells');
  await screenshot(popup, { path: join(SHOTS, `reasons-de-${KIND}-log.png`) });
  const html = await popup.evaluate(() => globalThis.notmineLogExport('html', false));
  check('HTML report: the "Why" column is German and marked so',
    /<td lang="de">die Seite hat dieses Feld/.test(html) && !/<td>the page sent/.test(html));
  const json = await popup.evaluate(() => globalThis.notmineLogExport('json', false));
  check('JSON export: the English reason and the codes',
    /"reason": ?"the page sent this field/.test(json) && /"code": ?"form-stranger"/.test(json));
  const csv = await popup.evaluate(() => globalThis.notmineLogExport('csv', false));
  check('CSV export: the English reason, then the codes',
    /,"reason","why",/.test(csv) && /"the page sent this field[^"]*","form-stranger",/.test(csv), csv.split('\r\n')[1]?.slice(0, 200) ?? '');
} finally {
  const net = await b.close();
  await site.close();
  check('nothing left the machine', net.offsite.length === 0 && net.byExtension.length === 0,
    [...net.offsite, ...net.byExtension].slice(0, 3).join(' '));
}
}, { withinMs: 120000 });
