//! NotMine's detection core: does this page show someone else's personal data?
//!
//! The pipeline, one module per concern:
//!
//! 1. [`snapshot`] — the page as the core sees it: a pruned element tree with
//!    form-control state. Built from the live DOM by the extension's content
//!    script and from saved HTML by [`html`], or from a HAR file's documents
//!    with their response headers by [`har`] (both native only).
//! 2. [`fields`] — what each form control asks for (an `autocomplete` token).
//! 3. [`recognise`] — what a value is (email, phone, IBAN, card, date, name),
//!    and what only looks like data (placeholders, samples, templates).
//! 4. [`facts`] — what a page shows: pre-filled controls, labelled values,
//!    greetings, whether it is an account view, embedded customer records.
//! 5. [`profile`] — the user's own data, and tolerant matching against it.
//! 6. [`rules`] — every reason to warn (forms, account views, embedded
//!    records, the site's memory), findings with reason codes, one decision.
//!
//! Records and exports ([`incident`], [`export`]) and "This is me" ([`claim`],
//! [`typed`]) come after the decision. `docs/architecture.md` has the
//! whole pipeline and a "to change X, go to Y" table.
//!
//! Everything here is plain Rust that builds natively and for wasm32; the
//! browser glue lives in `wasm` and is compiled only for wasm32.

pub mod claim;
pub mod context;
pub mod export;
pub mod facts;
pub mod fields;
pub mod fx;
pub mod incident;
pub mod kinds;
pub mod lang;
pub mod mask;
pub mod profile;
pub mod recognise;
pub mod report;
pub mod rules;
pub mod snapshot;
pub mod text;
pub mod typed;

#[cfg(not(target_arch = "wasm32"))]
pub mod html;

#[cfg(not(target_arch = "wasm32"))]
pub mod har;

/// `notmine eval`: accuracy on a corpus of real, labelled pages (native only).
#[cfg(not(target_arch = "wasm32"))]
pub mod eval;

/// The wasm-bindgen API (wasm32 only). Public so the wasm tests can call it.
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use kinds::{DataKind, FieldType, Severity};
pub use profile::Profile;
pub use rules::{judge, Finding, Verdict};
pub use snapshot::Snapshot;
