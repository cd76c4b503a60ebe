/**
 * NotMine options page: the profile, the learning opt-in, silenced sites,
 * the incident count with a link to the incident log and the record
 * settings (screenshots, automatic records), and "Delete everything"
 * (docs/extension.md).
 *
 * A new profile entry is validated by the Rust core (`checkProfile`) before
 * it is saved; the core's error is shown next to the input. Storage is read
 * and written only through lib/store.js; `onOwnedChanged` re-renders the
 * page when anything changes (another tab, the popup, the background).
 * User data is only ever set as text, never parsed as HTML.
 */
import init, { checkProfile } from '../pkg/notmine.js';
import '../lib/messages.js';
import { api } from '../lib/browser.js';
import { el, localize, msg } from '../lib/i18n.js';
import {
  deleteEverything, forgetIdentities, getIdentities, getIncidents, getProfile, getSettings,
  getSilenced, onOwnedChanged, setProfile, setSettings, setSilenced, updateProfile,
} from '../lib/store.js';

const { Type } = globalThis.NotMineMessages;

const $ = (id) => document.getElementById(id);

/** The profile's categories, in display order, and their inputs. */
const CATEGORIES = [
  { key: 'names', inputs: [{ type: 'text', autocomplete: 'name' }] },
  { key: 'emails', inputs: [{ type: 'text', inputmode: 'email', autocomplete: 'email' }] },
  { key: 'phones', inputs: [{ type: 'tel', autocomplete: 'tel' }] },
  {
    key: 'addresses',
    inputs: [
      { part: 'street', label: 'options_street', autocomplete: 'street-address' },
      { part: 'postal_code', label: 'options_postal_code', autocomplete: 'postal-code', size: 'short' },
      { part: 'city', label: 'options_city', autocomplete: 'address-level2' },
      { part: 'country', label: 'options_country', autocomplete: 'country', hint: 'options_country_hint' },
    ],
  },
  { key: 'birth_dates', inputs: [{ type: 'date', autocomplete: 'bday' }] },
  { key: 'customer_numbers', inputs: [{ type: 'text', autocomplete: 'off' }] },
];
const ADDRESS_PARTS = ['street', 'postal_code', 'city', 'country'];

/** The core, instantiated on first use; retried if it failed. */
let ready = null;
function core() {
  if (!ready) {
    ready = init().catch((e) => {
      ready = null;
      throw e;
    });
  }
  return ready;
}

function errorText(e) {
  return e && e.message ? e.message : String(e);
}

let statusTimer = 0;
function say(text) {
  const s = $('status');
  s.textContent = text;
  s.classList.toggle('shown', Boolean(text));
  clearTimeout(statusTimer);
  if (text) statusTimer = setTimeout(() => say(''), 4000);
}

function lang() {
  return document.documentElement.lang || undefined;
}

function dateText(iso, withTime) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  const opts = withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'long' };
  try {
    return d.toLocaleString(lang(), opts);
  } catch (_) {
    return d.toLocaleString();
  }
}

/** A birth date "YYYY-MM-DD" in the user's language (as a calendar date). */
function birthDateText(s) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return s;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  try {
    return d.toLocaleDateString(lang(), { dateStyle: 'long', timeZone: 'UTC' });
  } catch (_) {
    return s;
  }
}

function addressText(a) {
  const place = [a.postal_code, a.city].filter(Boolean).join(' ');
  return [a.street, place, a.country].filter(Boolean).join(', ');
}

function entryText(key, value) {
  if (key === 'addresses') return addressText(value || {});
  if (key === 'birth_dates') return birthDateText(String(value));
  return String(value);
}

