#!/usr/bin/env node
/**
 * The accuracy evaluation, judged by the real extension in Chromium and
 * Firefox, side by side with the CLI's judgement of the same files.
 *
 *   notmine eval CORPUS --write DIR      # writes DIR/variants.jsonl, DIR/profile.json
 *   node tests/browser/eval-browsers.mjs [--browser chromium|firefox|both]
 *        [--sample N] [--seed S] [--format text|json] [--timeout SECONDS] DIR
 *
 * DIR/variants.jsonl has one page to judge per line: `{"file", "set":
 * "forms"|"negatives", "source", "page", "variant": "original"|"stranger"|
 * "own"|"negative", "filled", "email", "cli": {"profile", "no_profile"}}`,
 * where `cli` holds the severities `notmine scan` gives that file with the
 * profile (DIR/profile.json) and without one.
 *
 * Every entry (or a sample of N, below) is loaded through the browser scan
 * harness (tools/browser-scan.mjs: one page at a time, the site's memory wiped
 * between pages, each page served at its saved-from path) twice per
 * browser: in one pass with the profile in the extension's storage, in a
 * second with none. Printed per browser, and from the manifest's `cli`
 * values over the same entries, named as `notmine eval` names them:
 *   forms.recall                      stranger entries warned with the profile
 *   forms.recall_no_email             the same, stranger entries without an email field
 *   forms.recall_no_profile           stranger entries warned without a profile (≥ low)
 *   forms.false_alarms_original       original entries warned with the profile
 *   forms.false_alarms_original_no_profile   … and without one
 *   forms.false_alarms_own            own entries warned with the profile
 *   negatives.false_alarms_profile    negative entries warned with the profile
 *   negatives.false_alarms_no_profile … and without one
 * then the agreement: the share of (entry, profile setting) judgements in
 * which the browser's severity is the CLI's, and every one where it is not
 * (a page without a verdict in time counts as one, with the reason).
 *
 * --sample N takes a fixed sample: stratified by variant (stranger, own,
 * original, negative in proportion to the manifest, at least one of each),
 * each stratum's entries ordered by a SHA-256 of the seed and the entry's
 * identity (set, source, page, variant, file name), so the same manifest
 * and seed give the same sample wherever DIR lives. --seed defaults to 1.
 *
 * Exit status: 0 when every browser agrees with the CLI on at least 99 % of
 * its judgements, 1 below that, 2 on a usage error or a browser that does
 * not start. The text output ends with "N passed, M failed" (agreeing and
 * disagreeing judgements over all browsers); the time per page of each
 * browser is printed just before it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BROWSERS, PAGE_MS, openScanner } from '../../tools/browser-scan.mjs';
import { exitWhenFlushed } from './lib/browsers.mjs';

const SEVERITIES = ['none', 'low', 'medium', 'high'];
const VARIANTS = ['stranger', 'own', 'original', 'negative'];
const SETS = ['forms', 'negatives'];
/** The two judgements of every entry: manifest key and how it is printed. */
const SETTINGS = [['profile', 'with profile'], ['no_profile', 'no profile']];
/** Agreement each browser must reach with the CLI. */
const AGREE_AT_LEAST = 0.99;
const NAMES = { chromium: 'Chromium', firefox: 'Firefox' };

function usage(msg) {
  if (msg) console.error(`eval-browsers: ${msg}`);
  console.error('usage: node tests/browser/eval-browsers.mjs [--browser chromium|firefox|both] [--sample N] [--seed S] '
    + '[--format text|json] [--timeout SECONDS] DIR');
  process.exit(2);
}

