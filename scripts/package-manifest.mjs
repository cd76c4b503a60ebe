#!/usr/bin/env node
/**
 * The manifest of one browser's zip, from the one source manifest
 * (used by scripts/package.sh):
 *
 *   node scripts/package-manifest.mjs firefox|chrome SRC_MANIFEST OUT_MANIFEST
 *
 *   firefox  the source file, byte for byte;
 *   chrome   without the keys Chrome does not know and would list as
 *            warnings in chrome://extensions: `browser_specific_settings`
 *            and `background.scripts` (Firefox's event page).
 *
 * Also checks that every file the manifest names exists next to it (the
 * background, content scripts, icons, pages, default locale), so a zip can
 * not miss one. Exit 1 with a message otherwise.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const [target, src, out] = process.argv.slice(2);
if (!['firefox', 'chrome'].includes(target) || !src || !out) {
  console.error('usage: node scripts/package-manifest.mjs firefox|chrome SRC_MANIFEST OUT_MANIFEST');
  process.exit(2);
}

let manifest;
try {
  manifest = JSON.parse(readFileSync(src, 'utf8'));
} catch (e) {
  console.error(`${src}: not valid JSON: ${e.message}`);
  process.exit(1);
}

// Every file the manifest refers to, relative to the extension root.
const named = [];
const add = (p) => {
  if (typeof p === 'string' && p) named.push(p.replace(/^\//, ''));
};
const bg = manifest.background || {};
add(bg.service_worker);
(bg.scripts || []).forEach(add);
add(bg.page);
for (const cs of manifest.content_scripts || []) {
  (cs.js || []).forEach(add);
  (cs.css || []).forEach(add);
}
Object.values(manifest.icons || {}).forEach(add);
const action = manifest.action || {};
add(action.default_popup);
if (typeof action.default_icon === 'string') add(action.default_icon);
else Object.values(action.default_icon || {}).forEach(add);
add((manifest.options_ui || {}).page);
add(manifest.options_page);
if (manifest.default_locale) add(`_locales/${manifest.default_locale}/messages.json`);

const root = dirname(src);
const missing = [...new Set(named)].filter((p) => !existsSync(join(root, p)));
if (missing.length) {
  console.error(`${src} names files that do not exist: ${missing.join(', ')}`);
  process.exit(1);
}

if (target === 'firefox') {
  copyFileSync(src, out);
} else {
  delete manifest.browser_specific_settings;
  if (manifest.background) delete manifest.background.scripts;
  writeFileSync(out, JSON.stringify(manifest, null, 2) + '\n');
}
