/**
 * NotMine popup ("Scan this page"), for testers.
 *
 * On open: finds the active tab (`?tab=<id>` overrides it, for tests), asks
 * the background to scan it (`{type: 'scan', tabId}`) and renders the reply
 * (docs/extension.md): the overall state, each frame's findings, every form
 * control with the type the core gave it, "Copy as JSON", "Rescan",
 * "Don't warn on this site", "Document it" (on a warning) and "Document
 * this page" (findings or not, with a note), each followed by a link to
 * the incident log. Page data is only ever set
 * as text (`textContent`), never parsed as HTML. Values are the core's
 * masked ones; the popup never sees raw values.
 */
import '../lib/messages.js';
import { api } from '../lib/browser.js';
import { el, evidenceText, kindWord, localize, msg, reasonText } from '../lib/i18n.js';
import { getSilenced, hostOf, onOwnedChanged } from '../lib/store.js';

const { Type } = globalThis.NotMineMessages;

const $ = (id) => document.getElementById(id);
const SEVERITIES = ['none', 'low', 'medium', 'high'];

/** The tab being looked at: `{id, url}`. */
let tab = null;
/** The last successful scan reply's `tab`, and when it arrived. */
let scanned = null;
let scannedAt = null;

function errorText(e) {
  return e && e.message ? e.message : String(e);
}

/** Sends a message to the background; a rejection or no answer becomes `{error}`. */
async function ask(message) {
  let reply;
  try {
    reply = await api.runtime.sendMessage(message);
  } catch (e) {
    return { error: errorText(e) };
  }
  if (!reply || typeof reply !== 'object') return { error: msg('popup_no_answer') };
  return reply;
}

async function findTab() {
  const param = new URLSearchParams(location.search).get('tab');
  if (param !== null && /^\d+$/.test(param)) {
    const id = Number(param);
    let url = '';
    try {
      const t = await api.tabs.get(id);
      url = (t && t.url) || '';
    } catch (_) {
      // no such tab, or its URL is not ours to see: the reply has it
    }
    return { id, url };
  }
  const [t] = await api.tabs.query({ active: true, currentWindow: true });
  return t ? { id: t.id, url: t.url || '' } : null;
}

function say(text) {
  $('status').textContent = text || '';
}

function showProblem(text) {
  $('problem').hidden = !text;
  $('problem-text').textContent = text || '';
}

function setState(state, text) {
  $('header').dataset.state = state;
  $('state').textContent = text;
}

function severityWord(s) {
  return msg('popup_severity_' + (SEVERITIES.includes(s) ? s : 'none'));
}

function severityBadge(s) {
  const level = SEVERITIES.includes(s) ? s : 'none';
  const b = el('span', `badge sev-${level}`, severityWord(level));
  return b;
}

function timeText(at) {
  const d = at instanceof Date || typeof at === 'number' || typeof at === 'string' ? new Date(at) : null;
  if (!d || Number.isNaN(d.getTime())) return '';
  try {
    return d.toLocaleTimeString(document.documentElement.lang || undefined);
  } catch (_) {
    return d.toLocaleTimeString();
  }
}

function isoOf(at) {
  const d = typeof at === 'number' || typeof at === 'string' ? new Date(at) : null;
  return d && !Number.isNaN(d.getTime()) ? d.toISOString() : null;
}

/** `[[frameId, entry]]`, the top frame first, only entries with a verdict. */
function framesOf(t) {
  const frames = t && t.frames && typeof t.frames === 'object' ? t.frames : {};
  return Object.entries(frames)
    .filter(([, f]) => f && f.verdict && typeof f.verdict === 'object')
    .sort((a, b) => Number(a[0]) - Number(b[0]));
}

function maxSeverity(list) {
  let i = 0;
  for (const s of list) i = Math.max(i, SEVERITIES.indexOf(s));
  return SEVERITIES[i];
}

/** The heading naming a frame (only shown when the tab has several). */
function frameHeading(frameId, entry) {
  const h = el('h3', 'frame-heading');
  h.append(el('span', 'frame-kind', frameId === '0' ? msg('popup_frame_top') : msg('popup_frame_sub')));
  if (entry.url) h.append(el('span', 'frame-url', entry.url));
  return h;
}

