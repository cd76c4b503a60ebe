#!/usr/bin/env node
/**
 * The popup's tester view says, for every control and every value the page
 * shows, whether NotMine judged it and why — the same reasons as `notmine
 * scan --explain` on the same file (issue 15). Two fixtures, served on
 * 127.0.0.1: a checkout form served filled in (judged values, an empty,
 * a hidden and a checkbox control, a country), and a ticket page that shows
 * another buyer (values judged on an account view). For each, the popup's
 * "Scan this page" lists the controls and shown values in the CLI's order,
 * each judged or not as the CLI says, with the CLI's sentence.
 * Screenshot: artifacts/screenshots/popup-why-<browser>.png.
 *
 *   NOTMINE_EXT=<unpacked Chrome zip> node tests/browser/popup-why.mjs chromium [notmine binary]
 *   NOTMINE_ZIP=<Firefox zip> node tests/browser/popup-why.mjs firefox [notmine binary]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, screenshot, sleep } from './lib/browsers.mjs';
import { checks } from './lib/checks.mjs';
import { serve } from './lib/server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = join(ROOT, 'tests/fixtures');
const SHOTS = join(ROOT, 'artifacts/screenshots');
const KIND = process.argv[2] === 'firefox' ? 'firefox' : 'chromium';
const BIN = process.argv[3] || join(ROOT, 'target/release/notmine');
const PAGES = ['p3-checkout-prefilled.html', 'record-es-mis-entradas.html'];
const { check, run } = checks(KIND);

/** The CLI's explanation of a fixture: [[judged, why]] for fields and shown values. */
function cli(file) {
  let out;
  try {
    out = execFileSync(BIN, ['scan', '--explain', join(FIXTURES, file)], { encoding: 'utf8' });
  } catch (e) {
    out = e.stdout; // exit 1: the page warns
  }
  const line = JSON.parse(out.trim().split('\n')[0]);
  return {
    fields: line.fields.map((f) => [f.judged, f.why]),
    shown: (line.shown ?? []).map((s) => [s.judged, s.why]),
  };
}

await run(async () => {
  const site = await serve({ dirs: { '/': FIXTURES } });
  const b = await launch(KIND, { ext: process.env.NOTMINE_EXT, zip: process.env.NOTMINE_ZIP });
  try {
    mkdirSync(SHOTS, { recursive: true });
    const page = await b.browser.newPage();
    await page.setViewport({ width: 1000, height: 800 });
    for (const file of PAGES) {
      const want = cli(file);
      await page.goto(site.url(`/${file}`));
      await sleep(800);
      const tabId = await b.storage(async (u) => {
        const api = globalThis.browser ?? globalThis.chrome;
        const all = await api.storage.session.get(null);
        for (const [k, v] of Object.entries(all)) {
          if (k.startsWith('tab:') && v?.frames?.['0']?.url === u) return Number(k.slice(4));
        }
        return null;
      }, page.url());
      const popup = await b.browser.newPage();
      await popup.setViewport({ width: 420, height: 1400 });
      await b.openExtensionPage(popup, `${b.extOrigin}/popup/popup.html?tab=${tabId}`);
      const read = () => popup.evaluate(() => {
        const of = (li) => [li.dataset.judged === 'true',
          (li.querySelector('dd.why-detail') ?? li.querySelector('dd.why'))?.textContent ?? ''];
        return {
          fields: [...document.querySelectorAll('#fields li.field:not(.shown)')].filter((li) => li.dataset.judged).map(of),
          shown: [...document.querySelectorAll('#fields li.shown')].map(of),
        };
      }).catch(() => ({ fields: [], shown: [] }));
      let got = await read();
      for (let i = 0; i < 60 && got.fields.length + got.shown.length < want.fields.length + want.shown.length; i++) {
        await sleep(100);
        got = await read();
      }
      check(`${file}: the popup explains the ${want.fields.length} controls as the CLI does`,
        (file !== PAGES[0] || want.fields.length > 0) && JSON.stringify(got.fields) === JSON.stringify(want.fields),
        JSON.stringify({ popup: got.fields, cli: want.fields }).slice(0, 400));
      check(`${file}: the popup explains the ${want.shown.length} shown values as the CLI does`,
        JSON.stringify(got.shown) === JSON.stringify(want.shown),
        JSON.stringify({ popup: got.shown, cli: want.shown }).slice(0, 400));
      if (file === PAGES[1]) {
        await popup.evaluate(() => { document.getElementById('fields-details').open = true; });
        await screenshot(popup, { path: join(SHOTS, `popup-why-${KIND}.png`), fullPage: true });
      }
      await popup.close();
    }
  } finally {
    await b.close();
    await site.close();
  }
}, { withinMs: 90000 });
