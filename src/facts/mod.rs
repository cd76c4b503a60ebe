//! What a page shows: its form controls with their classification and
//! server-sent values, the personal values its text presents (greetings,
//! labelled values in tables, definition lists and "Label: value" lines,
//! masked cards, IBANs), whether it is an account view, and the customer
//! records it embeds.
//!
//! One walk over the snapshot ([`walk`]) collects everything, tracking the
//! context a reader uses: which form a control belongs to, the heading a
//! section sits under (an "Adressbuch" is the user's own choice of people),
//! whether a region is publication rather than account (bylines, comments,
//! footers), and whether it is hidden. By job:
//!
//! * [`walk`] — the walk and its context, and what it reads on the way:
//!   [`walk::labels`] — what names a control (label, aria, preceding text,
//!   header); [`walk::shown`] — values shown in text: table rows and columns, definition
//!   lists, "Label: value" lines, label and value in sibling blocks,
//!   greetings, cards and IBANs in running text;
//! * [`page_kind`] — account view or not, and why;
//! * [`controls`] — what the page put into its controls (pre-filled values,
//!   birth dates in three selects, the sign-in identifier);
//! * [`validate`](mod@validate) — whether a value really is data of its kind;
//! * [`embedded`] — customer records in the page's scripts;
//! * [`people`] — keyed hashes of the people shown, for memory and records.
//!
//! Nothing here judges: the rules ([`crate::rules`]) do. No module here
//! imports one that uses it.

pub mod cache;
pub mod controls;
pub mod embedded;
pub mod page_kind;
pub mod people;
pub mod validate;
pub mod walk;

#[cfg(test)]
mod tests;

pub use controls::{prefill_state, prefilled, split_birth_date, Skip};
pub use validate::{unmistakable, validate, validate_in};

use crate::fields::Classification;
use crate::kinds::DataKind;
use crate::snapshot::{Element, Snapshot};
use page_kind::AccountEvidence;

/// A form control and what the page says about it.
#[derive(Debug, Clone)]
pub struct ControlFact<'a> {
    pub el: &'a Element,
    pub class: Classification,
    /// The control or an ancestor is hidden.
    pub hidden: bool,
    /// Index of the enclosing `<form>` in document order.
    pub form: Option<usize>,
    /// Inside a section of people the user chose (address book, gift).
    pub own_choice: bool,
    /// Texts that name the field (label, placeholder, …): a value equal to
    /// one of them is a pseudo-placeholder, not data.
    pub hints: Vec<String>,
}

/// How a value came to be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    /// "Hallo Jonas", "Angemeldet als …".
    Greeting,
    /// A value under a label: th/td, dt/dd, "Label: value".
    Labelled,
    /// Recognised in running text by its form alone (masked card, IBAN).
    InText,
}

/// A personal value the page's text presents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShownValue {
    pub kind: DataKind,
    pub raw: String,
    /// The label it stood under, or what recognised it.
    pub label: String,
    pub how: Shown,
    pub own_choice: bool,
    /// Read from a record's structure (a table row or column, a definition
    /// list) outside the page's chrome, rather than from a line of text.
    pub structured: bool,
}

/// Everything the verdict needs from a page.
#[derive(Debug, Clone, Default)]
pub struct PageFacts<'a> {
    pub controls: Vec<ControlFact<'a>>,
    pub values: Vec<ShownValue>,
    /// The page is an account view, and the evidence for it. Never for an
    /// imprint, contact or privacy page, whatever else it says.
    pub account: Option<AccountEvidence>,
    /// Person records in the data the page embeds (`__NEXT_DATA__`,
    /// state objects), which nobody sees but everybody receives.
    pub embedded: Vec<embedded::EmbeddedPerson>,
    /// What the walk left out to stay within its budget
    /// ([`MAX_CONTROLS`]), for the verdict's notes.
    pub notes: Vec<String>,
    /// The country the page says it is in
    /// ([`crate::lang::countries::of_page`]): its phone numbers are read in
    /// its format, by the checks and by the profile's matcher.
    pub country: Option<&'static crate::lang::countries::Country>,
}

/// Form controls judged per page. Past this many the rest are left out and
/// a note says so: every control is classified and its value read, so the
/// count bounds the work a page can ask for (50,000 pre-filled forms took
/// 0.7 s native). The most in the corpus of real pages is 5,168 (a sign-up
/// page with a checkbox per product).
pub const MAX_CONTROLS: usize = 6_000;

/// Lines of visible text read for personal values per page (a line is
/// what sits between two block boundaries). Each is tried as a greeting,
/// a "Label: value" line and a record's cell, so the count bounds the
/// work: 100,000 greetings took 0.66 s native. The most in the corpus of
/// real pages is about 2,800 text nodes.
pub const MAX_LINES: usize = 5_000;

/// Collects the facts of a page.
pub fn extract(snap: &Snapshot) -> PageFacts<'_> {
    walk::walk(snap)
}