/** Loose equality for duplicates: case, spacing and phone punctuation ignored. */
function sameKey(key, value) {
  const fold = (s) => String(s ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
  if (key === 'addresses') return ADDRESS_PARTS.map((p) => fold(value[p])).join('|');
  if (key === 'phones') return String(value).replace(/[^\d+]/g, '').replace(/^\+/, '00');
  return fold(value);
}

/** A profile without empty arrays (the stored format omits them). */
function cleaned(profile) {
  const out = {};
  for (const [k, v] of Object.entries(profile || {})) {
    if (Array.isArray(v) && v.length === 0) continue;
    out[k] = v;
  }
  return out;
}

function setError(key, text) {
  const e = $(`error-${key}`);
  e.textContent = text || '';
  for (const input of document.querySelectorAll(`#add-${key} input`)) {
    if (text) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }
}

/** The value the add form holds, trimmed; null when it is empty. */
function formValue(cat) {
  if (cat.key === 'addresses') {
    const a = {};
    for (const p of ADDRESS_PARTS) {
      const v = $(`input-addresses-${p}`).value.trim().replace(/\s+/g, ' ');
      if (v) a[p] = p === 'country' ? v.toUpperCase() : v;
    }
    return Object.keys(a).length ? a : null;
  }
  const v = $(`input-${cat.key}`).value.trim().replace(/\s+/g, ' ');
  return v || null;
}

async function add(cat) {
  setError(cat.key, '');
  const value = formValue(cat);
  if (value === null) {
    setError(cat.key, msg('options_error_empty'));
    return;
  }
  if (cat.key === 'addresses' && value.country && !/^[A-Z]{2}$/.test(value.country)) {
    setError(cat.key, msg('options_error_country'));
    return;
  }
  try {
    await core();
  } catch (e) {
    setError(cat.key, msg('options_error_core', [errorText(e)]));
    return;
  }
  try {
    checkProfile(JSON.stringify({ [cat.key]: [value] }));
  } catch (e) {
    setError(cat.key, msg('options_error_invalid', [errorText(e)]));
    return;
  }
  try {
    // Read and written under the profile's lock: "This is me" in a tab may
    // be adding to it at the same moment.
    let duplicate = false;
    await updateProfile((p) => {
      const profile = p || {};
      const list = Array.isArray(profile[cat.key]) ? profile[cat.key] : [];
      const k = sameKey(cat.key, value);
      duplicate = list.some((x) => sameKey(cat.key, x) === k);
      if (duplicate) return p;
      profile[cat.key] = [...list, value];
      return cleaned(profile);
    });
    if (duplicate) {
      setError(cat.key, msg('options_error_duplicate'));
      return;
    }
  } catch (e) {
    setError(cat.key, msg('options_error_save', [errorText(e)]));
    return;
  }
  $(`add-${cat.key}`).reset();
  say(msg('options_saved'));
  await renderProfile();
  const first = $(`add-${cat.key}`).querySelector('input');
  if (first) first.focus();
}

async function remove(cat, value) {
  try {
    await updateProfile((p) => {
      const profile = p || {};
      const list = Array.isArray(profile[cat.key]) ? profile[cat.key] : [];
      const target = JSON.stringify(value);
      const i = list.findIndex((x) => JSON.stringify(x) === target);
      if (i >= 0) list.splice(i, 1);
      profile[cat.key] = list;
      return cleaned(profile);
    });
  } catch (e) {
    say(msg('options_error_save', [errorText(e)]));
    return;
  }
  say(msg('options_removed'));
  await renderProfile();
  const first = $(`add-${cat.key}`).querySelector('input');
  if (first) first.focus();
}

/** One category's section: heading, entries, add form (built once). */
function buildCategory(cat) {
  const box = el('section', 'category');
  box.id = `category-${cat.key}`;
  const heading = el('h3', '', msg(`profile_${cat.key}`));
  heading.id = `heading-${cat.key}`;
  box.setAttribute('aria-labelledby', heading.id);
  box.append(heading);

  const list = el('ul', 'entries');
  list.id = `profile-${cat.key}`;
  box.append(list);

  const form = el('form', 'add-form');
  form.id = `add-${cat.key}`;
  form.noValidate = true;
  const row = el('div', 'add-row');
  for (const spec of cat.inputs) {
    const id = spec.part ? `input-${cat.key}-${spec.part}` : `input-${cat.key}`;
    const wrap = el('div', `input-wrap${spec.size ? ' ' + spec.size : ''}`);
    const label = el('label', '', spec.label ? msg(spec.label) : msg('options_new_entry', [msg(`profile_${cat.key}`)]));
    label.htmlFor = id;
    const input = el('input');
    input.id = id;
    input.type = spec.type || 'text';
    input.autocomplete = 'off';
    if (spec.inputmode) input.inputMode = spec.inputmode;
    if (spec.part === 'country') input.maxLength = 2;
    input.setAttribute('aria-describedby', `error-${cat.key}`);
    input.spellcheck = false;
    // A hint goes inside the label: read with it, and it keeps the row aligned.
    if (spec.hint) label.append(el('span', 'input-hint', msg(spec.hint)));
    wrap.append(label, input);
    row.append(wrap);
  }
  const button = el('button', 'add', msg('options_add'));
  button.type = 'submit';
  button.id = `add-button-${cat.key}`;
  row.append(button);
  const error = el('p', 'error');
  error.id = `error-${cat.key}`;
  error.setAttribute('role', 'alert');
  form.append(row, error);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    add(cat);
  });
  form.addEventListener('input', () => setError(cat.key, ''));
  box.append(form);
  return box;
}

async function renderProfile() {
  const profile = (await getProfile()) || {};
  for (const cat of CATEGORIES) {
    const list = $(`profile-${cat.key}`);
    const values = Array.isArray(profile[cat.key]) ? profile[cat.key] : [];
    list.replaceChildren();
    if (values.length === 0) {
      list.append(el('li', 'empty', msg('options_profile_empty')));
      continue;
    }
    for (const value of values) {
      const li = el('li', 'entry');
      const text = entryText(cat.key, value);
      li.append(el('span', 'entry-text', text));
      const b = el('button', 'remove', msg('options_remove'));
      b.type = 'button';
      b.setAttribute('aria-label', msg('options_remove_label', [text]));
      b.addEventListener('click', () => remove(cat, value));
      li.append(b);
      list.append(li);
    }
  }
}

