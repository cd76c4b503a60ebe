/**
 * NotMine onboarding page, opened once on install (by the background).
 *
 * Explains what NotMine does and does not do, offers the profile (through
 * the options page) and checks the host permission: Firefox may not grant
 * MV3 add-ons access to sites by default, so when `<all_urls>` is missing a
 * prominent box asks for it (`permissions.request` must run inside the
 * click handler, as a user gesture).
 */
import { api } from '../lib/browser.js';
import { localize, msg } from '../lib/i18n.js';

const $ = (id) => document.getElementById(id);
const ALL = { origins: ['<all_urls>'] };

function errorText(e) {
  return e && e.message ? e.message : String(e);
}

async function hasAccess() {
  try {
    return await api.permissions.contains(ALL);
  } catch (_) {
    return false;
  }
}

function showAccess(granted) {
  $('permission').hidden = granted;
  $('permission-ok').hidden = !granted;
}

async function grant() {
  const result = $('permission-result');
  result.textContent = '';
  let granted = false;
  try {
    // Called first thing in the handler: the request needs the user's click.
    granted = await api.permissions.request(ALL);
  } catch (e) {
    result.textContent = msg('onboarding_permission_failed', [errorText(e)]);
    return;
  }
  granted = granted && (await hasAccess());
  if (granted) {
    showAccess(true);
    $('permission-ok').focus();
  } else {
    result.textContent = msg('onboarding_permission_denied');
  }
}

async function main() {
  localize(document);
  $('permission-ok').tabIndex = -1;
  $('grant').addEventListener('click', grant);
  $('open-options').addEventListener('click', () => {
    api.runtime.openOptionsPage().catch(() => {});
  });
  showAccess(await hasAccess());
  // The user may grant or revoke access elsewhere (Firefox's add-on manager).
  api.permissions.onAdded?.addListener(async () => showAccess(await hasAccess()));
  api.permissions.onRemoved?.addListener(async () => showAccess(await hasAccess()));
}

main();
