#!/usr/bin/env node
/**
 * What a person sees of the warning (issue 15), in one browser and one UI
 * language:
 *   - loudness: the demo's contest form without a profile warns low (a calm
 *     bar asking "Is this you?", badge "N?"), a page of one stranger's
 *     postcode and city medium, the account page of another customer with
 *     the demo profile high (the red bar, badge "N!");
 *   - "Not me" on the low banner (keyboard: Shift+Tab twice from the page,
 *     Enter) makes the page high: badge "N!", and "Document it" then
 *     records it;
 *   - it hides nothing: on every demo page that warns, and on six pages of
 *     ../shared/corpus/pages served with a stranger's pre-filled form added
 *     at their end, the page's header (or navigation) and first heading do
 *     not meet the banner, at 1100 px and at 360 px wide;
 *   - Escape collapses it to a marker at the bottom right, which leaves the
 *     page as it was (no margin) and opens it again with Enter.
 * Screenshots go to artifacts/screenshots/banner-<browser>-<lang>-*.png
 * (low, medium, high, not-me, 360, corpus-1..6, fixed-header, dark, hidden-html,
 * collapsed). A page that hides <html> (opacity 0, as anti-flicker snippets
 * do until their script runs) still shows the banner: it is in the top layer.
 *
 *   NOTMINE_EXT=<unpacked Chrome zip> node tests/browser/banner-shots.mjs chromium [en|de]
 *   NOTMINE_ZIP=<Firefox zip> node tests/browser/banner-shots.mjs firefox [en|de]
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BANNER, launch, screenshot, sleep, waitBanner } from './lib/browsers.mjs';
import { checks } from './lib/checks.mjs';
import { serve } from './lib/server.mjs';
import { startServer } from '../../www/server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SHOTS = join(ROOT, 'artifacts/screenshots');
const CORPUS = join(ROOT, '../shared/corpus/pages');
const KIND = process.argv[2] === 'firefox' ? 'firefox' : 'chromium';
const LANG = process.argv[3] === 'de' ? 'de' : 'en';
const { check, run } = checks(`${KIND} ${LANG}`);
const WARN_MS = 6000;

/** The demo's pages that warn in leak mode (with the demo profile). */
const DEMO = ['/gewinnspiel', '/gewinnspiel/freunde', '/konto', '/konto/rechnung', '/konto/bestellung', '/kasse', '/passwort', '/csp/formular'];

/** A stranger's pre-filled form, added at the end of a corpus page so that it warns. */
const STRANGER_FORM = `<form style="margin:2rem 0"><label>First name <input name="fn" value="Miriam"></label>
<label>Last name <input name="ln" value="Hartwig"></label>
<label>Email <input name="em" type="email" value="miriam.hartwig@web.de"></label></form>`;

/** A delivery form that arrives with a postcode and a city that are not the user's: medium. */
const MEDIUM = `<!doctype html><html lang="de"><title>Lieferadresse</title>
<header><nav><a href="/">Shop</a> <a href="/hilfe">Hilfe</a></nav></header>
<h1>Lieferadresse</h1><form>
<label>PLZ <input name="plz" value="80331"></label> <label>Ort <input name="ort" value="München"></label>
<label>Straße <input name="strasse"></label></form></html>`;

/** A page whose header is fixed at the top: a top bar would cover it whatever the margin, so the banner docks at the bottom. */
const FIXED_HEADER = `<!doctype html><html lang="en"><title>Shop</title><body style="margin:0">
<header style="position:fixed;top:0;left:0;right:0;height:64px;background:#0b3d91;color:#fff;padding:1rem">Shop · <a style="color:#fff" href="/konto">Account</a></header>
<main style="padding:96px 1rem 2rem"><h1>Your details</h1>${STRANGER_FORM}<p style="height:1200px">…</p></main></body></html>`;

/** A dark page: the banner keeps its own colours. */
const DARK = `<!doctype html><html lang="en"><title>Entry</title><body style="background:#121212;color:#e0e0e0;margin:0">
<header style="padding:1rem;background:#1e1e1e"><nav><a style="color:#90caf9" href="/">Home</a></nav></header>
<main style="padding:1rem"><h1>Enter the draw</h1>${STRANGER_FORM}</main></body></html>`;

/** A page hidden by an anti-flicker rule on <html> that its (absent) script would lift. */
const HIDDEN_HTML = `<!doctype html><html lang="en" class="async-hide"><title>Entry</title>
<style>.async-hide { opacity: 0 !important }</style><body><h1>Enter the draw</h1>${STRANGER_FORM}</body></html>`;

