//! Pattern tables: which words name which field, as data, and the small
//! matcher that runs them.
//!
//! The classifier in [`crate::fields`] gathers evidence about a control (its
//! label, aria-label, placeholder, the table header above it, its `name` and
//! `id`) and asks [`classify`] about each piece of text in turn. This module
//! only knows words.
//!
//! # Input
//!
//! Every text arrives folded by [`crate::text::fold`]: lower-case ASCII words
//! separated by single spaces, diacritics stripped, camelCase and snake_case
//! split. `"E-Mail-Adresse*"` arrives as `e mail adresse`, `"Straße/Nr."` as
//! `strasse nr`, `billing_firstName` as `billing first name`. So every pattern
//! here is plain ASCII and lower case, and a space in a pattern is exactly one
//! word break. German compounds stay whole (`kundennummer`), which is why
//! many patterns allow an optional space (`kunden ?nummer` also takes
//! `Kunden-Nummer`).
//!
//! The patterns are compiled with `unicode(false)`: `\b`, `\d`, `\w` are
//! ASCII, and the `.wasm` carries no Unicode tables. In that mode the regex
//! crate rejects `.` and negated classes (they could match invalid UTF-8), so
//! the tables use neither.
//!
//! # Word boundaries
//!
//! Most patterns are bounded by `\b` on both sides, because short German
//! words hide inside longer ones: `ort` (city) is inside `Passwort`,
//! `Kennwort`, `Sport`, `Export`, `Antwort`; `tel` inside `Hotel`; `land`
//! inside `Bundesland`, `Deutschland` and `Landline`. A pattern drops the
//! leading `\b` only where German builds compounds on the front of the word
//! and every compound still means the same field: `anschrift\b` takes
//! `Postanschrift`, `rufnummer\b` takes `Mobilrufnummer`, `adresse\b` takes
//! `Lieferadresse` (the e-mail, IP and web addresses are caught first). A
//! pattern drops the trailing `\b` where developers append digits to an
//! identifier (`email2`, `friendName1`): then it ends in `\d*\b`.
//!
//! # Which rule wins
//!
//! First match in [`RULES`] wins, so the table is ordered from specific to
//! generic, in three tiers:
//!
//! 1. **Phrases that name the field outright**, grouped by field type, most
//!    specific type first (customer numbers before card numbers, so
//!    `Kundenkartennummer` is not a credit card; the e-mail before the
//!    organisation, so `Firmen-E-Mail` is an e-mail). Inside each type block
//!    the rows are grouped by language.
//! 2. **Generic address words and role nouns**: `Adresse`, `Land`,
//!    `Karteninhaber`, `Kontoinhaber`, `Empfänger`. They yield to tier 1
//!    because German puts the head noun first: `Adresse des Karteninhabers`
//!    is an address, `E-Mail des Kontoinhabers` an e-mail, `Land des
//!    Empfängers` a country.
//! 3. **The bare word for "name"** in each language: `Name`, `Nom`, `Nombre`,
//!    `Nome`, `Naam`. Almost every other field can be "the name of"
//!    something (`Benutzername`, `Firmenname`, `Name on card`, `Straßenname`).
//!
//! The table is grouped by type rather than by language because the words
//! cross languages: German and English share `name`, `region`, `e-mail`;
//! German `land` (country) is also Dutch and sits inside English `land line`.
//! With language groups, whichever language came first would shadow the
//! others (the German `name` row would have eaten the English `first name`).
//!
//! # Vetoes
//!
//! [`NEGATIVE`] texts are never personal whatever else they say: search
//! boxes ("PLZ oder Ort suchen"), coupons, captchas, card security codes,
//! quantities, order/invoice/tracking numbers, web and IP addresses, and
//! names of things rather than people ("Name der Bank", "Product name").
//!
//! [`SOFT_NEGATIVE`] texts (passwords, free-text messages, newsletter and
//! consent checkboxes) veto every type except those in
//! [`OUTRANKS_SOFT_NEGATIVE`], i.e. e-mail: a password-reminder form asks
//! "E-Mail-Adresse für die Passwort-Zusendung", and a newsletter box asks for
//! an e-mail; both pre-filled with a stranger's address are exactly the leak
//! NotMine exists for (see shared/incident-patterns.md, the 2000 affiliate
//! programme). But "Benutzer-Passwort" is no username and "Ich möchte
//! Angebote per Telefon erhalten (Werbung)" is a consent checkbox, not a
//! phone field.
//!
//! # Labels and identifiers
//!
//! Each row says whether it applies to labels, identifiers or both
//! ([`On`]). Most words are both (developers name fields `vorname`,
//! `strasse`, `email`). Whole-label words that mean something else in code
//! are label-only (`Titel`, Turkish `Ad`, Italian `CAP`); abbreviations that
//! are words in some language are identifier-only (`mi`, `fname`, `nname`).
//!
//! # Decisions on ambiguous words
//!
//! - `Hausnummer`, `house number`, `street number` alone: address-line1 (the
//!   number half of the first line). `Straße`, `Street`, `Anschrift`,
//!   `Adresse` alone: street-address. `Straße und Hausnummer`: street-address.
//! - `PLZ / Ort`: postal-code (a two-part label is decided by its first part).
//! - `Land/Region`, `Country/Region`: country. `Geburtsort`, `place of
//!   birth`: address-level2 (the value is a city).
//! - French `Nom` alone: family-name (French forms pair it with `Prénom`);
//!   Spanish `Nombre` and Italian `Nome` alone: given-name (paired with
//!   `Apellidos`, `Cognome`); Turkish `Ad`: given-name, `Ad Soyad`: name.
//! - German `Kontonummer`, `Bankverbindung`: iban. English `account number`:
//!   customer-number; `bank account number`: iban.
//! - National and document numbers (Steuer-ID, Sozialversicherungsnummer,
//!   Reisepass, SSN, DNI, codice fiscale, PESEL, TC Kimlik) and SIM card
//!   numbers: customer-number, the only person-bound identifier type.
//! - `Geschlecht`, `gender`: honorific-prefix (HTML's `sex` token maps
//!   there too). `Display name`, `Anzeigename`, `Nickname`: name (HTML maps
//!   `nickname` to name); `screen name`: username.
//! - `Benutzername oder E-Mail`, `Username or email`: username (the field
//!   asks for a username and accepts an e-mail); `Login-E-Mail`: email.
//! - `Kontoinhaber`, `account holder`, `Empfänger`: name; `Karteninhaber`,
//!   `cardholder`: cc-name. French `titulaire` and Spanish `titular` without
//!   "carte"/"tarjeta" could be either holder: name.
//! - Words the tables do not claim, because pages use them for both people
//!   and other things: bare `Inhaber` and `Ansprechpartner` (imprints),
//!   `Kunde`, `Postfach`, `Ortsteil`, `unit`, `floor`. Spanish and Italian
//!   `firma` means signature but is filed as organisation (German, Polish).
//!
//! # Example
//!
//! ```
//! use notmine::fields::patterns::{classify, Source};
//! use notmine::text::fold;
//! use notmine::FieldType;
//!
//! let m = classify(&fold("Kunden-Nr.:"), Source::Label).unwrap();
//! assert_eq!(m.ty, FieldType::CustomerNumber);
//! assert_eq!(m.lang, "de");
//! assert_eq!(classify(&fold("Passwort"), Source::Label), None);
//! assert_eq!(classify(&fold("billing_first_name"), Source::Identifier).unwrap().ty, FieldType::GivenName);
//! ```

use crate::kinds::FieldType;
use regex::{Regex, RegexBuilder, RegexSet, RegexSetBuilder};
use std::sync::OnceLock;

/// One row of a table: text matching `pattern` means the field asks for `ty`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    pub ty: FieldType,
    /// The language the row was written for: `de`, `en`, `fr`, `es`, `it`,
    /// `nl`, `pl`, `tr`, `pt`, `id` (Indonesian), or `any` for developer conventions (`fname`,
    /// `address2`) and international tokens (`E-Mail`, `IBAN`, `Tel.`).
    /// Rows are not restricted to their language: a word shared by several
    /// languages is listed once, under the first that uses it.
    pub lang: &'static str,
    /// A regex over folded text (see the module docs).
    pub pattern: &'static str,
    /// Which kind of text the row applies to.
    pub on: On,
}

/// Which kind of text a [`Rule`] applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum On {
    /// Only human-readable labels. For words that are fine as a whole label
    /// but mean something else in code: `Titel` (a page title in code),
    /// Turkish `Ad` (an advert), Italian `CAP`, French `CP`.
    Label,
    /// Only developer identifiers. For abbreviations that are words in some
    /// language: `mi` (middle initial, but Spanish "my"), `fname`, `nname`.
    Identifier,
    /// Both.
    Both,
}

impl On {
    /// Whether a rule marked `self` applies to text from `source`.
    pub fn applies(self, source: Source) -> bool {
        matches!(
            (self, source),
            (On::Both, _) | (On::Label, Source::Label) | (On::Identifier, Source::Identifier)
        )
    }
}

/// Where the text came from: a human-readable label (label element,
/// aria-label, placeholder, title, table header, preceding text) or a
/// developer identifier (name/id attribute, already folded, e.g.
/// "billing first name", "plz", "txt email").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Label,
    Identifier,
}

/// A classification: the type, and the row that decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    pub ty: FieldType,
    pub lang: &'static str,
    /// Index into [`RULES`].
    pub rule: usize,
}

/// Classifies folded text; `None` when no rule matches or a negative vetoes
/// it (see the module docs for the order).
pub fn classify(folded: &str, source: Source) -> Option<Match> {
    if folded.is_empty() {
        return None;
    }
    let c = compiled();
    if c.any_negative.is_match(folded) {
        return None;
    }
    let rule = c.first_match(folded, source)?;
    let ty = RULES[rule].ty;
    if !OUTRANKS_SOFT_NEGATIVE.contains(&ty) && c.any_soft_negative.is_match(folded) {
        return None;
    }
    Some(Match {
        ty,
        lang: RULES[rule].lang,
        rule,
    })
}

/// Whether the row that decided names its field only broadly: a tier 2 or
/// 3 row ("Adresse", "Address", "Land", "Name"; see the module docs), which
/// a precise `name`/`id` may refine.
pub fn broad(m: &Match) -> bool {
    m.rule >= tier2_start()
}

/// Index of the first tier 2 row, the bare German "Adresse".
fn tier2_start() -> usize {
    static START: OnceLock<usize> = OnceLock::new();
    *START.get_or_init(|| {
        RULES
            .iter()
            .position(|r| r.pattern == TIER2_FIRST)
            .unwrap_or(RULES.len())
    })
}

/// The pattern of the first tier 2 row (see [`RULES`]).
const TIER2_FIRST: &str = r"adresse\d*\b";

/// Whether folded text says "this is not personal data" (matches
/// [`NEGATIVE`] or [`SOFT_NEGATIVE`]). A caller walking through several
/// pieces of evidence can stop at a label that says "Passwort" instead of
/// falling through to a `name="user_login"`.
pub fn vetoed(folded: &str) -> bool {
    let c = compiled();
    c.any_negative.is_match(folded) || c.any_soft_negative.is_match(folded)
}

