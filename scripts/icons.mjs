#!/usr/bin/env node
/**
 * Renders extension/icons/icon.svg to the PNGs the manifest names
 * (icon-16/32/48/96/128.png, transparent background) in headless Chromium:
 *
 *   node scripts/icons.mjs            # CHROMIUM overrides /usr/bin/chromium
 *
 * Run it after changing the SVG and commit the PNGs with it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from '../tests/browser/lib/browsers.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIR = join(ROOT, 'extension/icons');
const SIZES = [16, 32, 48, 96, 128];

const svg = readFileSync(join(DIR, 'icon.svg'));
const src = `data:image/svg+xml;base64,${svg.toString('base64')}`;
const b = await launch('chromium', { netLog: false });
try {
  const page = await b.browser.newPage();
  for (const size of SIZES) {
    await page.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
    await page.setContent(
      '<!DOCTYPE html><html><body style="margin:0;background:transparent">' +
      `<img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`);
    await page.waitForFunction(() => document.images[0].complete && document.images[0].naturalWidth > 0);
    const out = join(DIR, `icon-${size}.png`);
    await page.screenshot({ path: out, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    console.log(`${out.slice(ROOT.length + 1)} (${size}x${size})`);
  }
} finally {
  await b.close();
}
