/**
 * NotMine incident log: every record "Document it" kept (the owned area's
 * `incidents`, schema 1: docs/incident.md), newest first, with filters by
 * site and date; one record in full, with its hash checked by the core
 * (`verifyRecord`); deleting one or all (each after a confirmation step);
 * exports of the records shown as JSON, CSV or an HTML report, built by the
 * core in this page and saved as a file (nothing is sent anywhere); and the
 * per-site numbers (`sites`).
 *
 * Page data is only ever set as text (`textContent`), never parsed as HTML.
 * The list and the record view show masked values only; `value_in_clear`
 * leaves the device only in an export the user asked "in clear" for.
 *
 * For tests: `globalThis.notmineLogExport(format, inClear)` resolves to the
 * text the export buttons would save (the same code path).
 */
import * as core from '../pkg/records.js';
import { api } from '../lib/browser.js';
import { el, kindWord, localize, msg, reasonText } from '../lib/i18n.js';
import { fingerprint, ownPublicKey, verify as verifySignature } from '../lib/signing.js';
import { clearIncidents, getIncidents, getSites, hostOf, onOwnedChanged, removeIncidents } from '../lib/store.js';

const $ = (id) => document.getElementById(id);
const SEVERITIES = ['none', 'low', 'medium', 'high'];
const NOTE_EXCERPT = 140;

/** All records, newest first, and the per-site numbers. */
let records = [];
let sites = {};
/** The id of the record shown in full, or null. */
let openId = null;
/** `id → true|false|Error`: verifyRecord's answers, per record (records do not change). */
const verified = new Map();

// ---------------------------------------------------------------- the core

let ready = null;
/** The core, instantiated on first use; retried if it failed. */
function loadCore() {
  if (!ready) {
    ready = core.default().catch((e) => {
      ready = null;
      throw e;
    });
  }
  return ready;
}

async function coreFn(name) {
  await loadCore();
  if (typeof core[name] !== 'function') throw new Error(msg('log_error_core_old', [name]));
  return core[name];
}

// ---------------------------------------------------------------- helpers

function errorText(e) {
  return e && e.message ? e.message : String(e);
}

let statusTimer = 0;
function say(text) {
  const s = $('status');
  s.textContent = text || '';
  s.classList.toggle('shown', Boolean(text));
  clearTimeout(statusTimer);
  if (text) statusTimer = setTimeout(() => say(''), 5000);
}

function lang() {
  return document.documentElement.lang || undefined;
}

