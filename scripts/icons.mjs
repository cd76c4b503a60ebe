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
import { chromium } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIR = join(ROOT, 'extension/icons');
const SIZES = [16, 32, 48, 96, 128];
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

const svg = readFileSync(join(DIR, 'icon.svg'));
const src = `data:image/svg+xml;base64,${svg.toString('base64')}`;
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      '<!DOCTYPE html><html><body style="margin:0;background:transparent">' +
      `<img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`);
    await page.waitForFunction(() => document.images[0].complete && document.images[0].naturalWidth > 0);
    const out = join(DIR, `icon-${size}.png`);
    await page.screenshot({ path: out, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    console.log(`${out.slice(ROOT.length + 1)} (${size}x${size})`);
  }
} finally {
  await browser.close();
}
