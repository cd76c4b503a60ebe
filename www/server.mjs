// The MobilNet demo site for NotMine: one command, no dependencies.
//
//   node www/server.mjs [--port N]      (default 8080, binds 127.0.0.1 only)
//
// Routing, cookies and query handling, response headers. The pages are in
// pages.mjs, the texts in i18n.mjs, the made-up people in people.mjs, the
// CSS and page scripts in static/. Tests use `startServer({port: 0})`.

import http from 'node:http';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, normalize, sep, extname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { LANGS } from './i18n.mjs';
import { person, people, userFromProfile } from './people.mjs';
import * as P from './pages.mjs';

const WWW = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(WWW);
const STATIC = join(WWW, 'static');
const PKG = join(ROOT, 'extension', 'pkg');
const SNAPSHOT_JS = join(ROOT, 'extension', 'content', 'snapshot.js');

const PROFILE_TEXT = readFileSync(join(WWW, 'profile.json'), 'utf8');
const USER = userFromProfile(JSON.parse(PROFILE_TEXT));
/** People the user saved in her address book: fixed, so the page is stable. */
const CONTACTS = people(424242, 3);

const MIME = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const CSP_STRICT = "script-src 'self'; object-src 'none'; base-uri 'none'";
const CSP_PLAYGROUND = "script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'none'";

// ---------------------------------------------------------------- request helpers

function parseCookies(header) {
  const out = {};
  for (const part of (header || '').split(';')) {
    const i = part.indexOf('=');
    if (i < 0) continue;
    const k = part.slice(0, i).trim();
    if (k) out[k] = decodeURIComponent(part.slice(i + 1).trim());
  }
  return out;
}

function cookie(name, value) {
  return `${name}=${encodeURIComponent(value)}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly`;
}

