#!/usr/bin/env node
/**
 * The demo: starts the MobilNet demo site (www/server.mjs) on 127.0.0.1 and
 * opens Chromium with the NotMine extension on it.
 *
 *   node scripts/demo.mjs [--port N] [--headless] [--keep]
 *
 * With a display (DISPLAY or WAYLAND_DISPLAY set) the browser window stays
 * open on the site's start page and the contest form until you close it.
 * Without one (or with --headless) it loads the contest form headless,
 * waits for NotMine's warning, writes a screenshot of it and prints its path;
 * with --keep the demo site then stays up (Ctrl-C stops it) to browse it.
 * Chromium starts with a fresh profile each time: NotMine is freshly
 * installed, without a profile of the user (add one in its settings).
 * When nginx is installed, the site also runs behind a real shared cache
 * (www/cache-proxy.mjs) whose URL is printed: its shop account page
 * (/shop/konto), opened in two browsers, shows the second one the first
 * one's account, served from the cache.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, launch, sleep, waitBanner } from '../tests/browser/lib/browsers.mjs';
import { findNginx, nginxMissing, startCacheProxy } from '../www/cache-proxy.mjs';
import { startServer } from '../www/server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXT = join(ROOT, 'extension');
const SHOT = join(ROOT, 'artifacts/screenshots/demo-warning.png');

const args = process.argv.slice(2);
const portArg = args.indexOf('--port');
const port = portArg >= 0 ? Number(args[portArg + 1]) : 8080;
const headless = args.includes('--headless') || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
// Headless: keep the demo site running after the screenshot, to browse it.
const keep = args.includes('--keep');

const started = await startServer({ port });
// The cache is optional: without nginx the demo goes on without it.
let cache = null;
if (findNginx()) {
  cache = await startCacheProxy({ originPort: started.server.address().port })
    .catch((e) => { console.log(`[demo] no shared cache: ${e.message.split('\n')[0]}`); return null; });
} else {
  console.log(`[demo] no shared cache: ${nginxMissing()}`);
}
const site = {
  url: started.url.replace(/\/$/, ''),
  close: () => Promise.all([started.close(), cache?.close()]),
};
console.log(`[demo] demo site: ${site.url} (127.0.0.1 only)`);
if (cache) console.log(`[demo] shop behind a shared cache: ${cache.url}shop/konto`);
// A fresh profile each time (lib/browsers.mjs); other sites stay reachable.
const b = await launch('chromium', {
  ext: EXT, headless, offline: false, netLog: false, viewport: headless ? { width: 1200, height: 820 } : null,
}).catch(async (e) => {
  console.error(`[demo] ${e.message}`);
  await site.close();
  process.exit(1);
});
const context = b.browser;

// Awaited before exiting, so nginx has stopped and its temp dir is gone (a
// bare exit kills nginx too, www/cache-proxy.mjs, but does not wait for it).
const cleanup = async () => {
  await b.close().catch(() => {});
  await site.close();
};

if (headless) {
  const page = await context.newPage();
  await page.goto(`${site.url}/gewinnspiel`);
  // The banner's host has no id (a page must not find it by one): it is
  // found the way the tests find it.
  const shown = await waitBanner(page, 10000);
  if (!shown) {
    console.error('[demo] NotMine did not warn on the contest form within 10 s');
    await cleanup();
    process.exit(1);
  }
  await sleep(300);
  mkdirSync(dirname(SHOT), { recursive: true });
  await page.screenshot({ path: SHOT });
  console.log('[demo] no display: ran headless. NotMine warned on the contest form.');
  console.log(`[demo] screenshot: ${SHOT}`);
  await b.close().catch(() => {});
  if (keep) {
    console.log(`[demo] the demo site stays up at ${site.url} (--keep); Ctrl-C to stop.`);
    if (cache) console.log(`[demo] and its shop behind the shared cache: ${cache.url}shop/konto`);
    const stop = async () => { await site.close(); process.exit(0); };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } else {
    site.close();
    console.log('[demo] to browse the demo site yourself, keep it running: bash scripts/run.sh --keep');
    console.log('[demo] (or only the site: node www/server.mjs), then open http://127.0.0.1:8080/');
  }
} else {
  const start = await context.newPage();
  await start.goto(`${site.url}/`);
  const contest = await context.newPage();
  await contest.goto(`${site.url}/gewinnspiel`);
  console.log('[demo] Chromium is open with NotMine on the demo site; close the window (or Ctrl-C) to stop.');
  const stop = async () => {
    await cleanup();
    process.exit(0);
  };
  context.on('disconnected', async () => { await site.close(); process.exit(0); });
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