function row(dl, term, value, className) {
  if (value === undefined || value === null || value === '') return;
  dl.append(el('dt', '', term));
  const dd = el('dd', className || '', value);
  dl.append(dd);
}

function fieldName(field) {
  if (!field) return '';
  return field.label || field.name || field.id || '';
}

function renderFinding(f) {
  const li = el('li', 'finding');
  const head = el('div', 'finding-head');
  head.append(el('span', 'kind', kindWord(f.kind)), severityBadge(f.severity));
  li.append(head);
  const dl = el('dl', 'facts');
  row(dl, msg('popup_value'), f.value, 'value');
  if (f.place === 'account-view') row(dl, msg('popup_where'), msg('popup_place_account'));
  else if (f.place === 'embedded-data') {
    row(dl, msg('popup_where'), msg('popup_place_embedded'));
    row(dl, msg('popup_source'), fieldName(f.field));
  } else row(dl, msg('popup_field'), fieldName(f.field) || msg('popup_field_unlabelled'));
  row(dl, msg('popup_reason'), reasonText(f), 'reason');
  li.append(dl);
  return li;
}

function renderFindings(frames, several) {
  const box = $('findings');
  box.replaceChildren();
  let any = false;
  for (const [frameId, entry] of frames) {
    const findings = Array.isArray(entry.verdict.findings) ? entry.verdict.findings : [];
    if (findings.length === 0) continue;
    any = true;
    const group = el('div', 'frame');
    group.dataset.frameId = frameId;
    if (several) group.append(frameHeading(frameId, entry));
    const ul = el('ul', 'findings');
    for (const f of findings) ul.append(renderFinding(f));
    group.append(ul);
    box.append(group);
  }
  $('findings-section').hidden = !any;
  return any;
}

/**
 * Whether a control or shown value was judged, and why, from the core's
 * explanation (`explain`, the same function as `notmine scan --explain`):
 * a badge, the reason in the user's language by its code, and the core's
 * own sentence, which names the details (the type, the owner).
 */
function explained(li, head, dl, w) {
  if (!w) return;
  li.dataset.judged = w.judged ? 'true' : 'false';
  li.dataset.why = w.code;
  head.append(el('span', w.judged ? 'badge judged-badge' : 'badge skipped-badge',
    msg(w.judged ? 'popup_judged' : 'popup_skipped')));
  const said = msg(`explain_${w.code.replace(/-/g, '_')}`);
  row(dl, msg('popup_judged_why'), said || w.why, 'why');
  if (said && said !== w.why) row(dl, '', w.why, 'why-detail muted');
}

function renderField(f, w) {
  const li = el('li', 'field');
  const head = el('div', 'field-head');
  head.append(el('span', f.label ? 'field-label' : 'field-label muted', f.label || msg('popup_field_unlabelled')));
  head.append(el('code', f.type ? 'type' : 'type none', f.type || msg('popup_type_none')));
  if (f.hidden) head.append(el('span', 'badge hidden-badge', msg('popup_hidden')));
  li.append(head);
  const dl = el('dl', 'facts');
  row(dl, msg('popup_name'), f.name, 'mono');
  row(dl, msg('popup_id'), f.id, 'mono');
  row(dl, msg('popup_reason'), f.reason, 'reason');
  explained(li, head, dl, w);
  li.append(dl);
  return li;
}

/** A value the page's text shows (a greeting, a labelled value), with why. */
function renderShown(s) {
  const li = el('li', 'field shown');
  const head = el('div', 'field-head');
  head.append(el('span', 'field-label', kindWord(s.kind)));
  head.append(el('code', 'value', s.value));
  li.append(head);
  const dl = el('dl', 'facts');
  row(dl, msg('popup_shown_as'), msg(`popup_shown_${s.how.replace(/-/g, '_')}`) || s.how, '');
  // A value in running text has no label on the page: the core's word for it is English.
  if (s.how === 'labelled') row(dl, msg('popup_shown_label'), s.label, '');
  explained(li, head, dl, s);
  li.append(dl);
  return li;
}