/// Types whose rules win over [`SOFT_NEGATIVE`]: an e-mail field stays an
/// e-mail field on a password-reminder or newsletter form.
pub static OUTRANKS_SOFT_NEGATIVE: &[FieldType] = &[FieldType::Email];

// Short names for the table below.
use FieldType as T;
use On::{Both as B, Identifier as I, Label as L};

const fn r(on: On, lang: &'static str, ty: FieldType, pattern: &'static str) -> Rule {
    Rule {
        ty,
        lang,
        pattern,
        on,
    }
}

/// The rule table, ordered: first match wins (see the module docs).
#[rustfmt::skip]
pub static RULES: &[Rule] = &[
    // ======================================================================
    // Tier 1: phrases that name the field outright.
    // ======================================================================

    // ── IBAN, the one phrase that must beat "account number" (customer) ──
    r(B, "en", T::Iban, r"\bbank ?account( ?(number|no|nr|num))?\b"),

    // ── Username, explicit (before e-mail: "Benutzername oder E-Mail") ──
    r(B, "de", T::Username, r"\b(benutzer|nutzer|anmelde|login|zugangs) ?(name|kennung|id)\d*\b"),
    r(B, "en", T::Username, r"\buser ?(name|id)\d*\b"),
    // Glued to a prefix in code: "formusername", "loginUsername" folds whole.
    r(I, "en", T::Username, r"username\d*\b"),
    r(B, "en", T::Username, r"\b(screen|login|sign ?in|log ?in) ?name\b"),
    r(B, "fr", T::Username, r"\bnom d utilisateur\b|\bidentifiant\b|\bpseudo\b"),
    r(B, "es", T::Username, r"\b(nombre de )?usuario\b"),
    r(B, "it", T::Username, r"\bnome utente\b"),
    r(B, "nl", T::Username, r"\bgebruikers ?naam\b"),
    r(B, "pl", T::Username, r"\bnazwa uzytkownika\b|\buzytkownik\b"),
    r(B, "tr", T::Username, r"\bkullanici ?(adi)?\b"),

    // ── Customer, contract, membership and similar person-bound numbers ──
    // Before card numbers ("Servicekartennummer" is a Miles & More number,
    // not a credit card) and bank accounts ("Vertragskonto"). National and
    // document numbers (Steuer-ID, SSN, passport) are filed here too: they
    // are person-bound identifiers and there is no better type.
    // de
    r(B, "de", T::CustomerNumber, r"\bkunden? ?(nummer|nr|no|id|kennung|konto ?(nummer|nr)|referenz|code)\d*\b"),
    r(L, "de", T::CustomerNumber, r"^kunden ?konto$"),
    r(B, "de", T::CustomerNumber, r"\bkd ?nr\b"),
    r(B, "de", T::CustomerNumber, r"\b(kunden|service|mitglieds|bonus|treue|vorteils|club|payback) ?kart(e|en) ?(nummer|nr)\b"),
    r(B, "de", T::CustomerNumber, r"\b(kunden|service|mitglieds|bonus|payback) ?karte\b"),
    // A SIM card number belongs to the contract, not to a credit card.
    r(B, "de", T::CustomerNumber, r"\bsim ?karten? ?(nummer|nr)\b"),
    r(B, "de", T::CustomerNumber, r"\b(vertrags|mitglieds|policen|personal|matrikel|vielflieger|payback|bahn ?card|post) ?(nummer|nr|no|id)\b"),
    r(B, "de", T::CustomerNumber, r"\bvertrags ?konto( ?(nummer|nr))?\b"),
    r(B, "de", T::CustomerNumber, r"\b(kranken)?versicherten ?(nummer|nr)\b"),
    r(B, "de", T::CustomerNumber, r"\b(sozial|renten|kranken)?versicherungs ?(nummer|nr|schein ?(nummer|nr))\b"),
    r(B, "de", T::CustomerNumber, r"\bmandats ?referenz\b"),
    r(B, "de", T::CustomerNumber, r"\bsteuer ?(id|identifikationsnummer|nummer|nr)\b"),
    r(B, "de", T::CustomerNumber, r"\b((personal)?ausweis|reisepass|pass|fuhrerschein) ?(nummer|nr)\b"),
    // en
    r(B, "en", T::CustomerNumber, r"\b(customer|cust|client|account|acct|contract|member(ship)?|subscriber|policy) ?(number|no|nr|num|id|ref|reference|code)\d*\b"),
    r(B, "en", T::CustomerNumber, r"\b(loyalty|rewards?|membership|member|club|customer|mileage) ?(card|program|programme)? ?(number|no|nr|id)\b"),
    r(B, "en", T::CustomerNumber, r"\bfrequent fl(y|i)er( ?(number|no|id))?\b"),
    r(B, "en", T::CustomerNumber, r"\b(social security|national insurance|passport|tax|id card|driver s licen(c|s)e|driving licen(c|s)e) ?(number|no|nr|id)\b"),
    r(B, "en", T::CustomerNumber, r"\bssn\b|\bsim( card)? (number|no)\b|\biccid\b"),
    // fr
    r(B, "fr", T::CustomerNumber, r"\b(n|no|num|numero|code|reference|ref|identifiant) (d |de |du )?(client|adherent|contrat|abonne|membre|fidelite)\b"),
    r(B, "fr", T::CustomerNumber, r"\bcarte de fidelite\b|\b(numero de )?securite sociale\b"),
    // es
    r(B, "es", T::CustomerNumber, r"\b(n|no|nro|num|numero|codigo|id) (de )?(cliente|socio|abonado|contrato|afiliado)\b"),
    r(B, "es", T::CustomerNumber, r"\b(dni|nif)\b"),
    // it
    r(B, "it", T::CustomerNumber, r"\b(codice|numero|n|num|id) (del |di )?(cliente|contratto|tessera|socio|abbonato)\b"),
    r(B, "it", T::CustomerNumber, r"\bcodice fiscale\b"),
    // nl
    r(B, "nl", T::CustomerNumber, r"\b(klant|lid|lidmaatschaps|contract|polis|abonnee)(en)? ?(nummer|nr|id|code)\b"),
    r(B, "nl", T::CustomerNumber, r"\bklantenkaart\w*|\bburgerservicenummer\b|\bbsn\b"),
    // pl
    r(B, "pl", T::CustomerNumber, r"\b(numer|nr|id|kod) (karty )?klienta\b|\b(numer|nr) (umowy|czlonkowski|klubowy)\b|\bpesel\b"),
    // tr
    r(B, "tr", T::CustomerNumber, r"\b(musteri|uye|sozlesme|abone) (numarasi|no|kodu)\b|\btc kimlik( no| numarasi)?\b"),

    // ── E-mail ──
    // "e mail", "email", "emailadresse", "email2", "e mail wiederholen";
    // not "mailing address", which is a postal address.
    r(B, "any", T::Email, r"\be ?mail"),
    r(B, "any", T::Email, r"\bmail( ?(adresse|address|adres|adr))?\d*\b"),
    r(B, "fr", T::Email, r"\bcourriel\b|\badresse electronique\b"),
    r(L, "fr", T::Email, r"^mel$"),
    r(B, "es", T::Email, r"\bcorreo( electronico)?\b"),
    r(B, "it", T::Email, r"\bposta elettronica\b"),
    r(B, "tr", T::Email, r"\be ?posta\b"),

    // ── Username, generic (after e-mail: "Login-E-Mail" is an e-mail) ──
    r(B, "de", T::Username, r"\b(benutzer|kennung)\b"),
    r(B, "en", T::Username, r"\blog ?in( ?id)?\b"),
    r(I, "any", T::Username, r"\buname\b"),

    // ── Telephone ──
    // `tele?fon…` has no leading \b: "Kontakttelefon", "Mobiltelefon".
    r(B, "any", T::Tel, r"tele?(fon|foon|fono|fone|phone)"),
    r(B, "any", T::Tel, r"\b(tel|fon|mob)\d*\b"),
    r(B, "de", T::Tel, r"\bmobil(nummer|nr|telefon\w*|rufnummer|funk( ?(nummer|nr|rufnummer))?)?\b"),
    r(B, "de", T::Tel, r"\bhandy\w*|rufnummer\b|\bfestnetz\w*|vorwahl\b|\b(tele)?fax\w*|\bkontakt ?nummer\b"),
    // "phone" anywhere: "homephone", "phonenumber"; iPhone and smartphone
    // are vetoed in NEGATIVE.
    r(B, "en", T::Tel, r"phone"),
    r(B, "en", T::Tel, r"\b(mobile|cell)( ?(number|no|nr|num))?\d*\b"),
    r(B, "en", T::Tel, r"\bland ?line\b|\bcontact number\b"),
    r(B, "fr", T::Tel, r"\bportable\b"),
    r(B, "es", T::Tel, r"\b(movil|celular)\b"),
    r(B, "it", T::Tel, r"\bcellulare\b"),
    r(B, "nl", T::Tel, r"\bmobiele?( nummer)?\b"),
    r(B, "pl", T::Tel, r"\bkomork(a|i|owy)\b"),
    r(B, "tr", T::Tel, r"\bgsm( no| numarasi)?\b|\bcep (no|numarasi)\b"),
    r(B, "id", T::Tel, r"\btelepon\b|\bponsel\b|\bnomor hp\b"),

    // ── Place of birth (a city), then date of birth ──
    r(B, "de", T::AddressLevel2, r"\bgeburts ?ort\b"),
    r(B, "en", T::AddressLevel2, r"\b(place|city|town) of birth\b|\bbirth ?place\b"),
    r(B, "fr", T::AddressLevel2, r"\blieu de naissance\b"),
    r(B, "es", T::AddressLevel2, r"\blugar de nacimiento\b"),
    r(B, "it", T::AddressLevel2, r"\bluogo di nascita\b"),
    r(B, "nl", T::AddressLevel2, r"\bgeboorteplaats\b"),
    r(B, "pl", T::AddressLevel2, r"\bmiejsce urodzenia\b"),
    r(B, "tr", T::AddressLevel2, r"\bdogum yeri\b"),
    // de: "Geburtsdatum", "Geb.-Datum", "gebDat", "geboren am", "Geb."
    r(B, "de", T::Bday, r"\bgeburts ?(datum|tag|jahr|monat)\b"),
    r(B, "de", T::Bday, r"\bgeb ?(datum|dat|tag)\b|\bgeboren( am)?\b|^geb$"),
    r(B, "en", T::Bday, r"\b(date|day|month|year) of birth\b"),
    r(B, "en", T::Bday, r"\bbirth ?(date|day|month|year)s?\b|\b(dob|d o b|bday)\b"),
    r(B, "fr", T::Bday, r"\bnaissance\b"),
    r(B, "es", T::Bday, r"\b(fecha( de)? )?nacimiento\b|\bcumpleanos\b"),
    r(B, "it", T::Bday, r"\bdata (di )?nascita\b|\bnat(o|a) il\b|\bcompleanno\b"),
    r(B, "nl", T::Bday, r"\bgeboorte ?datum\b|\bgeboren op\b|\bverjaardag\b"),
    r(B, "pl", T::Bday, r"\bdata urodzenia\b|\burodzin(y|ach)\b"),
    r(B, "tr", T::Bday, r"\bdogum (tarihi|gunu)\b"),
    r(B, "pt", T::Bday, r"\b(data de )?nascimento\b|\baniversario\b"),
    r(B, "id", T::Bday, r"\btanggal lahir\b"),

    // ── Card holder, stated outright ("Karteninhaber" alone is tier 2) ──
    r(B, "de", T::CcName, r"\bname auf (der )?karte\b"),
    r(B, "en", T::CcName, r"\bname( \w+){0,4} on (the |your )?card\b|\bname of (the )?card ?holder\b|\bcard ?holder( s)? ?name\b"),
    r(B, "en", T::CcName, r"\b(cc|card|credit card) ?name\b|\b(credit |debit )?card ?(holder|owner)( s)?( name)?$"),
    r(B, "fr", T::CcName, r"\b(titulaire|detenteur) de la carte\b|\bnom (sur|figurant sur) la carte\b"),
    r(B, "es", T::CcName, r"\btitular de la tarjeta\b|\bnombre (en |de )?(la )?tarjeta\b"),
    r(B, "it", T::CcName, r"\b(titolare|intestatario) (della )?carta\b|\bnome (sulla|del titolare della) carta\b"),
    r(B, "nl", T::CcName, r"\bkaart ?houder\b|\bnaam (op (de )?kaart|kaarthouder)\b"),
    r(B, "pl", T::CcName, r"\b(posiadacz|wlasciciel) karty\b|\bimie i nazwisko na karcie\b"),
    r(B, "tr", T::CcName, r"\bkart (sahibi|uzerindeki (isim|ad|ad soyad))\b"),
    r(B, "pt", T::CcName, r"\bnome (do |no )?(titular (do )?)?cartao\b|\btitular do cartao\b"),
    r(B, "id", T::CcName, r"\bnama (di |pada )?kartu\b|\bpemegang kartu\b"),

    // ── Card expiry (before the number: "Credit card expiration") ──
    r(B, "de", T::CcExp, r"\bgultig ?(bis|zum)\b|\bgultigkeit\w*|\bablauf ?(datum|monat|jahr)\b|\bverfalls? ?datum\b|\bmm ?jj(jj)?\b"),
    r(B, "en", T::CcExp, r"\bexp(iry|iration|ires|iring)?( ?(date|month|year|mm|yy|mo|yr))?\b|\b(cc|card) ?exp\w*"),
    r(B, "en", T::CcExp, r"\b(valid|good) (thru|through|until|till|to)\b|\bmm ?yy(yy)?\b"),
    r(B, "fr", T::CcExp, r"\bdate (d expiration|de validite|d echeance)\b|\bexpire le\b|\bvalable jusqu au\b|\bmm aa\b"),
    r(B, "es", T::CcExp, r"\b(fecha de )?(caducidad|vencimiento|expiracion)\b"),
    r(B, "it", T::CcExp, r"\b(data di )?scadenza\b"),
    r(B, "nl", T::CcExp, r"\bvervaldatum\b|\bgeldig (tot|t m)\b"),
    r(B, "pl", T::CcExp, r"\bdata waznosci\b|\bwazna do\b|\bwaznosc\b|\bmm rr\b"),
    r(B, "tr", T::CcExp, r"\bson kullanma( tarihi)?\b|\bskt\b|\bgecerlilik( tarihi)?\b"),
    r(I, "any", T::CcExp, r"\b(cc|card) ?(exp|year|month|yr|mo|mm|yy|yyyy)\d*\b"),
    r(B, "pt", T::CcExp, r"\b(data de )?validade\b"),
    r(B, "id", T::CcExp, r"\bmasa berlaku\b|\btanggal kedaluwarsa\b"),

    // ── Card number ──
    r(B, "de", T::CcNumber, r"\b(kredit|debit|bank)?karten? ?(nummer|nr)\b|\bkreditkarten?\b"),
    r(B, "en", T::CcNumber, r"\b(credit |debit )?card ?(number|no|nr|num)\b|\bcc ?(number|no|nr|num)\b|\b(credit|debit) card\b"),
    r(B, "fr", T::CcNumber, r"\b(n|no|numero) (de )?(la )?carte( bancaire| de credit)?\b|\bcarte (bancaire|de credit)\b"),
    r(B, "es", T::CcNumber, r"\b(n|no|numero) (de )?(la )?tarjeta\b|\btarjeta de (credito|debito)\b"),
    r(B, "it", T::CcNumber, r"\b(numero|n) (della )?carta( di credito)?\b|\bcarta di credito\b"),
    r(B, "nl", T::CcNumber, r"\b(kaart|creditcard) ?nummer\b|\bcreditcard\b"),
    r(B, "pl", T::CcNumber, r"\b(numer|nr) karty\b|\bkarta kredytowa\b"),
    r(B, "tr", T::CcNumber, r"\bkart (numarasi|no)\b|\bkredi karti\b"),
    r(B, "pt", T::CcNumber, r"\bnumero (do )?cartao\b|\bcartao de (credito|debito)\b"),
    r(B, "id", T::CcNumber, r"\bnomor kartu\b|\bkartu kredit\b"),

    // ── IBAN and bank account ──
    // German "Kontonummer" is the bank account; English "account number"
    // is the customer account (above).
    r(B, "any", T::Iban, r"\biban\b"),
    r(B, "de", T::Iban, r"\bkonto ?(nummer|nr|no)\b|\b(bank|konto) ?verbindung\b|\bbank ?(konto|daten)\b"),
    r(B, "fr", T::Iban, r"\brib\b|\bcoordonnees bancaires\b|\bcompte bancaire\b"),
    r(B, "es", T::Iban, r"\bcuenta (bancaria|corriente)\b|\bnumero de cuenta\b"),
    r(B, "it", T::Iban, r"\bconto corrente\b|\bcoordinate bancarie\b"),
    r(B, "nl", T::Iban, r"\b(bank)?rekening ?(nummer|nr)\b|\bbankrekening\b"),
    r(B, "pl", T::Iban, r"\b(numer|nr) (konta|rachunku)( bankowego)?\b|\brachunek bankowy\b"),
    r(B, "tr", T::Iban, r"\bhesap (numarasi|no)\b"),

    // ── Full name, as one phrase (before the parts it names) ──
    // de: "Vor- und Nachname", "Vorname Name", "Name, Vorname"
    r(B, "de", T::Name, r"\bvor( und| u)? (nach|zu|familien)name\b"),
    r(B, "de", T::Name, r"\bvorname( und| u)? (nach|zu|familien)?name\b|\b(nach|familien|zu)?name vorname\b"),
    r(B, "de", T::Name, r"\b(kunden|anzeige|spitz|teilnehmer|empfanger|besteller|mitglieds)name\b"),
    r(B, "en", T::Name, r"\bfirst( and| &)? (last|sur|family) ?name\b|\b(last|sur) ?name first ?name\b"),
    r(B, "en", T::Name, r"\b(full|customer|contact|display|nick|legal|billing|shipping|bill to|ship to) ?name\d*\b"),
    r(B, "fr", T::Name, r"\bnom (et )?prenom\b|\bprenom (et )?nom\b|\bnom complet\b"),
    r(B, "es", T::Name, r"\bnombre (y |e )?apellidos?\b|\bnombre completo\b"),
    r(B, "it", T::Name, r"\bnome (e |ed )?cognome\b|\bcognome (e )?nome\b|\bnominativo\b|\bnome completo\b"),
    r(B, "nl", T::Name, r"\bvoor ?(en )?achternaam\b|\bvoornaam (en )?achternaam\b|\bvolledige naam\b|\btenaamstelling\b"),
    r(B, "pl", T::Name, r"\bimie (i|oraz) nazwisko\b"),
    r(B, "tr", T::Name, r"\b(ad|adi|adiniz|isim) (soyad|soyadi|soyadiniz|soyisim)\b"),
    r(B, "id", T::Name, r"\bnama lengkap\b"),

    // ── Middle name (before given name: "zweiter Vorname") ──
    r(B, "de", T::AdditionalName, r"\b(zweite[rn]?|weitere) vornamen?\b|\bmittel ?name\b"),
    r(B, "en", T::AdditionalName, r"\bmiddle ?(name|initial)s?\d*\b"),
    r(B, "fr", T::AdditionalName, r"\b(deuxieme|second) prenom\b"),
    r(B, "es", T::AdditionalName, r"\bsegundo nombre\b"),
    r(B, "it", T::AdditionalName, r"\bsecondo nome\b"),
    r(B, "nl", T::AdditionalName, r"\btussenvoegsel\w*"),
    r(B, "pl", T::AdditionalName, r"\bdrugie imie\b"),
    r(B, "tr", T::AdditionalName, r"\bikinci (ad|isim)\b"),
    r(I, "any", T::AdditionalName, r"\b(mname|mi)\d*\b"),

    // ── Given name ──
    r(B, "de", T::GivenName, r"\bvornamen?\d*\b|\brufname\b"),
    r(B, "en", T::GivenName, r"\b(first|given|fore|christian) ?names?\d*\b|^first$"),
    r(B, "fr", T::GivenName, r"\bprenoms?\d*\b"),
    r(B, "nl", T::GivenName, r"\bvoornaam\d*\b|\bvoorletters?\b"),
    r(B, "pl", T::GivenName, r"\bimie\b"),
    r(B, "pt", T::GivenName, r"\bprimeiro nome\b"),
    r(B, "id", T::GivenName, r"\bnama depan\b"),
    r(I, "any", T::GivenName, r"\b(fname|vname|ox ?fname)\d*\b"),

    // ── Family name ──
    r(B, "de", T::FamilyName, r"\b(nach|familien|zu|geburts|madchen)namen?\d*\b"),
    r(B, "en", T::FamilyName, r"\b(last|sur|family|maiden) ?names?\d*\b|^last$"),
    r(B, "fr", T::FamilyName, r"\bnom (de famille|de naissance|d usage|marital)\b"),
    r(B, "es", T::FamilyName, r"\b(primer |segundo )?apellidos?\b"),
    r(B, "it", T::FamilyName, r"\bcognome\b"),
    r(B, "nl", T::FamilyName, r"\b(achter|familie)naam\d*\b"),
    r(B, "pl", T::FamilyName, r"\bnazwisko\b"),
    r(B, "tr", T::FamilyName, r"\bsoy ?(ad|adi|adiniz|isim)\b"),
    r(B, "pt", T::FamilyName, r"\bsobre ?nome\b|\bultimo nome\b"),
    r(B, "id", T::FamilyName, r"\bnama belakang\b"),
    r(I, "any", T::FamilyName, r"\b(lname|nname|ox ?lname)\d*\b"),

    // ── Salutation, title, gender (autocomplete "sex" maps here too) ──
    // A bare "Titel"/"Title" only as the whole label: "Job title", "Titel
    // des Artikels" and a page's <title> are not honorifics.
    r(B, "de", T::HonorificPrefix, r"\banrede\b|\bakad(emischer)? (titel|grad)\b|\bgeschlecht\b"),
    r(L, "de", T::HonorificPrefix, r"^(akad(emischer)? )?titel( optional)?$|^(herr|frau)( (herr|frau|divers))+$"),
    r(B, "en", T::HonorificPrefix, r"\b(salutation|honorific( prefix)?|name prefix|gender|sex)\b"),
    r(L, "en", T::HonorificPrefix, r"^title( optional)?$|^(mr|mrs|ms|miss|mx|dr)( (mr|mrs|ms|miss|mx|dr))+$"),
    r(B, "fr", T::HonorificPrefix, r"\b(civilite|sexe)\b"),
    r(L, "fr", T::HonorificPrefix, r"^titre$"),
    r(B, "es", T::HonorificPrefix, r"\b(tratamiento|sexo|genero)\b"),
    r(L, "es", T::HonorificPrefix, r"^titulo$"),
    r(B, "it", T::HonorificPrefix, r"\b(appellativo|sesso)\b"),
    r(L, "it", T::HonorificPrefix, r"^titolo$"),
    r(B, "nl", T::HonorificPrefix, r"\b(aanhef|geslacht)\b"),
    r(B, "pl", T::HonorificPrefix, r"\bzwrot grzecznosciowy\b|\bplec\b"),
    r(L, "pl", T::HonorificPrefix, r"^tytul$"),
    r(B, "tr", T::HonorificPrefix, r"\b(hitap|cinsiyet)\b"),
    r(I, "any", T::HonorificPrefix, r"\box ?sal\b"),

    // ── Street and house number as one field ──
    r(B, "de", T::StreetAddress, r"\b(strasse|str)( und| u)? (hausnummer|hausnr|haus nr|nummer|nr|no|hnr)\b"),
    r(B, "en", T::StreetAddress, r"\bstreet (and|&) (house )?(number|no|nr)\b"),
    r(B, "nl", T::StreetAddress, r"\bstraat( en)? huisnummer\b"),
    r(B, "pl", T::StreetAddress, r"\bulica i numer\b"),
    r(I, "any", T::StreetAddress, r"\bstr ?nr\b"),

    // ── Address line 2 (before line 1 and the street: "Straße 2") ──
    // House number suffixes ("toevoeging") count as line 2.
    r(B, "de", T::AddressLine2, r"\b(adress|anschrift)e? ?zusatz\b|\bzusatz ?(adresse|anschrift|zeile)\b|\b(adress ?zeile|adresse|strasse) ?2\b"),
    r(L, "de", T::AddressLine2, r"^zusatz( optional)?$"),
    r(B, "de", T::AddressLine2, r"\b(etage|stockwerk|wohnung\w*|gebaude)\b|\bc o\b"),
    r(B, "en", T::AddressLine2, r"\b(addr(ess)?|street) ?(line ?)?(2|two)\b|\badditional address( line ?\d)?\b"),
    r(B, "en", T::AddressLine2, r"\b(apt|apartment|suite)\b|\bcare of\b|\b(flat|unit) (number|no|nr)\b|\b(building|house) name\b"),
    r(B, "fr", T::AddressLine2, r"\bcomplement( d adresse)?\b|\b(appartement|batiment|escalier)\b|\b(adresse )?ligne 2\b"),
    r(B, "es", T::AddressLine2, r"\b(piso|puerta|apartamento|escalera|colonia)\b|\bnumero interior\b|\bdireccion ?(linea )?2\b"),
    r(B, "it", T::AddressLine2, r"\b(scala|interno|presso)\b|\bindirizzo ?2\b"),
    r(B, "nl", T::AddressLine2, r"\b(huisnummer ?)?toevoeging\b"),
    r(B, "pl", T::AddressLine2, r"\b(numer|nr) (mieszkania|lokalu)\b|\blokal\b"),
    r(B, "tr", T::AddressLine2, r"\bdaire( no)?\b|\bmahalle\w*|\badres satiri 2\b"),
    r(B, "pt", T::AddressLine2, r"\bcomplemento\b"),
    r(I, "any", T::AddressLine2, r"\b(addr|adr)2\b|\box ?addinfo\b"),

    // ── Address line 1 and house number ──
    // A house number alone identifies nobody, but it is the number half of
    // address line 1, and a value there is worth pairing with the street.
    r(B, "de", T::AddressLine1, r"\b(adress ?zeile|adresse|strasse) ?1\b|\bhaus ?(nummer|nr|no)\b|\bhnr\b"),
    r(B, "en", T::AddressLine1, r"\b(addr(ess)?|street) ?(line ?)?(1|one)\b|\b(house|street|building) ?(number|no|nr|num)\b"),
    r(B, "fr", T::AddressLine1, r"\b(adresse )?ligne 1\b|\b(n|numero) (de )?(la )?(rue|voie)\b"),
    r(B, "es", T::AddressLine1, r"\bdireccion ?(linea )?1\b|\bnumero (exterior|de (la )?casa)\b"),
    r(B, "it", T::AddressLine1, r"\b(numero|n) civico\b|\bcivico\b"),
    r(B, "nl", T::AddressLine1, r"\bhuis ?(nummer|nr)\b"),
    r(B, "pl", T::AddressLine1, r"\b(numer|nr) (domu|budynku)\b"),
    r(B, "tr", T::AddressLine1, r"\b(bina|kapi) (no|numarasi)\b"),
    r(I, "any", T::AddressLine1, r"\b(addr|adr)1\b|\box ?street ?nr\b"),

    // ── Street ──
    r(B, "de", T::StreetAddress, r"\b(strasse|str|strassenname)\d*\b|anschrift\b"),
    r(B, "en", T::StreetAddress, r"\bstreet( ?(address|name))?\d*\b"),
    r(B, "fr", T::StreetAddress, r"\b(rue|voie)\b|\bnom de (la )?rue\b"),
    r(B, "es", T::StreetAddress, r"\bcalle\b"),
    r(B, "it", T::StreetAddress, r"\bvia e (numero|n)( civico)?\b"),
    r(L, "it", T::StreetAddress, r"^via$"),
    r(B, "nl", T::StreetAddress, r"\bstraat( ?naam)?\b"),
    r(B, "pl", T::StreetAddress, r"\bulica\b"),
    r(B, "tr", T::StreetAddress, r"\b(sokak|cadde)\w*"),
    r(B, "pt", T::StreetAddress, r"\blogradouro\b"),
    r(L, "pt", T::StreetAddress, r"^rua$"),
    r(B, "id", T::StreetAddress, r"\bjalan\b"),
    r(I, "any", T::StreetAddress, r"\box ?street\b"),

    // ── Postal code (before the city: "PLZ / Ort" is decided by its first part) ──
    r(B, "de", T::PostalCode, r"\bplz\b|\bpostleitzahl\b"),
    r(B, "en", T::PostalCode, r"\b(zip|post|postal) ?codes?\d*\b|\b(zip|postal|zip4)\b"),
    r(B, "fr", T::PostalCode, r"\bcode postal\b"),
    r(L, "fr", T::PostalCode, r"^cp$"),
    r(B, "es", T::PostalCode, r"\b(codigo|cod) postal\b"),
    r(L, "es", T::PostalCode, r"^c p$"),
    r(L, "it", T::PostalCode, r"\bcap\b|^c a p$"),
    r(B, "pl", T::PostalCode, r"\bkod pocztowy\b"),
    r(B, "tr", T::PostalCode, r"\bposta kodu\b"),
    r(B, "pt", T::PostalCode, r"\bcep\b"),
    r(B, "id", T::PostalCode, r"\bkode ?pos\b"),
    r(I, "any", T::PostalCode, r"\box ?zip\b|\bplzort\b"),

    // ── City ──
    // `ort` only as a whole word (see the module docs).
    r(B, "de", T::AddressLevel2, r"\b(wohn|heimat)?ort\b|\b(stadt|ortschaft|gemeinde|ortsname)\b"),
    r(B, "en", T::AddressLevel2, r"\b(city|town|suburb|locality)\d*\b"),
    r(B, "fr", T::AddressLevel2, r"\b(ville|commune|localite)\b"),
    r(B, "es", T::AddressLevel2, r"\b(ciudad|localidad|poblacion|municipio)\b"),
    r(B, "it", T::AddressLevel2, r"\b(citta|comune|localita)\b"),
    r(B, "nl", T::AddressLevel2, r"\b(woon)?plaats( ?naam)?\b|\b(stad|gemeente)\b"),
    r(B, "pl", T::AddressLevel2, r"\b(miasto|miejscowosc)\b"),
    r(B, "tr", T::AddressLevel2, r"\b(sehir|ilce)\b"),
    r(B, "pt", T::AddressLevel2, r"\bcidade\b"),
    r(B, "id", T::AddressLevel2, r"\b(kota|kabupaten)\b"),
    r(I, "any", T::AddressLevel2, r"\box ?city\b"),

    // ── Country (before the state: "Country/Region" is a country) ──
    // The bare German/Dutch "Land" is tier 2 (it is inside "land line").
    r(B, "de", T::Country, r"\b(herkunfts|liefer|wohnsitz|heimat|geburts|versand|rechnungs|ziel|aufenthalts)land\b|\b(staat|staatsangehorigkeit|nationalitat)\b"),
    r(B, "de", T::Country, r"\bland (oder |und )?region\b|\blander ?auswahl\b"),
    r(B, "en", T::Country, r"\b(country|countries|nationality)\b"),
    r(B, "fr", T::Country, r"\b(pays|nationalite)\b"),
    r(B, "es", T::Country, r"\b(pais|nacionalidad)\b"),
    r(B, "it", T::Country, r"\b(paese|nazione|nazionalita)\b"),
    r(B, "nl", T::Country, r"\bnationaliteit\b"),
    r(B, "pl", T::Country, r"\b(kraj|obywatelstwo)\b"),
    r(B, "tr", T::Country, r"\b(ulke|uyruk|uyrugu)\b"),
    r(B, "id", T::Country, r"\bnegara\b"),
    r(I, "any", T::Country, r"\box ?countryid\b"),

    // ── State, province, region ──
    r(B, "de", T::AddressLevel1, r"\b(bundesland|bundesstaat|kanton|provinz|region)\b"),
    r(B, "en", T::AddressLevel1, r"\b(state|province|county|prefecture|territory)\b"),
    r(B, "fr", T::AddressLevel1, r"\bdepartement\b"),
    r(B, "es", T::AddressLevel1, r"\b(provincia|comunidad autonoma)\b"),
    r(L, "es", T::AddressLevel1, r"^estado$"),
    r(B, "it", T::AddressLevel1, r"\bregione\b"),
    r(B, "nl", T::AddressLevel1, r"\bprovincie\b"),
    r(B, "pl", T::AddressLevel1, r"\bwojewodztwo\b"),
    // No leading \b: fold keeps an acronym whole ("CAStates" → "castates").
    r(I, "en", T::AddressLevel1, r"states\b"),
    r(B, "id", T::AddressLevel1, r"\bprovins(i|ci)\b"),
    r(L, "tr", T::AddressLevel1, r"^il$"),
    r(I, "any", T::AddressLevel1, r"\box ?stateid\b"),

    // ── Organisation (last: "Firmen-E-Mail", "Telefon (Firma)", "Land der
    //    Firma" are about something else) ──
    r(B, "de", T::Organization, r"\bfirm(a|en ?name|enbezeichnung)\b|\bunternehmen(s ?name)?\b|\b(organisation|arbeitgeber|institution)\b"),
    r(B, "en", T::Organization, r"\b(company|business|organi(s|z)ation|employer)( ?name)?\b"),
    r(B, "fr", T::Organization, r"\b(societe|entreprise|organisme)\b|\braison sociale\b"),
    r(B, "es", T::Organization, r"\b(empresa|compania)\b|\brazon social\b"),
    r(B, "it", T::Organization, r"\b(azienda|societa)\b|\bragione sociale\b"),
    r(B, "nl", T::Organization, r"\bbedrijf(s ?naam)?\b|\borganisatie\b"),
    r(B, "pl", T::Organization, r"\bnazwa firmy\b|\bprzedsiebiorstwo\b"),
    r(B, "tr", T::Organization, r"\b(sirket|firma unvani|kurum)( adi)?\b|\bfirma adi\b"),
    r(B, "id", T::Organization, r"\bperusahaan\b"),
    r(I, "any", T::Organization, r"\box ?company\b"),

    // ======================================================================
    // Tier 2: generic address words and role nouns. The head noun of a
    // longer label ("Adresse des Karteninhabers", "E-Mail des Empfängers")
    // was caught in tier 1; here the word stands for the field itself.
    // ======================================================================

    // ── Address words ──
    // `adresse\b` takes "Lieferadresse", "Rechnungsadresse", "Postadresse";
    // the e-mail address was caught in tier 1, the web/IP address in NEGATIVE.
    r(B, "de", T::StreetAddress, r"adresse\d*\b"),
    r(B, "en", T::StreetAddress, r"\baddress(es)?\d*\b"),
    r(I, "en", T::StreetAddress, r"\b(addr|adr)\d*\b"),
    r(B, "es", T::StreetAddress, r"\b(direccion|domicilio)\d*\b"),
    r(B, "it", T::StreetAddress, r"\bindirizzo\d*\b"),
    // Dutch, Polish and Turkish share "adres".
    r(B, "nl", T::StreetAddress, r"\badres\d*\b"),
    r(B, "tr", T::StreetAddress, r"\badresi(niz)?\b"),
    r(B, "pt", T::StreetAddress, r"\bendereco\d*\b"),
    r(B, "id", T::StreetAddress, r"\balamat\b"),
    // A block of name and address ("Bill to:", "Lieferung an:").
    r(B, "en", T::StreetAddress, r"\b(bill|ship|deliver|sold|send) to\b"),
    r(B, "de", T::StreetAddress, r"\b(lieferung|rechnung|versand) an\b"),

    // ── Country: the bare word (German and Dutch) ──
    r(B, "de", T::Country, r"\bland\b"),

    // ── Card holder ──
    r(B, "de", T::CcName, r"karten ?inhaber\w*"),
    r(B, "en", T::CcName, r"\bcard ?(holder|owner)\w*"),

    // ── The person the data is about: account holder, recipient ──
    r(B, "de", T::Name, r"(konto|vertrags|anschluss) ?inhaber\w*|\b(rechnungs)?empfanger\w*|\b(besteller|antragsteller|versicherungsnehmer|vertragspartner|passagier|reisende(r|n)?)\b"),
    r(B, "en", T::Name, r"\b(account ?holder|recipient|addressee|policy ?holder|passenger|contact person)\w*"),
    // As identifiers only: on a page these words head imprints ("Ansprechpartner:
    // Dr. …"), but a form field so named asks for a person's name.
    r(I, "de", T::Name, r"\bansprech ?partner\w*"),
    r(I, "en", T::Name, r"\b(account|key ?account|relationship) ?manager\b"),
    r(B, "fr", T::Name, r"\btitulaire( du compte)?\b|\bdestinataire\b"),
    r(B, "es", T::Name, r"\b(titular|destinatario)( de la cuenta)?\b"),
    r(B, "it", T::Name, r"\b(intestatario|titolare|destinatario)( del conto)?\b"),
    r(B, "nl", T::Name, r"\b(rekeninghouder|ontvanger)\b"),
    r(B, "pl", T::Name, r"\b(posiadacz|wlasciciel) (konta|rachunku)\b|\bodbiorca\b"),
    r(B, "tr", T::Name, r"\bhesap sahibi\b|\balici\b"),

    // ======================================================================
    // Tier 3: the bare word for "name". Last, because nearly every other
    // field is the name of something.
    // ======================================================================

    // German and English "Name", "Ihr Name", "Your name", "friend name 1".
    r(B, "de", T::Name, r"\bnamen?\d*\b"),
    // French forms pair "Nom" with "Prénom": "Nom" is the surname.
    r(B, "fr", T::FamilyName, r"\bnom\d*\b"),
    // Spanish and Italian forms pair it with "Apellidos"/"Cognome".
    r(B, "es", T::GivenName, r"\bnombres?\d*\b"),
    r(B, "it", T::GivenName, r"\bnome\d*\b"),
    r(B, "nl", T::Name, r"\bnaam\d*\b"),
    r(B, "tr", T::Name, r"\bisim\b"),
    r(B, "id", T::Name, r"\bnama\b"),
    r(L, "tr", T::GivenName, r"^(ad|adi|adiniz)( optional)?$"),
];

