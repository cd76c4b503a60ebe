//! Every word the core knows, one file per language.
//!
//! A language is a [`Lang`]: one value holding every word list the core
//! uses for it — field labels, page kinds, greetings, honorifics, months,
//! placeholder and sample values, own-choice sections, phone labels. The
//! modules that read words ([`crate::context`], [`crate::fields::patterns`],
//! [`crate::recognise`]) read the union of all languages through the
//! accessors here; none of them holds words of its own.
//!
//! Adding a language: `src/lang/README.md` is the checklist, and
//! `every_full_language_fills_every_slot` (below) fails while a slot of a
//! language listed in [`FULL`] is empty.
//!
//! Words arrive folded ([`crate::text::fold`]: lower-case ASCII, diacritics
//! stripped, words separated by single spaces) unless a slot says
//! otherwise; entries padded with spaces match at word boundaries there
//! (see [`crate::context`]).

use fields::{FieldRow, ScriptRow};
use std::sync::OnceLock;

pub mod any;
pub mod countries;
pub mod cs;
pub mod de;
pub mod en;
pub mod es;
pub mod fields;
pub mod fr;
pub mod hi;
pub mod id;
pub mod it;
pub mod ja;
pub mod ko;
pub mod nl;
pub mod pl;
pub mod pt;
pub mod ru;
pub mod sv;
pub mod tr;
pub mod zh;

/// The words of one language. Each slot is documented where it is read;
/// the comment here says what goes in.
#[derive(Debug)]
pub struct Lang {
    /// ISO 639-1 code, or `any` for words of no one language.
    pub code: &'static str,

    // ── Forms ──────────────────────────────────────────────────────────
    /// Field-label rows: which words name which field, by step of the
    /// ordered table in [`crate::fields::patterns`].
    pub fields: &'static [FieldRow],
    /// Regexes (over folded text) of labels that are never personal data:
    /// search boxes, coupons, quantities, order numbers, names of things.
    pub not_personal: &'static [&'static str],
    /// Regexes of labels that veto every type but e-mail: passwords,
    /// messages, newsletter and consent boxes.
    pub soft_not_personal: &'static [&'static str],
    /// Words field labels are made of: a value made only of these (and
    /// `filler_words`) is a label, not data ("Vorname", "E-Mail").
    pub label_words: &'static [&'static str],
    /// Possessives, imperatives and connectors placeholders wrap around
    /// label words ("Bitte … eingeben", "Enter your …").
    pub filler_words: &'static [&'static str],
    /// Labels printed before a phone number in text ("Tel.", "Mobil"),
    /// lower case, not folded (matched case-insensitively).
    pub phone_labels: &'static [&'static str],
    /// "Ending in" phrases before a card's last four digits, lower case, not
    /// folded; longest first where one is a prefix of another.
    pub card_endings: &'static [&'static str],
    /// Words before a digit run that make it about a card ("Karte",
    /// "credit"), ASCII lower case, matched inside the text before it.
    pub card_words: &'static [&'static str],
    /// Labels that may precede a card's expiry date in one value ("gültig
    /// bis"), lower case, not folded; longest first where one is a prefix.
    pub expiry_labels: &'static [&'static str],
    /// Field-label rows for labels in scripts [`crate::text::fold`] drops
    /// (Cyrillic, CJK, Devanagari): words looked for inside the label as
    /// written, lower-cased ([`crate::fields::scripts`]).
    pub script_fields: &'static [ScriptRow],
    /// Words of labels in those scripts that are never personal data.
    pub script_not_personal: &'static [&'static str],

    // ── Pages ──────────────────────────────────────────────────────────
    /// Titles, headings, paths of account views: account, order, billing.
    pub account: &'static [&'static str],
    /// Link texts only a logged-in page shows ("Abmelden"), padded.
    pub logout: &'static [&'static str],
    /// Imprint, contact, privacy and press pages: never an account view.
    pub imprint: &'static [&'static str],
    /// Pages about an account that show no record: sign in/up, lost
    /// password, newsletter, store finder.
    pub not_record: &'static [&'static str],
    /// Titles, headings and buttons of pages where one opens an account.
    pub sign_up: &'static [&'static str],
    /// Submit-button texts of a sign-in form.
    pub sign_in: &'static [&'static str],
    /// Buttons offering another site's sign-in ("Weiter mit Google").
    pub social_sign_in: &'static [&'static str],
    /// Sections listing people the user chose: address book, gift
    /// recipient, family members.
    pub own_choice: &'static [&'static str],
    /// Stems of document file-name words that are not people's names
    /// ("Rechnung", "invoice"), month names included.
    pub document_words: &'static [&'static str],

    // ── Code: class/id words and keys of embedded data ─────────────────
    // Developers name things in English mostly, and sometimes in their own
    // language; these slots may stay empty (see README.md).
    /// Class/id words of publication regions (byline, comments, footer).
    pub publication_marks: &'static [&'static str],
    /// Class/id words of a page's navigation (header, menus).
    pub navigation_marks: &'static [&'static str],
    /// Class/id words of a page's account area (account, user, profile).
    pub account_area_marks: &'static [&'static str],
    /// Keys under which embedded data keeps the customer, padded.
    pub self_keys: &'static [&'static str],
    /// Keys that are the customer only on an account page, padded.
    pub self_keys_weak: &'static [&'static str],
    /// Keys that say the data below belongs to the visitor's session.
    pub session_keys: &'static [&'static str],
    /// Keys of embedded data that hold other people.
    pub others_keys: &'static [&'static str],

    // ── Dates ──────────────────────────────────────────────────────────
    /// Month names and abbreviations with their numbers.
    pub months: &'static [(&'static str, u8)],
    /// Words naming the day/month/year part of a date field: folded and
    /// padded (" month"), or, in a script `fold` drops, as written in lower
    /// case ("月", "месяц").
    pub day_words: &'static [&'static str],
    pub month_words: &'static [&'static str],
    pub year_words: &'static [&'static str],
    /// Words between the parts of a written date ("14 de marzo").
    pub date_fillers: &'static [&'static str],
    /// Endings after a day number ("14th", "1er").
    pub ordinal_suffixes: &'static [&'static str],

    // ── People ─────────────────────────────────────────────────────────
    /// Salutations and titles ("Frau", "Dr.", "Mrs").
    pub honorifics: &'static [&'static str],
    /// Greetings followed by the addressed person ("Hallo").
    pub hello: &'static [&'static str],
    /// Phrases followed by a name or login ("Angemeldet als").
    pub signed_in: &'static [&'static str],
    /// First words after a greeting that address no one ("Willkommen bei").
    pub not_addressees: &'static [&'static str],
    /// Interface words that are never part of a name ("Warenkorb").
    pub name_stopwords: &'static [&'static str],
    /// Lower-case name particles ("von", "van", "de").
    pub name_particles: &'static [&'static str],

    // ── Placeholder and sample values ──────────────────────────────────
    /// Word prefixes of sample identities ("muster", "example").
    pub sample_prefixes: &'static [&'static str],
    /// Sample people whose parts are real names: both parts must be there.
    /// Folded, except in a script `fold` cannot read (Cyrillic), where
    /// they are lower case as written.
    pub sample_names: &'static [(&'static str, &'static str)],
    /// Whole values that fill a field without being data ("keine angabe").
    pub non_values: &'static [&'static str],
    /// Sample email addresses from documentation and forms.
    pub sample_addresses: &'static [&'static str],
    /// Email local parts that stand for "an address goes here".
    pub sample_local_parts: &'static [&'static str],
}