function readBody(req, limit = 64 * 1024) {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks = [];
    req.on('data', (c) => {
      size += c.length;
      if (size > limit) { reject(new Error('body too large')); req.destroy(); return; }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** A local path to redirect to: "/…" but never "//host". */
function safeBack(v) {
  return typeof v === 'string' && v.startsWith('/') && !v.startsWith('//') && !v.includes('\\') ? v : '/';
}

/**
 * Per-request state: language (query → cookie → German), leak mode (query →
 * cookie → on), seed (query → a counter, so every load shows somebody new).
 */
function makeContext(req, url, counter) {
  const cookies = parseCookies(req.headers.cookie);
  const q = url.searchParams;
  const setCookies = [];
  let lang = cookies.lang;
  if (LANGS.includes(q.get('lang'))) {
    lang = q.get('lang');
    if (cookies.lang !== lang) setCookies.push(cookie('lang', lang));
  }
  if (!LANGS.includes(lang)) lang = 'de';
  let leak = cookies.leak !== '0';
  if (q.get('leak') === '1') leak = true;
  else if (q.get('leak') === '0') leak = false;
  const seedParam = q.get('seed');
  const fixedSeed = seedParam !== null && /^\d{1,10}$/.test(seedParam) ? Number(seedParam) >>> 0 : null;
  const nextSeed = () => (fixedSeed !== null ? fixedSeed : counter());
  const langHref = (l) => {
    const u = new URLSearchParams(q);
    u.set('lang', l);
    return `${url.pathname}?${u}`;
  };
  return { lang, leak, path: url.pathname, langHref, loggedIn: false, greet: null, nextSeed, fixedSeed, setCookies, query: q, cookies };
}

// ---------------------------------------------------------------- responses

function send(res, status, body, type, headers = {}) {
  res.writeHead(status, {
    'Content-Type': type,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'same-origin',
    ...headers,
  });
  res.end(body);
}

/** A page; `cacheControl` other than `no-store` only for the shop's pages (behind the cache). */
function sendPage(res, ctx, page, { status = 200, csp = null, cacheControl = 'no-store' } = {}) {
  const headers = {
    'Content-Language': ctx.lang,
    'X-Frame-Options': 'SAMEORIGIN',
    'Cache-Control': cacheControl,
  };
  if (csp) headers['Content-Security-Policy'] = csp;
  if (ctx.setCookies.length) headers['Set-Cookie'] = ctx.setCookies;
  send(res, status, String(page), 'text/html; charset=utf-8', headers);
}

function sendJson(res, ctx, obj) {
  const headers = { 'Cache-Control': 'no-store' };
  if (ctx.setCookies.length) headers['Set-Cookie'] = ctx.setCookies;
  send(res, 200, JSON.stringify(obj, null, 2), 'application/json; charset=utf-8', headers);
}

async function sendFile(res, file) {
  try {
    const data = await readFile(file);
    const type = MIME[extname(file)] || 'application/octet-stream';
    send(res, 200, data, type, { 'Cache-Control': 'no-cache' });
    return true;
  } catch {
    return false;
  }
}

/** A file under `dir` named by `rest`, or null when the name leaves `dir`. */
function inside(dir, rest) {
  let decoded;
  try { decoded = decodeURIComponent(rest); } catch { return null; }
  if (decoded.includes('\0')) return null;
  const file = normalize(join(dir, decoded));
  return file.startsWith(dir + sep) ? file : null;
}

const hasPkg = () => existsSync(join(PKG, 'notmine.js')) && existsSync(join(PKG, 'notmine_bg.wasm'));

// ---------------------------------------------------------------- the shop (behind a shared cache)

// /shop/ is the part of the site meant to run behind a caching proxy
// (www/cache-proxy.mjs). Its account page is a typical shop's: it knows the
// visitor by a session cookie, and a page-cache setting marks every page
// `public`, trusting the cache in front to leave account pages alone, which
// the incidents' caches did not.

const SHOP_SESSION = 'shop_session';
const SESSION_ID = /^[0-9a-f]{32}$/;

/**
 * The visitor's shop session id: the cookie's, or a new one (then its
 * Set-Cookie goes first in ctx.setCookies). A session cookie (no Max-Age),
 * only for /shop, as a shop's login cookie would be.
 */
function shopSession(ctx) {
  const have = ctx.cookies[SHOP_SESSION];
  if (typeof have === 'string' && SESSION_ID.test(have)) return have;
  const id = randomBytes(16).toString('hex');
  ctx.setCookies.unshift(`${SHOP_SESSION}=${id}; Path=/shop; SameSite=Lax; HttpOnly`);
  return id;
}

/** The customer of a session: seeded by a hash of its id, so a session always shows the same person. */
function shopCustomer(id) {
  const seed = createHash('sha256').update(id).digest().readUInt32BE(0);
  const p = person(seed);
  const [item] = P.SHOP_PRODUCTS[seed % P.SHOP_PRODUCTS.length];
  return { p, order: { id: `MN-${String(seed % 10000000).padStart(7, '0')}`, item } };
}

// ---------------------------------------------------------------- routes

/** GET routes: path → (ctx, res) handler. */
const ROUTES = {
  '/': (ctx, res) => sendPage(res, ctx, P.homePage(ctx)),
  // Leak off: the site fills in the logged-in user's own details, as a
  // careful site may. Without a profile NotMine cannot know they are hers
  // (it warns low) until she answers "This is me"; with one it stays quiet.
  '/gewinnspiel': (ctx, res) => sendPage(res, ctx, P.contestPage(ctx, ctx.leak ? person(ctx.nextSeed()) : USER)),
  '/gewinnspiel/freunde': (ctx, res) => sendPage(res, ctx, P.invitePage(ctx, ctx.leak ? people(ctx.nextSeed() ^ 0x5f3759df, 3) : [])),
  '/konto': (ctx, res) => sendPage(res, ctx, P.accountPage(ctx, ctx.leak ? person(ctx.nextSeed()) : USER)),
  '/konto/app': (ctx, res) => {
    const q = new URLSearchParams();
    for (const k of ['leak', 'seed', 'lang']) if (ctx.query.has(k)) q.set(k, ctx.query.get(k));
    const api = `/api/konto${q.size ? `?${q}` : ''}`;
    sendPage(res, ctx, P.accountAppPage(ctx, api));
  },
  '/api/konto': (ctx, res) => {
    const p = ctx.leak ? person(ctx.nextSeed()) : USER;
    sendJson(res, ctx, {
      lang: ctx.lang,
      greeting: P.accountGreeting(ctx.lang, p.name),
      sections: P.accountSections(ctx.lang, p),
      customer: {
        name: p.name, street: p.street, postcode: p.postcode, city: p.city, email: p.email, phone: p.phone,
        birthDate: p.birthDate, customerNumber: p.customer, tariff: p.tariff, iban: P.maskedIban(p.ibanLast4),
      },
    });
  },
  '/konto/rechnung': (ctx, res) => sendPage(res, ctx, P.billingPage(ctx, USER, ctx.leak ? person(ctx.nextSeed()) : USER)),
  '/konto/bestellung': (ctx, res) => sendPage(res, ctx, P.orderStatusPage(ctx, USER, ctx.leak ? person(ctx.nextSeed()) : USER)),
  '/konto/eigen': (ctx, res) => sendPage(res, ctx, P.ownAccountPage(ctx, USER)),
  '/kasse': (ctx, res) => sendPage(res, ctx, P.checkoutPage(ctx, ctx.leak ? person(ctx.nextSeed()) : null)),
  '/passwort': (ctx, res) => sendPage(res, ctx, P.passwordPage(ctx, ctx.leak ? person(ctx.nextSeed()).email : '')),
  '/csp/formular': (ctx, res) => sendPage(res, ctx, P.cspPage(ctx, ctx.leak ? person(ctx.nextSeed()) : null), { csp: CSP_STRICT }),
  '/feindlich': (ctx, res) => sendPage(res, ctx, P.hostilePage(ctx, ctx.leak)),
  '/impressum': (ctx, res) => sendPage(res, ctx, P.imprintPage(ctx)),
  '/news': (ctx, res) => sendPage(res, ctx, P.newsIndexPage(ctx)),
  '/news/5g-ausbau': (ctx, res) => sendPage(res, ctx, P.articlePage(ctx)),
  '/kontakt': (ctx, res) => sendPage(res, ctx, P.contactPage(ctx)),
  '/newsletter': (ctx, res) => sendPage(res, ctx, P.newsletterPage(ctx)),
  '/adressbuch': (ctx, res) => sendPage(res, ctx, P.addressBookPage(ctx, USER, CONTACTS)),
  '/geschenk': (ctx, res) => sendPage(res, ctx, P.giftPage(ctx, USER, CONTACTS[0])),
  '/playground': (ctx, res) => sendPage(res, ctx, P.playgroundPage(ctx, PROFILE_TEXT, hasPkg()), { csp: CSP_PLAYGROUND }),
  '/abmelden': (ctx, res) => sendPage(res, ctx, P.thanksPage(ctx, 'logout.p')),
  // The shop's start page: nobody's data, so rightly cacheable by anyone.
  '/shop': (ctx, res) => sendPage(res, ctx, P.shopPage(ctx), { cacheControl: 'public, max-age=300' }),
  // The visitor's own shop account, marked `public` as a page-cache plugin
  // set to "cache every page" marks it: one of the incidents' mistakes,
  // which NotMine's tester view points out even before a cache serves it.
  '/shop/konto': (ctx, res) => {
    const { p, order } = shopCustomer(shopSession(ctx));
    sendPage(res, ctx, P.shopAccountPage(ctx, p, order), { cacheControl: 'public, max-age=600' });
  },
  '/favicon.ico': (ctx, res) => { res.writeHead(204, { 'Cache-Control': 'max-age=86400' }); res.end(); },
};

/** POST targets of the demo forms; all but these two just say "nothing was sent". */
const POSTS = {
  '/leak': async (ctx, res, body) => {
    const form = new URLSearchParams(body);
    const on = form.get('leak') !== '0';
    res.writeHead(303, {
      Location: safeBack(form.get('zurueck')),
      'Set-Cookie': [...ctx.setCookies, cookie('leak', on ? '1' : '0')],
      'Cache-Control': 'no-store',
    });
    res.end();
  },
  '/gewinnspiel/freunde': (ctx, res) => ROUTES['/gewinnspiel/freunde'](ctx, res),
};
const POST_THANKS = new Set(['/gewinnspiel/danke', '/kasse/zahlung', '/passwort', '/csp/formular', '/konto/eigen',
  '/kontakt', '/newsletter', '/geschenk', '/news/5g-ausbau/kommentare']);

async function handle(req, res, counter) {
  // Collapse leading slashes: '//x' would parse as a host, not a path.
  const url = new URL(req.url.replace(/^\/+/, '/'), 'http://localhost');
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
  const ctx = makeContext(req, url, counter);

  if (req.method === 'GET' || req.method === 'HEAD') {
    if (path.startsWith('/static/')) {
      if (path === '/static/snapshot.js' && await sendFile(res, SNAPSHOT_JS)) return;
      const file = inside(STATIC, path.slice('/static/'.length));
      if (file && await sendFile(res, file)) return;
    } else if (path.startsWith('/pkg/')) {
      const name = path.slice('/pkg/'.length);
      if ((name === 'notmine.js' || name === 'notmine_bg.wasm') && await sendFile(res, join(PKG, name))) return;
    } else if (Object.hasOwn(ROUTES, path)) {
      ROUTES[path](ctx, res);
      return;
    }
    sendPage(res, ctx, P.notFoundPage(ctx, url.pathname), { status: 404 });
    return;
  }
  if (req.method === 'POST') {
    let body;
    try { body = await readBody(req); } catch { send(res, 413, 'Payload too large', 'text/plain; charset=utf-8'); return; }
    if (Object.hasOwn(POSTS, path)) { await POSTS[path](ctx, res, body); return; }
    if (POST_THANKS.has(path)) { sendPage(res, ctx, P.thanksPage(ctx)); return; }
    sendPage(res, ctx, P.notFoundPage(ctx, url.pathname), { status: 404 });
    return;
  }
  send(res, 405, 'Method not allowed', 'text/plain; charset=utf-8', { Allow: 'GET, HEAD, POST' });
}

/**
 * Starts the site on 127.0.0.1. `port: 0` picks a free port.
 * Resolves to {server, url, close()}.
 */
export function startServer({ port = 8080, host = '127.0.0.1' } = {}) {
  // Every load without ?seed= shows someone new: a counter from a random start.
  let next = Math.floor(Math.random() * 0x7fffffff);
  const counter = () => { next = (next + 1) >>> 0; return next; };
  const server = http.createServer((req, res) => {
    handle(req, res, counter).catch((err) => {
      console.error(err);
      if (!res.headersSent) send(res, 500, 'Internal error', 'text/plain; charset=utf-8');
      else res.end();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const { port: actual } = server.address();
      const url = `http://${host}:${actual}/`;
      const close = () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); });
      resolve({ server, url, close });
    });
  });
}

function parsePort(argv) {
  const i = argv.indexOf('--port');
  const v = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--port='))?.slice(7);
  if (v === undefined) return 8080;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    console.error(`invalid --port: ${v}`);
    process.exit(2);
  }
  return n;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { url } = await startServer({ port: parsePort(process.argv.slice(2)) });
  console.log(`MobilNet demo for NotMine: ${url}`);
  if (!hasPkg()) console.log('Note: the playground needs the wasm package: bash scripts/build-wasm.sh');
}
