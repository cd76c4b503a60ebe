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
//! The patterns are a small regular language ([`super::matcher`]: literals,
//! `\b`, `^`, `$`, `\d`, `\w`, classes, groups, `|`, `?`, `*`, `+`, `{m,n}`),
//! with the `regex` crate's meaning under `unicode(false)`: `\b`, `\d`, `\w`
//! are ASCII. `.` and negated classes are refused (they would match inside
//! a letter outside ASCII), so the tables use neither.
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
//! First match in [`rules`] wins, so the table is ordered from specific to
//! generic, in three tiers:
//!
//! 1. **Phrases that name the field outright**, grouped by field type, most
//!    specific type first (customer numbers before card numbers, so
//!    `Kundenkartennummer` is not a credit card; the e-mail before the
//!    organisation, so `Firmen-E-Mail` is an e-mail): one [`Step`] each.
//! 2. **Generic address words and role nouns**: `Adresse`, `Land`,
//!    `Karteninhaber`, `Kontoinhaber`, `Empfänger`. They yield to tier 1
//!    because German puts the head noun first: `Adresse des Karteninhabers`
//!    is an address, `E-Mail des Kontoinhabers` an e-mail, `Land des
//!    Empfängers` a country.
//! 3. **The bare word for "name"** in each language: `Name`, `Nom`, `Nombre`,
//!    `Nome`, `Naam`. Almost every other field can be "the name of"
//!    something (`Benutzername`, `Firmenname`, `Name on card`, `Straßenname`).
//!
//! The words live in the language files (`src/lang/<lang>.rs`), each row
//! naming its [`Step`]; [`rules`] puts every language's rows of one step
//! together, steps in [`Step::ALL`] order. The table is ordered by step
//! rather than by language because the words cross languages: German and
//! English share `name`, `region`, `e-mail`; German `land` (country) is also
//! Dutch and sits inside English `land line`. With languages one after the
//! other, whichever came first would shadow the others (the German `name`
//! row would have eaten the English `first name`). Inside a step every row
//! names the same type, so the order of languages there decides nothing.
//!
//! # Vetoes
//!
//! [`negative`] texts are never personal whatever else they say: search
//! boxes ("PLZ oder Ort suchen"), coupons, captchas, card security codes,
//! quantities, order/invoice/tracking numbers, web and IP addresses, and
//! names of things rather than people ("Name der Bank", "Product name").
//!
//! [`soft_negative`] texts (passwords, free-text messages, newsletter and
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

use super::matcher::{PatternError, PatternSet};
use crate::kinds::FieldType;
use crate::lang;
pub use crate::lang::fields::{row, FieldRow, On, Source, Step};
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
    /// The step of the table the row belongs to.
    pub step: Step,
}

/// A classification: the type, and the row that decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    pub ty: FieldType,
    pub lang: &'static str,
    /// Index into [`rules`].
    pub rule: usize,
}

/// Classifies folded text; `None` when no rule matches or a negative vetoes
/// it (see the module docs for the order).
pub fn classify(folded: &str, source: Source) -> Option<Match> {
    classify_on(folded, source, "")
}

/// [`classify`] on a page in `lang` (a primary subtag, or "" for none):
/// where rows of several languages match, the first row of the page's
/// language decides over an earlier row of another ("Postnummer" on a
/// Swedish page is its postcode, not the German parcel-station number).
/// Rows of no one language (`any`) and the table order within a language
/// are unchanged.
pub fn classify_on(folded: &str, source: Source, lang: &str) -> Option<Match> {
    if folded.is_empty() {
        return None;
    }
    let c = compiled();
    if c.any_negative.is_match(folded) {
        return None;
    }
    let rule = c.first_match(folded, source, lang)?;
    let ty = rules()[rule].ty;
    if !OUTRANKS_SOFT_NEGATIVE.contains(&ty) && c.any_soft_negative.is_match(folded) {
        return None;
    }
    Some(Match {
        ty,
        lang: rules()[rule].lang,
        rule,
    })
}

/// Whether the row that decided names its field only broadly: a tier 2 or
/// 3 row ("Adresse", "Address", "Land", "Name"; see the module docs), which
/// a precise `name`/`id` may refine.
pub fn broad(m: &Match) -> bool {
    m.rule >= tier2_start()
}

/// Index of the first tier 2 row.
fn tier2_start() -> usize {
    static START: OnceLock<usize> = OnceLock::new();
    *START.get_or_init(|| {
        let tier = |step: Step| {
            Step::ALL
                .iter()
                .find(|(s, _)| *s == step)
                .map_or(1, |&(_, t)| t)
        };
        rules()
            .iter()
            .position(|r| tier(r.step) >= 2)
            .unwrap_or(rules().len())
    })
}