/** Six corpus pages with a header and a heading: the first of each source, in name order. */
function corpusPages() {
  const out = [];
  for (const source of ['article-extraction-benchmark', 'trafilatura', 'product-extraction-benchmark']) {
    const dir = join(CORPUS, source);
    let n = 0;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.html')).sort()) {
      const html = readFileSync(join(dir, f), 'utf8');
      if (/<header[\s>]/i.test(html) && /<h1[\s>]/i.test(html)) {
        out.push(`/${source}/${f}`);
        if (++n === 2) break;
      }
    }
  }
  return out;
}

/** Where the banner is, and whether the page's header and first heading meet it. */
const LAYOUT = `(() => {
  const host = ${BANNER};
  const box = (e) => { if (!e) return null; const r = e.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, w: r.width, h: r.height }; };
  const b = box(host);
  const header = document.querySelector('header, [role=banner], nav');
  const heading = document.querySelector('h1') || document.querySelector('h2');
  const meets = (r) => !!(r && b && r.w > 0 && r.h > 0 && !(r.bottom <= b.top || r.top >= b.bottom || r.right <= b.left || r.left >= b.right));
  return {
    banner: b,
    header: box(header), heading: box(heading),
    headerCovered: meets(box(header)), headingCovered: meets(box(heading)),
    margin: document.documentElement.style.getPropertyValue('margin-top'),
    vw: innerWidth, vh: innerHeight,
  };
})()`;