/// Texts that are never personal data, whatever a rule says. Checked before
/// the rules.
#[rustfmt::skip]
pub static NEGATIVE: &[&str] = &[
    // Search boxes: "Suche", "PLZ oder Ort suchen", "search by email".
    r"\bsuch(e|en|begriff|feld|text|wort)\b|\bsearch\w*|\bquery\b|\brecherche\w*|\bbuscar\b|\bbusqueda\b|\bricerca\b|\bcerca\b|\bzoek\w*|\b(wy)?szukaj\w*|\barama\b",
    // Coupons, vouchers, gift cards (a gift card number is not a credit card).
    r"\bgutschein\w*|\brabatt\w*|\bpromo\w*|\bcoupon\w*|\bvoucher\w*|\baktions ?code\b|\bdiscount\w*|\bcupon\w*|\bsconto\b|\bkorting\w*|\bkupon\w*|\bkod rabatowy\b|\bindirim\w*",
    r"\bgift ?card\w*|\bgeschenk ?karte\w*|\bcarte cadeau\b|\btarjeta regalo\b|\bcarta regalo\b|\bcadeau ?kaart\w*|\bkarta podarunkowa\b|\bhediye (karti|ceki)\b",
    // Captchas.
    r"captcha|\bsicherheitsabfrage\b|\bspam ?schutz\b|\bhoneypot\b",
    // Card security codes: "Kartenprüfnummer" must not become a card number.
    r"\b(cvc|cvv|cvn|csc)\d*\b|pruf ?(nummer|ziffer|code)\b|\bsicherheits ?code\b|\bsecurity code\b|\bverification (code|number|value)\b|\bcode de securite\b|\bcryptogramme\b|\bcodigo de seguridad\b|\bcodice di sicurezza\b|\bbeveiligingscode\b|\bguvenlik kodu\b",
    // Quantities.
    r"\b(menge|anzahl|stuckzahl|quantity|qty|quantite|cantidad|quantita|aantal|ilosc|adet)\b",
    // Order, invoice, tracking, article and serial numbers: numbers, but
    // not the customer's.
    r"\b(bestell|auftrags|rechnungs|beleg|sendungs|paket|transaktions|artikel|serien) ?(nummer|nr|no|id)\b|\bsendungsverfolgung\b|\btracking\w*",
    r"\b(order|invoice|transaction|product|item|serial|article) ?(number|no|nr|num|id|code)\b|\bsku\b",
    r"\b(n|no|numero) (de )?(commande|facture|suivi|pedido|factura|seguimiento)\b|\b(n|numero) (d |dell |di )?(ordine|fattura)\b|\b(bestel|factuur|order) ?nummer\b|\b(numer|nr) (zamowienia|faktury|przesylki)\b|\b(siparis|fatura) (numarasi|no)\b|\bkargo takip\b",
    // SEPA mandate and creditor references identify a direct debit, not a person.
    r"\bmandats? ?referenz\w*|\bmandate ?(reference|ref|id)\b|\bglaubiger ?(id|identifikations ?nummer)\b|\bcreditor ?id\b",
    // One-time codes and a phone's country calling code or extension: digits
    // on a phone's keypad, but nobody's number.
    r"\bone ?time (code|password|passcode)\b|\botp\b|\b(sms|verification|confirmation|bestatigungs|sicherheits) ?code\b|\bcountry ?(calling ?)?code\b|\bdial(ling)? code\b|\blandervorwahl\b|\b(phone |tel )?ext(ension)?\b|\bdurchwahl\b",
    // Web, IP and other non-postal addresses; phones as devices.
    r"\b(website|webseite|homepage|url|web ?site|internetseite|site web|site internet|sitio web|sito web|pagina web|strona www|web sitesi)\b",
    r"\b(web|internet|ip|mac|wallet|bitcoin) ?(adresse|address|adres)\b|\bi ?phone\b|\b(smart|head|micro) ?phones?\b|\btelefonica\b",
    // Names of things, not people.
    r"\b(bank|datei|file|produkt|product|artikel|item|projekt|project|host|domain|event|group|team|list|campaign|category|course|shop|store|brand|model|device|network|wifi|school|hotel|pet|server|app|folder|package|plan) ?name\b",
    r"\bname (der|des|of the|of your|of) (bank|kreditinstitut\w*|geldinstitut\w*|produkt\w*|artikel\w*|datei|hotel\w*|haustier\w*|schule|veranstaltung|gruppe|liste|projekt\w*|file|product|item|school|pet|first pet|event|group|list|project)\b",
];