function dateOf(iso) {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** "22 Nov 2026, 07:30:12" in the user's language and time zone. */
function localText(iso, style = 'medium') {
  const d = dateOf(iso);
  if (!d) return String(iso ?? '');
  try {
    return d.toLocaleString(lang(), { dateStyle: 'medium', timeStyle: style });
  } catch (_) {
    return d.toLocaleString();
  }
}

/** "2026-11-22 06:30:12 UTC". */
function utcText(iso) {
  const d = dateOf(iso);
  if (!d) return String(iso ?? '');
  return `${d.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** An ISO time to the second ("2026-11-22T06:30:12Z"). */
function isoSeconds(d) {
  return d.toISOString().replace(/\.\d+Z$/, 'Z');
}

function plural(n) {
  try {
    return new Intl.PluralRules(lang()).select(n) === 'one' ? 'one' : 'other';
  } catch (_) {
    return n === 1 ? 'one' : 'other';
  }
}

/** `count` of `unit` ("day", "hour", "minute") in words: "3 days", "1 Stunde". */
function unitText(count, unit) {
  try {
    return new Intl.NumberFormat(lang(), { style: 'unit', unit, unitDisplay: 'long' }).format(count);
  } catch (_) {
    return `${count} ${unit}${count === 1 ? '' : 's'}`;
  }
}

/** How long from `first` to `last` (Dates): "3 days, 4 hours", "2 hours, 5 minutes", "less than a minute". */
function durationText(first, last) {
  const ms = Math.max(0, last - first);
  const minutes = Math.floor(ms / 60000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const sep = msg('log_list_separator');
  if (days > 0) return hours > 0 ? unitText(days, 'day') + sep + unitText(hours, 'hour') : unitText(days, 'day');
  if (hours > 0) return mins > 0 ? unitText(hours, 'hour') + sep + unitText(mins, 'minute') : unitText(hours, 'hour');
  if (mins > 0) return unitText(mins, 'minute');
  return msg('log_duration_short');
}

function severityOf(r) {
  if (SEVERITIES.includes(r.severity)) return r.severity;
  let i = 0;
  for (const f of framesOf(r)) for (const x of findingsOf(f)) i = Math.max(i, SEVERITIES.indexOf(x.severity));
  return SEVERITIES[i];
}

function severityBadge(s) {
  const level = SEVERITIES.includes(s) ? s : 'none';
  return el('span', `badge sev-${level}`, msg('popup_severity_' + level));
}

function framesOf(r) {
  return Array.isArray(r.frames) ? r.frames.filter((f) => f && typeof f === 'object') : [];
}

function findingsOf(frame) {
  return Array.isArray(frame.findings) ? frame.findings.filter((f) => f && typeof f === 'object') : [];
}

function findingCount(r) {
  return framesOf(r).reduce((n, f) => n + findingsOf(f).length, 0);
}

/** The page a record is about (schema 1 `page`, or the draft format's url/title). */
function pageOf(r) {
  const p = r.page && typeof r.page === 'object' ? r.page : {};
  return { url: String(p.url ?? r.url ?? ''), title: String(p.title ?? r.title ?? '') };
}

function siteOf(r) {
  return hostOf(pageOf(r).url) || msg('log_no_site');
}

function triggerText(t) {
  return ['warning', 'page', 'auto'].includes(t) ? msg(`log_trigger_${t}`) : msg('log_trigger_unknown');
}

function loadsText(n) {
  return msg(`log_loads_${plural(n)}`, [String(n)]);
}

function peopleText(n) {
  return msg(`log_people_${plural(n)}`, [String(n)]);
}

// ---------------------------------------------------------------- storage

async function load() {
  const [incidents, got] = await Promise.all([getIncidents(), getSites()]);
  records = incidents
    .filter((r) => r && typeof r === 'object')
    .map((r, i) => ({ r, i }))
    .sort((a, b) => String(b.r.recorded_at ?? '').localeCompare(String(a.r.recorded_at ?? '')) || b.i - a.i)
    .map(({ r }) => r);
  sites = got && typeof got === 'object' ? got : {};
}

/** Deleting records (lib/store.js keeps every write of `incidents`). */
const removeRecords = (ids) => removeIncidents(ids);
const removeAll = () => clearIncidents();

// ---------------------------------------------------------------- filters

function filters() {
  return { site: $('filter-site').value, from: $('filter-from').value, to: $('filter-to').value };
}

/** A date input's value ("YYYY-MM-DD") as local midnight, `plusDays` later; null if empty. */
function dayStart(value, plusDays = 0) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value || '');
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + plusDays) : null;
}

/** The records the filters let through, newest first. */
function filtered() {
  const f = filters();
  const from = dayStart(f.from);
  const to = dayStart(f.to, 1);
  return records.filter((r) => {
    if (f.site && siteOf(r) !== f.site) return false;
    const d = dateOf(r.recorded_at);
    if (from && (!d || d < from)) return false;
    if (to && (!d || d >= to)) return false;
    return true;
  });
}

function renderSiteFilter() {
  const select = $('filter-site');
  const current = select.value;
  const hosts = [...new Set(records.map(siteOf))].sort();
  select.replaceChildren();
  const all = el('option', '', msg('log_filter_all_sites'));
  all.value = '';
  select.append(all);
  for (const h of hosts) {
    const o = el('option', '', h);
    o.value = h;
    select.append(o);
  }
  select.value = hosts.includes(current) ? current : '';
}

// ---------------------------------------------------------------- the list

function renderList() {
  const shown = filtered();
  const list = $('records');
  list.replaceChildren();
  $('records-count').textContent = records.length === 0
    ? msg('log_records_none')
    : msg('log_records_count', [String(shown.length), String(records.length)]);
  for (const r of shown) list.append(recordItem(r));
  const none = shown.length === 0;
  for (const id of ['export-json', 'export-csv', 'export-html']) $(id).disabled = none;
  $('delete-all').disabled = records.length === 0 && Object.keys(sites).length === 0;
}

function recordItem(r) {
  const li = el('li', 'record');
  li.dataset.id = String(r.id ?? '');
  const sev = severityOf(r);
  li.dataset.severity = sev;
  const open = el('button', 'record-open');
  open.type = 'button';
  open.setAttribute('aria-controls', 'detail');
  open.setAttribute('aria-expanded', String(openId !== null && openId === r.id));
  const page = pageOf(r);

  const when = el('span', 'when');
  when.append(el('span', 'local', localText(r.recorded_at)), el('span', 'utc', utcText(r.recorded_at)));
  const what = el('span', 'what');
  what.append(el('span', 'site', siteOf(r)), el('span', 'page-title', page.title || page.url || msg('log_untitled')));
  const meta = el('span', 'meta');
  const n = findingCount(r);
  meta.append(
    severityBadge(sev),
    el('span', 'findings-count', msg(n === 1 ? 'log_findings_one' : 'log_findings_other', [String(n)])),
    el('span', 'trigger', triggerText(r.trigger)),
  );
  open.append(when, what, meta);
  const note = String(r.note ?? '').trim();
  if (note) {
    const excerpt = note.length > NOTE_EXCERPT ? `${note.slice(0, NOTE_EXCERPT).trimEnd()}…` : note;
    open.append(el('span', 'note-excerpt', excerpt));
  }
  open.addEventListener('click', () => openRecord(r.id));
  li.append(open);
  return li;
}

// ---------------------------------------------------------------- one record

function fact(dl, term, value, className) {
  if (value === undefined || value === null || value === '') return null;
  dl.append(el('dt', '', term));
  const dd = el('dd', className || '');
  if (value instanceof Node) dd.append(value);
  else dd.textContent = String(value);
  dl.append(dd);
  return dd;
}

function fieldLabel(field) {
  if (!field || typeof field !== 'object') return msg('popup_field_unlabelled');
  return field.label || field.name || field.id || msg('popup_field_unlabelled');
}

function findingsTable(frame) {
  const table = el('table', 'data-table findings-table');
  const head = el('thead');
  const hr = el('tr');
  for (const key of ['log_col_kind', 'log_col_field', 'log_col_value', 'log_col_reason', 'log_col_severity']) {
    const th = el('th', '', msg(key));
    th.scope = 'col';
    hr.append(th);
  }
  head.append(hr);
  const body = el('tbody');
  for (const f of findingsOf(frame)) {
    const tr = el('tr', 'finding');
    tr.append(
      el('td', 'kind', kindWord(f.kind)),
      el('td', 'field', f.place === 'account-view' ? msg('popup_place_account') : fieldLabel(f.field)),
      el('td', 'value mono', f.value ?? ''),
      el('td', 'reason', reasonText(f)),
    );
    const sev = el('td', 'severity');
    sev.append(severityBadge(f.severity));
    tr.append(sev);
    body.append(tr);
    if (f.excerpt) {
      const ex = el('tr', 'excerpt-row');
      const td = el('td');
      td.colSpan = 5;
      const label = el('span', 'excerpt-label', msg('log_excerpt'));
      const pre = el('pre', 'excerpt', f.excerpt);
      td.append(label, pre);
      ex.append(td);
      body.append(ex);
    }
  }
  table.append(head, body);
  return table;
}

function frameSection(frame, several) {
  const box = el('section', 'frame');
  const h = el('h4', 'frame-heading');
  h.append(el('span', 'frame-kind', Number(frame.frame_id) === 0 ? msg('popup_frame_top') : msg('popup_frame_sub')));
  if (several || Number(frame.frame_id) !== 0) h.append(el('span', 'frame-url', String(frame.url ?? '')));
  box.append(h);
  // The cache headers the response came with: the evidence that a shared
  // cache served the page (names and values only, as recorded).
  const cache = Array.isArray(frame.cache) ? frame.cache.filter((p) => Array.isArray(p) && p.length === 2) : [];
  if (cache.length > 0) {
    const p = el('p', 'cache-headers', msg('log_cache_headers'));
    p.append(' ', el('code', null, cache.map(([n, v]) => (v === '' ? String(n) : `${n}: ${v}`)).join('; ')));
    box.append(p);
  }
  if (findingsOf(frame).length === 0) box.append(el('p', 'hint', msg('log_no_findings')));
  else {
    const wrap = el('div', 'table-wrap');
    wrap.append(findingsTable(frame));
    box.append(wrap);
  }
  return box;
}

/** A screenshot as an image, only a data: URL of a picture (nothing to load). */
function screenshot(r) {
  const s = r.screenshot;
  if (typeof s !== 'string' || !/^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/.test(s)) return null;
  const fig = el('figure', 'screenshot');
  const img = el('img');
  img.src = s;
  img.alt = msg('log_screenshot_alt', [pageOf(r).title || pageOf(r).url]);
  img.loading = 'lazy';
  fig.append(img, el('figcaption', 'hint', msg('log_screenshot_caption')));
  return fig;
}

async function verify(r) {
  const key = String(r.id);
  if (verified.has(key)) return verified.get(key);
  let answer;
  try {
    if (r.schema !== 1) throw new Error(msg('log_error_old_format'));
    answer = Boolean((await coreFn('verifyRecord'))(r));
  } catch (e) {
    answer = e instanceof Error ? e : new Error(String(e));
  }
  verified.set(key, answer);
  return answer;
}

/**
 * The record's signature: `{state, text}`, `state` one of ok-own (this
 * install's key), ok-other (another key: another device, or made before
 * "Delete everything"), none, bad.
 */
async function signatureState(r) {
  const sig = r.signature;
  if (!sig) return { state: 'none', text: msg('log_signature_none') };
  const ok = await verifySignature(sig, (await coreFn('canonicalJson'))(r));
  const fp = await fingerprint(sig.public_key).catch(() => '?');
  if (!ok) return { state: 'bad', text: msg('log_signature_bad') };
  const own = await ownPublicKey().catch(() => null);
  return own === sig.public_key
    ? { state: 'ok-own', text: msg('log_signature_own', [fp]) }
    : { state: 'ok-other', text: msg('log_signature_other', [fp]) };
}

function integrity(r) {
  const box = el('div', 'integrity');
  box.append(el('h3', '', msg('log_integrity_heading')));
  const dl = el('dl', 'facts');
  fact(dl, msg('log_hash'), r.hash ? String(r.hash) : msg('log_hash_none'), 'mono hash');
  const state = fact(dl, msg('log_verifies'), msg('log_verify_checking'), 'verify');
  state.id = 'verify-state';
  state.dataset.state = 'checking';
  const signed = fact(dl, msg('log_signature'), msg('log_verify_checking'), 'verify');
  signed.id = 'signature-state';
  signed.dataset.state = 'checking';
  box.append(dl);
  signatureState(r).then(({ state: st, text }) => {
    signed.dataset.state = st;
    signed.textContent = text;
  }, (e) => {
    signed.dataset.state = 'unknown';
    signed.textContent = msg('log_verify_unknown', [errorText(e)]);
  });
  verify(r).then((ok) => {
    if (ok === true) {
      state.dataset.state = 'ok';
      state.textContent = msg('log_verify_ok');
    } else if (ok === false) {
      state.dataset.state = 'bad';
      state.textContent = msg('log_verify_bad');
    } else {
      state.dataset.state = 'unknown';
      state.textContent = msg('log_verify_unknown', [errorText(ok)]);
    }
  });
  return box;
}

function renderDetail(r) {
  const body = $('detail-body');
  body.replaceChildren();
  const page = pageOf(r);
  const dl = el('dl', 'facts');
  fact(dl, msg('log_recorded_utc'), utcText(r.recorded_at), 'mono');
  fact(dl, msg('log_recorded_local'), r.local_time ? String(r.local_time) : '', 'mono');
  fact(dl, msg('log_time_zone'), r.time_zone ? String(r.time_zone) : msg('log_time_zone_unknown'));
  fact(dl, msg('log_recorded_here'), localText(r.recorded_at));
  fact(dl, msg('log_page_title'), page.title || msg('log_untitled'));
  fact(dl, msg('log_page_url'), page.url, 'mono url');
  fact(dl, msg('log_trigger'), triggerText(r.trigger));
  const sev = el('span');
  sev.append(severityBadge(severityOf(r)));
  fact(dl, msg('log_severity'), sev);
  fact(dl, msg('log_findings'), String(findingCount(r)));
  if (Array.isArray(r.people)) fact(dl, msg('log_people'), String(r.people.length));
  fact(dl, msg('log_browser'), r.browser ? String(r.browser) : '', 'small');
  fact(dl, msg('log_extension_version'), r.extension_version ? String(r.extension_version) : '');
  fact(dl, msg('log_record_id'), r.id ? String(r.id) : '', 'mono small');
  if (r.schema !== 1) fact(dl, msg('log_format'), msg('log_error_old_format'));
  body.append(dl);

  const noteBox = el('div', 'note-box');
  noteBox.append(el('h3', '', msg('log_note')));
  const note = String(r.note ?? '');
  noteBox.append(note ? el('p', 'note', note) : el('p', 'hint', msg('log_note_none')));
  body.append(noteBox);

  const findings = el('div', 'findings-box');
  findings.append(el('h3', '', msg('log_findings')));
  const frames = framesOf(r);
  if (frames.length === 0) findings.append(el('p', 'hint', msg('log_no_findings')));
  for (const f of frames) findings.append(frameSection(f, frames.length > 1));
  body.append(findings);

  const shot = screenshot(r);
  if (shot) {
    const box = el('div', 'screenshot-box');
    box.append(el('h3', '', msg('log_screenshot')), shot);
    body.append(box);
  }
  body.append(integrity(r));
}

function openRecord(id) {
  const r = records.find((x) => x.id === id);
  if (!r) return closeRecord();
  openId = id;
  showDeleteOne(false, false);
  renderDetail(r);
  $('detail').hidden = false;
  for (const b of document.querySelectorAll('#records .record-open')) {
    b.setAttribute('aria-expanded', String(b.parentElement.dataset.id === String(id)));
  }
  $('detail').focus();
  $('detail').scrollIntoView({ block: 'start' });
}

function closeRecord() {
  const id = openId;
  openId = null;
  $('detail').hidden = true;
  $('detail-body').replaceChildren();
  for (const b of document.querySelectorAll('#records .record-open')) b.setAttribute('aria-expanded', 'false');
  const back = id !== null && document.querySelector(`#records li[data-id="${CSS.escape(String(id))}"] button`);
  if (back) back.focus();
}

// ---------------------------------------------------------------- sites

/** Per host: the `sites` numbers, completed from the records. */
function siteRows() {
  const hosts = new Set(Object.keys(sites));
  for (const r of records) hosts.add(siteOf(r));
  const rows = [];
  for (const host of hosts) {
    const s = sites[host] && typeof sites[host] === 'object' ? sites[host] : {};
    const recs = records.filter((r) => siteOf(r) === host);
    const times = [s.first_seen, s.last_seen, ...recs.map((r) => r.recorded_at)].map(dateOf).filter(Boolean);
    const first = times.length ? new Date(Math.min(...times)) : null;
    const last = times.length ? new Date(Math.max(...times)) : null;
    const loads = Number.isFinite(s.loads) ? s.loads : recs.filter((r) => findingCount(r) > 0).length;
    const people = Array.isArray(s.people)
      ? s.people.length
      : new Set(recs.flatMap((r) => (Array.isArray(r.people) ? r.people : []))).size;
    rows.push({ host, first, last, loads, people, records: recs.length });
  }
  return rows.sort((a, b) => (b.last ?? 0) - (a.last ?? 0) || a.host.localeCompare(b.host));
}

function renderSites() {
  const rows = siteRows();
  const body = $('site-stats');
  body.replaceChildren();
  $('sites-empty').hidden = rows.length > 0;
  $('site-table').hidden = rows.length === 0;
  for (const s of rows) {
    const tr = el('tr');
    tr.dataset.host = s.host;
    const site = el('th');
    site.scope = 'row';
    site.append(el('span', 'host', s.host), el('span', 'sentence', loadsText(s.loads) + msg('log_list_separator') + peopleText(s.people)));
    tr.append(
      site,
      el('td', 'first', s.first ? localText(s.first.toISOString(), 'short') : '–'),
      el('td', 'last', s.last ? localText(s.last.toISOString(), 'short') : '–'),
      el('td', 'duration', s.first && s.last ? durationText(s.first, s.last) : '–'),
      el('td', 'num loads', String(s.loads)),
      el('td', 'num people', String(s.people)),
      el('td', 'num records', String(s.records)),
    );
    body.append(tr);
  }
}

// ---------------------------------------------------------------- exports

const FORMATS = {
  json: { fn: 'exportJson', type: 'application/json', ext: 'json', at: true },
  csv: { fn: 'exportCsv', type: 'text/csv;charset=utf-8', ext: 'csv', at: false },
  html: { fn: 'exportHtml', type: 'text/html;charset=utf-8', ext: 'html', at: true },
};

/**
 * The text of an export of the records the filters show, oldest first (a
 * report reads in time order). Records in the draft format from before
 * schema 1 cannot be exported and are left out.
 */
async function buildExport(format, inClear) {
  const spec = FORMATS[format];
  if (!spec) throw new Error(`unknown export format: ${format}`);
  const fn = await coreFn(spec.fn);
  const list = filtered().filter((r) => r.schema === 1).reverse();
  const clear = inClear === true;
  if (format === 'html') {
    // The report's reasons in the reader's language, in record, frame and
    // finding order (JSON and CSV keep the core's English and the codes).
    const reasons = list.flatMap((r) => (r.frames ?? []).flatMap((f) => (f.findings ?? []).map(reasonText)));
    return fn(list, clear, isoSeconds(new Date()), reasons, msg('options_locale_code').replace(/_/g, '-'));
  }
  return spec.at ? fn(list, clear, isoSeconds(new Date())) : fn(list, clear);
}

function fileName(ext, now = new Date()) {
  const p = (n) => String(n).padStart(2, '0');
  return `notmine-incidents-${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}.${ext}`;
}

function download(text, type, name) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

async function exportClicked(format) {
  const box = $('in-clear');
  const inClear = box.checked;
  const buttons = ['export-json', 'export-csv', 'export-html'].map($);
  for (const b of buttons) b.disabled = true;
  try {
    const text = await buildExport(format, inClear);
    const name = fileName(FORMATS[format].ext);
    download(text, FORMATS[format].type, name);
    const left = filtered().filter((r) => r.schema !== 1).length;
    say(msg(inClear ? 'log_exported_clear' : 'log_exported', [name]) + (left ? ` ${msg('log_export_left_out', [String(left)])}` : ''));
  } catch (e) {
    say(msg('log_error_export', [errorText(e)]));
  } finally {
    // "In clear" holds for one export only.
    box.checked = false;
    for (const b of buttons) b.disabled = filtered().length === 0;
  }
}

globalThis.notmineLogExport = (format, inClear) => buildExport(format, inClear === true);

// ---------------------------------------------------------------- deleting

function showDeleteAll(on, focus = true) {
  $('delete-all-confirm').hidden = !on;
  $('delete-all').hidden = on;
  if (on) {
    $('delete-all-question').textContent = msg('log_delete_all_question', [String(records.length)]);
    if (focus) $('delete-all-cancel').focus();
  } else if (focus) $('delete-all').focus();
}

function showDeleteOne(on, focus = true) {
  $('delete-one-confirm').hidden = !on;
  $('delete-one').hidden = on;
  if (!focus) return;
  if (on) $('delete-one-cancel').focus();
  else $('delete-one').focus();
}

async function deleteOne() {
  const id = openId;
  if (id === null) return;
  try {
    await removeRecords([id]);
  } catch (e) {
    say(msg('log_error_save', [errorText(e)]));
    return;
  }
  showDeleteOne(false, false);
  openId = null;
  $('detail').hidden = true;
  await refresh();
  say(msg('log_deleted_one'));
  $('records-heading').focus();
}

async function deleteAll() {
  try {
    await removeAll();
  } catch (e) {
    say(msg('log_error_save', [errorText(e)]));
    return;
  }
  showDeleteAll(false, false);
  openId = null;
  $('detail').hidden = true;
  await refresh();
  say(msg('log_deleted_all'));
  $('records-heading').focus();
}

// ---------------------------------------------------------------- main

async function refresh() {
  await load();
  renderSiteFilter();
  renderList();
  renderSites();
  if (openId !== null) {
    const r = records.find((x) => x.id === openId);
    if (r) renderDetail(r);
    else {
      openId = null;
      $('detail').hidden = true;
    }
  }
}

async function main() {
  localize(document);
  $('records-heading').tabIndex = -1;
  for (const id of ['filter-site', 'filter-from', 'filter-to']) $(id).addEventListener('change', renderList);
  $('filters').addEventListener('reset', () => setTimeout(renderList, 0));
  $('filters').addEventListener('submit', (e) => e.preventDefault());
  for (const f of Object.keys(FORMATS)) $(`export-${f}`).addEventListener('click', () => exportClicked(f));
  $('detail-close').addEventListener('click', closeRecord);
  $('delete-all').addEventListener('click', () => showDeleteAll(true));
  $('delete-all-cancel').addEventListener('click', () => showDeleteAll(false));
  $('delete-all-yes').addEventListener('click', deleteAll);
  $('delete-one').addEventListener('click', () => showDeleteOne(true));
  $('delete-one-cancel').addEventListener('click', () => showDeleteOne(false));
  $('delete-one-yes').addEventListener('click', deleteOne);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !$('detail').hidden) closeRecord();
  });
  onOwnedChanged((keys) => {
    if (keys.has('incidents') || keys.has('sites')) refresh();
  });
  await refresh();
  document.body.dataset.ready = 'true';
  loadCore().catch(() => {}); // warm up; an error is shown where the core is needed
}

main().catch((e) => say(msg('log_error_load', [errorText(e)])));
