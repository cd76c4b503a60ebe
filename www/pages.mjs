// Page templates of the MobilNet demo site.
//
// Every page is built with the `html` tagged template: each interpolated
// value is HTML-escaped unless it is itself the result of `html` (or of
// `raw`, used only for fixed markup in this file). Pages are pure functions
// of a context (language, leak mode, links) and the data the server chose.
// No inline scripts and no on* attributes: the few scripts are files under
// /static/, so the strict-CSP page works.

import { t } from './i18n.mjs';

// ---------------------------------------------------------------- escaping

class Safe {
  constructor(s) { this.s = s; }
  toString() { return this.s; }
}

const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes a value for HTML text and (quoted) attributes. */
export function escapeHtml(v) {
  return String(v).replace(/[&<>"']/g, (c) => ESC[c]);
}

function render(v) {
  if (v instanceof Safe) return v.s;
  if (v === null || v === undefined || v === false) return '';
  if (Array.isArray(v)) return v.map(render).join('');
  return escapeHtml(v);
}

/** Tagged template: escapes every interpolated value; returns safe markup. */
export function html(strings, ...values) {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new Safe(out);
}

/** Marks fixed markup as safe. Never pass data to it. */
export function raw(s) {
  return new Safe(String(s));
}

/** ` name` when `on`, for boolean attributes. */
const flag = (on, name) => (on ? raw(` ${name}`) : '');
/** ` name="value"` when value is set. */
const opt = (name, value) => (value === undefined || value === null ? '' : html` ${raw(name)}="${value}"`);

// ---------------------------------------------------------------- formats

const pad2 = (n) => String(n).padStart(2, '0');

/** ISO date → "14.03.1986" (de) / "14/03/1986" (en). */
export function shortDate(lang, iso) {
  const [y, m, d] = iso.split('-');
  return lang === 'en' ? `${d}/${m}/${y}` : `${d}.${m}.${y}`;
}

/** ISO date → "14. März 1986" / "14 March 1986". */
export function longDate(lang, iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'de-DE', {
    day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** ISO date → "April 2019". */
function monthYear(lang, iso) {
  const [y, m] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'de-DE', {
    month: 'long', year: 'numeric', timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, 1)));
}

export const maskedIban = (last4) => `DE•• •••• •••• •••• ${last4}`;

/** The fields of the account view as data: used by /konto (HTML) and /api/konto (JSON). */
export function accountSections(lang, p) {
  const L = (k, v) => [t(lang, `account.${k}`), v];
  return [
    {
      id: 'persoenlich',
      heading: t(lang, 'account.personal'),
      rows: [
        L('name', p.name),
        L('address', `${p.street}, ${p.postcode} ${p.city}`),
        L('birth', shortDate(lang, p.birthDate)),
        L('email', p.email),
        L('phone', p.phone),
        L('customer', p.customer),
      ],
    },
    {
      id: 'vertrag',
      heading: t(lang, 'account.contract'),
      rows: [L('tariff', p.tariff), L('since', monthYear(lang, p.since)), L('idCard', p.idCard)],
    },
    {
      id: 'zahlung',
      heading: t(lang, 'account.payment'),
      rows: [
        L('method', t(lang, 'account.debit')),
        L('holder', p.name),
        L('iban', maskedIban(p.ibanLast4)),
        L('card', t(lang, 'account.cardValue', { brand: p.cardBrand, last4: p.cardLast4, expiry: p.cardExpiry })),
      ],
    },
  ];
}

// ---------------------------------------------------------------- layout

/**
 * The frame of every page.
 * ctx: {lang, leak, path, langHref(l), greet: name|null (logged-in header), loggedIn}
 */
export function layout(ctx, { title, body, scripts = [], modules = [], section = '', wide = false, pageData = null }) {
  const L = (k, v) => t(ctx.lang, k, v);
  const navItem = (href, key, id) => html`<li><a href="${href}"${flag(section === id, 'aria-current="page"')}>${L(key)}</a></li>`;
  const user = ctx.loggedIn
    ? html`<div class="user"><span class="greeting" data-greeting>${ctx.greet ? L('user.hello', { name: ctx.greet }) : ''}</span>
        <a class="logout" href="/abmelden">${L('user.logout')}</a></div>`
    : html`<div class="user"><a class="login" href="/konto">${L('user.login')}</a></div>`;
  const langLink = (l, label) => (l === ctx.lang
    ? html`<strong aria-current="true" lang="${l}">${label}</strong>`
    : html`<a href="${ctx.langHref(l)}" hreflang="${l}" lang="${l}">${label}</a>`);
  return html`<!DOCTYPE html>
<html lang="${ctx.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="/static/site.css">
${scripts.map((s) => html`<script src="${s}" defer></script>
`)}${modules.map((s) => html`<script type="module" src="${s}"></script>
`)}</head>
<body>
<a class="skip" href="#main">${L('site.skip')}</a>
<div class="demo-bar"><div class="wrap">
  <span>${L('demo.bar')}</span>
  <span class="demo-links"><a href="/">${L('demo.leak', { state: L(ctx.leak ? 'demo.on' : 'demo.off') })}</a>
  · <a href="/#szenarien">${L('demo.scenarios')}</a> · <a href="/playground">${L('demo.playground')}</a></span>
</div></div>
<header class="site-header"><div class="wrap">
  <a class="logo" href="/"><span class="logo-mark" aria-hidden="true">M</span> MobilNet <small>${L('site.tagline')}</small></a>
  <nav class="main-nav" aria-label="${L('nav.label')}"><ul>
    ${navItem('/', 'nav.tariffs', 'home')}
    ${navItem('/gewinnspiel', 'nav.contest', 'contest')}
    ${navItem('/news', 'nav.news', 'news')}
    ${navItem('/kontakt', 'nav.contact', 'contact')}
    ${navItem('/konto', 'nav.account', 'account')}
  </ul></nav>
  ${user}
  <div class="lang" role="group" aria-label="${L('site.langLabel')}">${langLink('de', 'DE')} <span aria-hidden="true">|</span> ${langLink('en', 'EN')}</div>
</div></header>
<main id="main" class="${wide ? 'wrap wide' : 'wrap'}">
${body}
</main>
<footer class="site-footer"><div class="wrap">
  <a href="/impressum">${L('footer.imprint')}</a> · <a href="/kontakt">${L('footer.contact')}</a> · <a href="/newsletter">${L('footer.newsletter')}</a>
  <span class="sep">·</span> <span>${L('footer.demo')}</span> <span class="sep">·</span> <span>${L('footer.copy')}</span>
</div></footer>
${pageData === null ? '' : html`<script id="__NEXT_DATA__" type="application/json">${raw(jsonForScript(pageData))}</script>
`}</body>
</html>
`;
}

/**
 * JSON to put inside a `<script>`: `<`, `>` and `&` escaped as JSON
 * `\u` escapes, so no value can close the script or open a comment.
 */
function jsonForScript(v) {
  return JSON.stringify(v).replace(/[<>&\u2028\u2029]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

// ---------------------------------------------------------------- form parts

/** A labelled input. `f`: {id, name, label, value, type, autocomplete, inputmode, placeholder, required, cls} */
function field(f) {
  return html`<div class="${f.cls || 'field'}">
  <label for="${f.id}">${f.label}${f.required ? ' *' : ''}</label>
  <input type="${f.type || 'text'}" id="${f.id}" name="${f.name || f.id}" value="${f.value ?? ''}"${opt('autocomplete', f.autocomplete)}${opt('inputmode', f.inputmode)}${opt('placeholder', f.placeholder)}${opt('maxlength', f.maxlength)}${opt('data-pseudo', f.pseudo)}${flag(f.required, 'required')}>
</div>`;
}

function salutationSelect(lang, id, value, autocomplete = true) {
  const o = (v, key) => html`<option value="${v}"${flag(value === v, 'selected')}>${t(lang, key)}</option>`;
  return html`<div class="field field-short">
  <label for="${id}">${t(lang, 'form.salutation')}</label>
  <select id="${id}" name="anrede"${autocomplete ? raw(' autocomplete="honorific-prefix"') : ''}>
    <option value=""${flag(!value, 'selected')}>${t(lang, 'form.choose')}</option>
    ${o('frau', 'form.mrs')}${o('herr', 'form.mr')}${o('divers', 'form.diverse')}
  </select>
</div>`;
}

const empty = {
  salutation: '', first: '', last: '', name: '', street: '', postcode: '', city: '', email: '', phone: '', birthDate: '', customer: '',
};

// ---------------------------------------------------------------- pages

const SCENARIOS_WARN = [
  ['/gewinnspiel', 's.contest'],
  ['/gewinnspiel/freunde', 's.invite'],
  ['/konto', 's.konto'],
  ['/konto/app', 's.kontoApp'],
  ['/konto/rechnung', 's.billing'],
  ['/konto/bestellung', 's.order'],
  ['/kasse', 's.checkout'],
  ['/passwort', 's.password'],
  ['/csp/formular', 's.csp'],
  ['/feindlich', 's.hostile'],
];
const SCENARIOS_SILENT = [
  ['/konto/eigen', 's.own'],
  ['/impressum', 's.imprint'],
  ['/news/5g-ausbau', 's.news'],
  ['/kontakt', 's.contact'],
  ['/newsletter', 's.newsletter'],
  ['/adressbuch', 's.addressBook'],
  ['/geschenk', 's.gift'],
];

export function homePage(ctx) {
  const L = (k, v) => t(ctx.lang, k, v);
  const item = ([href, key]) => html`<li><a href="${href}">${L(key)}</a> <code>${href}</code><br><span class="expect">${L(key + '.exp')}</span></li>`;
  const state = L(ctx.leak ? 'demo.on' : 'demo.off');
  const body = html`<h1>${L('home.h1')}</h1>
<section class="card intro">
  <p>${L('home.p1')}</p>
  <p>${L('home.p2')}</p>
</section>
<section class="card leak-switch ${ctx.leak ? 'is-on' : 'is-off'}" aria-labelledby="leak-h">
  <h2 id="leak-h">${L('home.leakH')}</h2>
  <p class="leak-state">${L('home.leakNow', { state })}</p>
  <form method="post" action="/leak" class="toggle">
    <input type="hidden" name="zurueck" value="/">
    <button type="submit" name="leak" value="1" aria-pressed="${ctx.leak ? 'true' : 'false'}">${L('home.leakOn')}</button>
    <button type="submit" name="leak" value="0" aria-pressed="${ctx.leak ? 'false' : 'true'}">${L('home.leakOff')}</button>
  </form>
  <ul>
    <li>${L('home.leakExplainOn')}</li>
    <li>${L('home.leakExplainOff')}</li>
    <li>${L('home.leakExplainUrl')}</li>
  </ul>
</section>
<div class="scenarios" id="szenarien">
  <section class="card warn" aria-labelledby="warn-h">
    <h2 id="warn-h">${L('home.warnH')}</h2>
    <ol>${SCENARIOS_WARN.map(item)}</ol>
  </section>
  <section class="card silent" aria-labelledby="silent-h">
    <h2 id="silent-h">${L('home.silentH')}</h2>
    <ol start="${SCENARIOS_WARN.length + 1}">${SCENARIOS_SILENT.map(item)}</ol>
  </section>
</div>
<section class="card" aria-labelledby="tools-h">
  <h2 id="tools-h">${L('home.toolsH')}</h2>
  <ul class="plain">${item(['/playground', 's.playground'])}</ul>
</section>`;
  return layout(ctx, { title: L('home.title'), body, section: 'home' });
}

/** /gewinnspiel — p: the stranger (leak) or null (empty form). */
export function contestPage(ctx, p) {
  const L = (k, v) => t(ctx.lang, k, v);
  const v = p || empty;
  const body = html`<h1>${L('contest.h1')}</h1>
<p class="lead">${L('contest.intro')}</p>
<form class="card form" action="/gewinnspiel/freunde" method="post">
  <input type="hidden" name="kampagne" value="phone-x-2026">
  <fieldset>
    <legend>${L('contest.legend')}</legend>
    ${salutationSelect(ctx.lang, 'anrede', v.salutation)}
    <div class="row">
      ${field({ id: 'vorname', label: L('form.first'), value: v.first, autocomplete: 'given-name', required: true })}
      ${field({ id: 'nachname', label: L('form.last'), value: v.last, autocomplete: 'family-name', required: true })}
    </div>
    ${field({ id: 'strasse', label: L('form.street'), value: v.street, required: true })}
    <div class="row row-plz">
      ${field({ id: 'plz', label: L('form.postcode'), value: v.postcode, autocomplete: 'postal-code', inputmode: 'numeric', maxlength: 5, required: true })}
      ${field({ id: 'ort', label: L('form.city'), value: v.city, required: true })}
    </div>
    ${field({ id: 'email', type: 'email', label: L('form.email'), value: v.email, autocomplete: 'email', required: true })}
    ${field({ id: 'mobil', type: 'tel', label: L('form.phone'), value: v.phone })}
    ${field({ id: 'geburtsdatum', label: L('form.birth'), value: v.birthDate ? shortDate(ctx.lang, v.birthDate) : '', placeholder: L('form.birthHint') })}
  </fieldset>
  <div class="check">
    <input type="checkbox" id="teilnahme" name="teilnahme" value="ja" required>
    <label for="teilnahme">${L('contest.terms')}</label>
  </div>
  <p class="hint">${L('form.required')}</p>
  <button type="submit" class="btn">${L('contest.submit')}</button>
</form>`;
  return layout(ctx, { title: L('contest.title'), body, section: 'contest' });
}

/**
 * Values that would hurt a careless reader of NotMine's records and exports:
 * markup, spreadsheet formulas, a javascript: URL, a 10,000-character value.
 * Each sits where a real leak would show it, in a field whose recogniser
 * accepts it (streets, labels), so the findings carry it. Escaped like
 * every value. Leak off: an empty form.
 */
export const HOSTILE = {
  first: 'Miriam',
  last: 'Kessler"><img src=x onerror=alert(1)>',
  street: 'Hauptstr. 1 <script>alert(1)</script>',
  streetLabel: '=HYPERLINK("http://evil.example","klick")',
  postcode: '10115',
  postcodeLabel: "+cmd|' /C calc'!A0",
  city: '=HYPERLINK("http://evil.example","Berlin")',
  email: 'miriam.kessler@web.de',
  emailLabel: '@SUM(1+1)',
  phone: '+49 151 23456789',
  delivery: '=Hauptstr. 2',
  billing: '@Lindenweg 3',
  previous: '+Hauptstr. 4',
  other: '-Hauptstr. 5',
  js: 'javascript:alert(1) Weg 7',
  long: `Am Markt 6 ${'x'.repeat(10000 - 'Am Markt 6 '.length)}`,
};

/** /feindlich — the contest form pre-filled with hostile values (leak) or empty. */
export function hostilePage(ctx, leak) {
  const L = (k, v) => t(ctx.lang, k, v);
  const v = leak ? HOSTILE : {};
  const body = html`<h1>${L('hostile.h1')}</h1>
<p class="lead">${L('hostile.intro')}</p>
<form class="card form" action="/gewinnspiel/danke" method="post">
  <fieldset>
    <legend>${L('contest.legend')}</legend>
    <div class="row">
      ${field({ id: 'vorname', label: L('form.first'), value: v.first, autocomplete: 'given-name' })}
      ${field({ id: 'nachname', label: L('form.last'), value: v.last, autocomplete: 'family-name' })}
    </div>
    ${field({ id: 'strasse', label: HOSTILE.streetLabel, value: v.street })}
    <div class="row row-plz">
      ${field({ id: 'plz', label: HOSTILE.postcodeLabel, value: v.postcode, inputmode: 'numeric' })}
      ${field({ id: 'ort', label: L('form.city'), value: v.city })}
    </div>
    ${field({ id: 'email', type: 'email', label: HOSTILE.emailLabel, value: v.email })}
    ${field({ id: 'mobil', type: 'tel', label: L('form.phone'), value: v.phone })}
  </fieldset>
  <fieldset>
    <legend>${L('hostile.more')}</legend>
    ${field({ id: 'lieferstrasse', label: L('hostile.delivery'), value: v.delivery })}
    ${field({ id: 'rechnungsstrasse', label: L('hostile.billing'), value: v.billing })}
    ${field({ id: 'vorherige_strasse', label: L('hostile.previous'), value: v.previous })}
    ${field({ id: 'zweitwohnsitz', label: L('hostile.other'), value: v.other })}
    ${field({ id: 'postfach', label: L('hostile.js'), value: v.js })}
    ${field({ id: 'anschrift_lang', label: L('hostile.long'), value: v.long })}
  </fieldset>
  <button type="submit" class="btn">${L('contest.submit')}</button>
</form>`;
  return layout(ctx, { title: L('hostile.title'), body, section: 'contest' });
}

/** /gewinnspiel/freunde — friends: 3 strangers (leak) or [] (empty rows). */
export function invitePage(ctx, friends) {
  const L = (k, v) => t(ctx.lang, k, v);
  const rows = [1, 2, 3].map((n) => {
    const f = friends[n - 1] || empty;
    return html`<fieldset class="friend">
    <legend>${L('invite.friend', { n })}</legend>
    <div class="row">
      ${field({ id: `freund${n}_name`, label: L('form.name'), value: f.name })}
      ${field({ id: `freund${n}_email`, type: 'email', label: L('form.email'), value: f.email })}
    </div>
  </fieldset>`;
  });
  const body = html`<h1>${L('invite.h1')}</h1>
<p class="lead">${L('invite.intro')}</p>
<form class="card form" action="/gewinnspiel/danke" method="post">
  <input type="hidden" name="kampagne" value="phone-x-2026">
  ${rows}
  <div class="field">
    <label for="nachricht">${L('invite.message')}</label>
    <textarea id="nachricht" name="nachricht" rows="3">${L('invite.messageText')}</textarea>
  </div>
  <button type="submit" class="btn">${L('invite.submit')}</button> <a href="/">${L('invite.skip')}</a>
</form>`;
  return layout(ctx, { title: L('invite.title'), body, section: 'contest' });
}

function dl(rows) {
  return html`<dl class="data">${rows.map(([k, v]) => html`
  <dt>${k}</dt><dd>${v}</dd>`)}
</dl>`;
}

function accountLinks(ctx) {
  const L = (k) => t(ctx.lang, k);
  return html`<nav class="card account-links" aria-label="${L('account.links')}"><ul>
  <li><a href="/konto/rechnung">${L('account.linkBilling')}</a></li>
  <li><a href="/konto/bestellung">${L('account.linkOrder')}</a></li>
  <li><a href="/adressbuch">${L('account.linkAddressBook')}</a></li>
  <li><a href="/geschenk">${L('account.linkGift')}</a></li>
  <li><a href="/konto/eigen">${L('account.linkOwn')}</a></li>
</ul></nav>`;
}

/** /konto — p: the person shown (a stranger when leaking, else the user). */
export function accountPage(ctx, p) {
  const L = (k, v) => t(ctx.lang, k, v);
  const sections = accountSections(ctx.lang, p).map((s) => html`<section class="card" aria-labelledby="${s.id}-h">
  <h2 id="${s.id}-h">${s.heading}</h2>
  ${dl(s.rows)}
</section>`);
  const body = html`<h1>${L('account.h1')}</h1>
<div class="grid">${sections}</div>
${accountLinks(ctx)}`;
  return layout({ ...ctx, loggedIn: true, greet: p.name }, { title: L('account.title'), body, section: 'account' });
}

/** /konto/app — an empty shell; /static/konto-app.js fills it from /api/konto. */
export function accountAppPage(ctx, apiUrl) {
  const L = (k, v) => t(ctx.lang, k, v);
  const body = html`<h1>${L('account.h1')}</h1>
<div id="konto-app" class="grid" data-api="${apiUrl}" data-error="${L('account.loadError')}" aria-live="polite" aria-busy="true">
  <p class="loading">${L('account.loading')}</p>
</div>
${accountLinks(ctx)}`;
  return layout({ ...ctx, loggedIn: true, greet: null }, {
    title: L('account.appTitle'), body, section: 'account', scripts: ['/static/konto-app.js'],
  });
}

/** The shop's products: fixed, so the public page is the same for everyone. */
export const SHOP_PRODUCTS = [
  ['Pixelon 8a', '129,00 €', '€129.00'],
  ['Nordfon X2', '249,00 €', '€249.00'],
  ['Galaxia S24 FE', '399,00 €', '€399.00'],
];

/**
 * /shop/ — the shop's start page: products only, nobody's data, no form
 * filled in. The one page under /shop/ a shared cache may rightly keep.
 */
export function shopPage(ctx) {
  const L = (k, v) => t(ctx.lang, k, v);
  const body = html`<h1>${L('shop.h1')}</h1>
<p class="lead">${L('shop.lead')}</p>
<section class="card" aria-labelledby="offers-h">
  <h2 id="offers-h">${L('shop.offers')}</h2>
  <ul class="plain">${SHOP_PRODUCTS.map(([name, de, en]) => html`
    <li><strong>${name}</strong> — ${L('shop.price', { price: ctx.lang === 'en' ? en : de })}
      <button type="button" class="btn" disabled>${L('shop.toCart')}</button></li>`)}
  </ul>
</section>
<p><a href="/shop/konto">${L('shop.account')}</a></p>`;
  return layout(ctx, { title: L('shop.title'), body });
}

/**
 * /shop/konto — the shop account of the visitor's own session: greeting,
 * name, address, email, customer number and the last order. `p`: the
 * session's customer; `order`: {id, item}.
 */
export function shopAccountPage(ctx, p, order) {
  const L = (k, v) => t(ctx.lang, k, v);
  const body = html`<h1>${L('shop.accountH1')}</h1>
<p class="lead">${L('shop.accountLead')}</p>
<div class="grid">
<section class="card" aria-labelledby="shopdata-h">
  <h2 id="shopdata-h">${L('shop.accountData')}</h2>
  ${dl([
    [L('account.name'), p.name],
    [L('account.address'), `${p.street}, ${p.postcode} ${p.city}`],
    [L('account.email'), p.email],
    [L('account.customer'), p.customer],
  ])}
</section>
<section class="card" aria-labelledby="shoporder-h">
  <h2 id="shoporder-h">${L('shop.orders')}</h2>
  <p>${L('shop.orderText', { order: order.id, item: order.item })}</p>
</section>
</div>
<p><a href="/shop/">${L('shop.back')}</a></p>`;
  return layout({ ...ctx, loggedIn: true, greet: p.name }, { title: L('shop.accountTitle'), body });
}

/**
 * /konto/bestellung — an order-status page built like a Next.js page: the
 * visible part greets the logged-in user and shows only the order, while the
 * page data it renders from (`__NEXT_DATA__`) carries the customer record.
 * `customer`: whose record the server embedded (a stranger when leaking).
 */
export function orderStatusPage(ctx, user, customer) {
  const L = (k, v) => t(ctx.lang, k, v);
  const body = html`<h1>${L('order.h1')}</h1>
<section class="card" aria-labelledby="bestellung-h">
  <h2 id="bestellung-h">${L('order.number', { n: 'MN-2026-118204' })}</h2>
  ${dl([
    [L('order.item'), 'Galaxy S26, 128 GB'],
    [L('order.status'), L('order.shipped')],
    [L('billing.date'), shortDate(ctx.lang, '2026-03-02')],
  ])}
</section>
${accountLinks(ctx)}`;
  const pageData = {
    props: {
      pageProps: {
        order: { id: 'MN-2026-118204', item: 'Galaxy S26, 128 GB', status: 'shipped' },
        customer: {
          id: customer.customer,
          firstName: customer.first,
          lastName: customer.last,
          email: customer.email,
          phone: customer.phone,
          billingAddress: { street: customer.street, zip: customer.postcode, city: customer.city, country: 'DE' },
        },
      },
    },
    page: '/konto/bestellung',
    query: {},
    buildId: 'demo',
  };
  return layout({ ...ctx, loggedIn: true, greet: user.name }, { title: L('order.title'), body, section: 'account', pageData });
}

/** /konto/rechnung — user: the logged-in user (header); billTo: who the bill is addressed to. */
export function billingPage(ctx, user, billTo) {
  const L = (k, v) => t(ctx.lang, k, v);
  const months = ['2026-02', '2026-01', '2025-12'];
  const body = html`<h1>${L('billing.h1')}</h1>
<div class="grid">
<section class="card" aria-labelledby="anschrift-h">
  <h2 id="anschrift-h">${L('billing.address')}</h2>
  ${dl([
    [L('account.name'), billTo.name],
    [L('billing.street'), billTo.street],
    [L('form.postcode'), billTo.postcode],
    [L('form.city'), billTo.city],
    [L('account.customer'), billTo.customer],
  ])}
</section>
<section class="card" aria-labelledby="aktuell-h">
  <h2 id="aktuell-h">${L('billing.current')}</h2>
  ${dl([
    [L('billing.number'), 'RE-2026-03-' + billTo.customer.replace('-', '').slice(0, 6)],
    [L('billing.date'), shortDate(ctx.lang, '2026-03-03')],
    [L('billing.amount'), ctx.lang === 'en' ? '€24.99' : '24,99 €'],
    [L('account.method'), L('billing.debitFrom', { iban: maskedIban(billTo.ibanLast4) })],
  ])}
</section>
</div>
<section class="card" aria-labelledby="frueher-h">
  <h2 id="frueher-h">${L('billing.history')}</h2>
  <table class="table">
    <thead><tr><th scope="col">${L('billing.month')}</th><th scope="col">${L('billing.amount')}</th><th scope="col">${L('billing.download')}</th></tr></thead>
    <tbody>${months.map((m) => html`
      <tr><td>${m}</td><td>${ctx.lang === 'en' ? '€24.99' : '24,99 €'}</td><td><a href="/konto/rechnung/${m}.pdf">Rechnung_${m}.pdf</a></td></tr>`)}
    </tbody>
  </table>
</section>
${accountLinks(ctx)}`;
  return layout({ ...ctx, loggedIn: true, greet: user.name }, { title: L('billing.title'), body, section: 'account' });
}

/** /konto/eigen — the user's own data, partly spelled differently, and an edit form with her data. */
export function ownAccountPage(ctx, u) {
  const L = (k, v) => t(ctx.lang, k, v);
  const shortStreet = u.street.replace(/straße\b/, 'str.');
  const title = ctx.lang === 'en' ? 'Ms' : 'Frau';
  const body = html`<h1>${L('own.h1')}</h1>
<div class="grid">
<section class="card" aria-labelledby="persoenlich-h">
  <h2 id="persoenlich-h">${L('account.personal')}</h2>
  ${dl([
    [L('account.name'), `${title} ${u.name}`],
    [L('account.address'), `${shortStreet}, ${u.postcode} ${u.city}`],
    [L('account.birth'), longDate(ctx.lang, u.birthDate)],
    [L('account.email'), u.email],
    [L('account.phone'), u.phone],
    [L('account.customer'), u.customer],
  ])}
</section>
<section class="card" aria-labelledby="zahlung-h">
  <h2 id="zahlung-h">${L('account.payment')}</h2>
  ${dl([
    [L('account.holder'), `${u.last}, ${u.first}`],
    [L('account.iban'), maskedIban(u.ibanLast4)],
  ])}
</section>
</div>
<form class="card form" action="/konto/eigen" method="post" aria-labelledby="edit-h">
  <h2 id="edit-h">${L('own.editH')}</h2>
  <div class="row">
    ${field({ id: 'vorname', label: L('form.first'), value: u.first, autocomplete: 'given-name' })}
    ${field({ id: 'nachname', label: L('form.last'), value: u.last, autocomplete: 'family-name' })}
  </div>
  ${field({ id: 'strasse', label: L('form.street'), value: u.street, autocomplete: 'street-address' })}
  <div class="row row-plz">
    ${field({ id: 'plz', label: L('form.postcode'), value: u.postcode, autocomplete: 'postal-code', inputmode: 'numeric' })}
    ${field({ id: 'ort', label: L('form.city'), value: u.city })}
  </div>
  ${field({ id: 'telefon', type: 'tel', label: L('form.phone'), value: '+49 ' + u.phone.slice(1) })}
  <button type="submit" class="btn">${L('own.save')}</button>
</form>
${accountLinks(ctx)}`;
  return layout({ ...ctx, loggedIn: true, greet: u.name }, { title: L('own.title'), body, section: 'account' });
}

/** /kasse — p: an earlier customer's delivery address (leak) or null. */
export function checkoutPage(ctx, p) {
  const L = (k, v) => t(ctx.lang, k, v);
  const v = p || empty;
  const body = html`<h1>${L('checkout.h1')}</h1>
<p class="lead">${L('checkout.step')}</p>
<div class="grid grid-checkout">
<form class="card form" action="/kasse/zahlung" method="post">
  <fieldset>
    <legend>${L('checkout.delivery')}</legend>
    ${salutationSelect(ctx.lang, 'anrede', v.salutation, false)}
    <div class="row">
      ${field({ id: 'vorname', label: L('form.first'), value: v.first, autocomplete: 'shipping given-name', required: true })}
      ${field({ id: 'nachname', label: L('form.last'), value: v.last, autocomplete: 'shipping family-name', required: true })}
    </div>
    ${field({ id: 'strasse', label: L('form.street'), value: v.street, autocomplete: 'shipping address-line1', required: true })}
    <div class="row row-plz">
      ${field({ id: 'plz', label: L('form.postcode'), value: v.postcode, autocomplete: 'shipping postal-code', inputmode: 'numeric', required: true })}
      ${field({ id: 'ort', label: L('form.city'), value: v.city, autocomplete: 'shipping address-level2', required: true })}
    </div>
    <div class="field">
      <label for="land">${ctx.lang === 'en' ? 'Country' : 'Land'}</label>
      <select id="land" name="land" autocomplete="shipping country"><option value="DE" selected>${ctx.lang === 'en' ? 'Germany' : 'Deutschland'}</option><option value="AT">${ctx.lang === 'en' ? 'Austria' : 'Österreich'}</option></select>
    </div>
    ${field({ id: 'telefon', type: 'tel', label: L('form.phoneOpt'), value: v.phone })}
    ${field({ id: 'email', type: 'email', label: L('form.email'), value: v.email, autocomplete: 'email', required: true })}
  </fieldset>
  <p class="hint">${L('form.required')}</p>
  <button type="submit" class="btn">${L('checkout.next')}</button>
</form>
<aside class="card summary" aria-labelledby="summary-h">
  <h2 id="summary-h">${L('checkout.summary')}</h2>
  <p>${L('checkout.item')}</p>
</aside>
</div>`;
  return layout(ctx, { title: L('checkout.title'), body });
}

/** /passwort — email: someone's email (leak) or ''. */
export function passwordPage(ctx, email) {
  const L = (k, v) => t(ctx.lang, k, v);
  const body = html`<h1>${L('pw.h1')}</h1>
<form class="card form narrow" action="/passwort" method="post">
  <p>${L('pw.intro')}</p>
  ${field({ id: 'email', type: 'email', label: L('form.email'), value: email, autocomplete: 'username', required: true })}
  <button type="submit" class="btn">${L('pw.submit')}</button>
</form>`;
  return layout(ctx, { title: L('pw.title'), body });
}

/** /csp/formular — a call-back form, pre-filled with p (leak) or empty; sent with a strict CSP. */
export function cspPage(ctx, p) {
  const L = (k, v) => t(ctx.lang, k, v);
  const v = p || empty;
  const body = html`<h1>${L('csp.h1')}</h1>
<p class="lead">${L('csp.intro')}</p>
<form class="card form" action="/csp/formular" method="post">
  ${field({ id: 'name', label: L('form.name'), value: v.name, autocomplete: 'name', required: true })}
  ${field({ id: 'rueckrufnummer', type: 'tel', label: L('form.phone'), value: v.phone, autocomplete: 'tel', required: true })}
  ${field({ id: 'email', type: 'email', label: L('form.email'), value: v.email })}
  ${field({ id: 'kundennummer', label: L('form.customer'), value: v.customer })}
  <div class="field">
    <label for="termin">${L('csp.when')}</label>
    <select id="termin" name="termin"><option value="vormittag">${L('csp.morning')}</option><option value="nachmittag">${L('csp.afternoon')}</option></select>
  </div>
  <button type="submit" class="btn">${L('csp.submit')}</button>
</form>
<p class="hint">${L('csp.note')} <span id="csp-status" data-ok="${L('csp.scriptOk')}"></span></p>`;
  return layout(ctx, { title: L('csp.title'), body, scripts: ['/static/csp.js'] });
}

export function imprintPage(ctx) {
  const L = (k, v) => t(ctx.lang, k, v);
  const body = html`<article class="card prose">
<h1>${L('imprint.h1')}</h1>
<h2>${L('imprint.provider')}</h2>
<address>MobilNet GmbH<br>Am Sandtorkai 12<br>20457 Hamburg<br>${ctx.lang === 'en' ? 'Germany' : 'Deutschland'}</address>
<h2>${L('imprint.directors')}</h2>
<p>Dr. Henrike Albers, Matthias Ortlepp</p>
<h2>${L('imprint.contact')}</h2>
<p>${L('imprint.phone')}: 040 1234 5670<br>${L('imprint.email')}: info@mobilnet.example</p>
<h2>${L('imprint.register')}</h2>
<p>${L('imprint.registerText')}</p>
<h2>${L('imprint.vat')}</h2>
<p>DE 312 456 789</p>
<h2>${L('imprint.responsible')}</h2>
<p>Dr. Henrike Albers, Am Sandtorkai 12, 20457 Hamburg</p>
<p class="hint">${L('imprint.fiction')}</p>
</article>`;
  return layout(ctx, { title: L('imprint.title'), body });
}

const AUTHOR = 'Carla Brückner';

export function newsIndexPage(ctx) {
  const L = (k, v) => t(ctx.lang, k, v);
  const body = html`<h1>${L('news.h1')}</h1>
<article class="card teaser">
  <h2><a href="/news/5g-ausbau">${L('article.h1')}</a></h2>
  <p class="byline">${L('article.byline', { author: AUTHOR })}</p>
  <p>${L('article.teaser')} <a href="/news/5g-ausbau">${L('news.read')}</a></p>
</article>`;
  return layout(ctx, { title: L('news.title'), body, section: 'news' });
}

export function articlePage(ctx) {
  const L = (k, v) => t(ctx.lang, k, v);
  const comments = [
    ['Heinz aus Wiesenbach', '12.03.2026, 14:05', 'article.c1'],
    ['Sabine K.', '12.03.2026, 16:41', 'article.c2'],
    ['Tom_84', '13.03.2026, 08:12', 'article.c3'],
  ];
  const body = html`<article class="card prose article">
  <h1>${L('article.h1')}</h1>
  <p class="byline">${L('article.byline', { author: AUTHOR })}</p>
  <p class="lead">${L('article.teaser')}</p>
  <p>${L('article.p1')}</p>
  <blockquote class="quote"><p>${L('article.quote1')}</p></blockquote>
  <p>${L('article.p2')}</p>
  <aside class="author-bio"><p><strong>${AUTHOR}</strong> — ${L('article.bio', { author: AUTHOR })}</p></aside>
</article>
<section class="card comments" aria-labelledby="comments-h">
  <h2 id="comments-h">${L('article.comments', { n: comments.length })}</h2>
  ${comments.map(([who, when, key]) => html`<div class="comment"><p class="meta"><strong>${who}</strong> · ${when}</p><p>${L(key)}</p></div>
  `)}
  <h3>${L('article.write')}</h3>
  <form class="form" action="/news/5g-ausbau/kommentare" method="post">
    ${field({ id: 'k-name', name: 'author', label: L('article.commentName'), value: '', required: true })}
    ${field({ id: 'k-mail', name: 'email', type: 'email', label: L('article.commentEmail'), value: '', required: true })}
    <div class="field">
      <label for="k-text">${L('article.commentText')}</label>
      <textarea id="k-text" name="comment" rows="4"></textarea>
    </div>
    <input type="hidden" name="article_id" value="5g-ausbau">
    <button type="submit" class="btn">${L('article.commentSubmit')}</button>
  </form>
</section>`;
  return layout(ctx, { title: L('article.title'), body, section: 'news' });
}

export function contactPage(ctx) {
  const L = (k, v) => t(ctx.lang, k, v);
  const subjects = L('contact.subjects').split('|');
  const body = html`<h1>${L('contact.h1')}</h1>
<div class="grid grid-checkout">
<form class="card form" action="/kontakt" method="post">
  <p>${L('contact.intro')}</p>
  ${field({ id: 'name', label: L('form.name'), value: '', autocomplete: 'name', required: true })}
  ${field({ id: 'email', type: 'email', label: L('form.email'), value: '', autocomplete: 'email', required: true })}
  ${field({ id: 'kundennummer', label: L('form.customer'), value: '' })}
  <div class="field">
    <label for="betreff">${L('contact.subject')}</label>
    <select id="betreff" name="betreff">${subjects.map((s, i) => html`<option value="${i}">${s}</option>`)}</select>
  </div>
  <div class="field">
    <label for="nachricht">${L('contact.message')}</label>
    <textarea id="nachricht" name="nachricht" rows="5" required></textarea>
  </div>
  <input type="hidden" name="empfaenger" value="service@mobilnet.example">
  <button type="submit" class="btn">${L('contact.submit')}</button>
</form>
<aside class="card">
  <h2>MobilNet GmbH</h2>
  <address>Kundenservice<br>Am Sandtorkai 12<br>20457 Hamburg</address>
  <p>040 1234 5670<br>service@mobilnet.example</p>
</aside>
</div>`;
  return layout(ctx, { title: L('contact.title'), body, section: 'contact' });
}

export function newsletterPage(ctx) {
  const L = (k, v) => t(ctx.lang, k, v);
  const ph = (id, key, extra = {}) => field({ id, label: L(extra.labelKey || `form.${id === 'geburtsdatum' ? 'birth' : id}`), value: L(key), pseudo: L(key), ...extra });
  const body = html`<h1>${L('nl.h1')}</h1>
<form class="card form narrow" action="/newsletter" method="post">
  <p>${L('nl.intro')}</p>
  <div class="row">
    ${field({ id: 'vorname', label: L('form.first'), value: L('nl.ph.first'), pseudo: L('nl.ph.first') })}
    ${field({ id: 'nachname', label: L('form.last'), value: L('nl.ph.last'), pseudo: L('nl.ph.last') })}
  </div>
  ${field({ id: 'email', label: L('form.email'), value: L('nl.ph.email'), pseudo: L('nl.ph.email') })}
  ${field({ id: 'email2', label: L('nl.emailRepeat'), value: L('nl.ph.email2'), pseudo: L('nl.ph.email2') })}
  <div class="row row-plz">
    ${field({ id: 'plz', label: L('form.postcode'), value: L('nl.ph.postcode'), pseudo: L('nl.ph.postcode') })}
    ${ph('geburtsdatum', 'nl.ph.birth')}
  </div>
  <button type="submit" class="btn">${L('nl.submit')}</button>
</form>`;
  return layout(ctx, { title: L('nl.title'), body, scripts: ['/static/newsletter.js'] });
}

function postal(p, lang) {
  return html`<address>${p.name}<br>${p.street}<br>${p.postcode} ${p.city}<br>${lang === 'en' ? 'Germany' : 'Deutschland'}</address>`;
}

/** /adressbuch — u: the user; contacts: people she saved. */
export function addressBookPage(ctx, u, contacts) {
  const L = (k, v) => t(ctx.lang, k, v);
  const body = html`<h1>${L('ab.h1')}</h1>
<p class="lead">${L('ab.intro')}</p>
<section class="card addr default" aria-labelledby="std-h">
  <h2 id="std-h">${L('ab.default')}</h2>
  ${postal(u, ctx.lang)}
</section>
<section class="addr-list" aria-labelledby="weitere-h">
  <h2 id="weitere-h">${L('ab.others')}</h2>
  <div class="grid">${contacts.map((c, i) => html`
  <div class="card addr">
    ${postal(c, ctx.lang)}
    <p><a href="/adressbuch/${i + 2}/bearbeiten">${L('ab.edit')}</a> · <a href="/adressbuch/${i + 2}/loeschen">${L('ab.delete')}</a></p>
  </div>`)}
  </div>
</section>
<p><a href="/adressbuch/neu">${L('ab.add')}</a></p>`;
  return layout({ ...ctx, loggedIn: true, greet: u.name }, { title: L('ab.title'), body, section: 'account' });
}

/** /geschenk — u: the user; r: the gift recipient she chose from her address book. */
export function giftPage(ctx, u, r) {
  const L = (k, v) => t(ctx.lang, k, v);
  const body = html`<h1>${L('gift.h1')}</h1>
<p class="lead">${L('gift.intro')}</p>
<form class="card form gift" action="/geschenk" method="post">
  <fieldset class="geschenk">
    <legend>${L('gift.recipient')}</legend>
    ${field({ id: 'empfaenger_name', label: L('gift.deliverTo'), value: r.name })}
    ${field({ id: 'empfaenger_strasse', label: L('form.street'), value: r.street })}
    <div class="row row-plz">
      ${field({ id: 'empfaenger_plz', label: L('form.postcode'), value: r.postcode, inputmode: 'numeric' })}
      ${field({ id: 'empfaenger_ort', label: L('form.city'), value: r.city })}
    </div>
  </fieldset>
  <div class="field">
    <label for="grusskarte">${L('gift.card')}</label>
    <textarea id="grusskarte" name="grusskarte" rows="2">${L('gift.cardText')}</textarea>
  </div>
  <section class="billing" aria-labelledby="billing-h">
    <h2 id="billing-h">${L('gift.billing')}</h2>
    ${dl([[L('account.name'), u.name], [L('account.address'), `${u.street}, ${u.postcode} ${u.city}`], [L('account.email'), u.email]])}
  </section>
  <button type="submit" class="btn">${L('gift.submit')}</button>
</form>`;
  return layout({ ...ctx, loggedIn: true, greet: u.name }, { title: L('gift.title'), body, section: 'account' });
}

/** /playground — profileJson: the text of www/profile.json; hasPkg: whether the wasm package is there. */
export function playgroundPage(ctx, profileJson, hasPkg) {
  const L = (k, v) => t(ctx.lang, k, v);
  const keys = ['pg.kind', 'pg.field', 'pg.value', 'pg.reason', 'pg.severity', 'pg.none', 'pg.warn', 'pg.noWarn',
    'pg.accountView', 'pg.fields', 'pg.loading', 'pg.ready', 'pg.missing', 'pg.badProfile', 'pg.error', 'pg.yes', 'pg.no'];
  const strings = Object.fromEntries(keys.map((k) => [k, t(ctx.lang, k)]));
  const q = `lang=${ctx.lang}`;
  const examples = [
    ['pg.exContest', `/gewinnspiel?leak=1&seed=7&${q}`],
    ['pg.exInvite', `/gewinnspiel/freunde?leak=1&seed=7&${q}`],
    ['pg.exImprint', `/impressum?${q}`],
    ['pg.exOwn', `/konto/eigen?${q}`],
  ];
  const body = html`<h1>${L('pg.h1')}</h1>
<p class="lead">${L('pg.intro')}</p>
<div id="playground" data-strings="${JSON.stringify(strings)}" data-pkg="${hasPkg ? '1' : '0'}">
<p id="pg-status" class="status ${hasPkg ? '' : 'error'}" role="status">${hasPkg ? L('pg.loading') : L('pg.missing')}</p>
<div class="grid grid-pg">
  <section class="card">
    <div class="field">
      <label for="pg-html">${L('pg.html')}</label>
      <textarea id="pg-html" rows="14" spellcheck="false" autocomplete="off"></textarea>
    </div>
    <div class="examples" role="group" aria-label="${L('pg.examples')}">
      <span>${L('pg.examples')}:</span>
      ${examples.map(([k, href]) => html`<button type="button" class="btn btn-small btn-ghost" data-example="${href}">${L(k)}</button> `)}
    </div>
    <div class="check">
      <input type="checkbox" id="pg-use-profile" checked>
      <label for="pg-use-profile">${L('pg.useProfile')}</label>
    </div>
    <details class="field">
      <summary>${L('pg.profile')}</summary>
      <label class="visually-hidden" for="pg-profile">${L('pg.profile')}</label>
      <textarea id="pg-profile" rows="12" spellcheck="false" autocomplete="off">${profileJson}</textarea>
    </details>
    <button type="button" id="pg-check" class="btn" disabled>${L('pg.check')}</button>
  </section>
  <section class="card">
    <h2>${L('pg.verdict')}</h2>
    <p id="pg-verdict" class="verdict"></p>
    <p id="pg-meta" class="hint"></p>
    <h3>${L('pg.findings')}</h3>
    <div class="table-wrap"><table class="table" id="pg-findings">
      <thead><tr><th scope="col">${L('pg.kind')}</th><th scope="col">${L('pg.field')}</th><th scope="col">${L('pg.value')}</th><th scope="col">${L('pg.reason')}</th><th scope="col">${L('pg.severity')}</th></tr></thead>
      <tbody></tbody>
    </table></div>
    <iframe id="pg-frame" class="preview" title="Preview" sandbox="allow-same-origin"></iframe>
  </section>
</div>
</div>`;
  return layout(ctx, {
    title: L('pg.title'), body, scripts: ['/static/snapshot.js'], modules: ['/static/playground.js'], wide: true,
  });
}

export function notFoundPage(ctx, path) {
  const L = (k, v) => t(ctx.lang, k, v);
  const body = html`<section class="card narrow">
<h1>${L('404.h1')}</h1>
<p>${L('404.p', { path })}</p>
<p><a href="/">${L('404.home')}</a></p>
</section>`;
  return layout(ctx, { title: L('404.title'), body });
}

/** The answer to a demo form's POST: nothing is stored. */
export function thanksPage(ctx, note = 'thanks.p') {
  const L = (k, v) => t(ctx.lang, k, v);
  const body = html`<section class="card narrow">
<h1>${L('thanks.h1')}</h1>
<p>${L(note)}</p>
<p><a href="/">${L('thanks.home')}</a></p>
</section>`;
  return layout(ctx, { title: L('thanks.title'), body });
}

/** "Hallo Katrin Vogelsang" — the header greeting, also sent by /api/konto. */
export function accountGreeting(lang, name) {
  return t(lang, 'user.hello', { name });
}
