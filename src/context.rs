//! Page and section vocabulary: what kind of page or section a text names.
//!
//! These are data, one table per question, matched against folded text
//! padded with a space on each side. An entry with a leading or trailing
//! space must match at a word boundary there (`" ort "`); an entry without
//! matches inside compounds too (`konto` in "Kundenkonto", "Benutzerkonto") —
//! German builds words by gluing them, so most German entries are bare stems.

use crate::fields::matcher::PatternSet;
use crate::fx::Fx;
use crate::lang;
use crate::text::{fold_into, in_other_script, script_words};
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

/// Titles, headings, URLs and navigation that mark an account view: the
/// pages where a site shows a logged-in customer their own data.
pub fn account() -> &'static [&'static str] {
    lang::account()
}

/// Link and button texts that only a logged-in page shows.
pub fn logout() -> &'static [&'static str] {
    lang::logout()
}

/// Titles, headings and URLs of pages that name people and addresses by
/// law or by trade and never show a customer: imprints, contact pages,
/// privacy notices, press pages.
pub fn imprint() -> &'static [&'static str] {
    lang::imprint()
}

/// Class and id words of page regions that are publication, not account:
/// articles, bylines, author boxes, comments, footers.
pub fn publication() -> &'static [&'static str] {
    lang::publication_marks()
}

/// Class and id words of a page's navigation: its header, menus and
/// toolbars, lists of links to other pages. Matched as whole words (or their
/// plurals) of a class or id, never inside one. A link there that reads like
/// a label ("Passengers with …") is followed by the next link, not by a value.
pub fn navigation() -> &'static [&'static str] {
    lang::navigation_marks()
}

/// Class and id words of a page's account area. With [`navigation()`] they
/// make the page's own chrome, where a site greets the visitor it is
/// serving; unlike navigation, an account area's blocks can be a record's
/// labels and values.
pub fn account_area() -> &'static [&'static str] {
    lang::account_area_marks()
}

/// Titles and headings of pages that are about an account but show no
/// customer's record: signing in or up, a forgotten password, a newsletter,
/// a store finder. An "account" word there ("Create an account", "Mein
/// Konto" over a log-in box) says nothing of whose data is shown.
pub fn not_record() -> &'static [&'static str] {
    lang::not_record()
}

/// Titles and headings of pages where one opens an account: their email
/// field is an email, not a sign-in name.
pub fn sign_up() -> &'static [&'static str] {
    lang::sign_up()
}

/// Submit-button texts of a sign-in form ("Log in", "Anmelden"). A form's
/// own button says what the form does even where the page around it also
/// offers to open an account ("Sign in or register").
pub fn sign_in() -> &'static [&'static str] {
    lang::sign_in()
}

/// Button texts that offer another site's sign-in ("Sign in with Google",
/// "Weiter mit Apple"): they say nothing about the form they stand in.
pub fn social_sign_in() -> &'static [&'static str] {
    lang::social_sign_in()
}

/// Headings and class words of sections that list people the user chose:
/// their address book, a gift's recipient, family members. Data there is
/// not a leak even when it is not the user's.
pub fn own_choice() -> &'static [&'static str] {
    lang::own_choice()
}

/// Keys of embedded page data (`__NEXT_DATA__`, state objects; folded, so
/// `currentUser` arrives as "current user") under which a page keeps the
/// customer it is rendering for. Data under them is judged; data elsewhere
/// in the JSON (products, articles, the shop's own address) is not.
pub fn self_data() -> &'static [&'static str] {
    lang::self_keys()
}

/// Keys that are the user only on a page that is about the user's account
/// (or under one of [`session_data()`]): on a public profile page, `user` is
/// whoever the page is about.
pub fn self_data_weak() -> &'static [&'static str] {
    lang::self_keys_weak()
}

/// Keys that say the data below belongs to the visitor's session.
pub fn session_data() -> &'static [&'static str] {
    lang::session_keys()
}

/// Keys of embedded data that hold other people, whoever the user is: the
/// people a page is about or lists, and the ones the user chose to send
/// things to. Data under them is never judged, even under a customer.
pub fn others_data() -> &'static [&'static str] {
    lang::others_keys()
}

/// File extensions of documents a site offers for download: invoices,
/// statements, exports. Their names often carry the customer's name.
#[rustfmt::skip]
pub const DOCUMENT_EXTENSIONS: &[&str] = &[
    ".pdf", ".csv", ".xlsx", ".xls", ".doc", ".docx", ".zip", ".txt", ".odt",
];