/// Whether folded text says "this is not personal data" (matches
/// [`negative`] or [`soft_negative`]). A caller walking through several
/// pieces of evidence can stop at a label that says "Passwort" instead of
/// falling through to a `name="user_login"`.
pub fn vetoed(folded: &str) -> bool {
    let c = compiled();
    c.any_negative.is_match(folded) || c.any_soft_negative.is_match(folded)
}

/// Types whose rules win over [`soft_negative`]: an e-mail field stays an
/// e-mail field on a password-reminder or newsletter form.
pub static OUTRANKS_SOFT_NEGATIVE: &[FieldType] = &[FieldType::Email];

/// The rule table, ordered: every language's rows, step by step in
/// [`Step::ALL`] order, languages in [`lang::ALL`] order inside a step.
/// First match wins (see the module docs).
pub fn rules() -> &'static [Rule] {
    static RULES: OnceLock<Vec<Rule>> = OnceLock::new();
    RULES.get_or_init(|| {
        let mut out = Vec::new();
        for &(step, _) in Step::ALL {
            for l in lang::ALL {
                for r in l.fields.iter().filter(|r| r.step == step) {
                    out.push(Rule {
                        ty: r.ty,
                        lang: l.code,
                        pattern: r.pattern,
                        on: r.on,
                        step,
                    });
                }
            }
        }
        out
    })
}

/// Texts that are never personal data, whatever a rule says, in every
/// language ([`lang::Lang::not_personal`]): search boxes, coupons,
/// captchas, card security codes, quantities, order/invoice/tracking
/// numbers, web and IP addresses, names of things. Checked before the rules.
pub fn negative() -> &'static [&'static str] {
    lang::not_personal()
}

/// Texts that veto every type except those in [`OUTRANKS_SOFT_NEGATIVE`]
/// (see the module docs for why e-mail survives them), in every language
/// ([`lang::Lang::soft_not_personal`]).
pub fn soft_negative() -> &'static [&'static str] {
    lang::soft_not_personal()
}

/// The compiled tables ([`PatternSet`]: one lazy-DFA pass over a text
/// says which rows match; it replaced the `regex` crate, whose engines were
/// a third of the background's .wasm).
struct Compiled {
    /// All rows as one set: a single pass says which rows match, instead
    /// of up to ~280 searches in table order (the bare "name" rows are
    /// last, so the commonest label would pay for the whole table).
    set: PatternSet,
    /// Likewise for [`negative`] and [`soft_negative`].
    any_negative: PatternSet,
    any_soft_negative: PatternSet,
}

impl Compiled {
    fn first_match(&self, folded: &str, source: Source, lang: &str) -> Option<usize> {
        // `is_match` stops at the first hit and most texts have none;
        // only then pay for the full list of matching rows.
        if !self.set.is_match(folded) {
            return None;
        }
        let hits = self.set.matches(folded);
        // Set indices are table order, so the first hit for this source is
        // the first rule that matches.
        let mut applying = hits.into_iter().filter(|&i| rules()[i].on.applies(source));
        let first = applying.next()?;
        let foreign =
            |i: usize| !lang.is_empty() && rules()[i].lang != lang && rules()[i].lang != "any";
        if !foreign(first) {
            return Some(first);
        }
        Some(applying.find(|&i| rules()[i].lang == lang).unwrap_or(first))
    }
}

fn compiled() -> &'static Compiled {
    static COMPILED: OnceLock<Compiled> = OnceLock::new();
    COMPILED.get_or_init(|| compile().expect("pattern tables compile (see the tests)"))
}