function renderFields(frames, several) {
  const box = $('fields');
  box.replaceChildren();
  let count = 0;
  for (const [frameId, entry] of frames) {
    const v = entry.verdict;
    const fields = Array.isArray(v.fields) ? v.fields : [];
    count += fields.length;
    const group = el('div', 'frame');
    group.dataset.frameId = frameId;
    if (several) group.append(frameHeading(frameId, entry));
    if (fields.length === 0) {
      group.append(el('p', 'muted', msg('popup_no_fields')));
    } else {
      const why = Array.isArray(entry.explanation?.fields) && entry.explanation.fields.length === fields.length
        ? entry.explanation.fields : [];
      const ul = el('ul', 'fields');
      fields.forEach((f, i) => ul.append(renderField(f, why[i])));
      group.append(ul);
    }
    const shown = Array.isArray(entry.explanation?.shown) ? entry.explanation.shown : [];
    if (shown.length > 0) {
      group.append(el('h3', 'shown-heading', msg('popup_shown_heading', [String(shown.length)])));
      const ul = el('ul', 'fields shown-values');
      for (const s of shown) ul.append(renderShown(s));
      group.append(ul);
    }
    if (v.account_view) {
      const why = evidenceText(v.account_evidence) || v.account_view;
      group.append(el('p', 'note', msg('popup_account_view', [why])));
    }
    for (const n of Array.isArray(v.notes) ? v.notes : []) group.append(el('p', 'note', n));
    box.append(group);
  }
  $('fields-details').hidden = frames.length === 0;
  $('fields-details').querySelector('summary').textContent = msg('popup_fields_summary', [String(count)]);
}

function hideResults() {
  for (const id of ['unreachable', 'findings-section', 'clean', 'fields-details', 'silence-row', 'document-page-section']) $(id).hidden = true;
  $('copy-json').hidden = true;
  $('document').hidden = true;
  showProblem('');
}

function render(reply) {
  hideResults();
  $('actions').hidden = false;
  scanned = null;
  if (reply.unreachable) {
    setState('unreachable', msg('popup_state_unreachable'));
    $('unreachable').hidden = false;
    $('unreachable-detail').textContent = reply.error ? msg('popup_detail', [reply.error]) : '';
    return;
  }
  if (reply.error || !reply.tab) {
    setState('error', msg('popup_state_error'));
    showProblem(msg('popup_error', [reply.error || msg('popup_no_answer')]));
    return;
  }
  scanned = reply.tab;
  scannedAt = new Date();
  // Without the "tabs" permission the tab's URL may be hidden from us; the
  // top frame's snapshot URL is the same page.
  const top = reply.tab.frames && reply.tab.frames['0'];
  const url = reply.tab.url || (top && top.url) || (tab && tab.url) || '';
  const host = hostOf(url);
  $('host').textContent = host ? msg('popup_host', [host, timeText(scannedAt)]) : '';
  const frames = framesOf(reply.tab);
  const several = frames.length > 1;
  if (frames.length === 0) {
    setState('unknown', msg('popup_state_none_yet'));
    showProblem(msg('popup_no_frames'));
  } else {
    const warn = frames.some(([, f]) => f.verdict.warn);
    // "Not me" in the banner made the page high (background: raiseTab).
    const raised = frames.some(([, f]) => f.raised);
    const severity = raised ? 'high' : maxSeverity(frames.map(([, f]) => f.verdict.severity));
    if (warn) {
      setState('warn', msg('popup_state_warn'));
      $('state').append(' ', severityBadge(severity));
      if (raised) $('state').append(' ', el('span', 'muted', msg('popup_raised')));
    } else {
      setState('clean', msg('popup_state_clean'));
      $('clean').hidden = false;
    }
    renderFindings(frames, several);
    renderFields(frames, several);
    $('copy-json').hidden = false;
    $('document').hidden = !warn;
  }
  $('document-page-section').hidden = false;
  if (host) showSilence(host);
}

async function showSilence(host) {
  const box = $('silence');
  box.dataset.host = host;
  try {
    const silenced = await getSilenced();
    box.checked = Object.prototype.hasOwnProperty.call(silenced, host);
  } catch (_) {
    box.checked = false;
  }
  $('silence-row').hidden = false;
}

function busy(on) {
  document.body.setAttribute('aria-busy', on ? 'true' : 'false');
  for (const id of ['rescan', 'copy-json', 'document', 'document-page']) $(id).disabled = on;
}