/// Texts that veto every type except those in [`OUTRANKS_SOFT_NEGATIVE`]
/// (see the module docs for why e-mail survives them).
#[rustfmt::skip]
pub static SOFT_NEGATIVE: &[&str] = &[
    // Passwords and PINs. No leading \b: "Kundenpasswort", "Benutzerkennwort".
    r"passwor(d|t)|kennwort|passphrase|\bpin\b|\bpwd?\b|\bpass\b|\bmot de passe\b|\bmdp\b|contrasena|wachtwoord|\bhaslo\b|\bsifre\w*|\bparola\b",
    // Free-text messages and comments.
    r"\b(nachricht|mitteilung|kommentar|anmerkung|bemerkung|betreff)\w*|\b(message|comment|remark|note|subject|msg)s?\b|\bcommentaire\w*|\bobjet\b|\b(mensaje|comentario|asunto)s?\b|\b(messaggio|commento|oggetto)\b|\b(bericht|opmerking\w*|onderwerp)\b|\b(wiadomosc|komentarz|uwagi|temat)\b|\b(mesaj|yorum|konu|aciklama)\b",
    // Newsletter and consent checkboxes ("Angebote per Telefon (Werbung)").
    r"\bnewsletter\w*|werbung\b|\beinwilligung\w*|\bdatenschutz\w*|\bagb\b|\bconsent\w*|\bprivacy\b|\bterms\b|\bopt ?in\b|\bunsubscribe\b",
];