fn compile() -> Result<Compiled, PatternError> {
    Ok(Compiled {
        set: PatternSet::new(rules().iter().map(|r| r.pattern))?,
        any_negative: PatternSet::new(negative().iter().copied())?,
        any_soft_negative: PatternSet::new(soft_negative().iter().copied())?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold;
    use std::collections::BTreeSet;
    use std::time::{Duration, Instant};

    const LANGS: [&str; 14] = [
        "de", "en", "fr", "es", "it", "nl", "pl", "tr", "pt", "id", "sv", "cs", "ru", "any",
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
                assert_eq!(rules()[m.rule].ty, m.ty);
                assert_eq!(rules()[m.rule].lang, m.lang);
            }
            if got.map(|m| m.ty) != want {
                let rule = got
                    .map(|m| format!(" by rule {} /{}/", m.rule, rules()[m.rule].pattern))
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
        ("Steuer-ID", Some(IdNumber)),
        ("Führerscheinnummer", Some(IdNumber)),
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
        ("Passport number", Some(IdNumber)),
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
        ("Codice fiscale", Some(IdNumber)),
        // sv
        ("Förnamn", Some(GivenName)),
        ("Efternamn", Some(FamilyName)),
        ("Personnummer", Some(IdNumber)),
        // German pages name DHL's customer number so, and the table is the
        // union of every language: until a page's language picks its rows,
        // Swedish "Postnummer" reads as the German one.
        ("Postnummer", Some(CustomerNumber)),
        ("Postort", Some(AddressLevel2)),
        ("E-postadress", Some(Email)),
        ("Mobilnummer", Some(Tel)),
        ("Gatuadress", Some(StreetAddress)),
        // Addresses named by their purpose in one word, and Portugal's words.
        ("Leveransadress", Some(StreetAddress)),
        ("Faktureringsadress", Some(StreetAddress)),
        ("Bezorgadres", Some(StreetAddress)),
        ("Factuuradres", Some(StreetAddress)),
        ("Webadres", None),
        ("Morada de entrega", Some(StreetAddress)),
        ("Código postal", Some(PostalCode)),
        ("Localidade", Some(AddressLevel2)),
        ("Telemóvel", Some(Tel)),
        ("Lösenord", None),
        // cs
        ("Jméno", Some(GivenName)),
        ("Příjmení", Some(FamilyName)),
        ("Jméno a příjmení", Some(Name)),
        ("PSČ", Some(PostalCode)),
        ("Město", Some(AddressLevel2)),
        ("Ulice", Some(StreetAddress)),
        ("Číslo popisné", Some(AddressLine1)),
        ("Rodné číslo", Some(IdNumber)),
        ("Datum narození", Some(Bday)),
        ("Telefonní číslo", Some(Tel)),
        ("Heslo", None),
        ("Numero del passaporto", Some(IdNumber)),
        ("DNI/NIE", Some(IdNumber)),
        ("Número de pasaporte", Some(IdNumber)),
        ("PESEL", Some(IdNumber)),
        ("Seria i numer dowodu osobistego", Some(IdNumber)),
        ("Burgerservicenummer (BSN)", Some(IdNumber)),
        ("Paspoortnummer", Some(IdNumber)),
        ("Numéro de passeport", Some(IdNumber)),
        ("TC Kimlik No", Some(IdNumber)),
        ("NIF", Some(IdNumber)),
        ("National Insurance number", Some(IdNumber)),
        ("Social Security Number", Some(IdNumber)),
        ("Sozialversicherungsnummer", Some(IdNumber)),
        ("Krankenversicherungsnummer", Some(CustomerNumber)),
        // Polish "nie" (no) is not the Spanish NIE.
        ("Nie pamiętam hasła", None),
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
        // Russian sites' transliterated field names.
        ("familiya", Some(FamilyName)),
        ("user[otchestvo]", Some(AdditionalName)),
        ("order_fio", Some(Name)),
        ("pasport_nomer", Some(IdNumber)),
        ("poisk", None),
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
        for (i, rule) in rules().iter().enumerate() {
            PatternSet::new([rule.pattern]).unwrap_or_else(|e| panic!("rules()[{i}]: {e}"));
        }
        for p in negative().iter().chain(soft_negative()) {
            PatternSet::new([*p]).unwrap_or_else(|e| panic!("{e}"));
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
        for (i, rule) in rules().iter().enumerate() {
            assert!(
                LANGS.contains(&rule.lang),
                "rules()[{i}] has lang {:?}",
                rule.lang
            );
            assert!(
                seen.insert(rule.pattern),
                "rules()[{i}] /{}/ is listed twice",
                rule.pattern
            );
        }
        for p in rules()
            .iter()
            .map(|r| r.pattern)
            .chain(negative().iter().copied())
            .chain(soft_negative().iter().copied())
        {
            // Folded text is lower-case ASCII; an upper-case letter or a
            // non-ASCII character in a pattern could never match.
            assert!(
                p.is_ascii() && !p.bytes().any(|b| b.is_ascii_uppercase()),
                "/{p}/ is not lower-case ASCII"
            );
        }
        let types: BTreeSet<FieldType> = rules().iter().map(|r| r.ty).collect();
        assert_eq!(types.len(), FieldType::ALL.len(), "every type has a rule");
    }

    #[test]
    fn tier_two_starts_with_the_bare_address_words() {
        let start = tier2_start();
        assert!(start < rules().len(), "the first tier 2 row is in RULES");
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
        assert_eq!(rules()[m.rule].ty, CustomerNumber);
        assert_eq!(m.lang, "de");
        let m = classify(&fold("Numéro client"), Source::Label).unwrap();
        assert_eq!(m.lang, "fr");
    }
}