async function scan() {
  if (!tab) return;
  busy(true);
  setState('loading', msg('popup_scanning'));
  say('');
  const reply = await ask({ type: Type.scan, tabId: tab.id });
  busy(false);
  render(reply);
}

/** What "Copy as JSON" copies: masked values only, as the core gave them. */
function report() {
  const frames = framesOf(scanned).map(([frameId, f]) => ({
    frame_id: Number(frameId),
    url: f.url ?? null,
    title: f.title ?? null,
    at: isoOf(f.at),
    warn: Boolean(f.verdict.warn),
    severity: f.verdict.severity ?? 'none',
    findings: f.verdict.findings ?? [],
    fields: f.verdict.fields ?? [],
    account_view: f.verdict.account_view ?? null,
    notes: f.verdict.notes ?? [],
  }));
  return {
    url: (scanned && (scanned.url || (scanned.frames && scanned.frames['0'] && scanned.frames['0'].url))) || (tab && tab.url) || null,
    scanned_at: (scannedAt || new Date()).toISOString(),
    frames,
  };
}

async function copyJson() {
  if (!scanned) return;
  try {
    await navigator.clipboard.writeText(JSON.stringify(report(), null, 2));
    say(msg('popup_copied'));
  } catch (e) {
    say('');
    showProblem(msg('popup_error', [errorText(e)]));
  }
}

/**
 * "Document it" (trigger "warning") and "Document this page" (trigger
 * "page", with the note): the background builds and stores the record.
 */
async function record(trigger) {
  if (!tab) return;
  const button = $(trigger === 'page' ? 'document-page' : 'document');
  button.disabled = true;
  const message = { type: Type.document, tabId: tab.id, trigger };
  if (trigger === 'page') message.note = $('note').value.trim().slice(0, 4000);
  const reply = await ask(message);
  button.disabled = false;
  if (reply.error || !reply.record) {
    $('recorded').hidden = true;
    showProblem(msg('popup_error', [reply.error || msg('popup_no_answer')]));
    return;
  }
  showProblem('');
  if (trigger === 'page') $('note').value = '';
  $('recorded').hidden = false;
  $('open-log').focus();
}

async function openLog() {
  try {
    await api.tabs.create({ url: api.runtime.getURL('log/log.html') });
    // As the toolbar popup it closes; opened in a tab (`?tab=`, tests) it stays.
    if (!new URLSearchParams(location.search).has('tab')) window.close();
  } catch (e) {
    showProblem(msg('popup_error', [errorText(e)]));
  }
}

async function silence() {
  const box = $('silence');
  const host = box.dataset.host;
  if (!host) return;
  const on = box.checked;
  box.disabled = true;
  const reply = await ask({ type: Type.silence, host, on });
  box.disabled = false;
  if (reply.error || !reply.silenced || typeof reply.silenced !== 'object') {
    box.checked = !on;
    showProblem(msg('popup_error', [reply.error || msg('popup_no_answer')]));
    return;
  }
  showProblem('');
  box.checked = Object.prototype.hasOwnProperty.call(reply.silenced, host);
  say(msg(box.checked ? 'popup_silenced' : 'popup_unsilenced', [host]));
}

async function openOptions() {
  try {
    await api.runtime.openOptionsPage();
  } catch (e) {
    showProblem(msg('popup_error', [errorText(e)]));
  }
}

async function main() {
  localize(document);
  $('rescan').addEventListener('click', scan);
  $('copy-json').addEventListener('click', copyJson);
  $('document').addEventListener('click', () => record('warning'));
  $('document-page').addEventListener('click', () => record('page'));
  $('open-log').addEventListener('click', openLog);
  $('silence').addEventListener('change', silence);
  $('open-options').addEventListener('click', openOptions);
  onOwnedChanged(async (keys) => {
    const host = $('silence').dataset.host;
    if (keys.has('silenced') && host && !$('silence').disabled) {
      const now = await getSilenced();
      $('silence').checked = Object.prototype.hasOwnProperty.call(now, host);
    }
  });
  try {
    tab = await findTab();
  } catch (e) {
    render({ error: errorText(e) });
    return;
  }
  if (!tab) {
    render({ error: msg('popup_no_tab') });
    return;
  }
  const host = hostOf(tab.url);
  if (host) $('host').textContent = host;
  await scan();
}

main();
