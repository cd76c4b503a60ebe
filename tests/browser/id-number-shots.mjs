#!/usr/bin/env node
/**
 * What a person sees of an identity number (issue 14), in one browser and
 * one UI language: the demo's account page of another customer (leak on,
 * profile set) warns, and the popup lists the ID-card number masked under
 * its kind's word ("ID or national number" / "Ausweis- oder
 * Identifikationsnummer"). "Document it" from the banner then records it:
 * the log's record lists it masked under the same word, and the JSON, CSV
 * and HTML exports (masked, the default) carry it masked, never in clear.
 * Screenshots of the banner, the popup and the log's record go to
 * artifacts/screenshots/id-number-<browser>-<lang>-{warning,popup,log}.png.
 *
 *   NOTMINE_EXT=<unpacked Chrome zip> node tests/browser/id-number-shots.mjs chromium [en|de]
 *   NOTMINE_ZIP=<Firefox zip> node tests/browser/id-number-shots.mjs firefox [en|de]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, screenshot, sleep, waitBanner } from './lib/browsers.mjs';
import { checks } from './lib/checks.mjs';
import { startServer } from '../../www/server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SHOTS = join(ROOT, 'artifacts/screenshots');
const KIND = process.argv[2] === 'firefox' ? 'firefox' : 'chromium';
const LANG = process.argv[3] === 'de' ? 'de' : 'en';
const { check, run } = checks(KIND);

await run(async () => {
  const site = await startServer({ port: 0 });
  const b = await launch(KIND, { ext: process.env.NOTMINE_EXT, zip: process.env.NOTMINE_ZIP, lang: LANG });
  try {
    mkdirSync(SHOTS, { recursive: true });
    const profile = JSON.parse(readFileSync(join(ROOT, 'www/profile.json'), 'utf8'));
    await b.storage((p) => globalThis.owned.set({ profile: p }), profile);
    const page = await b.browser.newPage();
    await page.setViewport({ width: 1100, height: 800 });
    await page.goto(`${site.url}/konto?leak=1&seed=7&lang=${LANG}`);
    const shown = await waitBanner(page, 5000);
    check('the account page of another customer warns', shown, '');
    if (shown) await screenshot(page, { path: join(SHOTS, `id-number-${KIND}-${LANG}-warning.png`) });
    const entry = await b.storage(async (u) => {
      const api = globalThis.browser ?? globalThis.chrome;
      const all = await api.storage.session.get(null);
      for (const [k, v] of Object.entries(all)) {
        if (k.startsWith('tab:') && v?.frames?.['0']?.url === u) return { id: Number(k.slice(4)), verdict: v.frames['0'].verdict };
      }
      return null;
    }, page.url());
    const id = (entry?.verdict?.findings ?? []).find((f) => f.kind === 'id-number');
    check('the verdict has the ID-card number, masked', !!id && /^•••[A-Z0-9]{2}$/.test(id.value), JSON.stringify(id ?? null));
    const popup = await b.browser.newPage();
    await popup.setViewport({ width: 420, height: 1000 });
    await b.openExtensionPage(popup, `${b.extOrigin}/popup/popup.html?tab=${entry?.id}`);
    let items = [];
    for (let i = 0; i < 60 && !items.some((t) => t.includes(id?.value ?? '\u0000')); i++) {
      items = await popup.evaluate(() => [...document.querySelectorAll('#findings li')].map((li) => li.textContent)).catch(() => []);
      await sleep(100);
    }
    const word = LANG === 'de' ? 'Ausweis- oder Identifikationsnummer' : 'ID or national number';
    const line = items.find((t) => t.includes(id?.value ?? '\u0000')) ?? '';
    check(`the popup lists it as "${word}"`, line.includes(word), line.slice(0, 160));
    await screenshot(popup, { path: join(SHOTS, `id-number-${KIND}-${LANG}-popup.png`) });

    // "Document it" from the banner (Shift+Tab twice from the page reaches
    // it), then the record in the log and in the exports.
    const incidents = async () => (await b.storage(async () => (await globalThis.owned.get('incidents')).incidents ?? [])) ?? [];
    const before = (await incidents()).length;
    await page.bringToFront();
    await sleep(300);
    await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
    await page.keyboard.press('Enter');
    let record = null;
    for (let i = 0; i < 80 && !record; i++) {
      const all = await incidents();
      if (all.length > before) record = all[all.length - 1];
      else await sleep(100);
    }
    const recorded = (record?.frames ?? []).flatMap((f) => f.findings).find((f) => f.kind === 'id-number');
    check('"Document it" records the ID-card number, masked', !!recorded && recorded.value === id?.value,
      JSON.stringify(recorded ?? null));
    const raw = recorded?.value_in_clear ?? null;
    const log = await b.browser.newPage();
    await log.setViewport({ width: 1100, height: 1100 });
    await b.openExtensionPage(log, `${b.extOrigin}/log/log.html`);
    await log.waitForSelector('body[data-ready]', { timeout: 5000 }).catch(() => {});
    if (record) await log.click(`#records li[data-id="${record.id}"] button`).catch(() => {});
    let rows = [];
    for (let i = 0; i < 50 && !rows.some((t) => t.includes(word)); i++) {
      rows = await log.evaluate(() => [...document.querySelectorAll('#detail .findings-table tr.finding')].map((tr) => tr.textContent)).catch(() => []);
      await sleep(100);
    }
    const logRow = rows.find((t) => t.includes(word)) ?? '';
    check(`the log's record lists it as "${word}", masked`, logRow.includes(id?.value ?? '\u0000'), logRow.slice(0, 160));
    await screenshot(log, { path: join(SHOTS, `id-number-${KIND}-${LANG}-log.png`), fullPage: true });
    for (const format of ['json', 'csv', 'html']) {
      const out = await log.evaluate((f) => globalThis.notmineLogExport(f, false), format).catch((e) => `error: ${e.message}`);
      const inClear = raw && out.includes(raw);
      const kind = out.includes('id-number');
      const at = out.indexOf(id?.value ?? '\u0000');
      check(`the ${format.toUpperCase()} export carries it masked, as "id-number", not in clear`,
        kind && at >= 0 && !inClear, inClear ? 'value in clear' : out.slice(Math.max(0, at - 200), at + 40).replace(/\s+/g, ' '));
      if (format === 'html') {
        mkdirSync(join(ROOT, 'target'), { recursive: true });
        writeFileSync(join(ROOT, `target/id-number-${KIND}-${LANG}-export.html`), out);
      }
    }
  } finally {
    await b.close();
    await site.close();
  }
}, { withinMs: 90000 });