await run(async () => {
  const demo = await startServer({ port: 0 });
  const corpus = await serve({
    dirs: { '/': CORPUS },
    page: (path) => {
      if (path === '/t/medium.html') return { body: MEDIUM, type: 'text/html; charset=utf-8' };
      if (path === '/t/fixed-header.html') return { body: FIXED_HEADER, type: 'text/html; charset=utf-8' };
      if (path === '/t/dark.html') return { body: DARK, type: 'text/html; charset=utf-8' };
      if (path === '/t/hidden-html.html') return { body: HIDDEN_HTML, type: 'text/html; charset=utf-8' };
      if (!path.endsWith('.html')) return null;
      try {
        const html = readFileSync(join(CORPUS, decodeURIComponent(path)), 'utf8');
        const at = html.search(/<\/body>/i);
        return { body: at >= 0 ? html.slice(0, at) + STRANGER_FORM + html.slice(at) : html + STRANGER_FORM, type: 'text/html; charset=utf-8' };
      } catch (_) {
        return null;
      }
    },
  });
  const b = await launch(KIND, { ext: process.env.NOTMINE_EXT, zip: process.env.NOTMINE_ZIP, lang: LANG });
  try {
    mkdirSync(SHOTS, { recursive: true });
    const page = await b.browser.newPage();
    await page.setViewport({ width: 1100, height: 800 });
    const tabOf = (url) => b.storage(async (u) => {
      const api = globalThis.browser ?? globalThis.chrome;
      const all = await api.storage.session.get(null);
      for (const [k, v] of Object.entries(all)) {
        if (k.startsWith('tab:') && v?.frames?.['0']?.url === u) return Number(k.slice(4));
      }
      return null;
    }, url);
    const badge = async () => {
      const id = await tabOf(page.url());
      return b.storage(async (tabId) => {
        const api = globalThis.browser ?? globalThis.chrome;
        return { text: await api.action.getBadgeText({ tabId }), colour: await api.action.getBadgeBackgroundColor({ tabId }) };
      }, id);
    };
    const layout = () => page.evaluate(LAYOUT);
    const shot = (name) => screenshot(page, { path: join(SHOTS, `banner-${KIND}-${LANG}-${name}.png`) });

    // ---- loudness: low, medium, high
    await b.storage(async () => { await globalThis.owned.set({ profile: null }); });
    await page.goto(`${demo.url}/gewinnspiel?leak=1&seed=3&lang=${LANG}`);
    check('low: the contest form without a profile warns', await waitBanner(page, WARN_MS), '');
    await sleep(300);
    const low = await badge();
    check('low: the badge asks ("N?"), not red', /^\d+\?$/.test(low.text) && JSON.stringify(low.colour) !== JSON.stringify([198, 40, 40, 255]), JSON.stringify(low));
    let l = await layout();
    check('low: the header and the heading are not covered, the page pushed down', !l.headerCovered && !l.headingCovered && l.margin !== '',
      JSON.stringify({ banner: l.banner, header: l.header, heading: l.heading, margin: l.margin }));
    await shot('low');

    // "Not me": Shift+Tab twice from the page reaches it; the page is high.
    await page.bringToFront();
    await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
    await page.keyboard.press('Enter');
    let raised = low;
    for (let i = 0; i < 40 && !/!$/.test(raised.text ?? ''); i++) {
      await sleep(100);
      raised = await badge();
    }
    check('"Not me" raises the page to high (badge "N!")', /^\d+!$/.test(raised.text), JSON.stringify(raised));
    await sleep(300);
    await shot('not-me');

    const profile = JSON.parse(readFileSync(join(ROOT, 'www/profile.json'), 'utf8'));
    await b.storage((p) => globalThis.owned.set({ profile: p }), profile);
    await page.goto(corpus.url('/t/medium.html'));
    check('medium: a stranger\'s postcode and city warn', await waitBanner(page, WARN_MS), '');
    await sleep(300);
    const med = await badge();
    check('medium: the badge asks ("N?") in its own colour', /^\d+\?$/.test(med.text) &&
      JSON.stringify(med.colour) !== JSON.stringify(low.colour) && JSON.stringify(med.colour) !== JSON.stringify([198, 40, 40, 255]), JSON.stringify(med));
    await shot('medium');
    await page.goto(`${demo.url}/konto?leak=1&seed=7&lang=${LANG}`);
    check('high: the account page of another customer warns', await waitBanner(page, WARN_MS), '');
    await sleep(300);
    const high = await badge();
    check('high: the badge is red and says "N!"', /^\d+!$/.test(high.text) && JSON.stringify(high.colour) === JSON.stringify([198, 40, 40, 255]), JSON.stringify(high));
    await shot('high');

    // ---- it hides nothing: the demo's warning pages, then corpus pages
    const pages = [...DEMO.map((p) => `${demo.url}${p}?leak=1&seed=11&lang=${LANG}`), ...corpusPages().map((p) => corpus.url(p))];
    for (const width of [1100, 360]) {
      await page.setViewport({ width, height: 800 });
      for (const url of pages) {
        // A saved page's stylesheets and scripts point off the machine,
        // where nothing answers: the load event may never come.
        await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 15000 }).catch(() => {});
        const shown = await waitBanner(page, WARN_MS);
        await sleep(400);
        l = await layout();
        const name = url.replace(/^https?:\/\/[^/]+/, '').replace(/\?.*$/, '');
        check(`${width}px ${name}: warns, header and heading not covered`, shown && !l.headerCovered && !l.headingCovered,
          JSON.stringify({ shown, banner: l.banner, header: l.header, heading: l.heading }));
        if (width === 360 && url === pages[0]) await shot('360');
        const corpusAt = pages.indexOf(url) - DEMO.length;
        if (width === 1100 && corpusAt >= 0) await shot(`corpus-${corpusAt + 1}`);
      }
    }

    // ---- a fixed header: the banner docks at the bottom; a dark page
    await page.goto(corpus.url('/t/fixed-header.html'));
    await waitBanner(page, WARN_MS);
    await sleep(300);
    l = await layout();
    check('a fixed header: the banner docks at the bottom and covers neither header nor heading',
      l.banner && l.banner.bottom >= l.vh - 1 && !l.headerCovered && !l.headingCovered && l.margin === '',
      JSON.stringify({ banner: l.banner, header: l.header, heading: l.heading, margin: l.margin }));
    await shot('fixed-header');
    await page.goto(corpus.url('/t/dark.html'));
    check('a dark page warns', await waitBanner(page, WARN_MS), '');
    await sleep(300);
    await shot('dark');
    await page.goto(corpus.url('/t/hidden-html.html'));
    await waitBanner(page, WARN_MS);
    await sleep(300);
    const topLayer = await page.evaluate(`(() => { const h = ${BANNER}; return !!h && h.matches(':popover-open'); })()`);
    check('<html> at opacity 0: the banner is in the top layer, above it', topLayer, String(topLayer));
    await shot('hidden-html');

    // ---- collapse to the marker and back, by keyboard
    await page.setViewport({ width: 1100, height: 800 });
    await page.goto(`${demo.url}/konto?leak=1&seed=7&lang=${LANG}`);
    await waitBanner(page, WARN_MS);
    await sleep(300);
    await page.bringToFront();
    await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
    await page.keyboard.press('Escape');
    await sleep(200);
    l = await layout();
    check('Escape collapses it to a marker at the bottom right; the page is as it was',
      l.banner && l.banner.w < 400 && l.banner.bottom > l.vh - 40 && l.banner.right > l.vw - 40 && l.margin === '',
      JSON.stringify({ banner: l.banner, margin: l.margin }));
    await shot('collapsed');
    await page.keyboard.press('Enter');
    await sleep(200);
    l = await layout();
    check('Enter on the marker opens it again', l.banner && l.banner.w >= l.vw - 20 && l.margin !== '', JSON.stringify({ banner: l.banner, margin: l.margin }));
  } finally {
    await b.close();
    await demo.close();
    await corpus.close();
  }
}, { withinMs: 240000 });