/// The compiled tables.
///
/// One regex per row rather than one `RegexSet`: the crate's regex build has
/// no lazy DFA (`perf-dfa` is off to keep the `.wasm` small), and without it
/// `RegexSet::matches` runs every pattern in the PikeVM at every byte and
/// uses no prefilter: about 270 µs per label natively. Row by row, each
/// regex first skips through the text with a literal prefilter
/// (`perf-literal`), nearly every row fails there, and the walk stops at the
/// first row that matches: about 20 µs for a label that matches nothing,
/// less for one that does (release build). The price is memory: about
/// 2.4 MB compiled, plus about 1.3 MB of match caches once used.
struct Compiled {
    /// All rows as one set: a single lazy-DFA pass says which rows match,
    /// instead of up to ~280 searches in table order (the bare "name" rows
    /// are last, so the commonest label paid for the whole table).
    set: RegexSet,
    /// Likewise for [`NEGATIVE`] and [`SOFT_NEGATIVE`].
    any_negative: Regex,
    any_soft_negative: Regex,
}

impl Compiled {
    fn first_match(&self, folded: &str, source: Source) -> Option<usize> {
        // `is_match` stops at the first hit and most texts have none;
        // only then pay for the full list of matching rows.
        if !self.set.is_match(folded) {
            return None;
        }
        let hits = self.set.matches(folded);
        // Set indices are table order, so the first hit for this source is
        // the first rule that matches.
        hits.iter().find(|&i| RULES[i].on.applies(source))
    }
}

