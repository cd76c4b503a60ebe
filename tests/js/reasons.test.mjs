// lib/reasons.js: a finding's reason codes rendered from _locales, the
// core's English as the fallback. (tests/reasons_locales.rs checks every
// code's English message against the core's Reason::english.)
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import '../../extension/lib/reasons.js';

const { renderer } = globalThis.NotMineReasons;
const locale = (lang) => JSON.parse(readFileSync(new URL(`../../extension/_locales/${lang}/messages.json`, import.meta.url), 'utf8'));

/**
 * `i18n.getMessage` as the browsers do it: '' for a missing message; each
 * `$NAME$` (any case) → its placeholder's content with `$1`… replaced by
 * the substitutions; `$$` → `$`. Substituted text is not read again.
 */
function getMessage(messages) {
  return (key, subs = []) => {
    const entry = messages[key];
    if (!entry) return '';
    const ph = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
    return entry.message.replace(/\$\$|\$([a-z0-9_@]+)\$/gi, (m, name) => {
      if (m === '$$') return '$';
      const content = ph[name.toLowerCase()];
      if (content === undefined) return '';
      return content.replace(/\$(\d)/g, (_, n) => subs[Number(n) - 1] ?? '');
    });
  };
}

const en = renderer(getMessage(locale('en')));
const de = renderer(getMessage(locale('de')));
const account = { by: 'heading', text: 'Mein Konto' };
const record = 'script #__NEXT_DATA__ › props.user';

/** Reason::examples() as the core serialises them, with Reason::english(). */
const EXAMPLES = [
  [{ code: 'form-stranger', kind: 'email' }, 'the page sent this field filled in with an email address that is not in your profile'],
  [{ code: 'form-untouched', kind: 'name' }, 'the page sent this field filled in with a name; nobody typed it here'],
  [{ code: 'form-several-people', people: 3 }, "the page sent this form filled in with 3 different people's data; nobody typed it"],
  [{ code: 'account-stranger', label: 'Name', account }, 'shown as "Name" on an account page (heading "Mein Konto"); not in your profile'],
  [{ code: 'embedded-stranger', record, kind: 'email' }, `the page embeds a customer record (${record}) holding an email address that is not in your profile; it is not shown, but sent to everyone who loads the page`],
  [{ code: 'previous-load-differed' }, 'the previous load of this page showed a different person'],
];

test('the English messages render as the core writes its reasons', () => {
  for (const [why, english] of EXAMPLES) assert.equal(en.reasonOne(why), english, why.code);
  const both = { reason: 'x', why: [EXAMPLES[1][0], EXAMPLES[5][0]] };
  assert.equal(en.reasonText(both), `${EXAMPLES[1][1]}; ${EXAMPLES[5][1]}`);
});

test('German renders every code, parameters in place, page text as it is', () => {
  for (const [why, english] of EXAMPLES) {
    const s = de.reasonOne(why);
    assert.ok(s && !s.includes('$') && s !== english, `${why.code}: ${s}`);
  }
  assert.equal(de.reasonOne(EXAMPLES[0][0]), 'die Seite hat dieses Feld mit einer E-Mail-Adresse vorausgefüllt – nicht aus Ihrem Profil');
  assert.match(de.reasonOne(EXAMPLES[3][0]), /„Name“.*\(Überschrift „Mein Konto“\)/);
  assert.match(de.reasonOne(EXAMPLES[2][0]), / 3 verschiedenen /);
  // Markup in page text stays text (callers set it with textContent).
  const odd = de.reasonOne({ code: 'account-stranger', label: '<b>$1</b>', account: { by: 'title', text: '$$' } });
  assert.match(odd, /„<b>\$1<\/b>“.*Titel „\$\$“/);
  assert.equal(de.evidenceText({ by: 'logout-and-record' }), 'ein Abmelde-Link und ein Datensatz mit persönlichen Daten');
});

test('the English reason when codes are missing or unknown', () => {
  const reason = 'the page sent this field filled in with a name that is not in your profile';
  assert.equal(de.reasonText({ reason }), reason, 'a record from before the codes');
  assert.equal(de.reasonText({ reason, why: [] }), reason);
  assert.equal(de.reasonText({ reason, why: [{ code: 'from-the-future' }] }), reason, 'a code with no message');
  assert.equal(de.reasonText({ reason, why: [{ code: 'form-stranger', kind: 'dna' }] }), reason, 'a kind with no phrase');
  assert.equal(de.reasonText({ reason, why: [{ code: 'account-stranger', label: 'x', account: { by: 'smell' } }] }), reason);
  assert.equal(de.reasonText({ reason, why: [EXAMPLES[5][0], 'nonsense'] }), reason, 'one bad entry: all English');
  assert.equal(de.evidenceText(null), null);
  assert.equal(de.reasonText(null), '');
  const broken = renderer(() => { throw new Error('extension reloaded'); });
  assert.equal(broken.reasonText({ reason, why: [EXAMPLES[0][0]] }), reason, 'i18n unavailable');
});