impl Lang {
    /// A language with no words yet, to build others from.
    pub const EMPTY: Lang = Lang {
        code: "",
        fields: &[],
        not_personal: &[],
        soft_not_personal: &[],
        label_words: &[],
        filler_words: &[],
        phone_labels: &[],
        card_endings: &[],
        card_words: &[],
        expiry_labels: &[],
        script_fields: &[],
        script_not_personal: &[],
        account: &[],
        logout: &[],
        imprint: &[],
        not_record: &[],
        sign_up: &[],
        sign_in: &[],
        social_sign_in: &[],
        own_choice: &[],
        document_words: &[],
        publication_marks: &[],
        navigation_marks: &[],
        account_area_marks: &[],
        self_keys: &[],
        self_keys_weak: &[],
        session_keys: &[],
        others_keys: &[],
        months: &[],
        day_words: &[],
        month_words: &[],
        year_words: &[],
        date_fillers: &[],
        ordinal_suffixes: &[],
        honorifics: &[],
        hello: &[],
        signed_in: &[],
        not_addressees: &[],
        name_stopwords: &[],
        name_particles: &[],
        sample_prefixes: &[],
        sample_names: &[],
        non_values: &[],
        sample_addresses: &[],
        sample_local_parts: &[],
    };

    /// Each slot's name and whether it is empty, for the completeness test
    /// and the README's checklist.
    pub fn slots(&self) -> Vec<(&'static str, bool)> {
        vec![
            ("fields", self.fields.is_empty()),
            ("not_personal", self.not_personal.is_empty()),
            ("soft_not_personal", self.soft_not_personal.is_empty()),
            ("label_words", self.label_words.is_empty()),
            ("filler_words", self.filler_words.is_empty()),
            ("phone_labels", self.phone_labels.is_empty()),
            ("card_endings", self.card_endings.is_empty()),
            ("card_words", self.card_words.is_empty()),
            ("expiry_labels", self.expiry_labels.is_empty()),
            ("account", self.account.is_empty()),
            ("logout", self.logout.is_empty()),
            ("imprint", self.imprint.is_empty()),
            ("not_record", self.not_record.is_empty()),
            ("sign_up", self.sign_up.is_empty()),
            ("sign_in", self.sign_in.is_empty()),
            ("social_sign_in", self.social_sign_in.is_empty()),
            ("own_choice", self.own_choice.is_empty()),
            ("document_words", self.document_words.is_empty()),
            ("months", self.months.is_empty()),
            ("day_words", self.day_words.is_empty()),
            ("month_words", self.month_words.is_empty()),
            ("year_words", self.year_words.is_empty()),
            ("date_fillers", self.date_fillers.is_empty()),
            ("honorifics", self.honorifics.is_empty()),
            ("hello", self.hello.is_empty()),
            ("signed_in", self.signed_in.is_empty()),
            ("not_addressees", self.not_addressees.is_empty()),
            ("name_stopwords", self.name_stopwords.is_empty()),
            ("sample_prefixes", self.sample_prefixes.is_empty()),
            ("non_values", self.non_values.is_empty()),
            ("sample_addresses", self.sample_addresses.is_empty()),
            ("sample_local_parts", self.sample_local_parts.is_empty()),
        ]
    }
}