/// Stems of words that make up document file names and are not names of
/// people; matched inside compounds ("Vertragszusammenfassung").
pub fn document_words() -> &'static [&'static str] {
    lang::document_words()
}

/// Whether the folded form of `text` contains any entry of `table`, or,
/// for a text in a script `fold` drops ("Личный кабинет"), its lower-cased
/// words as written do (entries of those languages are written so).
pub fn mentions(text: &str, table: &'static [&'static str]) -> bool {
    mentions_folded(&padded_fold(text), table)
        || (in_other_script(text) && mentions_folded(&format!(" {} ", script_words(text)), table))
}

/// Words that name the parts of a date in a control's name, id or label,
/// padded as [`mentions_folded`] reads them ("birthday_month" folds to
/// " birthday month "). Three controls naming a day, a month and a year
/// side by side ask for a date.
pub fn date_day() -> &'static [&'static str] {
    lang::day_words()
}
pub fn date_month() -> &'static [&'static str] {
    lang::month_words()
}
pub fn date_year() -> &'static [&'static str] {
    lang::year_words()
}

/// `text` folded and padded with a space on each side, as
/// [`mentions_folded`] reads it.
pub fn padded_fold(text: &str) -> String {
    let mut padded = String::with_capacity(text.len() + 2);
    padded.push(' ');
    fold_into(text, &mut padded);
    padded.push(' ');
    padded
}

/// Like [`mentions`] for text already folded and padded with spaces.
pub fn mentions_folded(padded: &str, table: &'static [&'static str]) -> bool {
    words_of(table).is_match(padded)
}

/// A word table as one [`PatternSet`] of literals: one pass over a text
/// for every word, where asking each word was the walk's biggest cost on
/// real pages (an element's class list asked ~100 words, one by one).
fn words_of(table: &'static [&'static str]) -> &'static PatternSet {
    static SETS: Registry<PatternSet> = OnceLock::new();
    per_table(&SETS, table, |t| PatternSet::literals(t.iter().copied()))
}

/// A word table as a set, for asking whether a whole word is in it. Only
/// the tests' plain reference for the walk's region words
/// (`facts::walk::names_region`) asks one table at a time now.
#[cfg(test)]
pub fn word_set(
    table: &'static [&'static str],
) -> &'static std::collections::HashSet<&'static str, Fx> {
    static SETS: Registry<std::collections::HashSet<&'static str, Fx>> = OnceLock::new();
    per_table(&SETS, table, |t| t.iter().copied().collect())
}

/// Structures built from a word table, once per process, keyed by the
/// table's address (the tables are `'static` and never change).
type Registry<T> = OnceLock<Mutex<HashMap<(usize, usize), &'static T, Fx>>>;

fn per_table<T: Send + Sync>(
    registry: &'static Registry<T>,
    table: &'static [&'static str],
    make: impl FnOnce(&'static [&'static str]) -> T,
) -> &'static T {
    let key = (table.as_ptr() as usize, table.len());
    let mut built = registry
        .get_or_init(|| Mutex::new(HashMap::default()))
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    built
        .entry(key)
        .or_insert_with(|| Box::leak(Box::new(make(table))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_match_inside_compounds_and_words_at_boundaries() {
        assert!(mentions("Mein Kundenkonto – MobilNet", account()));
        assert!(mentions("Bestellbestätigung", account()));
        assert!(mentions("Abmelden", logout()));
        assert!(!mentions("Jetzt anmelden", logout()));
        assert!(mentions("Impressum | MobilNet", imprint()));
        assert!(mentions("Kontakt", imprint()));
        assert!(!mentions("Unsere Produkte", imprint()));
        assert!(mentions("Mein Adressbuch", own_choice()));
        assert!(mentions("Geschenkempfänger", own_choice()));
        assert!(mentions("Familienmitglieder", own_choice()));
        assert!(!mentions("Rechnungsempfänger", own_choice()));
        assert!(!mentions("Sparkasse Musterstadt", account()));
        assert!(mentions("Zur Kasse", account()));
        assert!(!mentions("Gewinnspiel: Jetzt registrieren", account()));
        assert!(!mentions("Gewinnspiel: Jetzt registrieren", own_choice()));
    }

    #[test]
    fn words_in_a_script_fold_drops_match_as_written() {
        assert!(mentions("Личный кабинет | Магазин", account()));
        assert!(mentions("ВЫЙТИ", logout()));
        assert!(mentions("Войти через Google", social_sign_in()));
        assert!(mentions("Адресная книга", own_choice()));
        assert!(!mentions("Новости города", account()));
    }
}