function parseArgs(argv) {
  const o = { browsers: [...BROWSERS], sample: null, seed: '1', format: 'text', pageMs: PAGE_MS, dir: null };
  const value = (i, flag) => {
    const v = argv[i];
    if (v === undefined || v.startsWith('--')) usage(`${flag} needs a value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--browser') {
      const b = value(++i, a);
      if (b === 'both') o.browsers = [...BROWSERS];
      else if (BROWSERS.includes(b)) o.browsers = [b];
      else usage(`--browser must be chromium, firefox or both, not "${b}"`);
    } else if (a === '--sample') {
      const n = value(++i, a);
      if (!/^[1-9]\d*$/.test(n)) usage(`--sample needs a positive whole number, not "${n}"`);
      o.sample = Number(n);
    } else if (a === '--seed') {
      o.seed = value(++i, a);
    } else if (a === '--format') {
      o.format = value(++i, a);
      if (o.format !== 'text' && o.format !== 'json') usage(`--format must be text or json, not "${o.format}"`);
    } else if (a === '--timeout') {
      const s = value(++i, a);
      if (!(Number(s) > 0)) usage(`--timeout needs a number of seconds, not "${s}"`);
      o.pageMs = Math.round(Number(s) * 1000);
    } else if (a === '-h' || a === '--help') {
      usage();
    } else if (a.startsWith('-')) {
      usage(`unknown option ${a}`);
    } else if (o.dir === null) {
      o.dir = a;
    } else {
      usage(`one DIR only (got ${o.dir} and ${a})`);
    }
  }
  if (o.dir === null) usage('no DIR given (written by `notmine eval CORPUS --write DIR`)');
  return o;
}

/** The manifest's entries and the profile, checked; any fault is a usage error. */
function readDir(dir) {
  const manifest = join(dir, 'variants.jsonl');
  const profileFile = join(dir, 'profile.json');
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) usage(`${dir}: no such directory`);
  if (!existsSync(manifest)) usage(`${manifest} is missing: write DIR with \`notmine eval CORPUS --write ${dir}\``);
  if (!existsSync(profileFile)) usage(`${profileFile} is missing: the profile the CLI judged with belongs there`);
  let profile;
  try {
    profile = JSON.parse(readFileSync(profileFile, 'utf8'));
  } catch (e) {
    usage(`${profileFile}: ${e.message}`);
  }
  const entries = [];
  const missing = [];
  readFileSync(manifest, 'utf8').split('\n').forEach((text, i) => {
    if (text.trim() === '') return;
    const at = `${manifest}:${i + 1}`;
    let e;
    try {
      e = JSON.parse(text);
    } catch (err) {
      usage(`${at}: not JSON (${err.message})`);
    }
    if (typeof e.file !== 'string' || e.file === '') usage(`${at}: no "file"`);
    if (!VARIANTS.includes(e.variant)) usage(`${at}: "variant" must be one of ${VARIANTS.join(', ')}, not ${JSON.stringify(e.variant)}`);
    if (!SETS.includes(e.set)) usage(`${at}: "set" must be forms or negatives, not ${JSON.stringify(e.set)}`);
    for (const [k] of SETTINGS) {
      if (!SEVERITIES.includes(e.cli?.[k])) usage(`${at}: "cli.${k}" must be one of ${SEVERITIES.join(', ')}, not ${JSON.stringify(e.cli?.[k])}`);
    }
    const file = isAbsolute(e.file) ? e.file : resolve(dir, e.file);
    if (!existsSync(file)) missing.push(file);
    entries.push({ ...e, file, email: e.email === true, line: i + 1 });
  });
  if (missing.length > 0) {
    usage(`${missing.length} page(s) named in ${manifest} do not exist, e.g. ${missing.slice(0, 3).join(', ')}`);
  }
  if (entries.length === 0) usage(`${manifest} lists no pages`);
  return { entries, profile };
}

/** A fixed rank for an entry: the same for the same seed and entry, wherever DIR is. */
function rank(seed, e) {
  return createHash('sha256')
    .update([seed, e.set, e.source ?? '', e.page ?? '', e.variant, basename(e.file)].join('\n'))
    .digest('hex');
}

/**
 * How many of each stratum a sample of n takes: in proportion (largest
 * remainder), at least one of every stratum that has entries when n allows.
 */
export function allocate(counts, n) {
  const total = counts.reduce((a, b) => a + b, 0);
  if (n >= total) return [...counts];
  const exact = counts.map((c) => (n * c) / total);
  const take = exact.map(Math.floor);
  const order = counts.map((_, i) => i).sort((a, b) => (exact[b] - take[b]) - (exact[a] - take[a]) || a - b);
  for (let left = n - take.reduce((a, b) => a + b, 0), k = 0; left > 0; k++) {
    const i = order[k % order.length];
    if (take[i] < counts[i]) {
      take[i]++;
      left--;
    }
  }
  for (let i = 0; i < counts.length; i++) {
    if (counts[i] > 0 && take[i] === 0) {
      const j = take.indexOf(Math.max(...take));
      if (take[j] > 1) {
        take[j]--;
        take[i]++;
      }
    }
  }
  return take;
}

/** The sample, in judging order (by rank: variants of one page are not loaded one after another). */
export function sample(entries, n, seed) {
  const ranked = entries.map((e) => ({ e, r: rank(seed, e) }));
  let chosen = ranked;
  if (n !== null && n < entries.length) {
    const strata = VARIANTS.map((v) => ranked.filter((x) => x.e.variant === v).sort((a, b) => (a.r < b.r ? -1 : a.r > b.r ? 1 : 0)));
    const take = allocate(strata.map((s) => s.length), n);
    chosen = strata.flatMap((s, i) => s.slice(0, take[i]));
  }
  return chosen.sort((a, b) => (a.r < b.r ? -1 : a.r > b.r ? 1 : 0)).map((x) => x.e);
}

/** The evaluation's figures over `entries`, with `sev(entry, setting)` a severity or null (no verdict). */
function figures(entries, sev) {
  const warned = (e, s) => {
    const v = sev(e, s);
    return v !== null && v !== undefined && v !== 'none';
  };
  const rate = (list, s) => {
    const hits = list.filter((e) => warned(e, s)).length;
    return { value: list.length ? hits / list.length : null, hits, of: list.length };
  };
  const of = (v) => entries.filter((e) => e.variant === v);
  const stranger = of('stranger');
  // Named and grouped as `notmine eval --format json` names them.
  return {
    forms: {
      recall: rate(stranger, 'profile'),
      recall_no_email: rate(stranger.filter((e) => !e.email), 'profile'),
      recall_no_profile: rate(stranger, 'no_profile'),
      false_alarms_original: rate(of('original'), 'profile'),
      false_alarms_original_no_profile: rate(of('original'), 'no_profile'),
      false_alarms_own: rate(of('own'), 'profile'),
    },
    negatives: {
      false_alarms_profile: rate(of('negative'), 'profile'),
      false_alarms_no_profile: rate(of('negative'), 'no_profile'),
    },
  };
}

/** The figures, in the order they are printed: [group, name]. */
const ROWS = [
  ['forms', 'recall'], ['forms', 'recall_no_email'], ['forms', 'recall_no_profile'],
  ['forms', 'false_alarms_original'], ['forms', 'false_alarms_original_no_profile'], ['forms', 'false_alarms_own'],
  ['negatives', 'false_alarms_profile'], ['negatives', 'false_alarms_no_profile'],
];

/** Figures as plain numbers for JSON, and their counts as [hits, of] beside them. */
function plain(f) {
  const out = { forms: {}, negatives: {}, counts: { forms: {}, negatives: {} } };
  for (const [group, name] of ROWS) {
    const r = f[group][name];
    out[group][name] = r.value === null ? null : Number(r.value.toFixed(4));
    out.counts[group][name] = [r.hits, r.of];
  }
  return out;
}

/** What the browser found, in a few words, for a disagreement's line. */
function findingsBrief(line) {
  if (!line?.findings) return '';
  return line.findings.map((f) => {
    const field = f.field ? (f.field.id ?? f.field.name ?? '?') : 'page text';
    return `${f.kind} ${field}`;
  }).join(', ');
}

/** One browser's judgements of `entries`: a pass with the profile, one without. */
async function judge(kind, entries, profile, pageMs, progress) {
  const started = Date.now();
  const scanner = await openScanner(kind, { pageMs });
  const results = new Map(SETTINGS.map(([s]) => [s, new Map()]));
  const times = [];
  let version = '';
  try {
    version = await scanner.version();
    for (const [setting, label] of SETTINGS) {
      await scanner.setProfile(setting === 'profile' ? profile : null);
      let k = 0;
      for (const e of entries) {
        const r = await scanner.scan(e.file);
        results.get(setting).set(e, r);
        times.push({ ms: r.ms, file: e.file });
        k++;
        if (k % 25 === 0 || k === entries.length) progress(`[${kind}] ${label}: ${k}/${entries.length}`);
      }
    }
  } finally {
    await scanner.close();
  }
  return { results, times, seconds: (Date.now() - started) / 1000, version };
}

/** Agreement with the manifest's CLI severities, and every disagreement. */
function compare(entries, results) {
  let agree = 0;
  const disagreements = [];
  for (const e of entries) {
    for (const [setting] of SETTINGS) {
      const r = results.get(setting).get(e);
      const got = r.line.severity ?? null;
      const want = e.cli[setting];
      // A page that sent its tab elsewhere was not judged as the CLI judged
      // the file, whatever the severity says.
      if (got === want && !r.movedTo && !r.left) {
        agree++;
        continue;
      }
      const d = { file: e.file, page: e.page ?? null, variant: e.variant, setting, cli: want, browser: got };
      if (r.line.error) d.reason = r.timeout ? `timeout: ${r.line.error}` : r.line.error;
      else if (r.left) d.reason = `the page's own script sent the tab to ${r.left}: the verdict is of the page cut short there`;
      else if (r.movedTo) d.reason = `the page moved itself from ${r.url} to ${r.movedTo}`;
      if (r.line.findings?.length) d.findings = findingsBrief(r.line);
      disagreements.push(d);
    }
  }
  const total = entries.length * SETTINGS.length;
  return { agree, total, agreement: total ? agree / total : 1, disagreements };
}

function timing(run) {
  const ms = run.times.map((t) => t.ms).sort((a, b) => a - b);
  const slowest = run.times.reduce((a, b) => (b.ms > a.ms ? b : a), { ms: 0, file: null });
  return {
    loads: ms.length,
    seconds: Number(run.seconds.toFixed(1)),
    // Wall time over page loads: launch, profile switches and blank pages included.
    seconds_per_page: ms.length ? Number((run.seconds / ms.length).toFixed(3)) : null,
    median_verdict_seconds: ms.length ? ms[Math.floor(ms.length / 2)] / 1000 : null,
    slowest: { seconds: slowest.ms / 1000, file: slowest.file },
  };
}

const pct = (x) => (x === null ? '–' : `${(x * 100).toFixed(1)} %`);
const cell = (r) => (r.of === 0 ? '– (0/0)' : `${pct(r.value)} (${r.hits}/${r.of})`);

function printText(o) {
  const cols = [['CLI', o.cli], ...o.browsers.map((b) => [NAMES[b], o.runs[b].figures])];
  const w0 = Math.max(...ROWS.map(([g, n]) => g.length + n.length + 1), 'agreement with the CLI'.length);
  const cells = (row) => row.map((c) => c.padEnd(22)).join('');
  console.log(`NotMine evaluation in the browser: ${o.sample} of ${o.entries} entries`
    + `${o.sampled ? ` (sample, seed ${o.seed})` : ''}: ${VARIANTS.map((v) => `${v} ${o.byVariant[v]}`).join(', ')}`);
  for (const b of o.browsers) console.log(`${NAMES[b]}: ${o.runs[b].version}`);
  console.log('');
  console.log(`${''.padEnd(w0)}  ${cells(cols.map(([name]) => name))}`);
  for (const [g, n] of ROWS) console.log(`${`${g}.${n}`.padEnd(w0)}  ${cells(cols.map(([, f]) => cell(f[g][n])))}`);
  console.log(`${'agreement with the CLI'.padEnd(w0)}  ${cells(['', ...o.browsers.map((b) => {
    const c = o.runs[b].compare;
    return `${pct(c.agreement)} (${c.agree}/${c.total})`;
  })])}`);
  console.log('');
  for (const b of o.browsers) {
    for (const d of o.runs[b].compare.disagreements) {
      const setting = SETTINGS.find(([s]) => s === d.setting)[1];
      console.log(`FAIL [${b}] ${setting}, ${d.variant}: ${d.file}: CLI ${d.cli}, ${NAMES[b]} ${d.browser ?? 'no verdict'}`
        + `${d.reason ? ` (${d.reason})` : ''}${d.findings ? ` [found: ${d.findings}]` : ''}`);
    }
  }
  for (const b of o.browsers) {
    const t = o.runs[b].timing;
    console.log(`time [${b}]: ${t.seconds_per_page} s per page (${t.loads} page loads in ${t.seconds} s, launch included; `
      + `median ${t.median_verdict_seconds} s to the verdict, slowest ${t.slowest.seconds} s: ${t.slowest.file})`);
  }
  const passed = o.browsers.reduce((a, b) => a + o.runs[b].compare.agree, 0);
  const failed = o.browsers.reduce((a, b) => a + o.runs[b].compare.disagreements.length, 0);
  console.log(`${passed} passed, ${failed} failed`);
}

function printJson(o) {
  const out = { sample: o.sample, entries: o.entries, seed: o.sampled ? o.seed : null, cli: plain(o.cli) };
  for (const b of o.browsers) {
    const r = o.runs[b];
    out[b] = {
      ...plain(r.figures),
      agreement: Number(r.compare.agreement.toFixed(4)),
      judgements: r.compare.total,
      disagreements: r.compare.disagreements,
      version: r.version,
      ...r.timing,
    };
  }
  console.log(JSON.stringify(out, null, 2));
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const { entries, profile } = readDir(opts.dir);
  const chosen = sample(entries, opts.sample, opts.seed);
  const progress = (msg) => console.error(msg);
  const byVariant = Object.fromEntries(VARIANTS.map((v) => [v, chosen.filter((e) => e.variant === v).length]));
  const runs = {};
  for (const b of opts.browsers) {
    let run;
    try {
      run = await judge(b, chosen, profile, opts.pageMs, progress);
    } catch (e) {
      console.error(`eval-browsers: ${NAMES[b]}: ${e.message}`);
      process.exit(2);
    }
    run.figures = figures(chosen, (e, s) => run.results.get(s).get(e).line.severity ?? null);
    run.compare = compare(chosen, run.results);
    run.timing = timing(run);
    runs[b] = run;
  }
  // Reported in file order, whatever order the pages were loaded in.
  for (const b of opts.browsers) {
    runs[b].compare.disagreements.sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : x.setting < y.setting ? -1 : 1));
  }
  const o = {
    sample: chosen.length,
    entries: entries.length,
    sampled: opts.sample !== null && opts.sample < entries.length,
    seed: opts.seed,
    byVariant,
    browsers: opts.browsers,
    cli: figures(chosen, (e, s) => e.cli[s]),
    runs,
  };
  if (opts.format === 'json') printJson(o);
  else printText(o);
  const ok = opts.browsers.every((b) => runs[b].compare.agreement >= AGREE_AT_LEAST);
  exitWhenFlushed(ok ? 0 : 1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(`eval-browsers: ${e && e.stack ? e.stack : e}`);
    process.exit(2);
  });
}