/// A language tag's primary subtag, lower case: "de-DE" → "de", "" → "".
pub fn primary_subtag(lang: &str) -> String {
    lang.split(['-', '_'])
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// Every language, in the order their words are tried where order matters
/// (first match): German and English first, then the others, then words
/// of no one language.
pub static ALL: &[&Lang] = &[
    &de::DE,
    &en::EN,
    &fr::FR,
    &es::ES,
    &it::IT,
    &nl::NL,
    &pl::PL,
    &tr::TR,
    &sv::SV,
    &cs::CS,
    &pt::PT,
    &id::ID,
    &ru::RU,
    &ja::JA,
    &zh::ZH,
    &ko::KO,
    &hi::HI,
    &any::ANY,
];

/// The languages held to every slot (see README.md). The others have the
/// words the core had for them before languages had files; the issue that
/// adds languages fills them.
pub static FULL: &[&Lang] = &[
    &de::DE,
    &en::EN,
    &fr::FR,
    &es::ES,
    &it::IT,
    &nl::NL,
    &sv::SV,
    &cs::CS,
    &pl::PL,
    &tr::TR,
    &pt::PT,
    &ru::RU,
];

/// One slot's entries over all languages, in [`ALL`]'s order, built once
/// into `cell`. One function per entry type (not per slot) keeps the
/// `.wasm` small.
fn union<T: Copy + Send + Sync + 'static>(
    cell: &'static OnceLock<Vec<T>>,
    slot: fn(&'static Lang) -> &'static [T],
) -> &'static [T] {
    cell.get_or_init(|| {
        let mut out = Vec::new();
        for l in ALL {
            out.extend_from_slice(slot(l));
        }
        out
    })
}