async function renderSettings() {
  const settings = await getSettings();
  $('learn').checked = Boolean(settings.learn);
  $('screenshots').checked = Boolean(settings.screenshots);
  $('auto-record').checked = Boolean(settings.autoRecord);
  $('keep-private').checked = Boolean(settings.keepPrivate);
}

/** A settings checkbox: `key` in `settings`, with its status messages. */
function settingToggle(id, key, onMsg, offMsg) {
  $(id).addEventListener('change', async (e) => {
    const on = e.target.checked;
    try {
      await setSettings({ [key]: on });
      say(msg(on ? onMsg : offMsg));
    } catch (err) {
      e.target.checked = !on;
      say(msg('options_error_save', [errorText(err)]));
    }
  });
}

/** Unsilences through the background (docs/extension.md); directly if it does not answer. */
async function unsilence(host) {
  let reply;
  try {
    reply = await api.runtime.sendMessage({ type: Type.silence, host, on: false });
  } catch (_) {
    reply = undefined;
  }
  try {
    if (!reply || typeof reply !== 'object') await setSilenced(host, false);
    else if (reply.error) throw new Error(reply.error);
  } catch (e) {
    say(msg('options_error_save', [errorText(e)]));
    return;
  }
  say(msg('options_unsilenced', [host]));
  await renderSilenced();
  const next = document.querySelector('#silenced button');
  (next || $('silenced-heading')).focus();
}

async function renderSilenced() {
  const silenced = await getSilenced();
  const hosts = Object.keys(silenced).sort();
  const list = $('silenced');
  list.replaceChildren();
  $('silenced-empty').hidden = hosts.length > 0;
  list.hidden = hosts.length === 0;
  for (const host of hosts) {
    const li = el('li', 'entry');
    const text = el('span', 'entry-text');
    text.append(el('strong', '', host), el('span', 'since', msg('options_silenced_since', [dateText(silenced[host], true)])));
    const b = el('button', 'remove', msg('options_warn_again'));
    b.type = 'button';
    b.setAttribute('aria-label', msg('options_warn_again_label', [host]));
    b.addEventListener('click', () => unsilence(host));
    li.append(text, b);
    list.append(li);
  }
}

async function renderMemory() {
  const identities = await getIdentities();
  const hosts = Object.keys(identities).sort();
  const list = $('memory');
  list.replaceChildren();
  $('memory-empty').hidden = hosts.length > 0;
  list.hidden = hosts.length === 0;
  for (const host of hosts) {
    const li = el('li', 'entry');
    const text = el('span', 'entry-text');
    text.append(el('strong', '', host), el('span', 'since', msg('options_memory_count', [String(identities[host].length)])));
    const b = el('button', 'remove', msg('options_memory_forget'));
    b.type = 'button';
    b.setAttribute('aria-label', msg('options_memory_forget_label', [host]));
    b.addEventListener('click', async () => {
      await forgetIdentities(host);
      say(msg('options_memory_forgotten', [host]));
      await renderMemory();
      (document.querySelector('#memory button') || $('memory-heading')).focus();
    });
    li.append(text, b);
    list.append(li);
  }
}

async function renderIncidents() {
  const incidents = await getIncidents();
  $('incident-count').textContent = msg('options_incidents_count', [String(incidents.length)]);
}

async function renderAll() {
  await Promise.all([renderProfile(), renderSettings(), renderSilenced(), renderMemory(), renderIncidents()]);
}

function showConfirm(on) {
  $('delete-confirm').hidden = !on;
  $('delete-all').hidden = on;
  if (on) $('delete-cancel').focus();
  else $('delete-all').focus();
}

async function main() {
  localize(document);
  $('silenced-heading').tabIndex = -1;
  const profileBox = $('profile');
  for (const cat of CATEGORIES) profileBox.append(buildCategory(cat));

  settingToggle('learn', 'learn', 'options_learn_on', 'options_learn_off');
  settingToggle('screenshots', 'screenshots', 'options_screenshots_on', 'options_screenshots_off');
  settingToggle('auto-record', 'autoRecord', 'options_auto_record_on', 'options_auto_record_off');
  settingToggle('keep-private', 'keepPrivate', 'options_keep_private_on', 'options_keep_private_off');
  $('open-log').addEventListener('click', () => {
    api.tabs.create({ url: api.runtime.getURL('log/log.html') }).catch((e) => say(errorText(e)));
  });
  $('delete-all').addEventListener('click', () => showConfirm(true));
  $('delete-cancel').addEventListener('click', () => showConfirm(false));
  $('delete-yes').addEventListener('click', async () => {
    try {
      await deleteEverything();
    } catch (e) {
      say(msg('options_error_save', [errorText(e)]));
      return;
    }
    showConfirm(false);
    say(msg('options_deleted'));
    await renderAll();
  });

  onOwnedChanged((keys) => {
    if (keys.has('profile')) renderProfile();
    if (keys.has('settings')) renderSettings();
    if (keys.has('silenced')) renderSilenced();
    if (keys.has('identities')) renderMemory();
    if (keys.has('incidents')) renderIncidents();
  });

  await renderAll();
  core().catch(() => {}); // warm up; an error is shown when adding
}

main();