fn compiled() -> &'static Compiled {
    static COMPILED: OnceLock<Compiled> = OnceLock::new();
    COMPILED.get_or_init(|| compile().expect("pattern tables compile (see the tests)"))
}

/// Compiles one pattern the way every pattern here is compiled.
fn regex(pattern: &str) -> Result<Regex, regex::Error> {
    RegexBuilder::new(pattern).unicode(false).build()
}

fn alternation<'a>(patterns: impl Iterator<Item = &'a str>) -> Result<Regex, regex::Error> {
    let joined: Vec<String> = patterns.map(|p| format!("(?:{p})")).collect();
    regex(&joined.join("|"))
}

fn compile() -> Result<Compiled, regex::Error> {
    Ok(Compiled {
        set: RegexSetBuilder::new(RULES.iter().map(|r| r.pattern))
            .unicode(false)
            .build()?,
        any_negative: alternation(NEGATIVE.iter().copied())?,
        any_soft_negative: alternation(SOFT_NEGATIVE.iter().copied())?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold;
    use std::collections::BTreeSet;
    use std::time::{Duration, Instant};

    const LANGS: [&str; 11] = [
        "de", "en", "fr", "es", "it", "nl", "pl", "tr", "pt", "id", "any",
    ];

    fn run(
        cases: &[(&str, Option<FieldType>)],
        source: Source,
        langs: &mut BTreeSet<&'static str>,
    ) -> Vec<String> {
        let mut failures = Vec::new();
        for &(raw, want) in cases {
            let folded = fold(raw);
            let got = classify(&folded, source);
            if let Some(m) = got {
                langs.insert(m.lang);
                assert_eq!(RULES[m.rule].ty, m.ty);
                assert_eq!(RULES[m.rule].lang, m.lang);
            }
            if got.map(|m| m.ty) != want {
                let rule = got
                    .map(|m| format!(" by rule {} /{}/", m.rule, RULES[m.rule].pattern))
                    .unwrap_or_default();
                failures.push(format!(
                    "{source:?} {raw:?} (folded {folded:?}): want {want:?}, got {:?}{rule}",
                    got.map(|m| m.ty)
                ));
            }
        }
        failures
    }

    use FieldType::*;

    /// Labels as pages show them, before folding.
    const LABELS: &[(&str, Option<FieldType>)] = &[
        // ── German ──
        ("Vorname", Some(GivenName)),
        // ── Portuguese ──
        ("Sobrenome:", Some(FamilyName)),
        ("Nome do cartão:", Some(CcName)),
        ("Número do cartão:", Some(CcNumber)),
        ("Data de validade:", Some(CcExp)),
        ("Complemento:", Some(AddressLine2)),
        ("Endereço:", Some(StreetAddress)),
        ("Cidade:", Some(AddressLevel2)),
        ("CEP:", Some(PostalCode)),
        ("Data de nascimento", Some(Bday)),
        // ── Indonesian ──
        ("Nama Depan:", Some(GivenName)),
        ("Nama Belakang:", Some(FamilyName)),
        ("Nama Lengkap", Some(Name)),
        ("Nama Perusahaan:", Some(Organization)),
        ("Nama di kartu:", Some(CcName)),
        ("Nomor Kartu:", Some(CcNumber)),
        ("Masa Berlaku:", Some(CcExp)),
        ("Nomor Telepon:", Some(Tel)),
        ("Alamat:", Some(StreetAddress)),
        ("Alamat Email", Some(Email)),
        ("Kota/Kabupaten:", Some(AddressLevel2)),
        ("Kode Pos:", Some(PostalCode)),
        ("Provinsi", Some(AddressLevel1)),
        // ── Spanish and French card holders ──
        ("Nombre de Tarjeta:", Some(CcName)),
        ("Nom complet du détenteur de la carte:", Some(CcName)),
        // A card owner's address is an address.
        ("Card owner", Some(CcName)),
        ("Cardholder name", Some(CcName)),
        ("Card owner street", Some(StreetAddress)),
        ("Card owner city", Some(AddressLevel2)),
        ("Cardholder ZIP code", Some(PostalCode)),
        ("Vorname*", Some(GivenName)),
        ("Ihr Vorname:", Some(GivenName)),
        ("Bitte geben Sie Ihren Vornamen ein", Some(GivenName)),
        ("Vorname des Freundes", Some(GivenName)),
        ("Nachname", Some(FamilyName)),
        ("Familienname", Some(FamilyName)),
        ("Geburtsname", Some(FamilyName)),
        ("Zweiter Vorname", Some(AdditionalName)),
        ("Name", Some(Name)),
        ("Ihr Name:", Some(Name)),
        ("Vor- und Nachname", Some(Name)),
        ("Vor-/Nachname", Some(Name)),
        ("Name, Vorname", Some(Name)),
        ("Vollständiger Name", Some(Name)),
        ("Name Ihres Freundes", Some(Name)),
        ("Kontoinhaber", Some(Name)),
        ("Name des Kontoinhabers", Some(Name)),
        ("Empfänger", Some(Name)),
        ("Rechnungsempfänger", Some(Name)),
        ("Vertragsinhaber", Some(Name)),
        ("Passagier", Some(Name)),
        ("Anrede", Some(HonorificPrefix)),
        ("Titel", Some(HonorificPrefix)),
        ("Akad. Titel", Some(HonorificPrefix)),
        ("Geschlecht", Some(HonorificPrefix)),
        ("E-Mail", Some(Email)),
        ("E-Mail-Adresse*", Some(Email)),
        ("eMail", Some(Email)),
        ("Emailadresse", Some(Email)),
        ("E-Mail wiederholen", Some(Email)),
        ("E-Mail-Adresse bestätigen", Some(Email)),
        ("E-Mail des Kontoinhabers", Some(Email)),
        ("Firmen-E-Mail", Some(Email)),
        (
            "Ihre E-Mail-Adresse für die Passwort-Zusendung",
            Some(Email),
        ),
        ("Telefon", Some(Tel)),
        ("Telefonnummer", Some(Tel)),
        ("Tel.", Some(Tel)),
        ("Mobil", Some(Tel)),
        ("Mobilfunknummer", Some(Tel)),
        ("Handynummer", Some(Tel)),
        ("Rufnummer", Some(Tel)),
        ("Festnetz", Some(Tel)),
        ("Fax", Some(Tel)),
        ("Telefax", Some(Tel)),
        ("Telefonnummer Ihres Freundes", Some(Tel)),
        ("Straße", Some(StreetAddress)),
        ("Str.", Some(StreetAddress)),
        ("Straße und Hausnr.", Some(StreetAddress)),
        ("Straße / Nr.", Some(StreetAddress)),
        ("Straße, Hausnummer", Some(StreetAddress)),
        ("Anschrift", Some(StreetAddress)),
        ("Postanschrift", Some(StreetAddress)),
        ("Adresse", Some(StreetAddress)),
        ("Lieferadresse", Some(StreetAddress)),
        ("Rechnungsadresse", Some(StreetAddress)),
        ("Adresse des Karteninhabers", Some(StreetAddress)),
        ("Adresszusatz", Some(AddressLine2)),
        ("Adresszeile 2", Some(AddressLine2)),
        ("c/o", Some(AddressLine2)),
        ("Firma / c/o", Some(AddressLine2)),
        ("Hausnummer", Some(AddressLine1)),
        ("Hausnr.", Some(AddressLine1)),
        ("PLZ", Some(PostalCode)),
        ("Postleitzahl", Some(PostalCode)),
        ("PLZ / Ort", Some(PostalCode)),
        ("Ort", Some(AddressLevel2)),
        ("Wohnort", Some(AddressLevel2)),
        ("Stadt", Some(AddressLevel2)),
        ("Geburtsort", Some(AddressLevel2)),
        ("Bundesland", Some(AddressLevel1)),
        ("Kanton", Some(AddressLevel1)),
        ("Land", Some(Country)),
        ("Herkunftsland", Some(Country)),
        ("Staatsangehörigkeit", Some(Country)),
        ("Land des Empfängers", Some(Country)),
        ("Land/Region", Some(Country)),
        ("Geburtsdatum", Some(Bday)),
        ("Geburtsdatum (TT.MM.JJJJ)", Some(Bday)),
        ("Geb.-Datum", Some(Bday)),
        ("Geb.", Some(Bday)),
        ("Geburtstag", Some(Bday)),
        ("geboren am", Some(Bday)),
        ("Firma", Some(Organization)),
        ("Firmenname", Some(Organization)),
        ("Name der Firma", Some(Organization)),
        ("Unternehmen", Some(Organization)),
        ("Arbeitgeber", Some(Organization)),
        ("Benutzername", Some(Username)),
        ("Benutzerkennung", Some(Username)),
        ("Benutzername oder E-Mail", Some(Username)),
        ("Login", Some(Username)),
        ("Login-E-Mail", Some(Email)),
        ("Name des Karteninhabers", Some(CcName)),
        ("Karteninhaber", Some(CcName)),
        ("Name auf der Karte", Some(CcName)),
        ("Kartennummer", Some(CcNumber)),
        ("Kreditkartennummer", Some(CcNumber)),
        ("Kreditkarte", Some(CcNumber)),
        ("Karten-Nr.", Some(CcNumber)),
        ("Gültig bis", Some(CcExp)),
        ("Ablaufdatum", Some(CcExp)),
        ("MM/JJ", Some(CcExp)),
        ("IBAN", Some(Iban)),
        ("Bankverbindung (IBAN)", Some(Iban)),
        ("Kontonummer", Some(Iban)),
        ("Kontoverbindung", Some(Iban)),
        ("IBAN des Kontoinhabers", Some(Iban)),
        ("Kundennummer", Some(CustomerNumber)),
        ("Kunden-Nr.", Some(CustomerNumber)),
        ("Kundennr.", Some(CustomerNumber)),
        ("Kd.-Nr.", Some(CustomerNumber)),
        ("Ihre Kundennummer (falls vorhanden)", Some(CustomerNumber)),
        ("Kundenkennung", Some(CustomerNumber)),
        ("Kunden-ID", Some(CustomerNumber)),
        ("Vertragsnummer", Some(CustomerNumber)),
        ("Vertragskonto", Some(CustomerNumber)),
        ("Servicekartennummer", Some(CustomerNumber)),
        ("Miles & More Servicekartennummer", Some(CustomerNumber)),
        ("Mitgliedsnummer", Some(CustomerNumber)),
        ("Kundenkartennummer", Some(CustomerNumber)),
        ("Versichertennummer", Some(CustomerNumber)),
        ("BahnCard-Nummer", Some(CustomerNumber)),
        ("Steuer-ID", Some(CustomerNumber)),
        ("Führerscheinnummer", Some(CustomerNumber)),
        ("SIM-Kartennummer", Some(CustomerNumber)),
        ("Kundenkonto", Some(CustomerNumber)),
        ("Mein Kundenkonto", None),
        ("Mobilfunk-Kundennummer", Some(CustomerNumber)),
        // German traps.
        ("Passwort", None),
        ("Kennwort", None),
        ("Passwort wiederholen", None),
        ("Benutzer-Passwort", None),
        ("Sport", None),
        ("Export", None),
        ("Antwort", None),
        ("Suche", None),
        ("PLZ oder Ort suchen", None),
        ("Gutscheincode", None),
        ("Bestellnummer", None),
        ("Rechnungsnummer", None),
        ("Sendungsnummer", None),
        ("Artikelnummer", None),
        ("Nachricht", None),
        ("Ihre Nachricht an uns", None),
        ("Betreff", None),
        ("Anzahl", None),
        ("Menge", None),
        ("Newsletter abonnieren", None),
        ("Ich möchte Angebote per Telefon erhalten (Werbung)", None),
        ("Webseite", None),
        ("IP-Adresse", None),
        ("Name der Bank", None),
        ("Kartenprüfnummer", None),
        ("Sicherheitscode", None),
        ("Geschenkkarte Nummer", None),
        ("Datum", None),
        ("Deutschland", None),
        ("Hauptstraße 5", None),
        ("Musterstadt", None),
        // ── English ──
        ("First name", Some(GivenName)),
        ("Given name", Some(GivenName)),
        ("Last name", Some(FamilyName)),
        ("Surname", Some(FamilyName)),
        ("Mother's maiden name", Some(FamilyName)),
        ("Middle name", Some(AdditionalName)),
        ("Middle initial", Some(AdditionalName)),
        ("Full name", Some(Name)),
        ("Your name", Some(Name)),
        ("First and last name", Some(Name)),
        ("Display name", Some(Name)),
        ("Account holder", Some(Name)),
        ("Recipient", Some(Name)),
        ("Title", Some(HonorificPrefix)),
        ("Salutation", Some(HonorificPrefix)),
        ("Mr/Mrs", Some(HonorificPrefix)),
        ("Email address", Some(Email)),
        ("Confirm email", Some(Email)),
        ("Email for password reset", Some(Email)),
        ("Newsletter email", Some(Email)),
        ("Username or email", Some(Username)),
        ("Phone number", Some(Tel)),
        ("Mobile phone", Some(Tel)),
        ("Mobile", Some(Tel)),
        ("Land line", Some(Tel)),
        ("Street address", Some(StreetAddress)),
        ("Street", Some(StreetAddress)),
        ("Address", Some(StreetAddress)),
        ("Billing address", Some(StreetAddress)),
        ("Mailing address", Some(StreetAddress)),
        ("Bill to", Some(StreetAddress)),
        ("Building name", Some(AddressLine2)),
        ("Address line 1", Some(AddressLine1)),
        ("House number", Some(AddressLine1)),
        ("Address line 2", Some(AddressLine2)),
        ("Apartment, suite, etc. (optional)", Some(AddressLine2)),
        ("ZIP code", Some(PostalCode)),
        ("Postcode", Some(PostalCode)),
        ("ZIP/Postal code", Some(PostalCode)),
        ("City", Some(AddressLevel2)),
        ("Town/City", Some(AddressLevel2)),
        ("Place of birth", Some(AddressLevel2)),
        ("State", Some(AddressLevel1)),
        ("State/Province", Some(AddressLevel1)),
        ("County", Some(AddressLevel1)),
        ("Region", Some(AddressLevel1)),
        ("Country", Some(Country)),
        ("Country/Region", Some(Country)),
        ("Date of birth", Some(Bday)),
        ("DOB", Some(Bday)),
        ("D.O.B.", Some(Bday)),
        ("Birthday", Some(Bday)),
        ("Company", Some(Organization)),
        ("Company name", Some(Organization)),
        ("Username", Some(Username)),
        ("User ID", Some(Username)),
        ("Name on card", Some(CcName)),
        ("Cardholder name", Some(CcName)),
        ("Cardholder", Some(CcName)),
        ("Name as it appears on card", Some(CcName)),
        ("Card number", Some(CcNumber)),
        ("Credit card number", Some(CcNumber)),
        ("Expiration date", Some(CcExp)),
        ("Expiry (MM/YY)", Some(CcExp)),
        ("Valid thru", Some(CcExp)),
        ("Bank account number", Some(Iban)),
        ("Customer number", Some(CustomerNumber)),
        ("Customer ID", Some(CustomerNumber)),
        ("Account number", Some(CustomerNumber)),
        ("Account no.", Some(CustomerNumber)),
        ("Contract number", Some(CustomerNumber)),
        ("Membership number", Some(CustomerNumber)),
        ("Member ID", Some(CustomerNumber)),
        ("Loyalty card number", Some(CustomerNumber)),
        ("Frequent flyer number", Some(CustomerNumber)),
        ("Policy number", Some(CustomerNumber)),
        ("Passport number", Some(CustomerNumber)),
        // English traps.
        ("Password", None),
        ("Confirm password", None),
        ("Search", None),
        ("Coupon code", None),
        ("Promo code", None),
        ("Order number", None),
        ("Invoice number", None),
        ("Tracking number", None),
        ("Quantity", None),
        ("Message", None),
        ("Comments", None),
        ("Subject", None),
        ("Website", None),
        ("File name", None),
        ("Product name", None),
        ("Gift card number", None),
        ("Security code", None),
        ("CVV", None),
        ("iPhone model", None),
        ("Job title", None),
        ("Sort by", None),
        ("Report", None),
        ("Experience", None),
        ("Phone (such as +49 30 1234567)", Some(Tel)),
        // ── French ──
        ("Prénom", Some(GivenName)),
        ("Nom", Some(FamilyName)),
        ("Nom de famille", Some(FamilyName)),
        ("Nom et prénom", Some(Name)),
        ("Nom d'utilisateur", Some(Username)),
        ("Courriel", Some(Email)),
        ("Adresse e-mail", Some(Email)),
        ("@ Votre Email", Some(Email)),
        ("Adresse électronique", Some(Email)),
        ("Téléphone", Some(Tel)),
        ("Portable", Some(Tel)),
        ("Adresse", Some(StreetAddress)),
        ("Complément d'adresse", Some(AddressLine2)),
        ("Code postal", Some(PostalCode)),
        ("CP", Some(PostalCode)),
        ("Ville", Some(AddressLevel2)),
        ("Pays", Some(Country)),
        ("Date de naissance", Some(Bday)),
        ("Civilité", Some(HonorificPrefix)),
        ("Société", Some(Organization)),
        ("Nom de la société", Some(Organization)),
        ("Numéro client", Some(CustomerNumber)),
        ("N° client", Some(CustomerNumber)),
        ("Titulaire de la carte", Some(CcName)),
        ("Nom du titulaire du compte", Some(Name)),
        ("Numéro de carte", Some(CcNumber)),
        ("Date d'expiration", Some(CcExp)),
        ("RIB", Some(Iban)),
        ("Mot de passe", None),
        ("Rechercher", None),
        ("Code promo", None),
        ("Numéro de commande", None),
        // ── Spanish ──
        ("Nombre", Some(GivenName)),
        ("Apellidos", Some(FamilyName)),
        ("Nombre y apellidos", Some(Name)),
        ("Nombre de usuario", Some(Username)),
        ("Correo electrónico", Some(Email)),
        ("Teléfono móvil", Some(Tel)),
        ("Dirección", Some(StreetAddress)),
        ("Número exterior", Some(AddressLine1)),
        ("Código postal", Some(PostalCode)),
        ("Ciudad", Some(AddressLevel2)),
        ("Provincia", Some(AddressLevel1)),
        ("País", Some(Country)),
        ("Fecha de nacimiento", Some(Bday)),
        ("Empresa", Some(Organization)),
        ("Número de cliente", Some(CustomerNumber)),
        ("Titular de la tarjeta", Some(CcName)),
        ("Número de tarjeta", Some(CcNumber)),
        ("Fecha de caducidad", Some(CcExp)),
        ("Número de cuenta", Some(Iban)),
        ("Contraseña", None),
        ("Buscar", None),
        // ── Italian ──
        ("Nome", Some(GivenName)),
        ("Cognome", Some(FamilyName)),
        ("Nome e cognome", Some(Name)),
        ("Nome utente", Some(Username)),
        ("Indirizzo email", Some(Email)),
        ("Cellulare", Some(Tel)),
        ("Indirizzo", Some(StreetAddress)),
        ("CAP", Some(PostalCode)),
        ("Città", Some(AddressLevel2)),
        ("Regione", Some(AddressLevel1)),
        ("Paese", Some(Country)),
        ("Data di nascita", Some(Bday)),
        ("Ragione sociale", Some(Organization)),
        ("Codice cliente", Some(CustomerNumber)),
        ("Codice fiscale", Some(CustomerNumber)),
        ("Intestatario della carta", Some(CcName)),
        ("Numero della carta", Some(CcNumber)),
        ("Scadenza", Some(CcExp)),
        ("Cerca", None),
        ("Codice sconto", None),
        // ── Dutch ──
        ("Voornaam", Some(GivenName)),
        ("Achternaam", Some(FamilyName)),
        ("Tussenvoegsel", Some(AdditionalName)),
        ("Voor- en achternaam", Some(Name)),
        ("Naam", Some(Name)),
        ("Gebruikersnaam", Some(Username)),
        ("E-mailadres", Some(Email)),
        ("Telefoonnummer", Some(Tel)),
        ("Straat", Some(StreetAddress)),
        ("Straat en huisnummer", Some(StreetAddress)),
        ("Huisnummer", Some(AddressLine1)),
        ("Toevoeging", Some(AddressLine2)),
        ("Woonplaats", Some(AddressLevel2)),
        ("Provincie", Some(AddressLevel1)),
        ("Geboortedatum", Some(Bday)),
        ("Bedrijfsnaam", Some(Organization)),
        ("Klantnummer", Some(CustomerNumber)),
        ("Rekeningnummer", Some(Iban)),
        ("Kaartnummer", Some(CcNumber)),
        ("Vervaldatum", Some(CcExp)),
        ("Wachtwoord", None),
        ("Zoeken", None),
        ("Kortingscode", None),
        // ── Polish ──
        ("Imię", Some(GivenName)),
        ("Nazwisko", Some(FamilyName)),
        ("Imię i nazwisko", Some(Name)),
        ("Nazwa użytkownika", Some(Username)),
        ("Adres e-mail", Some(Email)),
        ("Numer telefonu", Some(Tel)),
        ("Ulica", Some(StreetAddress)),
        ("Adres", Some(StreetAddress)),
        ("Numer domu", Some(AddressLine1)),
        ("Numer mieszkania", Some(AddressLine2)),
        ("Kod pocztowy", Some(PostalCode)),
        ("Miejscowość", Some(AddressLevel2)),
        ("Województwo", Some(AddressLevel1)),
        ("Kraj", Some(Country)),
        ("Data urodzenia", Some(Bday)),
        ("Nazwa firmy", Some(Organization)),
        ("Numer klienta", Some(CustomerNumber)),
        ("Numer karty", Some(CcNumber)),
        ("Data ważności", Some(CcExp)),
        ("Numer konta", Some(Iban)),
        ("Hasło", None),
        // ── Turkish ──
        ("Ad", Some(GivenName)),
        ("Soyad", Some(FamilyName)),
        ("Soyadı", Some(FamilyName)),
        ("Ad Soyad", Some(Name)),
        ("Kullanıcı adı", Some(Username)),
        ("E-posta", Some(Email)),
        ("Cep Telefonu", Some(Tel)),
        ("Posta Kodu", Some(PostalCode)),
        ("Teslimat adresi", Some(StreetAddress)),
        ("Şehir", Some(AddressLevel2)),
        ("İlçe", Some(AddressLevel2)),
        ("İl", Some(AddressLevel1)),
        ("Ülke", Some(Country)),
        ("Doğum Tarihi", Some(Bday)),
        ("Şirket Adı", Some(Organization)),
        ("Müşteri Numarası", Some(CustomerNumber)),
        ("Kart Sahibi", Some(CcName)),
        ("Kart Numarası", Some(CcNumber)),
        ("Son Kullanma Tarihi", Some(CcExp)),
        ("Hesap Numarası", Some(Iban)),
        ("Şifre", None),
    ];

    /// `name`/`id` attributes as developers write them, before folding.
    const IDENTIFIERS: &[(&str, Option<FieldType>)] = &[
        ("billing_first_name", Some(GivenName)),
        ("billing_last_name", Some(FamilyName)),
        ("firstName", Some(GivenName)),
        ("fname", Some(GivenName)),
        ("lname", Some(FamilyName)),
        ("vorname", Some(GivenName)),
        ("nachname", Some(FamilyName)),
        ("vname", Some(GivenName)),
        ("nname", Some(FamilyName)),
        ("mname", Some(AdditionalName)),
        ("mi", Some(AdditionalName)),
        ("name", Some(Name)),
        ("friend_name_1", Some(Name)),
        ("friendName1", Some(Name)),
        ("ctl00$ContentPlaceHolder1$txtVorname", Some(GivenName)),
        ("invadr[oxuser__oxfname]", Some(GivenName)),
        ("billing_email", Some(Email)),
        ("email2", Some(Email)),
        ("txtEmail", Some(Email)),
        ("email_confirm", Some(Email)),
        ("friendEmail1", Some(Email)),
        ("user_email", Some(Email)),
        ("telephone", Some(Tel)),
        ("tel", Some(Tel)),
        ("billing_phone", Some(Tel)),
        ("mobile", Some(Tel)),
        ("homePhone", Some(Tel)),
        ("strasse", Some(StreetAddress)),
        ("street", Some(StreetAddress)),
        ("billingAddress[street]", Some(StreetAddress)),
        ("address", Some(StreetAddress)),
        ("hnr", Some(AddressLine1)),
        ("billing_address_1", Some(AddressLine1)),
        ("address1", Some(AddressLine1)),
        ("addressLine1", Some(AddressLine1)),
        ("address2", Some(AddressLine2)),
        ("billing_address_2", Some(AddressLine2)),
        ("billingAddress[additionalAddressLine1]", Some(AddressLine2)),
        ("plz", Some(PostalCode)),
        ("shipping_postcode", Some(PostalCode)),
        ("zip", Some(PostalCode)),
        ("zipCode", Some(PostalCode)),
        ("ort", Some(AddressLevel2)),
        ("city", Some(AddressLevel2)),
        ("billing_state", Some(AddressLevel1)),
        ("country_id", Some(Country)),
        ("land", Some(Country)),
        ("dob", Some(Bday)),
        ("geb", Some(Bday)),
        ("gebDatum", Some(Bday)),
        ("birthdate", Some(Bday)),
        ("company", Some(Organization)),
        ("firma", Some(Organization)),
        ("username", Some(Username)),
        ("user_login", Some(Username)),
        ("cc-num", Some(CcNumber)),
        ("ccnum", Some(CcNumber)),
        ("cc_exp_month", Some(CcExp)),
        ("cc-name", Some(CcName)),
        ("iban", Some(Iban)),
        ("kdnr", Some(CustomerNumber)),
        ("kunde_nr", Some(CustomerNumber)),
        ("strnr", Some(StreetAddress)),
        ("plzort", Some(PostalCode)),
        ("cust_id", Some(CustomerNumber)),
        ("customerNumber", Some(CustomerNumber)),
        ("salutation", Some(HonorificPrefix)),
        ("gender", Some(HonorificPrefix)),
        ("customer[firstname]", Some(GivenName)),
        // Identifier traps.
        ("title", None),
        ("q", None),
        ("search_query", None),
        ("password", None),
        ("user_pass", None),
        ("login_password", None),
        ("coupon_code", None),
        ("qty", None),
        ("sport", None),
        ("sort", None),
        ("export_format", None),
        ("hotel_name", None),
        ("captcha", None),
        ("order_id", None),
        ("message", None),
        ("__VIEWSTATE", None),
        ("dd-new-cc-year", Some(CcExp)),
        ("new_formusername", Some(Username)),
        ("cardExpYear", Some(CcExp)),
        ("USStates", Some(AddressLevel1)),
        ("ci-otpCode-0", None),
        ("csrf_token", None),
    ];

    #[test]
    fn classifies_real_world_labels_and_identifiers() {
        let mut langs = BTreeSet::new();
        let mut failures = run(LABELS, Source::Label, &mut langs);
        failures.extend(run(IDENTIFIERS, Source::Identifier, &mut langs));
        assert!(
            failures.is_empty(),
            "{} failures:\n{}",
            failures.len(),
            failures.join("\n")
        );

        // The examples cover every type and every language.
        let covered: BTreeSet<FieldType> = LABELS
            .iter()
            .chain(IDENTIFIERS)
            .filter_map(|&(_, t)| t)
            .collect();
        let all: BTreeSet<FieldType> = FieldType::ALL.into_iter().collect();
        assert_eq!(covered, all);
        assert_eq!(langs, LANGS.into_iter().collect());
        assert!(LABELS.len() + IDENTIFIERS.len() >= 150);
    }

    #[test]
    fn every_pattern_compiles_on_its_own() {
        for (i, rule) in RULES.iter().enumerate() {
            regex::RegexBuilder::new(rule.pattern)
                .unicode(false)
                .build()
                .unwrap_or_else(|e| panic!("RULES[{i}] /{}/: {e}", rule.pattern));
        }
        for p in NEGATIVE.iter().chain(SOFT_NEGATIVE) {
            regex::RegexBuilder::new(p)
                .unicode(false)
                .build()
                .unwrap_or_else(|e| panic!("/{p}/: {e}"));
        }
    }

    #[test]
    fn tables_compile_quickly() {
        let start = Instant::now();
        compile().expect("tables compile");
        let took = start.elapsed();
        // Typically well under 100 ms even in a debug build; the bound only
        // catches a pattern that blows up the NFA.
        assert!(
            took < Duration::from_secs(5),
            "compiling the tables took {took:?}"
        );
    }

    #[test]
    fn rows_are_well_formed() {
        let mut seen = BTreeSet::new();
        for (i, rule) in RULES.iter().enumerate() {
            assert!(
                LANGS.contains(&rule.lang),
                "RULES[{i}] has lang {:?}",
                rule.lang
            );
            assert!(
                seen.insert(rule.pattern),
                "RULES[{i}] /{}/ is listed twice",
                rule.pattern
            );
        }
        for p in RULES
            .iter()
            .map(|r| r.pattern)
            .chain(NEGATIVE.iter().copied())
            .chain(SOFT_NEGATIVE.iter().copied())
        {
            // Folded text is lower-case ASCII; an upper-case letter or a
            // non-ASCII character in a pattern could never match.
            assert!(
                p.is_ascii() && !p.bytes().any(|b| b.is_ascii_uppercase()),
                "/{p}/ is not lower-case ASCII"
            );
        }
        let types: BTreeSet<FieldType> = RULES.iter().map(|r| r.ty).collect();
        assert_eq!(types.len(), FieldType::ALL.len(), "every type has a rule");
    }

    #[test]
    fn tier_two_starts_with_the_bare_address_words() {
        let start = tier2_start();
        assert!(start < RULES.len(), "the first tier 2 row is in RULES");
        let m = |t: &str| classify(&fold(t), Source::Label).unwrap();
        assert!(broad(&m("Address")));
        assert!(broad(&m("Adresse")));
        assert!(broad(&m("Name")));
        assert!(!broad(&m("Street address")));
        assert!(!broad(&m("Vorname")));
    }

    #[test]
    fn sources_select_rules() {
        // "Titel" is an honorific as a label, a page title in code.
        assert_eq!(
            classify("titel", Source::Label).map(|m| m.ty),
            Some(HonorificPrefix)
        );
        assert_eq!(classify("titel", Source::Identifier), None);
        // "mi" is a middle initial in code, Spanish "my" in a label.
        assert_eq!(
            classify("mi", Source::Identifier).map(|m| m.ty),
            Some(AdditionalName)
        );
        assert_eq!(classify("mi", Source::Label), None);
        assert_eq!(classify("", Source::Label), None);
    }

    #[test]
    fn vetoes_are_reported() {
        assert!(vetoed("passwort"));
        assert!(vetoed("plz oder ort suchen"));
        assert!(!vetoed("vorname"));
        // A soft veto is still a veto for everything but e-mail.
        assert_eq!(
            classify("e mail fur newsletter", Source::Label).map(|m| m.ty),
            Some(Email)
        );
        assert_eq!(classify("vorname newsletter", Source::Label), None);
    }

    #[test]
    fn match_reports_the_deciding_row() {
        let m = classify(&fold("Kunden-Nr."), Source::Label).unwrap();
        assert_eq!(RULES[m.rule].ty, CustomerNumber);
        assert_eq!(m.lang, "de");
        let m = classify(&fold("Numéro client"), Source::Label).unwrap();
        assert_eq!(m.lang, "fr");
    }
}