/// Declares accessors that return one slot's entries over all languages.
macro_rules! unions {
    ($($(#[$m:meta])* $name:ident: $ty:ty = $slot:ident;)*) => {$(
        $(#[$m])*
        pub fn $name() -> &'static [$ty] {
            static CELL: OnceLock<Vec<$ty>> = OnceLock::new();
            fn slot(l: &'static Lang) -> &'static [$ty] {
                l.$slot
            }
            union(&CELL, slot)
        }
    )*};
}

unions! {
    /// [`Lang::fields`] of every language.
    fields: FieldRow = fields;
    /// [`Lang::not_personal`] of every language.
    not_personal: &'static str = not_personal;
    /// [`Lang::soft_not_personal`] of every language.
    soft_not_personal: &'static str = soft_not_personal;
    /// [`Lang::label_words`] of every language.
    label_words: &'static str = label_words;
    /// [`Lang::filler_words`] of every language.
    filler_words: &'static str = filler_words;
    /// [`Lang::phone_labels`] of every language.
    phone_labels: &'static str = phone_labels;
    /// [`Lang::card_endings`] of every language.
    card_endings: &'static str = card_endings;
    /// [`Lang::card_words`] of every language.
    card_words: &'static str = card_words;
    /// [`Lang::expiry_labels`] of every language.
    expiry_labels: &'static str = expiry_labels;
    /// [`Lang::script_fields`] of every language.
    script_fields: ScriptRow = script_fields;
    /// [`Lang::script_not_personal`] of every language.
    script_not_personal: &'static str = script_not_personal;
    /// [`Lang::account`] of every language.
    account: &'static str = account;
    /// [`Lang::logout`] of every language.
    logout: &'static str = logout;
    /// [`Lang::imprint`] of every language.
    imprint: &'static str = imprint;
    /// [`Lang::not_record`] of every language.
    not_record: &'static str = not_record;
    /// [`Lang::sign_up`] of every language.
    sign_up: &'static str = sign_up;
    /// [`Lang::sign_in`] of every language.
    sign_in: &'static str = sign_in;
    /// [`Lang::social_sign_in`] of every language.
    social_sign_in: &'static str = social_sign_in;
    /// [`Lang::own_choice`] of every language.
    own_choice: &'static str = own_choice;
    /// [`Lang::document_words`] of every language.
    document_words: &'static str = document_words;
    /// [`Lang::publication_marks`] of every language.
    publication_marks: &'static str = publication_marks;
    /// [`Lang::navigation_marks`] of every language.
    navigation_marks: &'static str = navigation_marks;
    /// [`Lang::account_area_marks`] of every language.
    account_area_marks: &'static str = account_area_marks;
    /// [`Lang::self_keys`] of every language.
    self_keys: &'static str = self_keys;
    /// [`Lang::self_keys_weak`] of every language.
    self_keys_weak: &'static str = self_keys_weak;
    /// [`Lang::session_keys`] of every language.
    session_keys: &'static str = session_keys;
    /// [`Lang::others_keys`] of every language.
    others_keys: &'static str = others_keys;
    /// [`Lang::months`] of every language.
    months: (&'static str, u8) = months;
    /// [`Lang::day_words`] of every language.
    day_words: &'static str = day_words;
    /// [`Lang::month_words`] of every language.
    month_words: &'static str = month_words;
    /// [`Lang::year_words`] of every language.
    year_words: &'static str = year_words;
    /// [`Lang::date_fillers`] of every language.
    date_fillers: &'static str = date_fillers;
    /// [`Lang::ordinal_suffixes`] of every language.
    ordinal_suffixes: &'static str = ordinal_suffixes;
    /// [`Lang::honorifics`] of every language.
    honorifics: &'static str = honorifics;
    /// [`Lang::not_addressees`] of every language.
    not_addressees: &'static str = not_addressees;
    /// [`Lang::name_stopwords`] of every language.
    name_stopwords: &'static str = name_stopwords;
    /// [`Lang::name_particles`] of every language.
    name_particles: &'static str = name_particles;
    /// [`Lang::sample_prefixes`] of every language.
    sample_prefixes: &'static str = sample_prefixes;
    /// [`Lang::sample_names`] of every language.
    sample_names: (&'static str, &'static str) = sample_names;
    /// [`Lang::non_values`] of every language.
    non_values: &'static str = non_values;
    /// [`Lang::sample_addresses`] of every language.
    sample_addresses: &'static str = sample_addresses;
    /// [`Lang::sample_local_parts`] of every language.
    sample_local_parts: &'static str = sample_local_parts;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_full_language_fills_every_slot() {
        for l in FULL {
            let empty: Vec<&str> = l
                .slots()
                .into_iter()
                .filter(|(_, e)| *e)
                .map(|(n, _)| n)
                .collect();
            assert!(
                empty.is_empty(),
                "{}: slots left empty: {empty:?} (see src/lang/README.md)",
                l.code
            );
        }
    }

    #[test]
    fn a_language_missing_a_slot_is_caught() {
        let half = Lang {
            code: "xx",
            account: &["konto"],
            ..Lang::EMPTY
        };
        let empty: Vec<&str> = half
            .slots()
            .into_iter()
            .filter(|(_, e)| *e)
            .map(|(n, _)| n)
            .collect();
        assert!(empty.contains(&"logout") && !empty.contains(&"account"));
    }

    #[test]
    fn codes_are_unique_and_every_language_is_listed_once() {
        let mut codes: Vec<&str> = ALL.iter().map(|l| l.code).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), ALL.len());
    }

    #[test]
    fn folded_slots_hold_folded_words() {
        use crate::text::word_key;
        for l in ALL {
            for w in l
                .account
                .iter()
                .chain(l.own_choice)
                .chain(l.honorifics)
                .chain(l.hello)
            {
                assert_eq!(word_key(w), w.trim(), "{}: {w:?} is not folded", l.code);
            }
        }
    }
}
