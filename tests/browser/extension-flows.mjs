#!/usr/bin/env node
/**
 * The extension's behaviours beyond the first warning, in headless Chromium
 * with the real extension loaded (extension/, or NOTMINE_EXT).
 *
 *   node tests/browser/extension-flows.mjs      # CHROMIUM overrides the path
 *
 * Pages come from www/ and tests/browser/pages/ (under /t/), served on
 * 127.0.0.1; a second server on another port plays a cross-origin frame's
 * site. Each check names its page and what it asserts:
 *   - own-account: the user's own account page, profile set → no banner,
 *     verdict warn false;
 *   - spa-account: an account view filled from JSON after load (a stranger),
 *     profile set → banner after the data arrives (time printed);
 *   - script-values: a form whose values a script sets after load (no
 *     attribute, no mutation) → banner, email and customer number;
 *   - late-frame: a same-origin frame added 0.8 s after load → banner, the
 *     frame's fields in the top frame's verdict;
 *   - shadow-form: a form in an open shadow root, filled 2.2 s after load
 *     (attribute changes inside the shadow root only) → banner, outline;
 *   - frame-outer: a cross-origin frame with a pre-filled form → banner in
 *     the top page naming the frame, the frame's own verdict stored;
 *   - sandboxed-frames: a sandboxed srcdoc frame and a data: frame, each
 *     pre-filled (opaque origins the page cannot read) → each sends its own
 *     verdict, and the top page's banner names them;
 *   - badge: the tab's badge text is the number of findings and the
 *     severity's sign ("!" high, "?" low or medium);
 *   - "Document it" (keyboard) → one incident record with masked values and
 *     none of the page's values in clear;
 *   - "This is me" (keyboard) → confirmation → the profile holds the name
 *     and email; the reload shows no banner;
 *   - popup "Scan this page" lists every finding of the tab;
 *   - typed-overwritten: the user types a name, a page script then puts a
 *     stranger's name and email in → the scan judges both as the page's
 *     (user_modified holds per value, not per field);
 *   - busy-page: a page that mutates for ever, past its change budget,
 *     then gets a stranger-filled form → sampled, so the banner still comes;
 *   - a stopped service worker: the next page still warns (time printed).
 * Last line: "N passed, M failed"; exit status 1 on any failure.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hostTimer, launch, sleep, waitBanner } from './lib/browsers.mjs';
import { outlinePixels } from './lib/pixels.mjs';
import { checks } from './lib/checks.mjs';
import { serve } from './lib/server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const EXT = process.env.NOTMINE_EXT || join(ROOT, 'extension');
const WWW = join(ROOT, 'www');
const PAGES = join(ROOT, 'tests/browser/pages');
const WARN_WITHIN_MS = 5000;
const QUIET_FOR_MS = 3000;
const OVERALL_MS = 190000;

const { check, run } = checks();

/** www/ at /, tests/browser/pages/ at /t/; `{{FRAME_ORIGIN}}` filled in. */
const site = (vars) => serve({ dirs: { '/': WWW, '/t/': PAGES }, vars });

async function banner(page, ms = WARN_WITHIN_MS) {
  return waitBanner(page, ms);
}

