// /playground: runs the NotMine core (WASM) on pasted HTML in the browser.
//
// The pasted HTML goes into a sandboxed iframe (sandbox="allow-same-origin"
// without allow-scripts: its scripts cannot run); the content script's own
// snapshot builder (/static/snapshot.js, the extension's file) reads the
// frame's document and the core judges the snapshot. Everything the page
// shows from the verdict is set with textContent.

let judge = null;
let checkProfile = null;

const root = document.getElementById('playground');
const S = JSON.parse(root.dataset.strings);
const $ = (id) => document.getElementById(id);
const status = $('pg-status');
const htmlBox = $('pg-html');
const profileBox = $('pg-profile');
const useProfile = $('pg-use-profile');
const checkBtn = $('pg-check');
const frame = $('pg-frame');
const verdictEl = $('pg-verdict');
const metaEl = $('pg-meta');
const tbody = document.querySelector('#pg-findings tbody');

const fmt = (key, vars = {}) => S[key].replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m));

function setStatus(text, kind = '') {
  status.textContent = text;
  status.className = `status ${kind}`;
}

function cell(text) {
  const td = document.createElement('td');
  td.textContent = text ?? '';
  return td;
}

/** Loads `html` into the sandboxed frame and resolves when it has loaded. */
function loadFrame(html) {
  return new Promise((resolve) => {
    frame.addEventListener('load', () => resolve(frame.contentDocument), { once: true });
    frame.srcdoc = html;
  });
}

function render(v) {
  verdictEl.textContent = v.warn ? fmt('pg.warn', { severity: v.severity }) : S['pg.noWarn'];
  verdictEl.className = `verdict ${v.warn ? `warn sev-${v.severity}` : 'ok'}`;
  const meta = [
    fmt('pg.accountView', { v: v.account_view ? S['pg.yes'] : S['pg.no'] }),
    fmt('pg.fields', { n: Array.isArray(v.fields) ? v.fields.length : 0 }),
  ];
  if (Array.isArray(v.notes) && v.notes.length) meta.push(...v.notes);
  metaEl.textContent = meta.join(' · ');
  tbody.replaceChildren();
  const findings = Array.isArray(v.findings) ? v.findings : [];
  if (findings.length === 0) {
    const tr = document.createElement('tr');
    const td = cell(S['pg.none']);
    td.colSpan = 5;
    tr.append(td);
    tbody.append(tr);
    return;
  }
  for (const f of findings) {
    const field = f.field ? (f.field.label || f.field.name || f.field.id) : f.place;
    const tr = document.createElement('tr');
    tr.append(cell(f.kind), cell(field), cell(f.value), cell(f.reason), cell(f.severity));
    tbody.append(tr);
  }
}

async function check() {
  let profile = null;
  if (useProfile.checked) {
    try {
      profile = checkProfile(profileBox.value);
    } catch (e) {
      setStatus(fmt('pg.badProfile', { err: e && e.message ? e.message : String(e) }), 'error');
      return;
    }
  }
  checkBtn.disabled = true;
  try {
    const doc = await loadFrame(htmlBox.value);
    const snapshot = globalThis.notmineSnapshot(doc);
    render(judge(snapshot, profile));
    setStatus(S['pg.ready']);
  } catch (e) {
    setStatus(fmt('pg.error', { err: e && e.message ? e.message : String(e) }), 'error');
  } finally {
    checkBtn.disabled = false;
  }
}

for (const btn of document.querySelectorAll('[data-example]')) {
  btn.addEventListener('click', async () => {
    try {
      const r = await fetch(btn.dataset.example, { credentials: 'same-origin' });
      htmlBox.value = await r.text();
      htmlBox.focus();
    } catch (e) {
      setStatus(fmt('pg.error', { err: e && e.message ? e.message : String(e) }), 'error');
    }
  });
}
checkBtn.addEventListener('click', check);

try {
  if (root.dataset.pkg !== '1') throw new Error('missing');
  // Imported dynamically so that a missing package still leaves a message.
  const core = await import('/pkg/notmine.js');
  await core.default();
  judge = core.judge;
  checkProfile = core.checkProfile;
  if (typeof globalThis.notmineSnapshot !== 'function') throw new Error('snapshot.js not loaded');
  checkBtn.disabled = false;
  setStatus(S['pg.ready']);
} catch (e) {
  setStatus(S['pg.missing'], 'error');
}