async function main() {
  const vars = {};
  const server = await site(vars);
  const other = await site(vars);
  const origin = server.origin;
  vars.FRAME_ORIGIN = `${other.origin}/t`;
  let b;
  try {
    b = await launch('chromium', { ext: EXT, bfcache: false, viewport: { width: 1100, height: 800 } });
    const context = b.browser;
    // The extension's APIs are used from one of its pages, not from the
    // service worker: a worker DevTools is attached to does not start again
    // once stopped (the last check stops it).
    const worker = { evaluate: (fn, arg) => b.storage(fn, arg) };
    const extOrigin = b.extOrigin;
    const page = await context.newPage();
    await page.evaluateOnNewDocument(hostTimer);
    const profile = JSON.parse(readFileSync(join(WWW, 'profile.json'), 'utf8'));

    /** The tab id of `page` and its session entry. */
    // The test cannot ask for the page's tab id (no "tabs" permission, by
    // design): the session entry whose top frame shows the page's URL is it.
    const tabOf = async () => worker.evaluate(async (u) => {
      const all = await chrome.storage.session.get(null);
      for (const [k, v] of Object.entries(all)) {
        if (k.startsWith('tab:') && v?.frames?.['0']?.url === u) return { id: Number(k.slice(4)), entry: v };
      }
      return { id: null, entry: null };
    }, page.url());
    const waitEntry = async (pred, ms = 4000) => {
      const end = Date.now() + ms;
      for (;;) {
        const t = await tabOf();
        if ((t.entry && pred(t.entry)) || Date.now() > end) return t;
        await sleep(100);
      }
    };
    const setProfile = (p) => b.storage((pp) => (pp ? globalThis.owned.set({ profile: pp })
      : globalThis.owned.remove('profile')), p);

    // own-account, with the profile: the user's own page is silent.
    await setProfile(profile);
    await page.goto(`${origin}/t/own-account.html`);
    check('own-account + profile: no banner within 3 s', !(await banner(page, QUIET_FOR_MS)));
    let t = await waitEntry((e) => e.frames['0']);
    const own = t.entry?.frames['0']?.verdict;
    check('own-account + profile: verdict warn false', own && own.warn === false,
      own ? `${own.findings.length} findings, account view: ${own.account_view}` : 'no verdict');

    // spa-account: the stranger arrives by fetch() 0.6 s after load.
    await page.goto(`${origin}/t/spa-account.html`);
    const spaShown = await banner(page);
    const spaT = await page.evaluate(() => ({ loaded: Number(document.documentElement.dataset.loadedAt), at: window.__notmineHostAt }));
    check('spa-account + profile: banner after the data arrives', spaShown && spaT.at > spaT.loaded,
      spaShown ? `data at ${spaT.loaded.toFixed(0)} ms, banner at ${spaT.at.toFixed(0)} ms: ${(spaT.at - spaT.loaded).toFixed(0)} ms later` : 'no banner');
    t = await waitEntry((e) => e.frames['0']?.verdict?.warn);
    const spaKinds = [...new Set((t.entry?.frames['0']?.verdict?.findings ?? []).map((f) => f.kind))].sort();
    check('spa-account + profile: names the stranger\'s data', ['customer-number', 'email', 'name'].every((k) => spaKinds.includes(k)),
      spaKinds.join(','));
    await setProfile(null);

    // script-values: values set by script, no mutation to observe.
    await page.goto(`${origin}/t/script-values.html`);
    const svShown = await banner(page);
    t = await waitEntry((e) => e.frames['0']?.verdict?.warn);
    const svKinds = (t.entry?.frames['0']?.verdict?.findings ?? []).map((f) => `${f.kind}@${f.field?.id}`).sort();
    check('script-values: banner for values a script set', svShown && svKinds.includes('email@mail'), svKinds.join(','));

    // late-frame: a same-origin frame added after load is part of the page.
    await page.goto(`${origin}/t/late-frame.html`);
    const lfShown = await banner(page);
    t = await waitEntry((e) => e.frames['0']?.verdict?.warn);
    const lfFields = (t.entry?.frames['0']?.verdict?.findings ?? []).map((f) => f.field?.id).sort();
    check('late-frame: banner, frame fields in the top verdict', lfShown && ['e', 'n', 'p', 's'].every((id) => lfFields.includes(id)),
      lfFields.join(','));

    // shadow-form: a web component fills its open shadow root after load.
    await page.goto(`${origin}/t/shadow-form.html`);
    const sfShown = await banner(page);
    const sf = await page.evaluate(() => ({
      filled: Number(document.documentElement.dataset.filledAt),
      at: window.__notmineHostAt,
    }));
    await sleep(500); // the outline boxes follow their fields
    sf.outline = await outlinePixels(page, 'pierce/#cb-mail');
    t = await waitEntry((e) => e.frames['0']?.verdict?.warn);
    const sfIds = (t.entry?.frames['0']?.verdict?.findings ?? []).map((f) => f.field?.id).sort();
    check('shadow-form: banner after the shadow root is filled', sfShown && sf.at > sf.filled && sfIds.includes('cb-mail'),
      sfShown ? `filled at ${sf.filled.toFixed(0)} ms, banner at ${sf.at.toFixed(0)} ms; fields ${sfIds.join(',')}` : 'no banner');
    check('shadow-form: the field inside the shadow root is outlined (red around it, on screen)', sf.outline >= 40, `${sf.outline} px`);

    // frame-outer: a cross-origin frame judges itself; the top shows it.
    await page.goto(`${origin}/t/frame-outer.html`);
    const foShown = await banner(page);
    t = await waitEntry((e) => Object.keys(e.frames).some((id) => id !== '0' && e.frames[id].verdict?.warn));
    const sub = Object.entries(t.entry?.frames ?? {}).find(([id]) => id !== '0');
    check('frame-outer: banner in the top page', foShown);
    check('frame-outer: the cross-origin frame\'s verdict warns', !!sub && sub[1].verdict.warn === true,
      sub ? `frame ${sub[0]} ${sub[1].url}: ${sub[1].verdict.findings.map((f) => f.kind).join(',')}` : 'no subframe entry');
    const inner = page.frames().find((f) => f.url().includes('frame-inner'));
    await sleep(500);
    const outlinedInFrame = inner ? await outlinePixels(page, '#em', inner) : -1;
    check('frame-outer: the frame outlines its own fields (red around them, on screen)', outlinedInFrame >= 40, `${outlinedInFrame} px`);

    // gewinnspiel: badge, then "Document it" and "This is me" by keyboard.
    // sandboxed-frames: opaque-origin frames are scanned from inside.
    await page.goto(`${origin}/t/sandboxed-frames.html`);
    const sbShown = await banner(page);
    t = await waitEntry((e) => Object.values(e.frames).filter((f) => f.verdict?.warn).length >= 2, 6000);
    const opaque = Object.entries(t.entry?.frames ?? {}).filter(([id, f]) => id !== '0' && f.verdict?.warn)
      .map(([, f]) => `${f.url.slice(0, 12)}: ${f.verdict.findings.map((x) => x.field?.id).join(',')}`);
    check('sandboxed-frames: the srcdoc and data: frames each warn', sbShown && opaque.length === 2
      && opaque.some((o) => /vn,em|em,vn/.test(o)) && opaque.some((o) => o.startsWith('data:') && /nn/.test(o)), `banner ${sbShown}; ${opaque.join(' | ') || 'none'}`);

    await page.goto(`${origin}/gewinnspiel.html`);
    await banner(page);
    t = await waitEntry((e) => e.frames['0']?.verdict?.warn);
    const n = t.entry?.frames['0']?.verdict?.findings.length ?? 0;
    const badge = await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), t.id);
    const sign = t.entry?.frames['0']?.verdict?.severity === 'high' ? '!' : '?';
    check('badge: number of findings and the severity\'s sign', n > 0 && badge === `${n}${sign}`, `badge "${badge}", ${n} findings`);

    // Popup: opened on its own tab, pointed at the page's tab.
    const loadsOf = () => b.storage(async () => (await globalThis.owned.get('sites')).sites?.['127.0.0.1']?.loads ?? 0);
    const loadsBefore = await loadsOf();
    const popup = await context.newPage();
    await popup.goto(`${extOrigin}/popup/popup.html?tab=${t.id}`);
    const listed = await popup.waitForFunction((want) => {
      const items = document.querySelectorAll('#findings li');
      return items.length === want ? items.length : false;
    }, { timeout: 6000 }, n).then((h) => h.jsonValue(), () => popup.evaluate(() => document.querySelectorAll('#findings li').length));
    check('popup scan: lists every finding', listed === n, `${listed} listed, ${n} findings`);
    const loadsAfter = await loadsOf();
    check('popup scan: a rescan is not another page load for the site', loadsBefore > 0 && loadsAfter === loadsBefore,
      `${loadsBefore} loads before, ${loadsAfter} after`);
    await popup.close();
    await page.bringToFront();

    const shiftTab = async () => {
      await page.keyboard.down('Shift');
      await page.keyboard.press('Tab');
      await page.keyboard.up('Shift');
    };
    await shiftTab(); // "Not now"
    await shiftTab(); // "Document it"
    await page.keyboard.press('Enter');
    const incidents = await (async () => {
      for (let i = 0; i < 30; i++) {
        const list = await b.storage(async () => (await globalThis.owned.get('incidents')).incidents ?? []);
        if (list.length) return list;
        await sleep(100);
      }
      return [];
    })();
    const rec = incidents[0];
    check('"Document it": one record with the findings', incidents.length === 1 && rec.frames[0].findings.length === n,
      rec ? `${rec.frames[0].findings.length} findings, ${rec.recorded_at}` : 'none');
    // The value in clear stays on the device (value_in_clear, left out of
    // exports); everything shown — values, excerpts — is masked.
    const shownText = JSON.stringify((rec?.frames ?? []).flatMap((f) => f.findings.map((x) => [x.value, x.excerpt])));
    check('"Document it": values and excerpts masked',
      rec && !/Hartwig|Miriam|hartwig@|Lindenauer|04177/.test(shownText) && rec.frames[0].findings.every((x) => x.value_in_clear),
      rec ? rec.frames[0].findings.map((f) => f.value).join(' | ') : '');
    check('"Document it": sealed with a SHA-256', /^[0-9a-f]{64}$/.test(rec?.hash ?? '') && rec.schema === 1 && rec.people.length === 1,
      rec ? `hash ${rec.hash.slice(0, 12)}…, ${rec.people.length} person` : '');

    await shiftTab(); // "This is me" (focus was on "Document it")
    await page.keyboard.press('Enter');
    await sleep(300);
    await page.keyboard.press('Enter'); // "Yes, this is me" has the focus
    let claimed = null;
    for (let i = 0; i < 30 && !claimed; i++) {
      claimed = await b.storage(async () => (await globalThis.owned.get('profile')).profile ?? null);
      if (!claimed) await sleep(100);
    }
    check('"This is me": name and email in the profile',
      claimed && claimed.names?.includes('Miriam Hartwig') && claimed.emails?.includes('miriam.hartwig@gmx.de'),
      JSON.stringify(claimed));
    await page.reload();
    check('"This is me": the reload shows no banner', !(await banner(page, QUIET_FOR_MS)));
    await setProfile(null);

    // typed-overwritten: what the user typed counts as theirs only while
    // the field still holds it.
    await page.goto(`${origin}/t/typed-overwritten.html`);
    await sleep(300);
    await page.type('#name', 'Katrin Vogelsang');
    await page.evaluate(() => {
      document.getElementById('name').value = 'Anna Lindner';
      document.getElementById('mail').value = 'anna.lindner@web.de';
    });
    t = await waitEntry((e) => e.frames['0']);
    const scanned = await worker.evaluate((id) => chrome.runtime.sendMessage({ type: 'scan', tabId: id }), t.id);
    const ow = scanned?.tab?.frames?.['0']?.verdict?.findings ?? [];
    check('typed-overwritten: the overwritten name is the page\'s, not the user\'s',
      ow.some((f) => f.field?.id === 'name') && ow.some((f) => f.field?.id === 'mail'),
      ow.map((f) => `${f.field?.id}: ${f.value}`).join(', ') || JSON.stringify(scanned).slice(0, 200));

    // busy-page: past its budget a page is sampled, not abandoned.
    await page.goto(`${origin}/t/busy-page.html`);
    const busyShown = await banner(page, 30000);
    const busyT = await page.evaluate(() => ({ form: Number(document.documentElement.dataset.formAt), at: window.__notmineHostAt }));
    check('busy-page: a form arriving after 17 s of mutations still warns', busyShown && busyT.at > busyT.form,
      busyShown ? `form at ${busyT.form.toFixed(0)} ms, banner at ${busyT.at.toFixed(0)} ms` : 'no banner within 30 s');

    // A stopped service worker is started again by the next page's message.
    await b.stopWorker(page);
    await sleep(500);
    await page.goto(`${origin}/gewinnspiel.html`);
    const cold = await banner(page);
    const coldAt = await page.evaluate(() => window.__notmineHostAt);
    check('stopped service worker: next page still warns', cold,
      cold ? `banner ${coldAt.toFixed(0)} ms after navigation start (cold start)` : 'no banner');
  } finally {
    if (b) await b.close();
    server.close();
    other.close();
  }
}

await run(main, { withinMs: OVERALL_MS, late: 'finished in time' });
